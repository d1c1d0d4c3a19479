// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared by the XML exports: pugixml document to text, the same bytes for the same document.

#include <pugixml.hpp>

#include <sstream>
#include <string>

namespace basisbaan::export_detail {

/// The document as UTF-8 with an XML declaration and two-space indentation.
inline std::string xml_text(const pugi::xml_document& doc) {
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

/// Appends <name>text</name> to `parent` and returns it.
inline pugi::xml_node add_text(pugi::xml_node parent, const char* name, const std::string& text) {
  pugi::xml_node n = parent.append_child(name);
  n.text().set(text.c_str());
  return n;
}

}  // namespace basisbaan::export_detail
