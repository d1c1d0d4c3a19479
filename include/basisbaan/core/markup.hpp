// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Text for XML and HTML documents (the SVG chart, the one-page summary, payslips, reports).

#include <string>
#include <string_view>

namespace basisbaan {

/// `text` with &, <, >, " and ' escaped, for XML and HTML text and attribute values.
std::string xml_escape(std::string_view text);

}  // namespace basisbaan
