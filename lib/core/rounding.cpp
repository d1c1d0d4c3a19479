// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/rounding.hpp"

#include "basisbaan/core/error.hpp"
#include "round_divide.hpp"

namespace basisbaan {

std::string_view to_string(Rounding mode) noexcept {
  switch (mode) {
    case Rounding::Down: return "down";
    case Rounding::Up: return "up";
    case Rounding::TowardZero: return "toward-zero";
    case Rounding::AwayFromZero: return "away-from-zero";
    case Rounding::HalfUp: return "half-up";
    case Rounding::HalfDown: return "half-down";
    case Rounding::HalfEven: return "half-even";
  }
  return "?";
}

std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator, Rounding mode) {
  if (denominator <= 0) throw InputError("divide_rounded: the denominator must be positive");
  return detail::round_divide_int64(numerator, denominator, mode);
}

}  // namespace basisbaan
