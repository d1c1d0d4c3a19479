// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Decimal: an exact decimal number, value = mantissa / 10^scale. Addition, subtraction and
// multiplication are exact; division and rounding take an explicit scale and Rounding.
// A result that cannot be represented exactly throws OverflowError; nothing is rounded silently.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "basisbaan/core/rounding.hpp"

namespace basisbaan {

/// An exact decimal number, mantissa / 10^scale. Addition, subtraction and multiplication are
/// exact; a result that cannot be represented throws OverflowError; nothing is rounded silently.
class Decimal {
 public:
  /// The largest number of decimals a Decimal holds.
  static constexpr std::int32_t kMaxScale = 18;

  constexpr Decimal() noexcept = default;
  /// The whole number `value`.
  constexpr Decimal(std::int64_t value) noexcept : mantissa_(value) {}  // NOLINT: implicit on purpose
  /// mantissa / 10^scale, scale in [0, kMaxScale].
  static Decimal from_parts(std::int64_t mantissa, std::int32_t scale);

  /// Parses "123", "-0.05", "1234.5678" (a '.' decimal point, no exponent, no separators).
  /// Throws InputError InputInvalidAmount naming `what` and the text when it is not such a number.
  static Decimal parse(std::string_view text, std::string_view what = "number");

  /// The digits: the value is mantissa / 10^scale.
  std::int64_t mantissa() const noexcept { return mantissa_; }
  /// The number of decimals, in [0, kMaxScale].
  std::int32_t scale() const noexcept { return scale_; }

  /// The same value with trailing zero decimals removed ("1.500" -> "1.5").
  Decimal normalized() const noexcept;
  /// Rounds to `scale` decimals (negative: tens, hundreds, ...) in `mode`.
  Decimal rounded(std::int32_t scale, Rounding mode) const;
  /// Rounds as the named rounding prescribes.
  Decimal rounded(const NamedRounding& rounding) const { return rounded(rounding.scale, rounding.mode); }
  /// The integer this rounds to in `mode`.
  std::int64_t to_integer(Rounding mode) const;
  /// True when the value has no decimals other than zeros.
  bool is_integer() const noexcept;

  /// Shortest exact text: "1234.5", "-0.05", "12".
  std::string str() const;
  /// Exactly `decimals` decimals; throws if that would drop a non-zero digit.
  std::string str_fixed(std::int32_t decimals) const;

  /// -1, 0 or 1.
  int sign() const noexcept { return (mantissa_ > 0) - (mantissa_ < 0); }
  /// Exact negation.
  Decimal operator-() const;
  /// Exact absolute value.
  Decimal abs() const { return sign() < 0 ? -*this : *this; }

  ///@{
  /// Exact sum, difference and product (and their compound forms); throw OverflowError when the
  /// result cannot be represented.
  friend Decimal operator+(const Decimal& a, const Decimal& b);
  friend Decimal operator-(const Decimal& a, const Decimal& b);
  friend Decimal operator*(const Decimal& a, const Decimal& b);
  Decimal& operator+=(const Decimal& b) { return *this = *this + b; }
  Decimal& operator-=(const Decimal& b) { return *this = *this - b; }
  Decimal& operator*=(const Decimal& b) { return *this = *this * b; }
  ///@}

  ///@{
  /// Orders by value, whatever the scales ("1.50" == "1.5").
  friend std::strong_ordering operator<=>(const Decimal& a, const Decimal& b);
  friend bool operator==(const Decimal& a, const Decimal& b) { return (a <=> b) == 0; }
  ///@}

 private:
  std::int64_t mantissa_ = 0;
  std::int32_t scale_ = 0;
};

/// a / b rounded to `scale` decimals in `mode`; throws InputError when b is zero.
Decimal divide(const Decimal& a, const Decimal& b, std::int32_t scale, Rounding mode);
/// a / b rounded as the named rounding prescribes; throws InputError when b is zero.
inline Decimal divide(const Decimal& a, const Decimal& b, const NamedRounding& r) {
  return divide(a, b, r.scale, r.mode);
}
/// The smaller of two numbers.
inline Decimal min(const Decimal& a, const Decimal& b) { return b < a ? b : a; }
/// The larger of two numbers.
inline Decimal max(const Decimal& a, const Decimal& b) { return a < b ? b : a; }

}  // namespace basisbaan
