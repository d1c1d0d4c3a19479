// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One employee's sickness as `basisbaan sick timeline` shows it: the sick reports added together
// into periods (art. 7:629 lid 10 BW), the Wet verbetering poortwachter deadlines of each period,
// and optionally the wage continuation on one day.

#include <optional>
#include <vector>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/employment/wage_continuation_extension.hpp"
#include "basisbaan/employment/sickness.hpp"
#include "basisbaan/employment/wage_continuation.hpp"

namespace basisbaan::app {

/// The age from which the full (adult) statutory minimum wage applies on `on`: the highest age
/// in the youth staffel wml.youth_percentage (whose last row applies "to that age and older";
/// 21 since 2019-07-01, Besluit minimumjeugdloon art. 2 lid 1).
int adult_minimum_wage_age(const RuleBook& rules, const Date& on);

/// The facts for the wage continuation on `on`. Without a birth date the employee is taken to be
/// of the adult minimum-wage age (adult_minimum_wage_age) and not past the AOW age: the full adult
/// minimum wage is then the floor of the continued wage (art. 7:629 lid 1 BW), the assumption
/// that never pays an adult employee too little. Give the birth date for a younger employee or
/// one near the AOW age.
SickPayFacts sick_pay_facts_or_adult(const RuleBook& rules, const Money& hourly_wage, const std::optional<Date>& birth_date,
                                     const Date& on);

/// One sickness period with its reintegration milestones, the steps recorded and the extensions.
struct SickPeriodTimeline {
  SicknessPeriod period;  ///< the reports added together (art. 7:629 lid 10 BW); indices into SickTimeline::reports
  std::vector<Milestone> milestones;  ///< the poortwachter deadlines of the period, in week order
  std::vector<StepCheck> steps;       ///< the steps against their deadlines (check_reintegration_steps); empty when the file records none
  /// The end of wage continuation moved by the extensions (art. 7:629 lid 11 BW); none when there
  /// are none or the 104 weeks are not reached.
  std::optional<ExtendedWageContinuation> extended;
};

/// One employee's sickness periods with their deadlines, and the wage continuation on a day.
struct SickTimeline {
  std::vector<MaternityLeave> wazo_leave;   ///< the pregnancy and maternity leaves (art. 3:1 Wazo), by start
  std::vector<SickReport> reports;          ///< the reports as counted: Wazo leave days cut out (wazo_sickness.hpp)
  std::vector<SickPeriodTimeline> periods;  ///< in date order
  std::optional<WageContinuationDay> wage_continuation;  ///< with a day asked for
};

/// The timeline of `file`: its Wazo leaves cut out of the reports, the periods added together
/// across a leave (art. 7:629 lid 10 BW), the steps checked (Missing only with `on`: a deadline
/// before `on`) and the extensions applied. With `on`, also the wage continuation that day, which
/// needs the file's hourly wage (InputError "DOCUMENT: field hourly_wage is missing; …"
/// otherwise); on a day of Wazo leave there is none (art. 7:629 lid 4 BW). With `trace`, how the
/// wage continuation was obtained is written there.
SickTimeline sick_timeline(const RuleBook& rules, const SickReportsFile& file, const std::optional<Date>& on,
                           const std::string& document, Trace* trace = nullptr);

/// sick_timeline without the wage continuation (no hourly wage needed): the leaves, the reports
/// as counted, the periods with milestones, steps (Missing: deadline before `as_of`) and extensions.
SickTimeline sickness_periods(const RuleBook& rules, const SickReportsFile& file, const std::optional<Date>& as_of);

/// The timeline as JSON (`basisbaan sick timeline --json`); with `trace`, the wage continuation carries it.
Json sick_timeline_json(const SickReportsFile& file, const SickTimeline& timeline, const Trace* trace = nullptr);

}  // namespace basisbaan::app
