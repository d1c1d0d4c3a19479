// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Money: an exact amount in euro cents. Arithmetic between amounts is exact and checked for
// overflow. Multiplying by a rate, hours or a factor gives an exact Decimal, which becomes Money
// again only through an explicit, named rounding.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/rounding.hpp"

namespace basisbaan {

namespace money_detail {
/// Throws the OverflowError "amount out of range in `what`".
[[noreturn]] void throw_out_of_range(const char* what);
}  // namespace money_detail

/// An exact amount in euro cents. Sums, differences and integer multiples are exact and throw
/// OverflowError rather than wrap; products with a Rate, Hours or Decimal give an exact Decimal.
class Money {
 public:
  constexpr Money() noexcept = default;
  /// The amount of `cents` euro cents.
  static constexpr Money from_cents(std::int64_t cents) noexcept { return Money(cents); }
  /// Whole euros; throws OverflowError when the cents do not fit in 64 bits.
  static Money euros(std::int64_t euros);
  /// An exact amount with at most two decimals; throws InputError InputInvalidAmount naming `what` otherwise.
  static Money exact(const Decimal& euros, std::string_view what = "amount") {
    // Inline when the mantissa scaled up to two decimals fits (issue 18); exact_slow otherwise.
    std::int64_t c;
    if (euros.scale() <= 2 && !__builtin_mul_overflow(euros.mantissa(), decimal_detail::kPow10[2 - euros.scale()], &c)) return Money(c);
    return exact_slow(euros, what);
  }
  /// `euros` rounded to cents (or coarser) as `rounding` prescribes.
  static Money round(const Decimal& euros, const NamedRounding& rounding) {
    if (rounding.scale <= 2) return exact(euros.rounded(rounding.scale, rounding.mode));
    return round_slow(euros, rounding);
  }

  /// Parses an amount as people write it: "1234.56", "-12", "1234,56", "1.234,56", "1,234.56",
  /// "€ 1.234,56". A separator followed by exactly three digits, with another separator or
  /// none after, is read as a thousands separator only when both kinds occur or it repeats;
  /// otherwise the last separator is the decimal separator. More than two decimals, stray
  /// characters or misplaced thousands separators throw InputError InputInvalidAmount naming `what`.
  static Money parse(std::string_view text, std::string_view what = "amount");

  /// The amount in cents.
  constexpr std::int64_t cents() const noexcept { return cents_; }
  /// The amount in euros, exactly (two decimals).
  Decimal decimal() const noexcept { return Decimal::from_parts(cents_, 2); }

  /// "1234.56", "-0.05": the machine form, used in JSON and files.
  std::string str() const;
  /// "1.234,56", "-0,05": the Dutch form for people.
  std::string str_nl() const;
  /// "€ 1.234,56".
  std::string str_eur() const;

  /// -1, 0 or 1.
  constexpr int sign() const noexcept { return (cents_ > 0) - (cents_ < 0); }
  /// True for € 0,00.
  constexpr bool is_zero() const noexcept { return cents_ == 0; }

  ///@{
  /// Exact negation, sum, difference and integer multiple; throw OverflowError on overflow.
  Money operator-() const;
  friend Money operator+(Money a, Money b);
  friend Money operator-(Money a, Money b);
  friend Money operator*(Money a, std::int64_t n);
  friend Money operator*(std::int64_t n, Money a) { return a * n; }
  Money& operator+=(Money b) { return *this = *this + b; }
  Money& operator-=(Money b) { return *this = *this - b; }
  ///@}
  ///@{
  /// Exact product with a decimal factor (euros), to be rounded explicitly.
  friend Decimal operator*(Money a, const Decimal& f) { return a.decimal() * f; }
  friend Decimal operator*(const Decimal& f, Money a) { return a.decimal() * f; }
  ///@}

  /// Orders by amount.
  friend constexpr auto operator<=>(Money a, Money b) noexcept = default;

 private:
  static Money exact_slow(const Decimal& euros, std::string_view what);
  static Money round_slow(const Decimal& euros, const NamedRounding& rounding);
  constexpr explicit Money(std::int64_t cents) noexcept : cents_(cents) {}
  std::int64_t cents_ = 0;
};

// Sums and differences inline (issue 18); an overflow throws as before.
/// Exact sum; throws OverflowError on overflow.
inline Money operator+(Money a, Money b) {
  std::int64_t c;
  if (__builtin_add_overflow(a.cents_, b.cents_, &c)) [[unlikely]] money_detail::throw_out_of_range("addition");
  return Money(c);
}
/// Exact difference; throws OverflowError on overflow.
inline Money operator-(Money a, Money b) {
  std::int64_t c;
  if (__builtin_sub_overflow(a.cents_, b.cents_, &c)) [[unlikely]] money_detail::throw_out_of_range("subtraction");
  return Money(c);
}

/// The smaller of two amounts.
inline Money min(Money a, Money b) { return b < a ? b : a; }
/// The larger of two amounts.
inline Money max(Money a, Money b) { return a < b ? b : a; }

}  // namespace basisbaan
