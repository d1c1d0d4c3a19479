// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading the employer and employee records for payroll from a JSON document (format in
// docs/payslip-input.md). Every error names the document and the field.

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/payroll/employee.hpp"

namespace basisbaan {

/// The employer and the employee of a payroll input document.
struct PayrollInputDocument {
  Employer employer;  ///< from "employer"
  Employee employee;  ///< from "employee"
};
/// Reads {"employer": {...}, "employee": {...}}; throws InputError naming the field.
PayrollInputDocument read_payroll_input(const JsonField& root);

/// Reads an employer object (docs/payslip-input.md); throws InputError naming the field.
Employer read_employer(const JsonField& field);
/// Reads an employee object (docs/payslip-input.md); throws InputError naming the field.
Employee read_employee(const JsonField& field);

/// The employee as JSON, in the field names of read_employee (docs/payslip-input.md): absent
/// optional values are null, `one_off_payments` is always there, `sick_reports` only when there
/// are any. Keys in the documented order (for people).
Json to_json(const Employee& e);
/// The same content with sorted keys: the canonical form the store hashes in its snapshots.
nlohmann::json to_canonical_json(const Employee& e);

}  // namespace basisbaan
