// SPDX-License-Identifier: EUPL-1.2
// Exact decimal arithmetic: no binary floating point, exact products, explicit division.

#include <catch2/catch.hpp>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/error.hpp"

using basisbaan::Decimal;
using basisbaan::Rounding;

TEST_CASE("decimals parse and print exactly", "[decimal]") {
  CHECK(Decimal::parse("0.1").str() == "0.1");
  CHECK(Decimal::parse("-0.05").str() == "-0.05");
  CHECK(Decimal::parse("1234.5600").str() == "1234.56");
  CHECK(Decimal::parse("1234.5600").str_fixed(4) == "1234.5600");
  CHECK(Decimal::parse("+7").str() == "7");
  CHECK(Decimal::parse("0.000000593937").str() == "0.000000593937");
}

TEST_CASE("a malformed decimal is rejected with the text and the reason", "[decimal]") {
  CHECK_THROWS_WITH(Decimal::parse("1,5", "rate"), Catch::Contains("rate") && Catch::Contains("\"1,5\""));
  CHECK_THROWS_AS(Decimal::parse(""), basisbaan::InputError);
  CHECK_THROWS_AS(Decimal::parse("1.2.3"), basisbaan::InputError);
  CHECK_THROWS_AS(Decimal::parse("1e5"), basisbaan::InputError);
  CHECK_THROWS_AS(Decimal::parse("12."), basisbaan::InputError);
  CHECK_THROWS_AS(Decimal::parse("-"), basisbaan::InputError);
}

TEST_CASE("0.1 + 0.2 is exactly 0.3", "[decimal]") {
  CHECK(Decimal::parse("0.1") + Decimal::parse("0.2") == Decimal::parse("0.3"));
}

TEST_CASE("products are exact and scales add", "[decimal]") {
  const Decimal p = Decimal::parse("38883") * Decimal::parse("0.3575");
  CHECK(p.str() == "13900.6725");
  CHECK((Decimal::parse("-1.5") * Decimal::parse("2.25")).str() == "-3.375");
}

TEST_CASE("large products take the wide path and stay exact", "[decimal]") {
  // 9e9 × 9e9 overflows int64 but the exact result has trailing zeros that fit after normalising.
  const Decimal big = Decimal::parse("123456789.123456789") * Decimal(1000000000);
  CHECK(big.str() == "123456789123456789");
  CHECK_THROWS_AS(Decimal::parse("123456789123.456789") * Decimal::parse("123456789123.456789"),
                  basisbaan::OverflowError);
}

TEST_CASE("division needs a scale and a rounding mode", "[decimal]") {
  CHECK(divide(Decimal(2), Decimal(3), 4, Rounding::HalfUp).str() == "0.6667");
  CHECK(divide(Decimal(2), Decimal(3), 4, Rounding::Down).str() == "0.6666");
  CHECK(divide(Decimal(-2), Decimal(3), 2, Rounding::Down).str() == "-0.67");
  CHECK(divide(Decimal(5), Decimal(-2), 0, Rounding::HalfEven).str() == "-2");
  CHECK(divide(Decimal::parse("79409"), Decimal(12), 2, Rounding::TowardZero).str() == "6617.41");
  CHECK_THROWS_AS(divide(Decimal(1), Decimal(0), 2, Rounding::Down), basisbaan::InputError);
}

TEST_CASE("comparison works across scales", "[decimal]") {
  CHECK(Decimal::parse("1.50") == Decimal::parse("1.5"));
  CHECK(Decimal::parse("1.49") < Decimal::parse("1.5"));
  CHECK(Decimal::parse("-0.01") < Decimal(0));
  CHECK(max(Decimal(3), Decimal::parse("3.01")).str() == "3.01");
}

TEST_CASE("str_fixed refuses to drop digits silently", "[decimal]") {
  CHECK_THROWS_AS(Decimal::parse("1.234").str_fixed(2), basisbaan::OverflowError);
  CHECK(Decimal::parse("-0.5").str_fixed(2) == "-0.50");
}
