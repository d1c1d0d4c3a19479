// SPDX-License-Identifier: EUPL-1.2
// MinimumWageOfDate and AowAges (issue 18: the per-employee rules of a pay period looked up once)
// give exactly what minimum_wage() and tax_group_on() give with the RuleBook, or leave the case
// to them (nullopt) where those throw: the first two, the 15th and the last days of every month
// 2023-12..2028-01 × ages 14..70 × hours 0..1001 with 0-5 decimals (minimum wage), and a birth
// date every 11 days 1938..1975 × every month-end pay date 2024-01..2035-12 (tax group,
// including dates whose AOW age is not fixed yet). The amounts
// The tabel bijzondere beloningen (SpecialRateTable) likewise equals bijzonder_tarief() for every
// row boundary and one cent either side, both columns, every month 2024-2027. The amounts
// themselves are checked against SZW's publications in minimum_wage_test.cpp and the AOW dates
// in wage_tax_test.cpp.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/bijzonder_tarief.hpp"
#include "basisbaan/law/minimum_wage.hpp"
#include "basisbaan/law/tax_group.hpp"

#include "../rules.hpp"

using namespace basisbaan;

namespace {

using basisbaan::test::rules;

std::string full_minimum(const Date& on, int age, const Hours& h) {
  try {
    const MinimumWage w = minimum_wage(rules(), on, age, h);
    return w.hourly.str() + " " + w.hours_per_year->str();
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

std::string full_group(const Date& birth, const Date& pay) {
  try {
    return std::string(to_string(tax_group_on(rules(), birth, pay)));
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

}  // namespace

TEST_CASE("MinimumWageOfDate equals minimum_wage() for every date, age and kind of hours", "[wml][issue18]") {
  const std::vector<Hours> hours = {Hours(Decimal(0)),           Hours(Decimal(1)),
                                    Hours(Decimal::parse("12.5")), Hours(Decimal(20)),
                                    Hours(Decimal::parse("31.99")), Hours(Decimal(32)),
                                    Hours(Decimal::parse("36.1234")), Hours(Decimal(38)),
                                    Hours(Decimal(40)),          Hours(Decimal(60)),
                                    Hours(Decimal::parse("12.34567")),  // 5 decimals: left to minimum_wage()
                                    Hours(Decimal(1000)),        Hours(Decimal(1001)),
                                    Hours(Decimal(-1))};
  int prepared_dates = 0;
  int compared = 0;
  int fast = 0;
  for (Date on = parse_date("2023-12-25"); on <= parse_date("2028-01-05"); on = add_days(on, 1)) {
    const unsigned day = static_cast<unsigned>(on.day());
    if (day > 2 && day != 15 && day < 28) continue;
    const auto m = MinimumWageOfDate::prepare(rules(), on);
    if (!m) continue;
    ++prepared_dates;
    for (int age = 14; age <= 70; ++age) {
      for (const Hours& h : hours) {
        const std::string expected = full_minimum(on, age, h);
        const auto got = m->for_employee(age, h);
        if (got) {
          ++fast;
          REQUIRE(got->hourly.str() + " " + got->hours_per_year.str() == expected);
        }
        ++compared;
        // Wherever the full function throws, the prepared one leaves it to it.
        if (expected.rfind("error", 0) == 0) REQUIRE(!got);
      }
    }
  }
  // The hourly basis holds from 2024-01-01 (before it the full-time period basis is not prepared);
  // the rules reach into 2027: at least 36 months of 6 or 7 days.
  CHECK(prepared_dates >= 36 * 6);
  CHECK(fast > compared / 2);
  CHECK(!MinimumWageOfDate::prepare(rules(), parse_date("2023-06-30")));
}

TEST_CASE("MinimumWageOfDate is not prepared from a provisional book (its look-ups are recorded)", "[wml][issue18]") {
  RuleBook provisional = rules();
  provisional.set_options({true});
  CHECK(!MinimumWageOfDate::prepare(provisional, parse_date("2025-03-31")));
  CHECK(!AowAges::prepare(provisional));
  CHECK(provisional.carried_forward().empty());
}

TEST_CASE("AowAges::tax_group_on equals tax_group_on() for births 1938-1975 and pay dates 2024-2035", "[wage_tax][issue18]") {
  const auto a = AowAges::prepare(rules());
  REQUIRE(a);
  int compared = 0;
  int left = 0;
  for (Date birth = parse_date("1938-01-01"); birth <= parse_date("1975-12-31"); birth = add_days(birth, 11)) {
    for (Date pay = parse_date("2024-01-31"); pay <= parse_date("2035-12-31"); pay = last_of_month(add_days(pay, 1))) {
      const std::string expected = full_group(birth, pay);
      const auto got = a->tax_group_on(birth, pay);
      if (got) {
        REQUIRE(std::string(to_string(*got)) == expected);
      } else {
        REQUIRE(expected.rfind("error", 0) == 0);
        ++left;
      }
      ++compared;
    }
  }
  CHECK(compared > 100'000);
  CHECK(left > 0);  // some AOW dates are not fixed yet: the RuleBook function gives the error
}

TEST_CASE("SpecialRateTable::apply equals bijzonder_tarief() on every row boundary and a cent either side", "[wage_tax][issue18]") {
  int compared = 0;
  for (Date on = parse_date("2024-01-31"); on <= parse_date("2027-12-31"); on = last_of_month(add_days(on, 1))) {
    for (TaxGroup g : {TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946}) {
      const auto table = SpecialRateTable::prepare(rules(), on, g);
      if (!table) continue;
      const Table& t = rules().table("wage_tax.special_rate." + std::string(to_string(g)), on);
      std::vector<Money> wages = {Money(), Money::from_cents(-1), Money::euros(10'000'000)};
      for (std::size_t r = 0; r < t.size(); ++r) {
        const Money from = t.money(r, "from");
        for (std::int64_t d : {-1, 0, 1}) wages.push_back(from + Money::from_cents(d));
      }
      for (const Money& annual : wages) {
        for (const Money& payment : {Money(), Money::from_cents(123'456), Money::from_cents(99), Money::from_cents(-5)}) {
          for (bool credit : {true, false}) {
            for (bool single : {false, true}) {
              const BijzonderTariefInput in{payment, annual, credit, single};
              std::string expected;
              try {
                const auto r = bijzonder_tarief(rules(), on, g, in);
                expected = r.rate.str() + " " + r.row_from.str() + " " + r.wage_tax.str();
              } catch (const std::exception& e) {
                expected = std::string("error: ") + e.what();
              }
              const auto got = table->apply(in);
              if (got) {
                REQUIRE(got->rate.str() + " " + got->row_from.str() + " " + got->wage_tax.str() == expected);
              } else {
                REQUIRE((single || expected.rfind("error", 0) == 0));
              }
              ++compared;
            }
          }
        }
      }
    }
  }
  CHECK(compared > 10'000);
}
