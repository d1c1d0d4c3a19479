// SPDX-License-Identifier: EUPL-1.2
// Reintegration steps recorded against the deadlines of the Wet verbetering poortwachter
// (Regeling procesgang eerste en tweede ziektejaar) and the extensions of art. 7:629 lid 11 BW.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

TEST_CASE("reintegration steps: on time, late, missing and due against their deadlines", "[employment][poortwachter]") {
  SickReport r;
  r.id = "S1";
  r.first_day = d("2026-01-05");  // a Monday, still sick
  const std::vector<SickReport> reports{r};
  const auto periods = aggregate_sickness(rules(), reports);
  REQUIRE(periods.size() == 1);
  const auto milestones = poortwachter_timeline(rules(), reports, periods[0]);
  const std::vector<ReintegrationStep> steps{
      {ReintegrationStepKind::ProblemAnalysis, d("2026-02-10"), ""},
      {ReintegrationStepKind::PlanOfAction, d("2026-03-05"), ""},
  };
  const auto checks = check_reintegration_steps(rules(), periods[0], milestones, steps, std::nullopt, d("2026-05-01"));
  const auto find = [&](ReintegrationStepKind k) {
    for (const StepCheck& c : checks) {
      if (c.kind == k) return c;
    }
    FAIL("no check for " << to_string(k));
    return StepCheck{};
  };
  // Problem analysis by the end of week 6 = sick day 42 = 2026-01-05 + 41 = 2026-02-15: done 02-10.
  CHECK(find(ReintegrationStepKind::ProblemAnalysis).deadline == d("2026-02-15"));
  CHECK(find(ReintegrationStepKind::ProblemAnalysis).state == StepState::OnTime);
  // Plan of action by the end of week 8 = day 56 = 2026-03-01: done 03-05, late.
  CHECK(find(ReintegrationStepKind::PlanOfAction).deadline == d("2026-03-01"));
  CHECK(find(ReintegrationStepKind::PlanOfAction).state == StepState::Late);
  // Evaluation six weeks (labour.poortwachter.plan_review_interval_weeks) after the plan:
  // 2026-03-05 + 42 = 2026-04-16; none recorded by 2026-05-01: missing.
  CHECK(find(ReintegrationStepKind::Evaluation).deadline == d("2026-04-16"));
  CHECK(find(ReintegrationStepKind::Evaluation).state == StepState::Missing);
  // The 42nd-week report: day 294 = 2026-01-05 + 293 = Sunday 2026-10-25, due the first working
  // day after it, Monday 2026-10-26; not yet passed on 2026-05-01: due.
  CHECK(find(ReintegrationStepKind::Week42Report).deadline == d("2026-10-26"));
  CHECK(find(ReintegrationStepKind::Week42Report).state == StepState::Due);
  // Without a day asked about nothing is called missing.
  for (const StepCheck& c : check_reintegration_steps(rules(), periods[0], milestones, steps, std::nullopt, std::nullopt)) {
    CHECK(c.state != StepState::Missing);
  }
}

TEST_CASE("a late WIA application extends the wage continuation by the delay (art. 7:629 lid 11 onder a BW)",
          "[employment][poortwachter]") {
  SicknessPeriod p;
  p.first_day = d("2026-01-05");
  StepCheck wia{ReintegrationStepKind::WiaApplication, d("2027-10-18"), d("2027-10-25"), StepState::Late, ""};
  // Received 7 days after the deadline: the 104 weeks run 7 days longer.
  auto x = extensions_of_period(p, {}, std::nullopt, {wia});
  REQUIRE(x.size() == 1);
  CHECK(x[0].kind == ExtensionKind::LateWiaApplication);
  CHECK(x[0].days == 7);
  // A recorded wage sanction of 10 weeks (art. 7:629 lid 11 onder c) adds 70 days; one dated
  // before the period belongs to an earlier sickness and is left out.
  const std::vector<RecordedExtension> recorded{{d("2027-12-01"), {ExtensionKind::WageSanction, 70, "UWV"}},
                                                {d("2025-06-01"), {ExtensionKind::WageSanction, 14, "old"}}};
  x = extensions_of_period(p, recorded, std::nullopt, {wia});
  REQUIRE(x.size() == 2);
  const ExtendedWageContinuation e = extend_wage_continuation(rules(), d("2028-01-02"), x);
  CHECK(e.extra_days == 77);
  CHECK(e.last_day == d("2028-03-19"));  // 2028-01-02 + 77: 29 to 01-31, 29 in February (leap) = 58, + 19
}

TEST_CASE("reintegration step and extension names", "[employment][poortwachter]") {
  CHECK(parse_reintegration_step_kind("week-42-report", "--kind") == ReintegrationStepKind::Week42Report);
  CHECK(to_string(ReintegrationStepKind::FirstYearEvaluation) == "first-year-evaluation");
  CHECK(parse_extension_kind("wage-sanction", "--kind") == ExtensionKind::WageSanction);
  CHECK_THROWS_WITH(parse_reintegration_step_kind("week-6", "--kind"), Catch::Contains("--kind: expected one of problem-analysis"));
  CHECK_THROWS_AS(parse_extension_kind("sanction", "--kind"), InputError);
}
