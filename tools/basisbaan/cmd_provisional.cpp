// SPDX-License-Identifier: EUPL-1.2
// The provisional mark: an output computed with values carried past their horizon says so in its
// first line (text, CSV), its first members (JSON) or a marked paragraph (HTML, SVG), and lists
// the parameters carried forward.

#include "basisbaan/core/markup.hpp"
#include "cli.hpp"

namespace basisbaan::cli {

std::string Context::marked(std::string text, OutputKind kind) {
  output_marked = true;
  if (!carried_forward()) return text;
  const auto names = rules_->carried_forward();
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  const std::string line = "PROVISIONAL: computed with values carried past their horizon (not known to hold on this date): " + list;
  switch (kind) {
    case OutputKind::Text: return line + "\n" + text;
    case OutputKind::Csv: return "# " + line + "\n" + text;
    case OutputKind::Json: {
      std::string members = "  \"provisional\": true,\n  \"carried_forward\": [";
      for (std::size_t i = 0; i < names.size(); ++i) members += std::string(i ? "," : "") + "\n    \"" + names[i] + "\"";
      members += "\n  ]";
      if (text.starts_with("{\n")) {
        const bool empty = text.starts_with("{\n}") || text.starts_with("{}");
        return "{\n" + members + (empty ? "\n" : ",\n") + text.substr(2);
      }
      if (text.starts_with("{}")) return "{\n" + members + "\n}" + text.substr(2);
      return "{\n" + members + ",\n  \"result\": " + text + "}\n";
    }
    case OutputKind::Html: {
      const std::string p = "<p class=\"provisional\" style=\"border:2px solid #b00;padding:.5em;color:#b00\"><strong>Voorlopig "
                            "(provisional)</strong>: berekend met waarden na hun horizon (" + xml_escape(list) + ")</p>\n";
      const auto body = text.find("<body");
      if (body == std::string::npos) return p + text;
      const auto end = text.find('>', body);
      return text.substr(0, end + 1) + "\n" + p + text.substr(end + 1);
    }
    case OutputKind::Svg: {
      const auto svg = text.find("<svg");
      if (svg == std::string::npos) return text;
      const auto end = text.find('>', svg);
      return text.substr(0, end + 1) + "\n<text x=\"8\" y=\"16\" fill=\"#b00\" font-weight=\"bold\">PROVISIONAL: " +
             xml_escape(list) + "</text>" + text.substr(end + 1);
    }
  }
  return text;
}

}  // namespace basisbaan::cli
