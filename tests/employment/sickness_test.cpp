// SPDX-License-Identifier: EUPL-1.2
// Sickness: aggregation of periods (art. 7:629 lid 10 BW), the Poortwachter timeline and the wage
// continuation per day (art. 7:629 lid 1 and 9).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

namespace {

SickReport report(std::string id, const char* first, const char* recovered = nullptr) {
  SickReport r;
  r.id = std::move(id);
  r.first_day = d(first);
  if (recovered != nullptr) r.recovered = d(recovered);
  return r;
}

std::optional<Date> deadline(const std::vector<Milestone>& ms, const std::string& key) {
  for (const auto& m : ms) {
    if (m.key == key) return m.deadline;
  }
  FAIL("no milestone " << key);
  return std::nullopt;
}

}  // namespace

TEST_CASE("sickness periods 27 fit days apart are added together, 28 days apart are not", "[employment][sickness]") {
  // 7:629 lid 10: periods are added together when they follow each other "met een onderbreking
  // van minder dan vier weken". Sick until 2025-03-02 (recovered 2025-03-03). Fit 2025-03-03 …
  // 2025-03-29 is 27 days (< 28): a new report on 2025-03-30 joins the period. Fit through
  // 2025-03-30 is 28 days = four weeks, not less: a report on 2025-03-31 starts a new period.
  std::vector<SickReport> near = {report("Z1", "2025-02-01", "2025-03-03"), report("Z2", "2025-03-30")};
  validate_sick_reports(near);
  auto periods = aggregate_sickness(rules(), near);
  REQUIRE(periods.size() == 1);
  CHECK(periods[0].interruptions[0] == 27);

  std::vector<SickReport> far = {report("Z1", "2025-02-01", "2025-03-03"), report("Z2", "2025-03-31")};
  validate_sick_reports(far);
  periods = aggregate_sickness(rules(), far);
  REQUIRE(periods.size() == 2);
}

TEST_CASE("an aggregated period moves the end of wage continuation by the fit days", "[employment][sickness]") {
  // rviregister.nl "Samenstellen van ziekteperiodes" (labour-law.md §6.1): sick 2022-01-03 …
  // 2022-07-03, fit 2022-07-04 … 2022-07-24 (21 days), sick again from 2022-07-25. Without the
  // relapse the 104 weeks end on 2023-12-31; with it the 21 fit days are added: last day of wage
  // continuation 2024-01-21 (the source: WIA from 22-1-2024 instead of 1-1-2024).
  std::vector<SickReport> rs = {report("Z1", "2022-01-03", "2022-07-04"), report("Z2", "2022-07-25")};
  validate_sick_reports(rs);
  const auto periods = aggregate_sickness(rules(), rs);
  REQUIRE(periods.size() == 1);
  CHECK(periods[0].interruption_days == 21);
  const auto tl = poortwachter_timeline(rules(), rs, periods[0]);
  CHECK(deadline(tl, "wage_continuation_ends") == d("2024-01-21"));
  // Week 6 and week 8 fall inside the first report: first day + 7n − 1.
  CHECK(deadline(tl, "problem_analysis") == d("2022-02-13"));
  CHECK(deadline(tl, "plan_of_action") == d("2022-02-27"));
  // Week 42 falls after the interruption: it ends 2022-10-23 (labour-law.md §6.2) + 21 days =
  // Sunday 2022-11-13; the report to UWV is due "uiterlijk de eerste werkdag na de 42e
  // ziekteweek" (UWV, Ziek melden bij UWV; ZW art. 38 lid 1): Monday 2022-11-14.
  CHECK(deadline(tl, "uwv_report") == d("2022-11-14"));

  // The same sickness without relapse: week 42 ends 2022-10-23, week 93 ends 2023-10-15, week 104
  // ends 2023-12-31 (labour-law.md §6.2, derived: 2022-01-03 + 7n − 1).
  std::vector<SickReport> one = {report("Z1", "2022-01-03")};
  const auto p1 = aggregate_sickness(rules(), one);
  const auto tl1 = poortwachter_timeline(rules(), one, p1[0]);
  CHECK(deadline(tl1, "uwv_report") == d("2022-10-24"));  // week 42 ends Sunday 2022-10-23 → Monday
  // Week 93 ends Sunday 2023-10-15; the WIA application term is set by law (Wet WIA art. 64), so
  // the Algemene termijnenwet art. 1 lid 1 moves it to Monday 2023-10-16.
  CHECK(deadline(tl1, "wia_application") == d("2023-10-16"));
  CHECK(deadline(tl1, "wage_continuation_ends") == d("2023-12-31"));
}

TEST_CASE("a short sickness reaches no reintegration deadline", "[employment][sickness]") {
  std::vector<SickReport> rs = {report("Z1", "2025-02-03", "2025-02-10")};
  const auto p = aggregate_sickness(rules(), rs);
  for (const auto& m : poortwachter_timeline(rules(), rs, p[0])) CHECK_FALSE(m.deadline);
}

TEST_CASE("a partial recovery keeps the period running and pays the fit part in full", "[employment][sickness]") {
  // Sick 100 % from 2026-01-05, 50 % from 2026-02-02, recovered 2026-03-02. On 2026-02-10 the
  // employee is sick day 37 (27 days in January + 10) at 50 %. Own wage EUR 20.00 an hour:
  // 70 % = 14.00 is below the minimum wage of 2026 (14.71), so the sick part gets 14.71 = 73.55 %
  // of the wage (7:629 lid 1, first 52 weeks). Paid share of the day: 50 % + 50 % × 73.55 % = 86.775 %.
  SickReport r = report("Z1", "2026-01-05", "2026-03-02");
  r.changes.push_back({d("2026-02-02"), Rate::percent(Decimal(50))});
  std::vector<SickReport> rs = {r};
  validate_sick_reports(rs);
  const auto periods = aggregate_sickness(rules(), rs);
  const auto w = wage_continuation(rules(), rs, periods, d("2026-02-10"), {Money::parse("20.00"), 40, std::nullopt});
  REQUIRE(w.sick_day);
  CHECK(*w.sick_day == 37);
  CHECK(w.incapacity.percent().str() == "50");
  CHECK(w.sick_part_hourly.str() == "14.71");
  CHECK(w.sick_part_rate.percent().str() == "73.55");
  CHECK(w.paid_rate.percent().str() == "86.775");
  // A basisbaner paid exactly the minimum wage keeps 100 % in the first 52 weeks.
  const auto wml = wage_continuation(rules(), rs, periods, d("2026-01-05"), {Money::parse("14.71"), 40, std::nullopt});
  CHECK(wml.paid_rate.percent().str() == "100");
}

TEST_CASE("in the second year 70 % without the minimum-wage floor, nothing after 104 weeks", "[employment][sickness]") {
  // Sick from 2025-01-06 (open). Week 53 starts on sick day 365 = 2026-01-05; 2026-02-02 is in week 57.
  std::vector<SickReport> rs = {report("Z1", "2025-01-06")};
  const auto periods = aggregate_sickness(rules(), rs);
  const auto y2 = wage_continuation(rules(), rs, periods, d("2026-02-02"), {Money::parse("14.71"), 40, std::nullopt});
  CHECK(y2.sick_part_rate.percent().str() == "70");
  CHECK(y2.sick_part_hourly.str() == "10.30");  // 14.71 × 0.7 = 10.297, rounded up
  // Sick day 729 = 2025-01-06 + 728 days = 2027-01-04: after 104 weeks.
  const auto after = wage_continuation(rules(), rs, periods, d("2027-01-04"), {Money::parse("14.71"), 40, std::nullopt});
  CHECK(after.sick_part_rate.fraction().sign() == 0);
  const auto last = wage_continuation(rules(), rs, periods, d("2027-01-03"), {Money::parse("14.71"), 40, std::nullopt});
  CHECK(last.sick_part_rate.percent().str() == "70");
}

TEST_CASE("from the AOW age wage continuation lasts six weeks (thirteen before 2023-07-01)", "[employment][sickness]") {
  // Art. 7:629 lid 2 sub b BW (Stb. 2015, 376): six weeks for the employee who has reached the AOW
  // age; sickness that began before the AOW date gets that term from the AOW date, within 104
  // weeks. Transitional law (art. VIIIa Wet werken na de AOW-gerechtigde leeftijd): thirteen weeks
  // until 2023-07-01 (labour.sick_pay.aow_age_weeks, by the first day of sickness).
  const Money hourly = Money::parse("16.00");
  const Date born = d("1959-03-15");  // AOW age 67 in 2026 (AOW art. 7a): AOW date 2026-03-15
  const auto facts = [&](const char* on) { return sick_pay_facts(rules(), hourly, born, d(on)); };
  CHECK_FALSE(facts("2026-03-14").aow_date.has_value());
  CHECK(facts("2026-03-15").aow_date == d("2026-03-15"));

  // Sick from Monday 2026-04-06, after the AOW date: sick days 1–42 = 2026-04-06 … 2026-05-17.
  std::vector<SickReport> after = {report("Z1", "2026-04-06")};
  auto periods = aggregate_sickness(rules(), after);
  const auto in_term = wage_continuation(rules(), after, periods, d("2026-05-15"), facts("2026-05-15"));
  CHECK(*in_term.sick_day == 40);
  CHECK(in_term.paid_rate.percent().str() == "91.9375");  // 14.71 / 16.00: the minimum-wage floor
  const auto past = wage_continuation(rules(), after, periods, d("2026-05-18"), facts("2026-05-18"));
  CHECK(*past.sick_day == 43);
  CHECK(past.paid_rate.fraction().sign() == 0);
  CHECK_THAT(past.reason, Catch::Contains("art. 7:629 lid 2 sub b") && Catch::Contains("6 weeks"));

  // Sick from 2026-01-05, before the AOW date: six weeks from 2026-03-15, up to 2026-04-25.
  std::vector<SickReport> before = {report("Z1", "2026-01-05")};
  periods = aggregate_sickness(rules(), before);
  CHECK(wage_continuation(rules(), before, periods, d("2026-04-24"), facts("2026-04-24")).paid_rate.fraction().sign() > 0);
  const auto ended = wage_continuation(rules(), before, periods, d("2026-04-27"), facts("2026-04-27"));
  CHECK(ended.paid_rate.fraction().sign() == 0);
  CHECK_THAT(ended.reason, Catch::Contains("up to 2026-04-25"));

  // Sick from 2023-06-05 (before 2023-07-01), AOW date 2024-03-04 (born 1957-03-04, 67 in 2024):
  // thirteen weeks from the AOW date, up to 2024-03-04 + 90 days = 2024-06-02.
  const Date born57 = d("1957-03-04");
  std::vector<SickReport> old = {report("Z1", "2023-06-05")};
  periods = aggregate_sickness(rules(), old);
  CHECK(wage_continuation(rules(), old, periods, d("2024-05-31"), sick_pay_facts(rules(), hourly, born57, d("2024-05-31")))
            .paid_rate.fraction()
            .sign() > 0);
  const auto old_ended = wage_continuation(rules(), old, periods, d("2024-06-03"), sick_pay_facts(rules(), hourly, born57, d("2024-06-03")));
  CHECK(old_ended.paid_rate.fraction().sign() == 0);
  CHECK_THAT(old_ended.reason, Catch::Contains("13 weeks") && Catch::Contains("up to 2024-06-02"));
}

TEST_CASE("bad sick reports are refused with a message naming the record", "[employment][sickness]") {
  std::vector<SickReport> before = {report("Z1", "2025-03-10", "2025-03-01")};
  CHECK_THROWS_WITH(validate_sick_reports(before, "sick.json"),
                    Catch::Contains("sick.json: field reports[0].recovered") && Catch::Contains("not after the first sick day"));
  std::vector<SickReport> overlap = {report("Z1", "2025-03-01"), report("Z2", "2025-04-01", "2025-04-10")};
  CHECK_THROWS_WITH(validate_sick_reports(overlap, "sick.json"), Catch::Contains("overlaps report Z1"));
  SickReport bad = report("Z1", "2025-03-01", "2025-04-01");
  bad.changes.push_back({d("2025-04-05"), Rate::percent(Decimal(50))});
  std::vector<SickReport> outside = {bad};
  CHECK_THROWS_WITH(validate_sick_reports(outside, "sick.json"), Catch::Contains("reports[0].partial[0].from"));
}
