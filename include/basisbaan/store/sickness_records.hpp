// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Pregnancy and maternity leave (Wazo), the extensions of the 104 weeks of wage continuation
// (art. 7:629 lid 11 BW) and the reintegration steps done (Wet verbetering poortwachter) in the
// employer's database. Every change is one transaction and appends to the audit log (entities
// "maternity:N", "extension:N", "step:N"). Read with load_employee_records (EmployeeRecord).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan {

/// Records a pregnancy and maternity leave (label default "Z<n>") after checking it with
/// maternity_leave (the start within the window of art. 3:1 lid 2 Wazo) and that it does not
/// overlap another leave of the employee. Returns the leave as computed.
/// @throw InputError for an unknown employee, a duplicate label, a start outside the window or an overlap.
MaternityLeave add_maternity_leave(Database& db, const RuleBook& rules, const std::string& employee_id,
                                   const MaternityLeaveFacts& facts, std::string label = {});

/// Records the day of birth on the leave `label` (default: the employee's last leave); the
/// maternity leave is then counted from the day after it. Returns the leave as computed.
/// @throw InputError for an unknown employee or leave, or a birth before the leave's start.
MaternityLeave record_birth(Database& db, const RuleBook& rules, const std::string& employee_id, const Date& birth,
                            const std::optional<std::string>& label = std::nullopt);

/// Records an extension of the 104 weeks, dated by the UWV decision or the agreement.
/// @throw InputError for an unknown employee or a length of less than one day.
void add_sickness_extension(Database& db, const std::string& employee_id, const RecordedExtension& extension);

/// Records a reintegration step as done on its date.
/// @throw InputError for an unknown employee, or a date before the employee's first sick report.
void add_reintegration_step(Database& db, const std::string& employee_id, const ReintegrationStep& step);

/// Reads the leaves, extensions and steps into `records` (indexed by employee id in `index`);
/// a database of an older schema without these tables leaves them empty. For load_employee_records.
void load_sickness_records(const Database& db, std::vector<EmployeeRecord>& records,
                           const std::map<std::string, std::size_t>& index);

}  // namespace basisbaan
