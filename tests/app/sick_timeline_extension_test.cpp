// SPDX-License-Identifier: EUPL-1.2
// `sick timeline --date` applies the extensions of the 104 weeks (art. 7:629 lid 11 BW): on a sick
// day after the 104 weeks and up to the extended last day the statutory 70 % is paid (lid 1), after
// it nothing.
//
// Hand calculation: sick from 2024-02-26 (open). Sick day 728, the last of the 104 weeks, is
// 2024-02-26 + 727 days = 2026-02-22 (2024-02-26 + 366 = 2025-02-26, + 365 = 2026-02-26, − 4).
// A wage sanction of 52 weeks = 364 days (onder c) moves it to 2026-02-22 + 364 = 2027-02-21.
// 2026-03-02 is sick day 728 + 8 = 736.

#include <catch2/catch.hpp>

#include "basisbaan/app/sick_timeline.hpp"

using namespace basisbaan;

namespace {

const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

SickReportsFile sick_since_2024() {
  SickReportsFile f;
  f.employee = "E1";
  f.hourly_wage = Money::parse("16.00");
  f.birth_date = parse_date("1990-01-01");
  SickReport r;
  r.id = "S1";
  r.first_day = parse_date("2024-02-26");
  f.reports = {r};
  return f;
}

}  // namespace

TEST_CASE("sick timeline --date pays 70 % after the 104 weeks while a wage sanction lasts (art. 7:629 lid 11 BW)",
          "[app][sick_timeline][extension]") {
  SickReportsFile f = sick_since_2024();
  const auto plain = app::sick_timeline(rules(), f, parse_date("2026-03-02"), "sick.json");
  REQUIRE(plain.wage_continuation);
  CHECK(plain.wage_continuation->sick_day == 736);
  CHECK(plain.wage_continuation->paid_rate == Rate());

  f.extensions = {{parse_date("2025-12-01"), {ExtensionKind::WageSanction, 364, "UWV 2025-12-01"}}};
  const auto t = app::sick_timeline(rules(), f, parse_date("2026-03-02"), "sick.json");
  REQUIRE(t.periods.size() == 1);
  REQUIRE(t.periods[0].period.wage_continuation_until);
  CHECK(to_string(*t.periods[0].period.wage_continuation_until) == "2027-02-21");
  REQUIRE(t.wage_continuation);
  CHECK(t.wage_continuation->paid_rate.percent() == Decimal(70));
  // 70 % × 16,00 = 11,20 per sick hour.
  CHECK(t.wage_continuation->sick_part_hourly.str() == "11.20");
  CHECK_THAT(t.wage_continuation->reason, Catch::Contains("art. 7:629 lid 11 BW"));

  const auto last = app::sick_timeline(rules(), f, parse_date("2027-02-21"), "sick.json");
  CHECK(last.wage_continuation->paid_rate.percent() == Decimal(70));
  const auto after = app::sick_timeline(rules(), f, parse_date("2027-02-22"), "sick.json");
  CHECK(after.wage_continuation->paid_rate == Rate());
  CHECK_THAT(after.wage_continuation->reason, Catch::Contains("the extension ended 2027-02-21"));
}
