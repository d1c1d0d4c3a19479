// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to audit verify (audit_verify.cpp), each part in its own file: one payroll run's payslips
// and lines against their hashes, naming the part of a payslip that was altered when the stored
// hashes allow it (audit_verify_runs.cpp); the fields of an altered employee row that differ from
// what its audit entries recorded (audit_verify_fields.cpp).

#include <cstdint>
#include <string>

#include "basisbaan/store/audit.hpp"

namespace basisbaan::store_detail {

/// Checks one run's payslips and lines against their hashes and the run's content hash; `name`
/// is how problems name the run ("payroll run 3 (2026-03, regular)").
void check_run(const Database& db, std::int64_t run_id, const std::string& name, AuditVerification& v);

/// The fields of employee row `employee_id` that differ from the values its audit entries recorded
/// (the name of employee.import and employee.hire, each field employee.change set), e.g. "field
/// bsn: audit entry 30 recorded ******031, the row holds ******160" (a BSN masked), joined by "; ";
/// "" when every recorded field is as recorded.
std::string employee_field_differences(const Database& db, const std::string& employee_id);

}  // namespace basisbaan::store_detail
