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
#include "basisbaan/employment/poortwachter.hpp"
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

/// One sickness period with its reintegration milestones.
struct SickPeriodTimeline {
  SicknessPeriod period;  ///< the reports added together (art. 7:629 lid 10 BW)
  std::vector<Milestone> milestones;  ///< the poortwachter deadlines of the period, in week order
};

/// One employee's sickness periods with their deadlines, and the wage continuation on a day.
struct SickTimeline {
  std::vector<SickPeriodTimeline> periods;  ///< in date order
  std::optional<WageContinuationDay> wage_continuation;  ///< with a day asked for
};

/// The timeline of `file`; with `on`, also the wage continuation that day, which needs the
/// file's hourly wage (InputError "DOCUMENT: field hourly_wage is missing; …" otherwise). With
/// `trace`, how the wage continuation was obtained is written there.
SickTimeline sick_timeline(const RuleBook& rules, const SickReportsFile& file, const std::optional<Date>& on,
                           const std::string& document, Trace* trace = nullptr);

/// The timeline as JSON (`basisbaan sick timeline --json`); with `trace`, the wage continuation carries it.
Json sick_timeline_json(const SickReportsFile& file, const SickTimeline& timeline, const Trace* trace = nullptr);

}  // namespace basisbaan::app
