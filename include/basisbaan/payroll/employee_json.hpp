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

}  // namespace basisbaan
