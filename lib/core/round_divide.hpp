// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Internal: integer division with an explicit rounding mode, for any signed integer type
// (std::int64_t on the fast path, Boost.Multiprecision integers on the wide path).

#include "basisbaan/core/rounding.hpp"

namespace basisbaan::detail {

/// numerator / denominator (denominator > 0), rounded to an integer in `mode`. Exact.
template <typename Int>
Int round_divide(const Int& numerator, const Int& denominator, Rounding mode) {
  Int q = numerator / denominator;  // truncates toward zero
  Int r = numerator % denominator;  // same sign as the numerator
  if (r == 0) return q;
  const int s = r < 0 ? -1 : 1;
  const Int twice = (r < 0 ? Int(-r) : r) * 2;
  bool away = false;  // move one step away from zero?
  switch (mode) {
    case Rounding::TowardZero: away = false; break;
    case Rounding::AwayFromZero: away = true; break;
    case Rounding::Down: away = s < 0; break;
    case Rounding::Up: away = s > 0; break;
    case Rounding::HalfUp: away = twice >= denominator; break;
    case Rounding::HalfDown: away = twice > denominator; break;
    case Rounding::HalfEven: away = twice > denominator || (twice == denominator && (q % 2) != 0); break;
  }
  if (away) q += s;
  return q;
}

}  // namespace basisbaan::detail
