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

/// The sick reports document of one stored employee: personnel number, reports, birth date and
/// the agreed hourly wage of the scale placement in force on `on` (none: the minimum wage, or no
/// `on`).
SickReportsFile sick_reports_of(const EmployeeRecord& record, const std::optional<Date>& on);

/// The absence records of stored employees: one employment spell per contract (its hours), and
/// the sick reports. Employees without contracts are left out.
std::vector<AbsenceEmployee> absence_employees_of(const std::vector<EmployeeRecord>& records);

}  // namespace basisbaan::app
