// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/csv_text.hpp"

namespace basisbaan {

std::string csv_text_field(std::string_view text, char separator) {
  std::string s;
  const bool formula = !text.empty() && (text.front() == '=' || text.front() == '+' || text.front() == '-' || text.front() == '@' ||
                                         text.front() == '\t' || text.front() == '\r');
  if (formula) s += '\'';
  s += text;
  if (s.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace basisbaan
