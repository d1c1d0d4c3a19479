// SPDX-License-Identifier: EUPL-1.2
// Money: exact cents, parsing as people write amounts, clear errors, formatting.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"

using basisbaan::Decimal;
using basisbaan::Money;

TEST_CASE("amounts parse in machine and Dutch notation", "[money]") {
  CHECK(Money::parse("1234.56").cents() == 123456);
  CHECK(Money::parse("1.234,56").cents() == 123456);
  CHECK(Money::parse("1234,56").cents() == 123456);
  CHECK(Money::parse("1,234.56").cents() == 123456);
  CHECK(Money::parse("1.234.567,8").cents() == 123456780);
  CHECK(Money::parse("-12").cents() == -1200);
  CHECK(Money::parse("0,5").cents() == 50);
  CHECK(Money::parse("\xE2\x82\xAC 2.500,00").cents() == 250000);
  CHECK(Money::parse("  14.06 ").cents() == 1406);
}

TEST_CASE("malformed amounts are rejected with a message naming the field", "[money]") {
  CHECK_THROWS_WITH(Money::parse("12.345", "--wage"),
                    Catch::Contains("--wage") && Catch::Contains("more than two decimals"));
  CHECK_THROWS_WITH(Money::parse("1,234", "wage"), Catch::Contains("more than two decimals"));
  CHECK_THROWS_WITH(Money::parse("12a", "wage"), Catch::Contains("unexpected character 'a'"));
  CHECK_THROWS_WITH(Money::parse("", "wage"), Catch::Contains("no digits"));
  CHECK_THROWS_WITH(Money::parse("12,", "wage"), Catch::Contains("no digits after"));
  CHECK_THROWS_WITH(Money::parse("1.23.4,00", "wage"), Catch::Contains("groups of three"));
  CHECK_THROWS_WITH(Money::parse("12.34,5.6", "wage"), Catch::Contains("wage"));
  CHECK_THROWS_AS(Money::parse("--5"), basisbaan::InputError);
}

TEST_CASE("amounts format for machines and for people", "[money]") {
  CHECK(Money::from_cents(123456).str() == "1234.56");
  CHECK(Money::from_cents(-5).str() == "-0.05");
  CHECK(Money::from_cents(123456789).str_nl() == "1.234.567,89");
  CHECK(Money::from_cents(-5).str_nl() == "-0,05");
  CHECK(Money::from_cents(100).str_eur() == "\xE2\x82\xAC 1,00");
}

TEST_CASE("money arithmetic is exact and overflow is an error", "[money]") {
  CHECK((Money::parse("0.10") + Money::parse("0.20")) == Money::parse("0.30"));
  CHECK((Money::parse("10.00") * 3).str() == "30.00");
  CHECK((-Money::parse("1.50")).str() == "-1.50");
  CHECK_THROWS_AS(Money::from_cents(INT64_MAX) + Money::from_cents(1), basisbaan::OverflowError);
}

TEST_CASE("money times a rate is an exact decimal that must be rounded explicitly", "[money]") {
  const auto rate = basisbaan::Rate::percent(Decimal::parse("6.51"));
  const Decimal exact = Money::parse("2500.00") * rate;
  CHECK(exact.str() == "162.75");
  const Decimal odd = Money::parse("2333.33") * rate;
  CHECK(odd.str() == "151.899783");
  CHECK(Money::round(odd, {2, basisbaan::Rounding::HalfUp, "test"}).str() == "151.90");
  CHECK_THROWS_AS(Money::exact(odd), basisbaan::InputError);
}

TEST_CASE("rates parse as percentages and print both ways", "[money]") {
  const auto r = basisbaan::Rate::parse_percent("35,82%");
  CHECK(r.fraction().str() == "0.3582");
  CHECK(r.str() == "35.82%");
  CHECK(r.str_nl() == "35,82%");
}
