// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The programme report for the municipality: per participant and in total for a year, what the
// basisbaan cost the employer (wages, employer charges, pension, travel allowance), the absence,
// and beside it the bijstand the participant would otherwise have received (the Participatiewet
// norm for the household, with no other income), so that the net cost per basisbaan shows.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/export/run_data.hpp"
#include "basisbaan/law/bijstand.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// One participant's (or the total's) cost and avoided bijstand over a year, in euros.
struct ProgrammeParticipant {
  std::string employee_id;  ///< personnel number ("totaal" for the total)
  std::string name;  ///< full name ("N deelnemers" for the total)
  Decimal hours_per_week;               ///< in the last period of the year with pay
  int periods = 0;                      ///< periods with a payslip in the year
  BijstandHousehold household = BijstandHousehold::Single;  ///< household type of the bijstand comparison
  Money wages;                          ///< gross wages (all earnings)
  Money employer_charges;               ///< Zvw levy and employee-insurance premiums
  Money pension;                        ///< the employer's pension premium
  Money travel_allowance;               ///< untaxed allowances
  Money employer_cost;                  ///< wages + charges + pension + allowances
  std::optional<Decimal> absence_percentage;  ///< average over the periods where it is known
  Money bijstand_avoided;               ///< the bijstand norm for the same periods, incl. holiday allowance
  Money net_cost;                       ///< employer_cost − bijstand_avoided
};

/// The programme report of one employer for one year.
struct ProgrammeReport {
  int year = 0;  ///< the calendar year
  std::string employer;  ///< the employer's name
  std::vector<ProgrammeParticipant> participants;  ///< by personnel number
  ProgrammeParticipant total;                      ///< sums; hours_per_week and absence are averages
};

/// The report over the closed runs of one year (`runs` in any order; runs of other years and open
/// runs are an InputError naming the period). `households` gives a participant's household for the
/// bijstand comparison (default single, 21 up to AOW age). The bijstand of a period is the monthly
/// norm on the period's last day, pro rata to the calendar days employed in the period when the
/// employment starts or ends in it; a period that is not a month gets the norm × 12 × days / days
/// of the year.
ProgrammeReport programme_report(const RuleBook& rules, int year, const std::vector<RunData>& runs,
                                 const std::map<std::string, BijstandHousehold>& households = {});

/// CSV (RFC 4180), one row per participant and a total row, amounts as "1234.56".
std::string programme_report_csv(const ProgrammeReport& report);
/// A self-contained Dutch HTML page (A4 landscape when printed).
std::string programme_report_html(const ProgrammeReport& report);

}  // namespace basisbaan
