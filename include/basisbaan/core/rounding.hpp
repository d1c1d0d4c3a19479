// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Rounding modes, and named roundings: a rounding as a rule demands it ("round the annual tax
// down to whole euros", Rekenvoorschriften §2.2.3). Every rounding in basisbaan is one of these.

#include <cstdint>
#include <string_view>

namespace basisbaan {

/// How to drop digits. "Half" modes decide only exact ties; the others look at any remainder.
enum class Rounding : std::uint8_t {
  Down,          ///< toward minus infinity (floor): -1.5 -> -2, 1.5 -> 1
  Up,            ///< toward plus infinity (ceiling): -1.5 -> -1, 1.5 -> 2
  TowardZero,    ///< truncate: -1.5 -> -1, 1.5 -> 1
  AwayFromZero,  ///< -1.1 -> -2, 1.1 -> 2
  HalfUp,        ///< nearest, ties away from zero (commercial rounding): 2.5 -> 3, -2.5 -> -3
  HalfDown,      ///< nearest, ties toward zero: 2.5 -> 2, -2.5 -> -2
  HalfEven,      ///< nearest, ties to even (banker's rounding): 2.5 -> 2, 3.5 -> 4
};

/// The name of a mode, e.g. "half-up".
std::string_view to_string(Rounding mode) noexcept;

/// A rounding as a rule prescribes it: to `scale` decimals in `mode`, because of `rule`.
/// Negative scales round to tens, hundreds, ... (scale -1: whole tens).
struct NamedRounding {
  /// Decimals to keep (negative: tens, hundreds, ...).
  std::int32_t scale;
  /// How the dropped digits are decided.
  Rounding mode;
  std::string_view rule;  ///< the legal source or convention that demands it
};

/// Divides `numerator` by `denominator` (> 0) and rounds the quotient to an integer in `mode`.
/// Exact for every int64 input.
std::int64_t divide_rounded(std::int64_t numerator, std::int64_t denominator, Rounding mode);

}  // namespace basisbaan
