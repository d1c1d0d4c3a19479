// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The checks an employee record passes before the database stores it. The CSV import
// (store/administration.hpp) and the single-employee writes (store/employment_changes.hpp) both
// use these, so a record is judged the same however it arrives. Each check returns the problem
// text without the field name (the caller names where: "DOCUMENT row N (line L), field F: …").

#include <optional>
#include <set>
#include <string>

#include "basisbaan/payroll/employee.hpp"

namespace basisbaan {

/// A problem with one field of an employee record.
struct FieldProblem {
  std::string field;    ///< the CSV column name, e.g. "bsn"
  std::string message;  ///< what is wrong and what was expected
};

/// None when `bsn` passes the 11-test (9 digits).
std::optional<std::string> bsn_problem(const std::string& bsn);
/// None when `iban` passes the mod-97 check (spaces and case are ignored).
std::optional<std::string> iban_problem(const std::string& iban);
/// None unless the last day of employment is before the first.
std::optional<std::string> employment_end_problem(const Date& since, const Date& until);
/// None when `date` lies in the range the administration accepts for `what` (documented in
/// docs/store.md): employment dates 1950-01-01 … 2100-12-31; birth dates from 1900-01-01 and
/// before the first day of employment (`employed_since`, when given).
std::optional<std::string> date_range_problem(const Date& date, const std::string& what,
                                              const std::optional<Date>& employed_since = std::nullopt);
/// None when `text` (a name, a job) holds no control character (U+0000–U+001F, U+007F–U+009F)
/// and no bidirectional override or isolate (U+202A–U+202E, U+2066–U+2069) that could make a
/// payslip or a report show something else than what is stored.
std::optional<std::string> text_problem(const std::string& text);
/// Why a personnel number cannot identify the income relationship in the wage-tax return: the
/// return's NumIV is made of its digits (leading zeros dropped, 1 to 9 digits; see
/// income_relationship_number), so "ABC" or "E0000" would only be refused at the return.
std::optional<std::string> personnel_number_problem(const std::string& id);
/// None when the hours per week are more than 0 and at most 60.
std::optional<std::string> hours_per_week_problem(const Hours& hours);
/// None when the agreed hourly wage is 0 or more.
std::optional<std::string> hourly_wage_problem(const Money& hourly_wage);
/// None when a fixed-term contract (`permanent` false) has its last day.
std::optional<std::string> fixed_term_problem(bool permanent, const std::optional<Date>& until);
/// None unless a new permanent contract (`permanent` true) is given a last day: a contract for an
/// indefinite period has none when it is agreed; an employment that ends is recorded with
/// `end_employment` (basisbaan employee terminate). Checked when hiring and importing only.
std::optional<std::string> permanent_end_problem(bool permanent, const std::optional<Date>& until);
/// None for month, four-weeks or week.
std::optional<std::string> pay_period_problem(PeriodKind kind);
/// None when the commuting km per period are 0 or more.
std::optional<std::string> commute_problem(const Decimal& km);

/// Every check of a whole record, in the order of the CSV columns, plus the required fields (id,
/// name, bsn, iban; scale when an hourly wage is agreed — without one an empty scale means the
/// statutory minimum, stored as "WML") and uniqueness against `taken_ids` and
/// `taken_bsns` (the other employees). The first problem found, or none.
std::optional<FieldProblem> employee_problem(const Employee& e, const std::set<std::string>& taken_ids,
                                             const std::set<std::string>& taken_bsns);

}  // namespace basisbaan
