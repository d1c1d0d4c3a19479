// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Writing a text field (a name, a description, a personnel number) into a CSV file that a
// spreadsheet will open: quoted as RFC 4180 asks, and never read as a formula.

#include <string>
#include <string_view>

namespace basisbaan {

/// `text` as one CSV field separated by `separator`: a text that a spreadsheet would take for a
/// formula (starting with '=', '+', '-', '@', a tab or a carriage return: CSV injection, OWASP)
/// gets a leading apostrophe ("=1+1" -> "'=1+1"); a field holding the separator, a quote or a line
/// break is quoted with quotes doubled. For text only: numbers (a negative amount) are written as they are.
std::string csv_text_field(std::string_view text, char separator = ',');

}  // namespace basisbaan
