// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/decimal.hpp"

#include <array>
#include <boost/multiprecision/cpp_int.hpp>
#include <limits>
#include <utility>

#include "basisbaan/core/error.hpp"
#include "round_divide.hpp"

namespace basisbaan {
namespace {

// The wide path: Boost.Multiprecision fixed-width integers with overflow checking. Used only
// when the int64 fast path would overflow, so the common case stays a few instructions.
using Wide = boost::multiprecision::checked_int256_t;

constexpr std::array<std::int64_t, 19> kPow10 = [] {
  std::array<std::int64_t, 19> p{};
  p[0] = 1;
  for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}();

Wide wide_pow10(std::int32_t n) {
  Wide p = 1;
  for (std::int32_t i = 0; i < n; ++i) p *= 10;
  return p;
}

// round_divide by the constant 10^D: the compiler turns the division into a multiplication, where
// a division by a power of ten only known at run time costs a hardware divide (issue 18: a sixth
// of a payslip's time was round_divide<long>). The division is written here and only the rounding
// step is shared (detail::round_quotient): at -O2 the compiler did not inline round_divide into
// these functions, so each still divided by its argument (issue 18, fourth round;
// tests/core/round_divide_fast_path_test.cpp compares the results with round_divide's).
template <std::size_t D>
std::int64_t round_by_pow10(std::int64_t n, Rounding mode) {
  constexpr std::int64_t d = kPow10[D];
  return detail::round_quotient(n / d, n % d, d, mode);
}

template <std::size_t... D>
constexpr std::array<std::int64_t (*)(std::int64_t, Rounding), sizeof...(D)> round_by_pow10_table(std::index_sequence<D...>) {
  return {&round_by_pow10<D>...};
}

constexpr auto kRoundByPow10 = round_by_pow10_table(std::make_index_sequence<19>());

template <std::size_t D>
bool is_multiple_of_pow10(std::int64_t n) {
  return n % kPow10[D] == 0;
}

template <std::size_t... D>
constexpr std::array<bool (*)(std::int64_t), sizeof...(D)> is_multiple_table(std::index_sequence<D...>) {
  return {&is_multiple_of_pow10<D>...};
}

constexpr auto kIsMultipleOfPow10 = is_multiple_table(std::make_index_sequence<19>());

// mantissa / 10^drop rounded in `mode`, drop in [0, 18].
std::int64_t round_pow10(std::int64_t mantissa, std::int32_t drop, Rounding mode) {
  return kRoundByPow10[static_cast<std::size_t>(drop)](mantissa, mode);
}

// mantissa * 10^k on the fast path; false when it would overflow.
bool scale_up(std::int64_t mantissa, std::int32_t k, std::int64_t& out) {
  if (k > 18) return mantissa == 0 ? (out = 0, true) : false;
  return !__builtin_mul_overflow(mantissa, kPow10[static_cast<std::size_t>(k)], &out);
}

// Brings a wide mantissa back to a Decimal, dropping only trailing zeros.
Decimal from_wide(Wide m, std::int32_t scale) {
  while (scale > 0 && (scale > Decimal::kMaxScale || m > std::numeric_limits<std::int64_t>::max() ||
                       m < std::numeric_limits<std::int64_t>::min())) {
    if (m % 10 != 0) break;
    m /= 10;
    --scale;
  }
  if (scale > Decimal::kMaxScale || m > std::numeric_limits<std::int64_t>::max() ||
      m < std::numeric_limits<std::int64_t>::min()) {
    throw OverflowError("exact decimal out of range: " + m.str() + " / 10^" + std::to_string(scale) +
                        " has more digits than an exact Decimal holds");
  }
  return Decimal::from_parts(static_cast<std::int64_t>(m), scale);
}

}  // namespace

namespace decimal_detail {

void throw_scale(std::int32_t scale) {
  throw OverflowError("Decimal scale " + std::to_string(scale) + " outside 0.." + std::to_string(Decimal::kMaxScale));
}

}  // namespace decimal_detail

Decimal Decimal::parse(std::string_view text, std::string_view what) {
  auto fail = [&](std::string_view why) -> InputError {
    return InputError(ErrorCode::InputInvalidAmount, std::string(what) + ": expected a decimal number like 1234.56, got \"" + std::string(text) +
                      "\" (" + std::string(why) + ")");
  };
  std::size_t i = 0;
  bool negative = false;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) negative = text[i++] == '-';
  if (i == text.size()) throw fail("no digits");
  Wide m = 0;
  std::int32_t scale = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '.') {
      if (seen_point) throw fail("more than one decimal point");
      seen_point = true;
      continue;
    }
    if (c < '0' || c > '9') throw fail(std::string("unexpected character '") + c + "'");
    seen_digit = true;
    m = m * 10 + (c - '0');
    if (seen_point) ++scale;
    if (m > Wide(std::numeric_limits<std::int64_t>::max()) * 1000 || scale > kMaxScale + 18) throw fail("too many digits");
  }
  if (!seen_digit) throw fail("no digits");
  if (seen_point && text.back() == '.') throw fail("no digits after the decimal point");
  if (negative) m = -m;
  try {
    return from_wide(m, scale);
  } catch (const OverflowError&) {
    throw fail("too many digits");
  }
}

Decimal Decimal::normalized_slow() const noexcept {
  Decimal d = *this;
  while (d.scale_ > 0 && d.mantissa_ % 10 == 0) {
    d.mantissa_ /= 10;
    --d.scale_;
  }
  if (d.mantissa_ == 0) d.scale_ = 0;
  return d;
}

bool Decimal::is_integer_slow() const noexcept {
  // normalized().scale_ == 0, without the loop: the decimals are all zeros exactly when the
  // mantissa is a multiple of 10^scale (a division by a constant, see round_pow10).
  return scale_ == 0 || kIsMultipleOfPow10[static_cast<std::size_t>(scale_)](mantissa_);
}

Decimal Decimal::rounded_slow(std::int32_t scale, Rounding mode) const {
  if (scale >= scale_) {
    if (scale > kMaxScale) return *this;
    std::int64_t m;
    if (scale_up(mantissa_, scale - scale_, m)) return from_parts(m, scale);
    return *this;  // exact already; more zeros would not fit
  }
  const std::int32_t drop = scale_ - scale;  // > 0
  if (scale >= 0 && drop <= 18) {
    return from_parts(round_pow10(mantissa_, drop, mode), scale);
  }
  const Wide q = detail::round_divide<Wide>(Wide(mantissa_), wide_pow10(drop), mode);
  if (scale >= 0) return from_wide(q, scale);
  return from_wide(q * wide_pow10(-scale), 0);
}

std::int64_t Decimal::to_integer(Rounding mode) const { return rounded(0, mode).mantissa_; }

std::string Decimal::str() const {
  const Decimal n = normalized();
  return n.str_fixed(n.scale_);
}

std::string Decimal::str_fixed(std::int32_t decimals) const {
  const Decimal d = rounded(decimals, Rounding::TowardZero);
  if (d != *this) {
    throw OverflowError("cannot show " + str() + " with " + std::to_string(decimals) + " decimals without rounding");
  }
  const bool negative = d.mantissa_ < 0;
  // Work on the magnitude as unsigned so that INT64_MIN prints correctly.
  std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(d.mantissa_) : static_cast<std::uint64_t>(d.mantissa_);
  std::string digits = std::to_string(mag);
  const auto sc = static_cast<std::size_t>(d.scale_);
  if (digits.size() <= sc) digits.insert(0, sc + 1 - digits.size(), '0');
  if (sc > 0) digits.insert(digits.size() - sc, 1, '.');
  return negative ? "-" + digits : digits;
}

Decimal Decimal::operator-() const {
  if (mantissa_ == std::numeric_limits<std::int64_t>::min()) return from_wide(-Wide(mantissa_), scale_);
  return from_parts(-mantissa_, scale_);
}

Decimal decimal_detail::add_exact(const Decimal& a, const Decimal& b) {
  const std::int32_t s = std::max(a.scale(), b.scale());
  std::int64_t am, bm, sum;
  if (scale_up(a.mantissa(), s - a.scale(), am) && scale_up(b.mantissa(), s - b.scale(), bm) &&
      !__builtin_add_overflow(am, bm, &sum)) {
    return Decimal::from_parts(sum, s);
  }
  return from_wide(Wide(a.mantissa()) * wide_pow10(s - a.scale()) + Wide(b.mantissa()) * wide_pow10(s - b.scale()), s);
}

Decimal decimal_detail::subtract_exact(const Decimal& a, const Decimal& b) { return a + (-b); }

Decimal decimal_detail::multiply_exact(const Decimal& a, const Decimal& b) {
  std::int64_t m;
  const std::int32_t s = a.scale() + b.scale();
  if (s <= Decimal::kMaxScale && !__builtin_mul_overflow(a.mantissa(), b.mantissa(), &m)) {
    return Decimal::from_parts(m, s);
  }
  return from_wide(Wide(a.mantissa()) * Wide(b.mantissa()), s);
}

std::strong_ordering decimal_detail::compare_exact(const Decimal& a, const Decimal& b) {
  if (a.scale() == b.scale()) return a.mantissa() <=> b.mantissa();
  const std::int32_t s = std::max(a.scale(), b.scale());
  std::int64_t am, bm;
  if (scale_up(a.mantissa(), s - a.scale(), am) && scale_up(b.mantissa(), s - b.scale(), bm)) return am <=> bm;
  const Wide wa = Wide(a.mantissa()) * wide_pow10(s - a.scale());
  const Wide wb = Wide(b.mantissa()) * wide_pow10(s - b.scale());
  return wa < wb ? std::strong_ordering::less : wa > wb ? std::strong_ordering::greater : std::strong_ordering::equal;
}

Decimal divide(const Decimal& a, const Decimal& b, std::int32_t scale, Rounding mode) {
  if (b.mantissa() == 0) throw InputError("division by zero");
  // a/b = (am / 10^as) / (bm / 10^bs); result mantissa at `scale` = am * 10^(scale + bs - as) / bm.
  const std::int32_t shift = scale + b.scale() - a.scale();
  std::int64_t num = a.mantissa();
  std::int64_t den = b.mantissa();
  if (den < 0) {
    if (num != std::numeric_limits<std::int64_t>::min() && den != std::numeric_limits<std::int64_t>::min()) {
      num = -num;
      den = -den;
    } else {
      goto wide;
    }
  }
  if (shift >= 0) {
    std::int64_t n;
    if (scale >= 0 && scale <= Decimal::kMaxScale && scale_up(num, shift, n)) {
      return Decimal::from_parts(detail::round_divide_int64(n, den, mode), scale);
    }
  } else {
    std::int64_t d;
    if (scale >= 0 && scale <= Decimal::kMaxScale && scale_up(den, -shift, d)) {
      return Decimal::from_parts(detail::round_divide_int64(num, d, mode), scale);
    }
  }
wide : {
  Wide n = a.mantissa();
  Wide d = b.mantissa();
  if (d < 0) {
    n = -n;
    d = -d;
  }
  if (shift >= 0) n *= wide_pow10(shift);
  else d *= wide_pow10(-shift);
  const Wide q = detail::round_divide<Wide>(n, d, mode);
  if (scale >= 0) return from_wide(q, scale);
  return from_wide(q * wide_pow10(-scale), 0);
}
}

}  // namespace basisbaan
