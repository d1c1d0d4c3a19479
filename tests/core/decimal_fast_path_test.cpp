// SPDX-License-Identifier: EUPL-1.2
// The inline fast paths of Decimal and Money (issue 18, decimal.hpp / money.hpp) give exactly the
// result of the exact out-of-line code they short-cut (decimal_detail::add_exact and friends,
// the same code as before the fast paths): the same mantissa and scale, or the same error, for
// deterministic operands of every scale and of mantissas near the 64-bit limits.

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/money.hpp"

#include "../lcg.hpp"

using namespace basisbaan;
using basisbaan::test::Lcg;

namespace {

// Mantissas of every size: small amounts, cents of large sums, near the 64-bit limits, zero.
std::int64_t mantissa(Lcg& g) {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  const std::uint64_t r = g.next();
  const std::int64_t sign = (r >> 63) != 0 ? -1 : 1;
  switch ((r >> 56) % 8) {
    case 0: return 0;
    case 1: return sign * static_cast<std::int64_t>(r % 1000);
    case 2: return sign * static_cast<std::int64_t>(r % 100'000'000);
    case 3: return sign * static_cast<std::int64_t>(r % 1'000'000'000'000'000);
    case 4: return (r & 1) != 0 ? kMax - static_cast<std::int64_t>(r % 100) : kMin + static_cast<std::int64_t>(r % 100);
    case 5: return sign * static_cast<std::int64_t>(r % 10) * 1'000'000;  // trailing zeros
    case 6: return static_cast<std::int64_t>(r >> 1) * sign;
    default: return sign * static_cast<std::int64_t>(r % 3'037'000'499);  // squares near the limit
  }
}

Decimal operand(Lcg& g) { return Decimal::from_parts(mantissa(g), static_cast<std::int32_t>(g.next() % 19)); }

// "mantissa/scale" or the error text.
template <typename F>
std::string outcome(F f) {
  try {
    const Decimal d = f();
    return std::to_string(d.mantissa()) + "/" + std::to_string(d.scale());
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

template <typename F>
std::string money_outcome(F f) {
  try {
    return std::to_string(f().cents());
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

TEST_CASE("the inline Decimal operators equal the exact out-of-line code, 200,000 operand pairs", "[decimal][issue18]") {
  Lcg g;
  int checked = 0;
  for (int i = 0; i < 200'000; ++i) {
    const Decimal a = operand(g);
    const Decimal b = (i % 3 == 0) ? Decimal::from_parts(mantissa(g), a.scale()) : operand(g);  // many of the same scale
    REQUIRE(outcome([&] { return a + b; }) == outcome([&] { return decimal_detail::add_exact(a, b); }));
    REQUIRE(outcome([&] { return a - b; }) == outcome([&] { return decimal_detail::subtract_exact(a, b); }));
    REQUIRE(outcome([&] { return a * b; }) == outcome([&] { return decimal_detail::multiply_exact(a, b); }));
    REQUIRE((a <=> b) == decimal_detail::compare_exact(a, b));
    checked += 4;
  }
  CHECK(checked == 800'000);
}

TEST_CASE("the inline rounding, normalisation and integer test equal the general code", "[decimal][issue18]") {
  Lcg g;
  for (int i = 0; i < 100'000; ++i) {
    const Decimal a = operand(g);
    const auto to = static_cast<std::int32_t>(g.next() % 23) - 2;  // -2 .. 20
    const auto mode = static_cast<Rounding>(g.next() % 7);
    // The code before the fast path (decimal.cpp): to more decimals, the mantissa scaled up when
    // that fits, else the value unchanged; to fewer decimals, unchanged code (not short-cut).
    const std::string inline_result = outcome([&] { return a.rounded(to, mode); });
    if (to >= a.scale()) {
      const std::string before = outcome([&] {
        if (to > Decimal::kMaxScale) return a;
        std::int64_t m;
        if (__builtin_mul_overflow(a.mantissa(), decimal_detail::kPow10[to - a.scale()], &m)) return a;
        return Decimal::from_parts(m, to);
      });
      REQUIRE(inline_result == before);
    }
    // normalized: no trailing zero decimals left, same value.
    const Decimal n = a.normalized();
    REQUIRE(n == a);
    REQUIRE((n.scale() == 0 || n.mantissa() % 10 != 0));
    if (a.mantissa() == 0) REQUIRE(n.scale() == 0);
    // is_integer: the decimals are all zeros.
    REQUIRE(a.is_integer() == (n.scale() == 0));
  }
}

TEST_CASE("Money's inline exact, round, sum and difference equal the general code", "[money][issue18]") {
  Lcg g;
  for (int i = 0; i < 100'000; ++i) {
    const Decimal d = operand(g);
    const std::string fast = money_outcome([&] { return Money::exact(d, "x"); });
    // The code before the fast path for at most two decimals: × 100 must be an integer that fits
    // (more decimals take the unchanged out-of-line code).
    const std::string general = money_outcome([&] {
      const Decimal cents = d * Decimal(100);
      if (!cents.is_integer()) {
        throw InputError(ErrorCode::InputInvalidAmount, "x: " + d.str() + " has more than two decimals (whole cents expected)");
      }
      return Money::from_cents(cents.to_integer(Rounding::TowardZero));
    });
    if (d.scale() <= 2) REQUIRE(fast == general);
    const NamedRounding r{static_cast<std::int32_t>(g.next() % 5) - 2, static_cast<Rounding>(g.next() % 7), "test"};
    REQUIRE(money_outcome([&] { return Money::round(d, r); }) == money_outcome([&] { return Money::exact(d.rounded(r.scale, r.mode)); }));
    const Money a = Money::from_cents(mantissa(g));
    const Money b = Money::from_cents(mantissa(g));
    std::int64_t c = 0;
    const std::string sum = __builtin_add_overflow(a.cents(), b.cents(), &c) ? "error: amount out of range in addition" : std::to_string(c);
    REQUIRE(money_outcome([&] { return a + b; }) == sum);
    const std::string diff =
        __builtin_sub_overflow(a.cents(), b.cents(), &c) ? "error: amount out of range in subtraction" : std::to_string(c);
    REQUIRE(money_outcome([&] { return a - b; }) == diff);
  }
}
