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

class Decimal;

namespace decimal_detail {
/// 10^0 .. 10^18, the powers of ten a 64-bit mantissa can be scaled by.
inline constexpr std::int64_t kPow10[19] = {1,
                                            10,
                                            100,
                                            1000,
                                            10000,
                                            100000,
                                            1000000,
                                            10000000,
                                            100000000,
                                            1000000000,
                                            10000000000,
                                            100000000000,
                                            1000000000000,
                                            10000000000000,
                                            100000000000000,
                                            1000000000000000,
                                            10000000000000000,
                                            100000000000000000,
                                            1000000000000000000};
/// Throws the OverflowError of Decimal::from_parts for a scale outside 0..kMaxScale.
[[noreturn]] void throw_scale(std::int32_t scale);
/// The exact sum on the wide path (when the 64-bit fast path might overflow).
Decimal add_exact(const Decimal& a, const Decimal& b);
/// The exact difference on the wide path.
Decimal subtract_exact(const Decimal& a, const Decimal& b);
/// The exact product on the wide path.
Decimal multiply_exact(const Decimal& a, const Decimal& b);
/// The order of two numbers of different scales.
std::strong_ordering compare_exact(const Decimal& a, const Decimal& b);
}  // namespace decimal_detail

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
  static Decimal from_parts(std::int64_t mantissa, std::int32_t scale) {
    if (scale < 0 || scale > kMaxScale) [[unlikely]] decimal_detail::throw_scale(scale);
    Decimal d;
    d.mantissa_ = mantissa;
    d.scale_ = scale;
    return d;
  }

  /// Parses "123", "-0.05", "1234.5678" (a '.' decimal point, no exponent, no separators).
  /// Throws InputError InputInvalidAmount naming `what` and the text when it is not such a number.
  static Decimal parse(std::string_view text, std::string_view what = "number");

  /// The digits: the value is mantissa / 10^scale.
  std::int64_t mantissa() const noexcept { return mantissa_; }
  /// The number of decimals, in [0, kMaxScale].
  std::int32_t scale() const noexcept { return scale_; }

  /// The same value with trailing zero decimals removed ("1.500" -> "1.5").
  Decimal normalized() const noexcept {
    // Inline when there is nothing to remove (issue 18); the loop otherwise.
    if (scale_ == 0 || (mantissa_ % 10 != 0)) return *this;
    return normalized_slow();
  }
  /// Rounds to `scale` decimals (negative: tens, hundreds, ...) in `mode`.
  Decimal rounded(std::int32_t scale, Rounding mode) const {
    // Inline when no digit is dropped and the zeros added fit (issue 18); the same value as
    // rounded_slow, which handles everything else.
    if (scale == scale_) return *this;
    if (scale > scale_ && scale <= kMaxScale) {
      std::int64_t m;
      if (!__builtin_mul_overflow(mantissa_, decimal_detail::kPow10[scale - scale_], &m)) return from_parts(m, scale);
    }
    return rounded_slow(scale, mode);
  }
  /// Rounds as the named rounding prescribes.
  Decimal rounded(const NamedRounding& rounding) const { return rounded(rounding.scale, rounding.mode); }
  /// The integer this rounds to in `mode`.
  std::int64_t to_integer(Rounding mode) const;
  /// True when the value has no decimals other than zeros.
  bool is_integer() const noexcept { return scale_ == 0 || is_integer_slow(); }

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
  Decimal normalized_slow() const noexcept;
  Decimal rounded_slow(std::int32_t scale, Rounding mode) const;
  bool is_integer_slow() const noexcept;

  std::int64_t mantissa_ = 0;
  std::int32_t scale_ = 0;
};

// The fast paths of the operators (issue 18): same scale, or one scaled up, in 64 bits without
// overflow; everything else (and every error) on the exact wide path in decimal.cpp.
/// Exact sum (see Decimal).
inline Decimal operator+(const Decimal& a, const Decimal& b) {
  std::int64_t sum;
  if (a.scale_ == b.scale_) {
    if (!__builtin_add_overflow(a.mantissa_, b.mantissa_, &sum)) return Decimal::from_parts(sum, a.scale_);
  } else {
    std::int64_t am, bm;
    const std::int32_t s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
    if (!__builtin_mul_overflow(a.mantissa_, decimal_detail::kPow10[s - a.scale_], &am) &&
        !__builtin_mul_overflow(b.mantissa_, decimal_detail::kPow10[s - b.scale_], &bm) && !__builtin_add_overflow(am, bm, &sum)) {
      return Decimal::from_parts(sum, s);
    }
  }
  return decimal_detail::add_exact(a, b);
}
/// Exact difference (see Decimal).
inline Decimal operator-(const Decimal& a, const Decimal& b) {
  std::int64_t diff;
  // Not for the lowest mantissa: the exact path negates it first, which does not fit.
  if (a.scale_ == b.scale_ && b.mantissa_ != INT64_MIN && !__builtin_sub_overflow(a.mantissa_, b.mantissa_, &diff)) {
    return Decimal::from_parts(diff, a.scale_);
  }
  return decimal_detail::subtract_exact(a, b);
}
/// Exact product (see Decimal).
inline Decimal operator*(const Decimal& a, const Decimal& b) {
  std::int64_t m;
  const std::int32_t s = a.scale_ + b.scale_;
  if (s <= Decimal::kMaxScale && !__builtin_mul_overflow(a.mantissa_, b.mantissa_, &m)) return Decimal::from_parts(m, s);
  return decimal_detail::multiply_exact(a, b);
}
/// Order by value, whatever the scales (see Decimal).
inline std::strong_ordering operator<=>(const Decimal& a, const Decimal& b) {
  if (a.scale_ == b.scale_) return a.mantissa_ <=> b.mantissa_;
  std::int64_t am, bm;
  const std::int32_t s = a.scale_ > b.scale_ ? a.scale_ : b.scale_;
  if (!__builtin_mul_overflow(a.mantissa_, decimal_detail::kPow10[s - a.scale_], &am) &&
      !__builtin_mul_overflow(b.mantissa_, decimal_detail::kPow10[s - b.scale_], &bm)) {
    return am <=> bm;
  }
  return decimal_detail::compare_exact(a, b);
}

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
