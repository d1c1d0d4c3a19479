// SPDX-License-Identifier: EUPL-1.2
// Pay periods: months, four-week periods 1..13 and weeks as the tax authority numbers them,
// ISO weeks, and date arithmetic. Golden four-week dates: docs/pay-periods.md.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/pay_period.hpp"

using namespace basisbaan;

namespace {
Date d(const char* s) { return parse_date(s); }
}  // namespace

TEST_CASE("a calendar month runs from the 1st to its last day", "[period]") {
  const PayPeriod feb(PeriodKind::Month, 2024, 2);
  CHECK(to_string(feb.start()) == "2024-02-01");
  CHECK(to_string(feb.end()) == "2024-02-29");
  CHECK(feb.days() == 29);
  CHECK(feb.label() == "2024-02");
}

TEST_CASE("four-week periods of 2026 follow the tax authority's table", "[period]") {
  // Gegevensspecificaties aangifte loonheffingen 2026, p. 37 (the 13 four-week periods of 2026).
  const char* expected[13][2] = {
      {"2026-01-01", "2026-01-25"}, {"2026-01-26", "2026-02-22"}, {"2026-02-23", "2026-03-22"},
      {"2026-03-23", "2026-04-19"}, {"2026-04-20", "2026-05-17"}, {"2026-05-18", "2026-06-14"},
      {"2026-06-15", "2026-07-12"}, {"2026-07-13", "2026-08-09"}, {"2026-08-10", "2026-09-06"},
      {"2026-09-07", "2026-10-04"}, {"2026-10-05", "2026-11-01"}, {"2026-11-02", "2026-11-29"},
      {"2026-11-30", "2026-12-31"}};
  for (int n = 1; n <= 13; ++n) {
    const PayPeriod p(PeriodKind::FourWeeks, 2026, n);
    INFO("period " << n);
    CHECK(to_string(p.start()) == expected[n - 1][0]);
    CHECK(to_string(p.end()) == expected[n - 1][1]);
  }
}

TEST_CASE("four-week periods continue across the year end", "[period]") {
  const PayPeriod last(PeriodKind::FourWeeks, 2025, 13);
  CHECK(last.label() == "2025-4w13");
  CHECK(to_string(last.end()) == "2025-12-31");
  const PayPeriod first = last.next();
  CHECK(first.label() == "2026-4w01");
  CHECK(to_string(first.start()) == "2026-01-01");
  CHECK(first.previous() == last);
  CHECK(PayPeriod::containing(PeriodKind::FourWeeks, d("2026-01-25")).number() == 1);
  CHECK(PayPeriod::containing(PeriodKind::FourWeeks, d("2026-01-26")).number() == 2);
  CHECK(PayPeriod::containing(PeriodKind::FourWeeks, d("2025-12-31")).label() == "2025-4w13");
}

TEST_CASE("every day of a year falls in exactly one period of each kind", "[period]") {
  for (int year : {2024, 2025, 2026, 2027}) {
    for (auto kind : {PeriodKind::Month, PeriodKind::FourWeeks, PeriodKind::Week, PeriodKind::Quarter}) {
      Date expected_start{date::year{year}, date::January, date::day{1}};
      for (int n = 1; n <= PayPeriod::count_in_year(kind, year); ++n) {
        const PayPeriod p(kind, year, n);
        CHECK(p.start() == expected_start);
        CHECK(p.start() <= p.end());
        expected_start = add_days(p.end(), 1);
      }
      CHECK(to_string(expected_start) == std::to_string(year + 1) + "-01-01");
    }
  }
}

TEST_CASE("period labels parse and print", "[period]") {
  CHECK(PayPeriod::parse("2025-03").label() == "2025-03");
  CHECK(PayPeriod::parse("2025-4W05").label() == "2025-4w05");
  CHECK(PayPeriod::parse("2025-w12").kind() == PeriodKind::Week);
  CHECK(PayPeriod::parse("2025-q2").start() == d("2025-04-01"));
  CHECK_THROWS_WITH(PayPeriod::parse("2025-13"), Catch::Contains("no month 13"));
  CHECK_THROWS_WITH(PayPeriod::parse("2025-4w14"), Catch::Contains("no four-weeks 14"));
  CHECK_THROWS_WITH(PayPeriod::parse("march", "--period"), Catch::Contains("--period"));
  CHECK_THROWS_AS(parse_period_kind("fortnight"), InputError);
  CHECK(parse_period_kind("maand") == PeriodKind::Month);
}

TEST_CASE("ISO weeks and weekdays", "[period]") {
  CHECK(iso_week(d("2026-01-01")).week == 1);
  CHECK(iso_week(d("2027-01-01")).year == 2026);
  CHECK(iso_week(d("2027-01-01")).week == 53);
  CHECK(iso_weeks_in_year(2026) == 53);
  CHECK(iso_weeks_in_year(2025) == 52);
  CHECK(to_string(iso_week_monday(2026, 1)) == "2025-12-29");
}

TEST_CASE("dates parse strictly and do calendar arithmetic", "[period]") {
  CHECK_THROWS_WITH(parse_date("2025-02-29", "start_date"), Catch::Contains("start_date") && Catch::Contains("no such day"));
  CHECK_THROWS_AS(parse_date("1-7-2025"), InputError);
  CHECK(to_string(add_months(d("2024-01-31"), 1)) == "2024-02-29");
  CHECK(days_between(d("2025-01-01"), d("2026-01-01")) == 365);
  CHECK(age_on(d("1959-03-15"), d("2026-03-14")) == 66);
  CHECK(age_on(d("1959-03-15"), d("2026-03-15")) == 67);
  CHECK(age_on(d("2004-02-29"), d("2025-02-28")) == 20);
  CHECK(age_on(d("2004-02-29"), d("2025-03-01")) == 21);
  CHECK(to_string_nl(d("2025-07-01")) == "1-7-2025");
}
