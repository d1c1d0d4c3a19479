// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The reintegration steps an employer records as done (Wet verbetering poortwachter; Regeling
// procesgang eerste en tweede ziektejaar) and the extensions of the 104 weeks recorded for a
// sickness (art. 7:629 lid 11 BW), checked against the deadlines of the poortwachter timeline:
// each step is on time, late (with its legal deadline) or missing.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/wage_continuation_extension.hpp"

namespace basisbaan {

/// A reintegration step the employer (with the occupational physician) must take.
enum class ReintegrationStepKind {
  ProblemAnalysis,       ///< probleemanalyse (week 6; milestone problem_analysis)
  PlanOfAction,          ///< plan van aanpak (week 8; milestone plan_of_action)
  Evaluation,            ///< evaluation of the plan, at least every labour.poortwachter.plan_review_interval_weeks weeks
  Week42Report,          ///< ziekmelding bij UWV (first working day after week 42; milestone uwv_report)
  FirstYearEvaluation,   ///< eerstejaarsevaluatie (weeks 46–52; milestone first_year_evaluation)
  WiaApplication,        ///< WIA application received by UWV (end of week 93; milestone wia_application)
};

/// The CLI and database name of `kind`: "problem-analysis", "plan-of-action", "evaluation",
/// "week-42-report", "first-year-evaluation", "wia-application".
std::string_view to_string(ReintegrationStepKind kind);
/// The kind named `text` (as to_string). Throws InputError naming `field` and the allowed names.
ReintegrationStepKind parse_reintegration_step_kind(std::string_view text, const std::string& field);

/// The CLI and database name of an extension kind: "late-wia-application", "agreed-postponement",
/// "wage-sanction".
std::string_view to_string(ExtensionKind kind);
/// The extension kind named `text`. Throws InputError naming `field` and the allowed names.
ExtensionKind parse_extension_kind(std::string_view text, const std::string& field);

/// One step as recorded: what and on which day it was done.
struct ReintegrationStep {
  ReintegrationStepKind kind = ReintegrationStepKind::ProblemAnalysis;  ///< which step
  Date date;         ///< the day it was done (for the WIA application: received by UWV)
  std::string note;  ///< free text
};

/// One extension as recorded, with the day of the decision or agreement; it belongs to the
/// sickness period that started on or before that day (the latest such period).
struct RecordedExtension {
  Date date;                            ///< the day of the UWV decision or the agreement
  WageContinuationExtension extension;  ///< kind and length
};

/// How a step stands against its deadline.
enum class StepState {
  OnTime,   ///< done on or before the deadline
  Late,     ///< done after the deadline
  Missing,  ///< not recorded and the deadline has passed on the day asked about
  Due,      ///< not recorded, the deadline has not passed (or no day was asked about)
};

/// One step of a sickness period checked against its deadline.
struct StepCheck {
  ReintegrationStepKind kind = ReintegrationStepKind::ProblemAnalysis;  ///< which step
  Date deadline;                ///< the legal deadline (from the poortwachter timeline)
  std::optional<Date> done;     ///< the day it was recorded as done
  StepState state = StepState::Due;  ///< on time, late, missing or due
  std::string basis;            ///< the regulation and the parameter
};

/// The steps of `period` in `steps` (those dated from the period's first day until the next
/// period's first day, `until`, exclusive; none: no later period) checked against `milestones`
/// (poortwachter_timeline of the period): the first recorded step of each kind counts. Milestones
/// without a deadline (not reached) are not checked. Evaluations of the plan of action: each must
/// follow the plan or the previous evaluation within labour.poortwachter.plan_review_interval_weeks
/// weeks while the period runs; one check per evaluation expected. With `as_of`, a step whose
/// deadline lies before it and that is not recorded is Missing; without, Due.
std::vector<StepCheck> check_reintegration_steps(const RuleBook& rules, const SicknessPeriod& period,
                                                 const std::vector<Milestone>& milestones,
                                                 const std::vector<ReintegrationStep>& steps, const std::optional<Date>& until,
                                                 const std::optional<Date>& as_of);

/// The extensions of the period (dated from its first day until `until`, exclusive), plus the
/// extension for a late WIA application that `checks` show (art. 7:629 lid 11 onder a BW: by the
/// delay) unless one of that kind is recorded.
std::vector<WageContinuationExtension> extensions_of_period(const SicknessPeriod& period,
                                                            const std::vector<RecordedExtension>& extensions,
                                                            const std::optional<Date>& until,
                                                            const std::vector<StepCheck>& checks);

}  // namespace basisbaan
