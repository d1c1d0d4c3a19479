// SPDX-License-Identifier: EUPL-1.2
// The 32-bit fast path of the rounded integer division (detail::round_divide_int64, issue 18)
// gives exactly the quotient of the exact code (detail::round_divide, computed in 128 bits so that
// the reference itself cannot overflow): every rounding mode, numerators of both signs,
// denominators from 1 up, operands at and around the 32-bit boundary where the fast path hands
// over, and the 64-bit limits.

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <vector>

#include <boost/multiprecision/cpp_int.hpp>

#include "../../lib/core/round_divide.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/rounding.hpp"

#include "../lcg.hpp"

using namespace basisbaan;
using basisbaan::test::Lcg;

namespace {

constexpr Rounding kModes[] = {Rounding::Down,   Rounding::Up,       Rounding::TowardZero, Rounding::AwayFromZero,
                               Rounding::HalfUp, Rounding::HalfDown, Rounding::HalfEven};

// The reference: round_divide in 128 bits, where doubling any 64-bit remainder cannot overflow
// (round_divide<std::int64_t> overflows for a remainder above 2^62, i.e. a denominator above 2^62).
std::int64_t reference(std::int64_t n, std::int64_t d, Rounding mode) {
  using Wide = boost::multiprecision::int128_t;
  return static_cast<std::int64_t>(detail::round_divide<Wide>(Wide(n), Wide(d), mode));
}

// A magnitude of every size: tiny, cents, up to 2^32 and around it, up to the 64-bit limit.
std::uint64_t magnitude(Lcg& g) {
  const std::uint64_t r = g.next();
  switch ((r >> 58) % 8) {
    case 0: return r % 16;
    case 1: return r % 1000;
    case 2: return r % 10'000'000;
    case 3: return r % (1ULL << 32);
    case 4: return (1ULL << 32) - 8 + r % 16;  // the boundary of the fast path
    case 5: return r % (1ULL << 40);
    case 6: return r >> 1;  // up to the 64-bit limit
    default: return (r >> 8) % 100'000 * 2;  // even: many exact halves with even denominators
  }
}

}  // namespace

TEST_CASE("round_divide_int64: the 32-bit fast path equals round_divide on every mode", "[core][decimal][fast_path]") {
  Lcg g{20261207};
  std::uint64_t fast = 0;
  std::uint64_t compared = 0;
  for (int i = 0; i < 400'000; ++i) {
    const std::uint64_t m = magnitude(g);
    const bool negative = (g.next() >> 63) != 0;
    const std::int64_t n = negative ? -static_cast<std::int64_t>(m & 0x7fff'ffff'ffff'ffffULL) : static_cast<std::int64_t>(m & 0x7fff'ffff'ffff'ffffULL);
    std::int64_t d = static_cast<std::int64_t>(magnitude(g) & 0x7fff'ffff'ffff'ffffULL);
    if (d == 0) d = 1 + static_cast<std::int64_t>(g.next() % 12);
    if (((static_cast<std::uint64_t>(n < 0 ? -n : n) | static_cast<std::uint64_t>(d)) >> 32) == 0) ++fast;
    for (Rounding mode : kModes) {
      INFO(n << " / " << d << " mode " << to_string(mode));
      REQUIRE(detail::round_divide_int64(n, d, mode) == reference(n, d, mode));
      ++compared;
    }
  }
  CHECK(fast > 100'000U);  // the fast path was taken often, and the exact path too
  CHECK(compared == 400'000U * 7U);
}

TEST_CASE("round_divide_int64: exact halves, the 32-bit boundary and the 64-bit limits", "[core][decimal][fast_path]") {
  constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
  constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
  constexpr std::int64_t k32 = std::int64_t{1} << 32;
  const std::vector<std::int64_t> numerators{0,       1,       -1,      2,       -2,      3,        -3,       5,        -5,   7,
                                             -7,      11,      -11,     k32 - 1, -(k32 - 1), k32,   -k32,     k32 + 1,  -(k32 + 1),
                                             kMax,    kMin,    kMin + 1, 2047632, -2047632, 1670400, 4294967295, -4294967295};
  const std::vector<std::int64_t> denominators{1, 2, 3, 4, 5, 10, 12, 13, 52, 100, 1000, 4294967295, k32, k32 + 1, kMax};
  for (std::int64_t n : numerators) {
    for (std::int64_t d : denominators) {
      for (Rounding mode : kModes) {
        INFO(n << " / " << d << " mode " << to_string(mode));
        CHECK(detail::round_divide_int64(n, d, mode) == reference(n, d, mode));
      }
    }
  }
}

TEST_CASE("divide: a payslip's divisions give the same decimals through the fast path", "[core][decimal][fast_path]") {
  // 1670.4 hours × 14.71 / 12 = 2047.632 → up 2047.64 (the basic wage of tests/payroll/payslip_parts_test.cpp).
  CHECK(divide(Decimal::parse("1670.4") * Decimal::parse("14.71"), Decimal(12), 2, Rounding::Up).str() == "2047.64");
  // 32 / 37 hours to 6 decimals, half up: 0.864865.
  CHECK(divide(Decimal(32), Decimal(37), 6, Rounding::HalfUp).str() == "0.864865");
  CHECK(divide(Decimal(-32), Decimal(37), 6, Rounding::HalfUp).str() == "-0.864865");
  CHECK(divide(Decimal(1), Decimal(-8), 2, Rounding::HalfEven).str() == "-0.12");
  CHECK(divide(Decimal(3), Decimal(8), 2, Rounding::HalfEven).str() == "0.38");
  CHECK(divide_rounded(-7, 2, Rounding::HalfUp) == -4);
  CHECK(divide_rounded(-7, 2, Rounding::HalfDown) == -3);
}

TEST_CASE("rounding to fewer decimals divides by the constant 10^drop and rounds as round_divide", "[core][decimal][fast_path]") {
  // Decimal::rounded to fewer decimals divides the mantissa by a constant power of ten and takes
  // only the rounding step from round_divide (detail::round_quotient): the same mantissa as
  // round_divide<std::int64_t>(mantissa, 10^drop) for every drop 1-18 and every mode.
  Lcg g{20261207};
  for (int i = 0; i < 100'000; ++i) {
    const std::uint64_t m = magnitude(g) & 0x7fff'ffff'ffff'ffffULL;
    const std::int64_t mantissa = (g.next() >> 63) != 0 ? -static_cast<std::int64_t>(m) : static_cast<std::int64_t>(m);
    const auto drop = static_cast<std::int32_t>(1 + g.next() % 18);
    std::int64_t pow10 = 1;
    for (std::int32_t k = 0; k < drop; ++k) pow10 *= 10;
    const Decimal d = Decimal::from_parts(mantissa, 18);
    for (Rounding mode : kModes) {
      INFO(mantissa << " / 10^" << drop << " mode " << to_string(mode));
      REQUIRE(d.rounded(18 - drop, mode).mantissa() == detail::round_divide<std::int64_t>(mantissa, pow10, mode));
    }
  }
}

TEST_CASE("divide_rounded: exact for denominators above 2^62 (the remainder doubled without overflow)", "[core][decimal]") {
  // 5e18 / 6e18 = 0.83…: half-up 1, toward zero 0; -5e18 / 6e18: half-up -1, down -1, up 0.
  // 3e18 / 6e18 = 0.5 exactly: half-even 0, half-up 1, half-down 0. Signed doubling of the
  // remainders (5e18, 3e18) would exceed 2^63 - 1.
  const std::int64_t six = 6'000'000'000'000'000'000;
  CHECK(divide_rounded(5'000'000'000'000'000'000, six, Rounding::HalfUp) == 1);
  CHECK(divide_rounded(5'000'000'000'000'000'000, six, Rounding::TowardZero) == 0);
  CHECK(divide_rounded(-5'000'000'000'000'000'000, six, Rounding::HalfUp) == -1);
  CHECK(divide_rounded(-5'000'000'000'000'000'000, six, Rounding::Down) == -1);
  CHECK(divide_rounded(-5'000'000'000'000'000'000, six, Rounding::Up) == 0);
  CHECK(divide_rounded(3'000'000'000'000'000'000, six, Rounding::HalfEven) == 0);
  CHECK(divide_rounded(3'000'000'000'000'000'000, six, Rounding::HalfUp) == 1);
  CHECK(divide_rounded(3'000'000'000'000'000'000, six, Rounding::HalfDown) == 0);
  CHECK(divide_rounded(9'000'000'000'000'000'000, six, Rounding::HalfEven) == 2);  // 1.5 → 2
}
