// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The reintegration timeline of the Wet verbetering poortwachter, in weeks of sickness counted
// from the first sick day of an (aggregated) period: problem analysis week 6, plan of action week
// 8, report to UWV week 42, first-year evaluation weeks 46–52, WIA letter week 88, final evaluation
// week 91, WIA application by the end of week 93, end of wage continuation week 104
// (labour.poortwachter.*, labour.sick_pay.max_weeks). Fit days inside the period move every week.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// One reintegration deadline of the Wet verbetering poortwachter.
struct Milestone {
  std::string key;                 ///< "problem_analysis", "plan_of_action", "uwv_report", ...
  std::string what;                ///< plain description
  int week = 0;                    ///< week of sickness whose last day is the deadline
  std::optional<Date> from;        ///< start of a window (first-year evaluation), if any
  /// Last day of that week; the UWV report the first working day after it and the WIA application
  /// moved by the Algemene termijnenwet (statutory_term.hpp); none when the period ended before it.
  std::optional<Date> deadline;
  std::string basis;               ///< the regulation and the parameter
};

/// The milestones of `period` with their dated deadlines. For a period that ended, milestones
/// after its last sick day have no deadline (they were not reached).
std::vector<Milestone> poortwachter_timeline(const RuleBook& rules, const std::vector<SickReport>& reports,
                                             const SicknessPeriod& period);

}  // namespace basisbaan
