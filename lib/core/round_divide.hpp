// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Internal: integer division with an explicit rounding mode, for any signed integer type
// (std::int64_t on the fast path, Boost.Multiprecision integers on the wide path).

#include <cstdint>

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

/// The rounded quotient from the truncated quotient `q` and remainder `r` of a division by
/// `denominator` (> 0) as C++ computes them (q toward zero, r with the numerator's sign): the
/// rounding step of round_divide, on its own so that a caller can divide by a constant (which the
/// compiler turns into a multiplication) and still round exactly as round_divide does.
inline std::int64_t round_quotient(std::int64_t q, std::int64_t r, std::int64_t denominator, Rounding mode) {
  if (r == 0) return q;
  const bool negative = r < 0;
  const std::uint64_t twice = (negative ? 0 - static_cast<std::uint64_t>(r) : static_cast<std::uint64_t>(r)) * 2;
  const auto d = static_cast<std::uint64_t>(denominator);
  bool away = false;  // move one step away from zero? (as round_divide, with s = the remainder's sign)
  switch (mode) {
    case Rounding::TowardZero: away = false; break;
    case Rounding::AwayFromZero: away = true; break;
    case Rounding::Down: away = negative; break;
    case Rounding::Up: away = !negative; break;
    case Rounding::HalfUp: away = twice >= d; break;
    case Rounding::HalfDown: away = twice > d; break;
    case Rounding::HalfEven: away = twice > d || (twice == d && (q % 2) != 0); break;
  }
  if (!away) return q;
  return negative ? q - 1 : q + 1;
}

/// round_divide<std::int64_t> with 32-bit division when the magnitudes of both operands fit in
/// 32 bits (the divisions of a payslip by 12, by hours, by the period factor: issue 18); a 64-bit
/// hardware divide costs more than a 32-bit one. The same quotient and the same rounding as
/// round_divide<std::int64_t> (tests/core/round_divide_fast_path_test.cpp compares the two over
/// millions of operands), and also exact for every denominator up to INT64_MAX, where
/// round_divide<std::int64_t> overflows doubling a remainder above 2^62. `denominator` > 0.
inline std::int64_t round_divide_int64(std::int64_t numerator, std::int64_t denominator, Rounding mode) {
  const bool negative = numerator < 0;
  const std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(numerator) : static_cast<std::uint64_t>(numerator);
  if (((magnitude | static_cast<std::uint64_t>(denominator)) >> 32) != 0) {
    // 64-bit division; the rounding step in unsigned arithmetic, so that a remainder above 2^62
    // (a denominator above 2^62) is doubled without overflow, which round_divide<std::int64_t> is not.
    return round_quotient(numerator / denominator, numerator % denominator, denominator, mode);
  }
  const auto n = static_cast<std::uint32_t>(magnitude);
  const auto d = static_cast<std::uint32_t>(denominator);
  const std::uint32_t q = n / d;  // of the magnitudes: truncation toward zero, as the signed division
  const std::uint32_t r = n % d;
  return round_quotient(negative ? -static_cast<std::int64_t>(q) : static_cast<std::int64_t>(q),
                        negative ? -static_cast<std::int64_t>(r) : static_cast<std::int64_t>(r), denominator, mode);
}

}  // namespace basisbaan::detail
