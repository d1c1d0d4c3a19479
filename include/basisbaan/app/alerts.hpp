// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Every date a clerk of the employer must act on, for every employee in the database, soonest
// first: aanzegging deadlines (7:668), contract ends, permanent-by-law dates (7:668a), the latest
// end of a probation (7:652), reintegration deadlines (Wet verbetering poortwachter), the end of
// wage continuation (7:629), leave about to lapse (7:640a, 7:642), AOW dates, and employments
// that ended (so that nobody silently drops out of the payroll). `basisbaan alerts` prints them;
// `payroll run` prints those that fall in or before its period.

#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan::app {

/// One date to act on.
struct Alert {
  Date date;  ///< the day the clerk must act by (or the event happens)
  std::string employee;  ///< personnel number
  std::string name;      ///< the employee's name
  /// "notice deadline", "notice overdue", "contract end", "employment ended", "permanent by law",
  /// "probation end", "reintegration", "reintegration overdue" (a step not recorded by its deadline),
  /// "reintegration late" (recorded after it), "wage continuation end", "leave expiry", "AOW age", "advice".
  std::string kind;
  std::string what;      ///< plain text with the article or rule
  bool past = false;     ///< the date lies before the window's first day (overdue or already happened)
};

/// The alerts of `employees` from `from` up to and including `from` + `months` months, plus the
/// ones that need action although their date has passed: notice overdue on a running contract,
/// and employments that ended in the `months` months before `from`. Ordered by date, then
/// employee, then kind; the same records give the same list.
std::vector<Alert> alerts(const RuleBook& rules, const std::vector<EmployeeRecord>& employees, const Date& from, int months);

/// The alerts of `employees` whose date lies on or before `last_day` (the end of a pay period):
/// alerts(rules, employees, first_day, months) without those after `last_day`.
std::vector<Alert> alerts_up_to(const RuleBook& rules, const std::vector<EmployeeRecord>& employees, const Date& first_day,
                                const Date& last_day);

}  // namespace basisbaan::app
