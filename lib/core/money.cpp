// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/money.hpp"

#include <limits>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

void check(bool overflow, const char* what) {
  if (overflow) money_detail::throw_out_of_range(what);
}

std::string group_thousands(std::string digits, char sep) {
  for (auto i = static_cast<std::ptrdiff_t>(digits.size()) - 3; i > 0; i -= 3) {
    digits.insert(static_cast<std::size_t>(i), 1, sep);
  }
  return digits;
}

}  // namespace

void money_detail::throw_out_of_range(const char* what) { throw OverflowError(std::string("amount out of range in ") + what); }

Money Money::euros(std::int64_t euros) {
  std::int64_t c;
  check(__builtin_mul_overflow(euros, 100, &c), "Money::euros");
  return Money(c);
}

Money Money::exact_slow(const Decimal& euros, std::string_view what) {
  // Fast path (issue 18): whole cents are a mantissa scaled up to two decimals, or one whose
  // extra decimals are zeros; the same result as the general path below, which also reports.
  if (euros.scale() <= 2) {
    std::int64_t c = 0;
    if (!__builtin_mul_overflow(euros.mantissa(), euros.scale() == 2 ? 1 : euros.scale() == 1 ? 10 : 100, &c)) {
      return Money(c);
    }
  } else if (Decimal::from_parts(euros.mantissa(), euros.scale() - 2).is_integer()) {
    return Money(Decimal::from_parts(euros.mantissa(), euros.scale() - 2).to_integer(Rounding::TowardZero));
  }
  const Decimal cents = euros * Decimal(100);
  if (!cents.is_integer()) {
    throw InputError(ErrorCode::InputInvalidAmount, std::string(what) + ": " + euros.str() + " has more than two decimals (whole cents expected)");
  }
  return Money(cents.to_integer(Rounding::TowardZero));
}

Money Money::round_slow(const Decimal& euros, const NamedRounding& rounding) {
  if (rounding.scale > 2) {
    throw OverflowError("Money::round: cannot round to " + std::to_string(rounding.scale) + " decimals (" +
                        std::string(rounding.rule) + ")");
  }
  return exact(euros.rounded(rounding.scale, rounding.mode));
}

Money Money::parse(std::string_view text, std::string_view what) {
  const std::string original(text);
  auto fail = [&](const std::string& why) {
    return InputError(ErrorCode::InputInvalidAmount, std::string(what) + ": expected an amount like 1234.56 or 1.234,56, got \"" + original +
                      "\" (" + why + ")");
  };
  // Trim blanks and an optional euro sign.
  auto trim = [](std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
  };
  text = trim(text);
  bool negative = false;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) {
    negative = text.front() == '-';
    text.remove_prefix(1);
    text = trim(text);
  }
  if (text.starts_with("\xE2\x82\xAC")) text = trim(text.substr(3));  // "€"
  if (!negative && !text.empty() && text.front() == '-') {
    negative = true;
    text = trim(text.substr(1));
  }
  if (text.empty()) throw fail("no digits");

  const auto last_dot = text.rfind('.');
  const auto last_comma = text.rfind(',');
  const bool has_dot = last_dot != std::string_view::npos;
  const bool has_comma = last_comma != std::string_view::npos;
  char decimal_sep = 0;
  char thousands_sep = 0;
  if (has_dot && has_comma) {
    decimal_sep = last_dot > last_comma ? '.' : ',';
    thousands_sep = decimal_sep == '.' ? ',' : '.';
  } else if (has_dot || has_comma) {
    const char sep = has_dot ? '.' : ',';
    const auto first = text.find(sep);
    if (first != text.rfind(sep)) thousands_sep = sep;  // repeated: "1.234.567"
    else decimal_sep = sep;
  }

  std::string integer_part;
  std::string fraction;
  bool in_fraction = false;
  std::size_t group_len = 0;
  bool grouped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c >= '0' && c <= '9') {
      (in_fraction ? fraction : integer_part).push_back(c);
      ++group_len;
    } else if (c == decimal_sep && !in_fraction) {
      if (grouped && group_len != 3) throw fail("thousands separators must separate groups of three digits");
      in_fraction = true;
      group_len = 0;
    } else if (c == thousands_sep && !in_fraction) {
      if (integer_part.empty()) throw fail("a thousands separator cannot come first");
      if (grouped ? group_len != 3 : group_len > 3) {
        throw fail("thousands separators must separate groups of three digits");
      }
      grouped = true;
      group_len = 0;
    } else {
      throw fail(std::string("unexpected character '") + c + "'");
    }
  }
  if (grouped && !in_fraction && group_len != 3) throw fail("thousands separators must separate groups of three digits");
  if (integer_part.empty() && fraction.empty()) throw fail("no digits");
  if (in_fraction && fraction.empty()) throw fail("no digits after the decimal separator");
  if (fraction.size() > 2) throw fail("more than two decimals; whole cents expected");
  while (fraction.size() < 2) fraction.push_back('0');
  if (integer_part.empty()) integer_part = "0";
  if (integer_part.size() > 16) throw fail("too large");
  std::int64_t cents = std::stoll(integer_part) * 100 + std::stoll(fraction);
  return Money(negative ? -cents : cents);
}

std::string Money::str() const { return decimal().str_fixed(2); }

std::string Money::str_nl() const {
  const bool negative = cents_ < 0;
  const std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(cents_) : static_cast<std::uint64_t>(cents_);
  const std::string whole = group_thousands(std::to_string(mag / 100), '.');
  const std::uint64_t frac = mag % 100;
  return (negative ? "-" : "") + whole + "," + (frac < 10 ? "0" : "") + std::to_string(frac);
}

std::string Money::str_eur() const { return "\xE2\x82\xAC " + str_nl(); }

Money Money::operator-() const {
  if (cents_ == std::numeric_limits<std::int64_t>::min()) throw OverflowError("amount out of range in negation");
  return Money(-cents_);
}

Money operator*(Money a, std::int64_t n) {
  std::int64_t c;
  check(__builtin_mul_overflow(a.cents_, n, &c), "multiplication");
  return Money(c);
}

}  // namespace basisbaan
