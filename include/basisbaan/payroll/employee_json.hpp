// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading the employer and employee records for payroll from a JSON document (format in
// docs/payslip-input.md). Every error names the document and the field.

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/payroll/employee.hpp"

namespace basisbaan {

/// Reads {"employer": {...}, "employee": {...}}; throws InputError naming the field.
struct PayrollInputDocument {
  Employer employer;
  Employee employee;
};
PayrollInputDocument read_payroll_input(const JsonField& root);

Employer read_employer(const JsonField& field);
Employee read_employee(const JsonField& field);

/// The employee as JSON, in the field names of read_employee (docs/payslip-input.md): absent
/// optional values are null, `one_off_payments` is always there, `sick_reports` only when there
/// are any. Keys in the documented order (for people).
Json to_json(const Employee& e);
/// The same content with sorted keys: the canonical form the store hashes in its snapshots.
nlohmann::json to_canonical_json(const Employee& e);

}  // namespace basisbaan
