// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Garnishments and voluntary deductions in the employer's database (table `garnishments`,
// schema migration 7): registering one from the notice, lifting it, and what was withheld for
// each according to the stored payroll runs. The payroll run hands the garnishments that apply
// to an employee's payslip (Employee::garnishments); docs/garnishment.md explains the flow.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/payroll/garnishment.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// A stored garnishment with the employee it is for.
struct StoredGarnishment {
  std::string employee_id;  ///< whose wage is garnished
  Garnishment garnishment;  ///< as registered (id "G<n>"), with its lifted date once lifted
};

/// Registers `g` for employee `employee_id` (the id is assigned: "G<n>"), with the audit entry
/// "garnishment.add". ValidationError naming each bad field (creditor, iban, reference, owed,
/// protected_per_month, coordinating, start) for: an empty creditor name, an account that is
/// missing or fails the IBAN check, an amount owed of zero or less, a negative beslagvrije voet,
/// a second coordinating bailiff among the employee's garnishments that are not lifted, a
/// coordinating flag on a garnishment that is not a bailiff's. InputError for an unknown employee.
StoredGarnishment add_garnishment(Database& db, const std::string& employee_id, Garnishment g);

/// Lifts garnishment `id` ("G<n>") from `lifted` (the first day it no longer applies), with the
/// audit entry "garnishment.lift" and `reason`. InputError when unknown, already lifted, or
/// `lifted` is before its start.
StoredGarnishment lift_garnishment(Database& db, const std::string& id, const Date& lifted, const std::string& reason);

/// Every garnishment, of one employee or of all, ordered by employee and then in order of payment.
std::vector<StoredGarnishment> load_garnishments(const Database& db, const std::optional<std::string>& employee_id = std::nullopt);

/// One garnishment's account for the clerk and the bailiff: owed, withheld, still owed.
struct GarnishmentAccount {
  StoredGarnishment stored;  ///< the garnishment
  Money paid;                ///< paid to the creditor in the stored regular runs (the latest state per employee)
  Money remaining;           ///< owed − paid (zero or more)
  std::string last_period;   ///< the last period with a payslip of the employee ("" when none)
  /// Paid to the creditor beyond what was withheld, because a correction lowered an earlier
  /// period's share (including corrections to be paid in the next period); set off against the
  /// next periods' share before the creditor is paid again (docs/garnishment.md "Corrections").
  Money overpaid;
};
/// The account of every garnishment (of one employee or all), in load_garnishments order.
std::vector<GarnishmentAccount> garnishment_overview(const Database& db, const std::optional<std::string>& employee_id = std::nullopt);

/// Net wage withheld for garnishments per employee in calendar year `year` (by pay date), from
/// the stored regular runs (their payslips' garnishments; the annual statement, jaaropgaaf).
/// Employees without anything withheld are absent.
std::map<std::string, Money> garnished_in_year(const Database& db, int year);

}  // namespace basisbaan
