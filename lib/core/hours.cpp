// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/hours.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

Hours Hours::parse(std::string_view text, std::string_view what, bool allow_negative) {
  std::string s(text);
  for (auto& c : s) {
    if (c == ',') c = '.';
  }
  const Decimal d = Decimal::parse(s, what);
  if (!allow_negative && d.sign() < 0) {
    throw InputError(ErrorCode::InputInvalidAmount, std::string(what) + ": expected a number of hours of 0 or more, got \"" + std::string(text) + "\"");
  }
  return Hours(d);
}

}  // namespace basisbaan
