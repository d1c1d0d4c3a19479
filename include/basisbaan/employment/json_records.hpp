// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading the employment records from JSON documents (formats: docs/employment.md, examples:
// examples/employment/). Every error names the document, the field path and what was expected;
// nothing is corrected silently.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/employment/contract.hpp"
#include "basisbaan/core/json_input.hpp"
#include "basisbaan/employment/absence.hpp"
#include "basisbaan/employment/employer_policy.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// One employee's contracts file: contracts (validated and sorted), functioning reports, the
/// employer policy and optionally a proposed next contract.
struct ContractsFile {
  std::string employee;  ///< personnel number
  std::optional<Date> birth_date;  ///< for art. 7:673 lid 7 onder a BW (under 18, at most 12 hours a week); none: not checked
  std::vector<Contract> contracts;  ///< validated, by start date
  std::vector<FunctioningReport> reports;  ///< functioning reports, in document order
  EmployerPolicy policy;  ///< the employer's policy (defaults when absent)
  std::optional<Contract> proposed;  ///< a proposed next contract to judge, if any
};

/// Parses a contracts document (see docs/employment.md "contracts"); `document` names it in errors.
ContractsFile read_contracts_json(std::string_view text, const std::string& document);

/// One employee's sick reports file: the reports (validated and sorted) and the wage facts for
/// the wage continuation.
struct SickReportsFile {
  std::string employee;  ///< personnel number
  std::vector<SickReport> reports;  ///< validated, by first day
  std::optional<Money> hourly_wage;  ///< the own gross hourly wage, for wage continuation
  std::optional<Date> birth_date;    ///< for the youth minimum wage (none: 21 or older)
  std::vector<MaternityLeaveFacts> maternity_leave;      ///< pregnancy and maternity leaves (Wazo), by start
  std::vector<ReintegrationStep> reintegration_steps;    ///< steps recorded as done, by date
  std::vector<RecordedExtension> extensions;             ///< extensions of the 104 weeks, by date
};

/// Parses a sick reports document (see docs/employment.md "sick reports").
SickReportsFile read_sick_reports_json(std::string_view text, const std::string& document);

/// Reads one sick report object {"id", "first_day", "incapacity", "partial", "recovered",
/// "pregnancy"}; shared by the sick reports and the absence documents.
SickReport read_sick_report(const JsonField& f);

/// Reads one pregnancy and maternity leave object {"expected_birth", "leave_start", "birth",
/// "multiple", "note"}; shared by the sick reports document and the payroll employee.
MaternityLeaveFacts read_maternity_leave_facts(const JsonField& f);
/// Reads one reintegration step object {"kind", "date", "note"}.
ReintegrationStep read_reintegration_step(const JsonField& f);
/// Reads one extension object {"kind", "date", "days" (1 to 728), "note"}.
RecordedExtension read_recorded_extension(const JsonField& f);

/// Parses a leave ledger document (see docs/employment.md "leave ledger"); the ledger is checked
/// with validate_leave_ledger, so leave taken beyond the balance is an error naming the record.
LeaveLedger read_leave_ledger_json(const RuleBook& rules, std::string_view text, const std::string& document);

/// An absence records document: the group's employees with employment spells and sick reports.
struct AbsenceRecordsFile {
  std::vector<AbsenceEmployee> employees;  ///< in document order
  AbsenceOptions options;  ///< how the figures are computed
};

/// Parses an absence records document (see docs/employment.md "absence records").
AbsenceRecordsFile read_absence_records_json(std::string_view text, const std::string& document);

}  // namespace basisbaan
