// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The employment documents the commands read from files, made from the employer's database
// instead: `sick timeline --db`, `absence --db` (and `contract check --db`, see
// contract_review.hpp review_input_of; `leave balance --db` uses store leave_ledger_of).

#include <optional>
#include <vector>

#include "basisbaan/employment/absence.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan::app {

/// The sick reports document of one stored employee: personnel number, reports, birth date, the
/// agreed hourly wage of the scale placement in force on `on` (none: the minimum wage, or no
/// `on`), the pregnancy and maternity leaves, reintegration steps and extensions.
SickReportsFile sick_reports_of(const EmployeeRecord& record, const std::optional<Date>& on);

/// The absence records of stored employees: one employment spell per contract (its hours), and
/// the sick reports. Employees without contracts are left out.
std::vector<AbsenceEmployee> absence_employees_of(const std::vector<EmployeeRecord>& records);

/// As absence_employees_of, with the days of each pregnancy and maternity leave cut out of the
/// sickness: the leave is no absence (art. 7:629 lid 4 BW: no sickness pay during it; the national
/// standard counts sickness only). `absence --db` uses this one.
std::vector<AbsenceEmployee> absence_employees_of(const RuleBook& rules, const std::vector<EmployeeRecord>& records);

}  // namespace basisbaan::app
