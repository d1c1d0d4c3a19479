// SPDX-License-Identifier: EUPL-1.2
// Every rounding mode at its edges: exact ties, just below and above a tie, negative values,
// and rounding to whole euros, cents and tens.

#include <catch2/catch.hpp>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/money.hpp"

using basisbaan::Decimal;
using basisbaan::Rounding;

namespace {
std::string r(const char* v, int scale, Rounding m) { return Decimal::parse(v).rounded(scale, m).str(); }
}  // namespace

TEST_CASE("down rounds toward minus infinity (floor)", "[rounding]") {
  CHECK(r("2.5", 0, Rounding::Down) == "2");
  CHECK(r("2.9999", 0, Rounding::Down) == "2");
  CHECK(r("-2.5", 0, Rounding::Down) == "-3");
  CHECK(r("-2.0001", 0, Rounding::Down) == "-3");
  CHECK(r("-2", 0, Rounding::Down) == "-2");
  CHECK(r("1.239", 2, Rounding::Down) == "1.23");
}

TEST_CASE("up rounds toward plus infinity (ceiling)", "[rounding]") {
  CHECK(r("2.0001", 0, Rounding::Up) == "3");
  CHECK(r("2", 0, Rounding::Up) == "2");
  CHECK(r("-2.9", 0, Rounding::Up) == "-2");
  CHECK(r("2086.044", 2, Rounding::Up) == "2086.05");
}

TEST_CASE("toward zero truncates", "[rounding]") {
  CHECK(r("2.9", 0, Rounding::TowardZero) == "2");
  CHECK(r("-2.9", 0, Rounding::TowardZero) == "-2");
  CHECK(r("6617.416666", 2, Rounding::TowardZero) == "6617.41");
}

TEST_CASE("away from zero rounds any remainder outward", "[rounding]") {
  CHECK(r("2.1", 0, Rounding::AwayFromZero) == "3");
  CHECK(r("-2.1", 0, Rounding::AwayFromZero) == "-3");
  CHECK(r("2", 0, Rounding::AwayFromZero) == "2");
}

TEST_CASE("half-up sends exact ties away from zero", "[rounding]") {
  CHECK(r("2.5", 0, Rounding::HalfUp) == "3");
  CHECK(r("2.4999999", 0, Rounding::HalfUp) == "2");
  CHECK(r("-2.5", 0, Rounding::HalfUp) == "-3");
  CHECK(r("-2.4999", 0, Rounding::HalfUp) == "-2");
  CHECK(r("7.355", 2, Rounding::HalfUp) == "7.36");  // 14.71 × 50 %, the 2026 WML for 18-year-olds
  CHECK(r("1.005", 2, Rounding::HalfUp) == "1.01");  // exact decimal: no binary 1.00499999...
}

TEST_CASE("half-down sends exact ties toward zero", "[rounding]") {
  CHECK(r("2.5", 0, Rounding::HalfDown) == "2");
  CHECK(r("2.5000001", 0, Rounding::HalfDown) == "3");
  CHECK(r("-2.5", 0, Rounding::HalfDown) == "-2");
}

TEST_CASE("half-even sends exact ties to the even neighbour", "[rounding]") {
  CHECK(r("2.5", 0, Rounding::HalfEven) == "2");
  CHECK(r("3.5", 0, Rounding::HalfEven) == "4");
  CHECK(r("-2.5", 0, Rounding::HalfEven) == "-2");
  CHECK(r("-3.5", 0, Rounding::HalfEven) == "-4");
  CHECK(r("2.51", 0, Rounding::HalfEven) == "3");
  CHECK(r("0.125", 2, Rounding::HalfEven) == "0.12");
}

TEST_CASE("negative scales round to tens and hundreds", "[rounding]") {
  CHECK(r("1234", -1, Rounding::Down) == "1230");
  CHECK(r("1235", -1, Rounding::HalfUp) == "1240");
  CHECK(r("1250", -2, Rounding::HalfEven) == "1200");
}

TEST_CASE("rounding to more decimals than the value has changes nothing", "[rounding]") {
  CHECK(r("2.5", 4, Rounding::Down) == "2.5");
  CHECK(Decimal::parse("2.5").rounded(4, Rounding::Down).scale() == 4);
}

TEST_CASE("a named rounding carries its rule and rounds money", "[rounding]") {
  constexpr basisbaan::NamedRounding whole_euros_down{0, Rounding::Down, "Rekenvoorschriften: tax in whole euros, down"};
  CHECK(basisbaan::Money::round(Decimal::parse("13899.99"), whole_euros_down).str() == "13899.00");
  CHECK(whole_euros_down.rule.find("Rekenvoorschriften") == 0);
}

TEST_CASE("integer division with a rounding mode", "[rounding]") {
  CHECK(basisbaan::divide_rounded(7, 2, Rounding::HalfEven) == 4);
  CHECK(basisbaan::divide_rounded(5, 2, Rounding::HalfEven) == 2);
  CHECK(basisbaan::divide_rounded(-7, 2, Rounding::Down) == -4);
  CHECK(basisbaan::divide_rounded(-7, 2, Rounding::TowardZero) == -3);
  CHECK_THROWS_AS(basisbaan::divide_rounded(1, 0, Rounding::Down), basisbaan::InputError);
}
