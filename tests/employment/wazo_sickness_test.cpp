// SPDX-License-Identifier: EUPL-1.2
// Sickness around a pregnancy and maternity leave: art. 7:629 lid 4 BW (no wage continuation
// during the leave of art. 3:1 lid 2 and 3 Wazo, the benefit of art. 3:7 lid 1 Wazo instead) and
// art. 7:629 lid 10 BW (periods of incapacity that directly precede and directly follow the period
// with that benefit are added together). Expected values derived by hand below.

#include <catch2/catch.hpp>

#include "basisbaan/app/sick_timeline.hpp"
#include "basisbaan/employment/counted_sickness.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/wazo_sickness.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

namespace {

SickReport report(const char* id, const char* first, std::optional<const char*> recovered = std::nullopt) {
  SickReport r;
  r.id = id;
  r.first_day = d(first);
  if (recovered) r.recovered = d(*recovered);
  return r;
}

// Expected birth Thursday 2026-04-30; the day after is 2026-05-01; the earliest start is
// 2026-05-01 − 42 days = 2026-03-20 (art. 3:1 lid 2 Wazo). Born on the expected day: pregnancy
// leave 2026-03-20 … 2026-04-30 = 12 + 30 = 42 days, maternity leave 70 days to 2026-04-30 + 70 =
// 2026-07-09. The leave: 2026-03-20 … 2026-07-09, 112 days.
MaternityLeaveFacts leave_facts() { return {d("2026-04-30"), d("2026-03-20"), d("2026-04-30"), false}; }

std::optional<Date> end_of_wage_continuation(const std::vector<Milestone>& ms) {
  for (const Milestone& m : ms) {
    if (m.key == "wage_continuation_ends") return m.deadline;
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("art. 7:629 lid 10 BW: sickness directly before and after the Wazo leave is one period", "[employment][wazo]") {
  const MaternityLeave m = maternity_leave(rules(), leave_facts());
  REQUIRE(m.pregnancy_leave_from == d("2026-03-20"));
  REQUIRE(m.last_day == d("2026-07-09"));
  const std::vector<WazoLeavePeriod> leave{wazo_leave_period(m)};

  // Sick from Monday 2026-01-05 up to the leave (last sick day 2026-03-19), sick again from the
  // day after it, 2026-07-10, and still sick.
  std::vector<SickReport> reports{report("S1", "2026-01-05", "2026-03-20"), report("S2", "2026-07-10")};
  const auto periods = aggregate_sickness(rules(), reports, leave);
  REQUIRE(periods.size() == 1);
  CHECK(periods[0].interruptions == std::vector<int>{112});
  CHECK(periods[0].across_wazo_leave == std::vector<bool>{true});
  CHECK(periods[0].interruption_days == 112);
  // Sick days before the leave: 2026-01-05 … 2026-03-19 = 27 + 28 + 19 = 74; day 75 is 2026-07-10.
  CHECK(periods[0].date_of_sick_day(reports, 74) == d("2026-03-19"));
  CHECK(periods[0].date_of_sick_day(reports, 75) == d("2026-07-10"));
  // Day 728 (the end of 104 weeks) = 2026-07-10 + 653 days: + 365 = 2027-07-10, + 288 = 2028-04-23
  // (21 days to 07-31, then Aug 31, Sep 30, Oct 31, Nov 30, Dec 31, Jan 31, Feb 29 (2028 is a leap
  // year), Mar 31 = 286 … 2028-03-31, + 23 = 2028-04-23). Without the leave it would be
  // 2026-01-05 + 727 = 2028-01-02: the 112 leave days are not counted.
  CHECK(end_of_wage_continuation(poortwachter_timeline(rules(), reports, periods[0])) == d("2028-04-23"));

  // Without the leave periods the gap of 112 days is more than four weeks: two periods.
  CHECK(aggregate_sickness(rules(), reports).size() == 2);

  // One fit day after the leave (sick again 2026-07-11): not "directly" after it, and the gap of
  // 113 days is four weeks or more: a new period (art. 7:629 lid 10 BW, both conditions fail).
  std::vector<SickReport> later{report("S1", "2026-01-05", "2026-03-20"), report("S2", "2026-07-11")};
  CHECK(aggregate_sickness(rules(), later, leave).size() == 2);
  // Recovered a day before the leave (last sick day 2026-03-18): not directly before it either.
  std::vector<SickReport> earlier{report("S1", "2026-01-05", "2026-03-19"), report("S2", "2026-07-10")};
  CHECK(aggregate_sickness(rules(), earlier, leave).size() == 2);
}

TEST_CASE("art. 7:629 lid 4 BW: a sick report that runs through the Wazo leave is cut at it", "[employment][wazo]") {
  const std::vector<WazoLeavePeriod> leave{wazo_leave_period(maternity_leave(rules(), leave_facts()))};
  const std::vector<SickReport> cut = sick_reports_outside_wazo_leave({report("S1", "2026-01-05")}, leave);
  REQUIRE(cut.size() == 2);
  CHECK(cut[0].id == "S1");
  CHECK(cut[0].recovered == d("2026-03-20"));
  CHECK(cut[1].id == "S1+");
  CHECK(cut[1].first_day == d("2026-07-10"));
  CHECK(!cut[1].recovered);
  const auto periods = aggregate_sickness(rules(), cut, leave);
  REQUIRE(periods.size() == 1);
  CHECK(end_of_wage_continuation(poortwachter_timeline(rules(), cut, periods[0])) == d("2028-04-23"));
  // A report wholly inside the leave is no sickness for art. 7:629 (the leave pays): left out.
  CHECK(sick_reports_outside_wazo_leave({report("S1", "2026-04-01", "2026-04-10")}, leave).empty());
}

TEST_CASE("sick timeline: no wage continuation on a day of Wazo leave (art. 7:629 lid 4 BW)", "[employment][wazo]") {
  SickReportsFile file;
  file.employee = "E1";
  file.reports = {report("S1", "2026-01-05")};
  file.hourly_wage = Money::parse("16.00");
  file.maternity_leave = {leave_facts()};
  const app::SickTimeline t = app::sick_timeline(rules(), file, d("2026-05-15"), "test");
  REQUIRE(t.wage_continuation);
  CHECK(!t.wage_continuation->sick_day);
  CHECK(t.wage_continuation->reason.find("art. 7:629 lid 4 BW") != std::string::npos);
  CHECK(t.wage_continuation->reason.find("art. 3:7 lid 1 Wazo") != std::string::npos);
  // The day after the leave is sick day 75 of the same period (74 sick days before the leave).
  const app::SickTimeline after = app::sick_timeline(rules(), file, d("2026-07-10"), "test");
  REQUIRE(after.wage_continuation);
  CHECK(after.wage_continuation->sick_day == 75);
}

TEST_CASE("art. 3:1 lid 3 Wazo: sickness before the leave shortens it, and the sickness runs on after it", "[employment][wazo]") {
  // UWV's example dated in 2026 (tests/employment/maternity_leave_test.cpp): expected 2026-07-01,
  // leave from 2026-06-04, here sick from 2026-05-15 and not fit again. The 14 sick days 21 May …
  // 3 June count as pregnancy leave: the maternity leave is ten weeks, to 2026-09-09 (not 23 September).
  const MaternityLeaveFacts f{d("2026-07-01"), d("2026-06-04"), std::nullopt, false};
  const CountedSickness c = count_sickness(rules(), {report("S1", "2026-05-15")}, {f}, {}, {}, std::nullopt);
  REQUIRE(c.wazo_leave.size() == 1);
  CHECK(c.wazo_leave[0].sick_days_before_leave == 14);
  CHECK(c.wazo_leave[0].last_day == d("2026-09-09"));
  // The sickness is cut at the leave (art. 7:629 lid 4 BW) and runs on from the day after its new
  // last day; both parts are one period (lid 10).
  REQUIRE(c.reports.size() == 2);
  CHECK(c.reports[0].last_sick_day() == d("2026-06-03"));
  CHECK(c.reports[1].id == "S1+");
  CHECK(c.reports[1].first_day == d("2026-09-10"));
  REQUIRE(c.periods.size() == 1);
  CHECK(c.wazo_leave_on(d("2026-09-09")) != nullptr);
  CHECK(c.wazo_leave_on(d("2026-09-10")) == nullptr);
}
