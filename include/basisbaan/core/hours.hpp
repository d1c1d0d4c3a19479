// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Hours: an exact number of hours (contract hours per week, leave hours, hours worked).

#include <compare>
#include <string>
#include <string_view>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/money.hpp"

namespace basisbaan {

/// An exact number of hours (contract hours per week, leave hours, hours worked).
class Hours {
 public:
  constexpr Hours() noexcept = default;
  /// `h` hours.
  explicit Hours(const Decimal& h) : h_(h.normalized()) {}
  /// Parses "32", "32.5" or "32,5"; throws InputError InputInvalidAmount naming `what` for anything else or < 0
  /// when `allow_negative` is false.
  static Hours parse(std::string_view text, std::string_view what = "hours", bool allow_negative = false);

  /// The number of hours.
  const Decimal& value() const noexcept { return h_; }
  /// Shortest exact text: "32", "32.5".
  std::string str() const { return h_.str(); }

  ///@{
  /// Exact sums and differences of hours (negative results allowed).
  friend Hours operator+(const Hours& a, const Hours& b) { return Hours(a.h_ + b.h_); }
  friend Hours operator-(const Hours& a, const Hours& b) { return Hours(a.h_ - b.h_); }
  Hours& operator+=(const Hours& b) { return *this = *this + b; }
  Hours& operator-=(const Hours& b) { return *this = *this - b; }
  ///@}
  ///@{
  /// Hours × an hourly wage: exact euros, to be rounded explicitly.
  friend Decimal operator*(const Hours& h, Money hourly) { return h.h_ * hourly.decimal(); }
  friend Decimal operator*(Money hourly, const Hours& h) { return h.h_ * hourly.decimal(); }
  ///@}
  ///@{
  /// Orders by number of hours.
  friend std::strong_ordering operator<=>(const Hours& a, const Hours& b) { return a.h_ <=> b.h_; }
  friend bool operator==(const Hours& a, const Hours& b) { return a.h_ == b.h_; }
  ///@}

 private:
  Decimal h_;
};

}  // namespace basisbaan
