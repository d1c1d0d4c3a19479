// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Rate: an exact fraction such as a tax rate or a percentage of the minimum wage.
// A Rate cannot be added to Money; Money × Rate gives an exact Decimal to be rounded explicitly.

#include <compare>
#include <string>
#include <string_view>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/money.hpp"

namespace basisbaan {

/// An exact fraction such as a tax rate or a percentage of the minimum wage. A Rate cannot be
/// added to Money; Money × Rate gives an exact Decimal to be rounded explicitly.
class Rate {
 public:
  constexpr Rate() noexcept = default;
  /// The fraction itself: Rate::fraction(0.3582) is 35.82 %.
  static Rate fraction(const Decimal& f) { return Rate(f); }
  /// A percentage as published: Rate::percent(35.82) is the fraction 0.3582.
  static Rate percent(const Decimal& p) { return Rate(divide(p, Decimal(100), p.scale() + 2, Rounding::TowardZero)); }
  /// Parses a percentage such as "35.82" or "35.82%"; throws InputError naming `what`.
  static Rate parse_percent(std::string_view text, std::string_view what = "percentage");

  /// The fraction: 0.3582 for 35.82 %.
  const Decimal& fraction() const noexcept { return f_; }
  /// The percentage: 35.82 for 35.82 %.
  Decimal percent() const { return (f_ * Decimal(100)).normalized(); }
  /// "35.82%"
  std::string str() const { return percent().str() + "%"; }
  /// "35,82%"
  std::string str_nl() const;

  ///@{
  /// Exact product with an amount or a number, to be rounded explicitly.
  friend Decimal operator*(Money m, const Rate& r) { return m.decimal() * r.f_; }
  friend Decimal operator*(const Rate& r, Money m) { return m.decimal() * r.f_; }
  friend Decimal operator*(const Decimal& d, const Rate& r) { return d * r.f_; }
  friend Decimal operator*(const Rate& r, const Decimal& d) { return d * r.f_; }
  ///@}
  ///@{
  /// Exact sum and difference of two rates.
  friend Rate operator+(const Rate& a, const Rate& b) { return Rate(a.f_ + b.f_); }
  friend Rate operator-(const Rate& a, const Rate& b) { return Rate(a.f_ - b.f_); }
  ///@}
  ///@{
  /// Orders by fraction.
  friend std::strong_ordering operator<=>(const Rate& a, const Rate& b) { return a.f_ <=> b.f_; }
  friend bool operator==(const Rate& a, const Rate& b) { return a.f_ == b.f_; }
  ///@}

 private:
  explicit Rate(const Decimal& f) : f_(f.normalized()) {}
  Decimal f_;
};

}  // namespace basisbaan
