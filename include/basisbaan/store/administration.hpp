// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The administration in the employer's database: the employer, employees (imported from CSV,
// all or nothing), contracts, scale placements, leave taken and sick reports. Every change is
// one transaction and appends to the audit log. Columns and rules: docs/store.md.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "basisbaan/employment/contract.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/employment/sickness.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// The hourly wage agreed from a date on: a cao scale and step, or the statutory minimum.
struct ScalePlacement {
  std::int64_t id = 0;  ///< the placement's number in the database
  Date from;  ///< first day the wage applies
  std::string scale;                 ///< e.g. "schaal 3, trede 2" or "WML"
  std::optional<Money> hourly_wage;  ///< none: the statutory minimum wage for the age
};

/// Everything the database holds about one employee.
struct EmployeeRecord {
  Employee employee;  ///< identity and payroll choices; employment terms as in force now (see employee_terms)
  std::vector<Contract> contracts;            ///< by start date; Contract::id is the label ("C1")
  std::vector<ScalePlacement> placements;     ///< by date
  std::vector<LeaveTaken> leave_taken;        ///< by date
  std::vector<SickReport> sick_reports;       ///< by first day; SickReport::id is the label ("S1")
  std::vector<std::pair<std::string, MaternityLeaveFacts>> maternity_leave;  ///< label ("Z1") and facts, by start
  std::vector<RecordedExtension> sickness_extensions;  ///< extensions of the 104 weeks, by date
  std::vector<ReintegrationStep> reintegration_steps;  ///< steps done, by date
  std::vector<LeaveAgreement> leave_agreements;        ///< leave agreements (art. 7:640a BW), by date; the latest governs
};

/// Records (or replaces) the employer.
/// @throw InputError for an invalid record (document "employer", field name or iban);
///        StoreError when the database cannot be written.
void set_employer(Database& db, const Employer& employer);

/// Imports employees from CSV text (header row with the documented columns). All or nothing:
/// every row is checked first and nothing is stored when one is bad. Returns the number of
/// employees imported. Each employee gets contract "C1" and a scale placement from the
/// employment start.
/// @throw ValidationError when any data row is bad: one problem per bad row (its first bad
///        field), "DOCUMENT row N (line L), field F: …", with document, row, line, field and code.
/// @throw InputError for a bad header (unknown, doubled or missing column; document, line, field)
///        or malformed CSV (InputSyntax, document and line).
/// @throw StoreError when the database cannot be written (nothing was changed).
int import_employees_csv(Database& db, std::string_view csv_text, const std::string& document_name);

/// Every employee with contracts, placements, leave and sickness, ordered by id.
std::vector<EmployeeRecord> load_employee_records(const Database& db);
/// One employee. @throw InputError InputNotFound "no employee ID in FILE" when unknown.
EmployeeRecord load_employee_record(const Database& db, const std::string& id);
/// The record of `employee_id`, or every employee's when `employee_id` is empty (the commands'
/// `--db FILE [--employee ID]`). @throw InputError for an unknown `employee_id`.
std::vector<EmployeeRecord> load_employee_records(const Database& db, const std::string& employee_id);

/// The employee as payroll sees `period`: the employment spell that overlaps it (contracts that
/// follow each other without a gap form one spell), the contract in force on its last employed
/// day (hours, indefinite or not) and the scale placement in force on that day. None when not
/// employed on any day of the period.
std::optional<Employee> employee_terms(const EmployeeRecord& record, const PayPeriod& period);

/// What add_contract did.
struct ContractChange {
  Contract added;  ///< the contract as stored
  std::optional<Contract> ended;     ///< the running contract that now ends the day before, if any
  std::optional<Contract> replaced;  ///< the last contract, replaced because it started on the same day
};

/// Adds a contract (label default "C<n>"). A contract of the employee that is running on the new
/// start is ended the day before (an amendment: hours, type); the last contract, if it starts on
/// the same day, is replaced (its terms corrected); an earlier contract starting on or after the
/// new start is an error. With `placement`, the hourly wage changes from the start as well (a
/// placement from the same day is replaced).
ContractChange add_contract(Database& db, const std::string& employee_id, Contract contract,
                            const std::optional<ScalePlacement>& placement = std::nullopt);

/// Adds a scale placement from a date (a new scale, step or wage).
void add_scale_placement(Database& db, const std::string& employee_id, const ScalePlacement& placement);

/// The employee's leave ledger from the database (contract hours, leave taken, sickness).
LeaveLedger leave_ledger_of(const EmployeeRecord& record);

/// Records leave taken after checking it against the balance on that day; returns the balance after it.
/// @throw InputError InputInvalidAmount (field hours) for hours of 0 or less; InputInvalidDate
///        (field date) naming the day, for leave on a Saturday or Sunday (leave_weekend_day)
///        unless `on_weekend` is LeaveOnWeekend::Scheduled.
LeaveBalance take_leave(Database& db, const RuleBook& rules, const std::string& employee_id, const Date& date,
                        const Hours& hours, const std::string& note, LeaveOnWeekend on_weekend = LeaveOnWeekend::Refuse);

/// Records a sick report (label default "S<n>"); it must not overlap an earlier one.
/// @throw InputError InputInvalidDate (field first_day) for a first day after the last day of the
///        employee's latest employment, naming that day.
SickReport report_sick(Database& db, const std::string& employee_id, SickReport report);
/// Records the first day fully fit again on the open report (or the report `label`).
SickReport recover_from_sickness(Database& db, const std::string& employee_id, const Date& recovered,
                                 const std::optional<std::string>& label = std::nullopt);

}  // namespace basisbaan
