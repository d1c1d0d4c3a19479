// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Changes to one employee in the employer's database besides the CSV import: hiring one person,
// changing the personal record, ending a contract or the employment, and extending a fixed-term
// contract. Each change is one transaction with an audit entry, judged by the same checks as the
// import (store/employee_checks.hpp). Dated terms (hours, wage) change through contracts and
// scale placements (store/administration.hpp); a back-dated change is settled with
// correct_period (store/payroll_runs.hpp).

#include <optional>
#include <string>

#include "basisbaan/store/administration.hpp"

namespace basisbaan {

/// Records a new employee from `e` as the CSV import would from one row: identity and payroll
/// choices, contract "C1" from `e.employed_since` (to `e.employed_until`, indefinite when
/// `e.permanent_contract`, `e.hours_per_week`, the work `job`) and a scale placement from the same
/// day (`e.scale`, empty meaning "WML" when no `e.agreed_hourly_wage`). The IBAN is stored
/// normalised. Throws InputError "hire of employee ID, field F: …" for the first bad field
/// (the import's messages) and nothing is stored. Returns the record as stored.
EmployeeRecord hire_employee(Database& db, Employee e, const std::string& job = "");

/// A change to the personal record of an employee: only the fields set change. These fields are
/// not dated: the database keeps the current value, which every later run and every correction
/// of a closed period uses (stored runs keep the values they used and replay unchanged).
struct EmployeeChange {
  std::optional<std::string> name;  ///< full name
  std::optional<Date> birth_date;          ///< a correction of a wrong birth date
  std::optional<std::string> bsn;          ///< a correction of a wrong BSN
  std::optional<std::string> iban;         ///< the account the net wage is paid to
  std::optional<bool> payroll_tax_credit;  ///< loonheffingskorting applied by this employer
  std::optional<Decimal> commute_km_per_period;  ///< km travelled to and from work per period (travel allowance)
};

/// Changes the record of `employee_id`. Throws InputError "change of employee ID, field F: …"
/// for a value the import would refuse, or when the employee is unknown or nothing is set; then
/// nothing is stored. Audited as "employee.change" with the fields changed (old and new). Returns
/// the record as stored.
EmployeeRecord change_employee(Database& db, const std::string& employee_id, const EmployeeChange& change);

/// Ends contract `label` of the employee on `last_day` (a contract ending early, an indefinite
/// contract ending, or a contract until an event when the event happened), with `reason` in the
/// audit entry ("contract.end"). With `ending`, its legal reason, the initiative and any serious
/// culpability are stored with the contract (checked by validate_ending; they decide the
/// transition payment, art. 7:673 BW). The day must be on or after the contract's start and not
/// after its current last day; the contracts must still be valid together. Returns the contract
/// as ended.
Contract end_contract(Database& db, const std::string& employee_id, const std::string& label, const Date& last_day,
                      const std::string& reason, const std::optional<ContractEnding>& ending = std::nullopt);

/// Ends the employment on `last_day`: the contract running on that day ends then (as
/// end_contract, with `ending` if given) and no contract may start after it. Throws InputError
/// when no contract runs on that day. Returns the contract as ended.
Contract terminate_employment(Database& db, const std::string& employee_id, const Date& last_day, const std::string& reason,
                              const std::optional<ContractEnding>& ending = std::nullopt);

/// Extends the employee's last contract, which must be a fixed-term one with a last day: a new
/// contract (label "C<n>") starts the next day with the same work and hours, for a fixed term to
/// `new_last_day`, or indefinite when none. The chain rule (art. 7:668a BW) is not applied here:
/// review it first (app/contract_review.hpp). Returns what add_contract did.
ContractChange extend_contract(Database& db, const std::string& employee_id, const std::optional<Date>& new_last_day);

}  // namespace basisbaan
