// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/rate.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

Rate Rate::parse_percent(std::string_view text, std::string_view what) {
  std::string s(text);
  while (!s.empty() && s.back() == ' ') s.pop_back();
  if (!s.empty() && s.back() == '%') s.pop_back();
  for (auto& c : s) {
    if (c == ',') c = '.';
  }
  return percent(Decimal::parse(s, what));
}

std::string Rate::str_nl() const {
  std::string s = percent().str();
  for (auto& c : s) {
    if (c == '.') c = ',';
  }
  return s + "%";
}

}  // namespace basisbaan
