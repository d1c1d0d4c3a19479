// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/reintegration_steps.hpp"

#include <algorithm>
#include <array>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

struct StepName {
  ReintegrationStepKind kind;
  const char* name;
  const char* milestone;  ///< the poortwachter milestone whose deadline applies (none: evaluation)
};
constexpr std::array<StepName, 6> kSteps{{
    {ReintegrationStepKind::ProblemAnalysis, "problem-analysis", "problem_analysis"},
    {ReintegrationStepKind::PlanOfAction, "plan-of-action", "plan_of_action"},
    {ReintegrationStepKind::Evaluation, "evaluation", nullptr},
    {ReintegrationStepKind::Week42Report, "week-42-report", "uwv_report"},
    {ReintegrationStepKind::FirstYearEvaluation, "first-year-evaluation", "first_year_evaluation"},
    {ReintegrationStepKind::WiaApplication, "wia-application", "wia_application"},
}};

struct ExtensionName {
  ExtensionKind kind;
  const char* name;
};
constexpr std::array<ExtensionName, 3> kExtensions{{
    {ExtensionKind::LateWiaApplication, "late-wia-application"},
    {ExtensionKind::AgreedPostponement, "agreed-postponement"},
    {ExtensionKind::WageSanction, "wage-sanction"},
}};

bool in_period(const Date& d, const SicknessPeriod& p, const std::optional<Date>& until) {
  return p.first_day <= d && (!until || d < *until);
}

StepState state_of(const std::optional<Date>& done, const Date& deadline, const std::optional<Date>& as_of) {
  if (done) return *done <= deadline ? StepState::OnTime : StepState::Late;
  return as_of && deadline < *as_of ? StepState::Missing : StepState::Due;
}

}  // namespace

std::string_view to_string(ReintegrationStepKind kind) {
  for (const StepName& s : kSteps) {
    if (s.kind == kind) return s.name;
  }
  return "?";
}

ReintegrationStepKind parse_reintegration_step_kind(std::string_view text, const std::string& field) {
  std::string names;
  for (const StepName& s : kSteps) {
    if (text == s.name) return s.kind;
    names += (names.empty() ? "" : ", ") + std::string(s.name);
  }
  throw InputError(field + ": expected one of " + names + ", got \"" + std::string(text) + "\"");
}

std::string_view to_string(ExtensionKind kind) {
  for (const ExtensionName& e : kExtensions) {
    if (e.kind == kind) return e.name;
  }
  return "?";
}

ExtensionKind parse_extension_kind(std::string_view text, const std::string& field) {
  std::string names;
  for (const ExtensionName& e : kExtensions) {
    if (text == e.name) return e.kind;
    names += (names.empty() ? "" : ", ") + std::string(e.name);
  }
  throw InputError(field + ": expected one of " + names + ", got \"" + std::string(text) + "\"");
}

std::vector<StepCheck> check_reintegration_steps(const RuleBook& rules, const SicknessPeriod& period,
                                                 const std::vector<Milestone>& milestones,
                                                 const std::vector<ReintegrationStep>& steps, const std::optional<Date>& until,
                                                 const std::optional<Date>& as_of) {
  std::vector<ReintegrationStep> mine;
  for (const ReintegrationStep& s : steps) {
    if (in_period(s.date, period, until)) mine.push_back(s);
  }
  std::stable_sort(mine.begin(), mine.end(), [](const auto& a, const auto& b) { return a.date < b.date; });
  const auto first_done = [&](ReintegrationStepKind k) -> std::optional<Date> {
    for (const ReintegrationStep& s : mine) {
      if (s.kind == k) return s.date;
    }
    return std::nullopt;
  };
  std::vector<StepCheck> out;
  for (const StepName& n : kSteps) {
    if (n.milestone != nullptr) {
      const auto m = std::find_if(milestones.begin(), milestones.end(), [&](const Milestone& x) { return x.key == n.milestone; });
      if (m == milestones.end() || !m->deadline) continue;
      const std::optional<Date> done = first_done(n.kind);
      out.push_back({n.kind, *m->deadline, done, state_of(done, *m->deadline, as_of), m->basis});
      continue;
    }
    // Evaluations: each within the review interval after the plan of action or the previous
    // evaluation, as long as the period runs (up to its last sick day, or the day asked about).
    const std::optional<Date> plan = first_done(ReintegrationStepKind::PlanOfAction);
    if (!plan) continue;
    const int interval = 7 * static_cast<int>(rules.integer("labour.poortwachter.plan_review_interval_weeks", period.first_day));
    const std::string basis = "Regeling procesgang eerste en tweede ziektejaar: the plan of action is evaluated regularly "
                              "(labour.poortwachter.plan_review_interval_weeks)";
    std::optional<Date> end = period.last_sick_day ? period.last_sick_day : as_of;
    if (period.last_sick_day && as_of && *as_of < *period.last_sick_day) end = as_of;
    Date anchor = *plan;
    for (int guard = 0; guard < 40; ++guard) {
      const Date deadline = add_days(anchor, interval);
      std::optional<Date> done;
      for (const ReintegrationStep& s : mine) {
        if (s.kind == ReintegrationStepKind::Evaluation && s.date > anchor) {
          done = s.date;
          break;
        }
      }
      if (!done && end && deadline > *end) break;  // the period ended (or the day asked about came) first
      out.push_back({ReintegrationStepKind::Evaluation, deadline, done, state_of(done, deadline, as_of), basis});
      if (!done) break;
      anchor = *done;
    }
  }
  return out;
}

std::vector<WageContinuationExtension> extensions_of_period(const SicknessPeriod& period,
                                                            const std::vector<RecordedExtension>& extensions,
                                                            const std::optional<Date>& until,
                                                            const std::vector<StepCheck>& checks) {
  std::vector<WageContinuationExtension> out;
  bool late_wia_recorded = false;
  for (const RecordedExtension& e : extensions) {
    if (!in_period(e.date, period, until)) continue;
    out.push_back(e.extension);
    if (e.extension.kind == ExtensionKind::LateWiaApplication) late_wia_recorded = true;
  }
  for (const StepCheck& c : checks) {
    if (c.kind != ReintegrationStepKind::WiaApplication || c.state != StepState::Late || late_wia_recorded) continue;
    if (auto x = late_wia_extension(c.deadline, *c.done)) out.push_back(std::move(*x));
  }
  return out;
}

}  // namespace basisbaan
