// SPDX-License-Identifier: EUPL-1.2
#pragma once
// An employee's record in the employer's database as JSON (`basisbaan employee show --json`):
// the employee, contracts, scale placements, leave taken and sick reports.

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan::app {

/// The record as JSON: the employee's fields (payroll/employee_json.hpp), then "contracts",
/// "scale_placements", "leave_taken" and "sick_reports" in stored order.
Json employee_record_json(const EmployeeRecord& record);

/// One contract of the record: {"label", "job", "start", "end" (null: open), "indefinite", "hours_per_week"}.
Json contract_json(const Contract& contract);

/// What a contract write did: {"added", "ended" (null: none), "replaced" (null: none)}, each a contract_json.
Json contract_change_json(const ContractChange& change);

}  // namespace basisbaan::app
