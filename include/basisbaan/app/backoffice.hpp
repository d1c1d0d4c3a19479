// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The application layer: the operations an employer's back office calls, on one employer's
// database with one rule book. Each write is one transaction in the database and appends to its
// audit chain (store/audit.hpp) with the time of the Database's clock; on an error nothing is
// stored. Errors: InputError for input the library refuses (naming the field and what was
// expected), StoreError for the database itself (unreadable, locked, closed period changed).
// The command line (`basisbaan employee|contract|sick|leave|payroll|replay|audit --db`) is a
// thin adapter over this class; see docs/architecture.md ("Application layer").

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/export/run_data.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "basisbaan/store/garnishments.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "basisbaan/store/payroll_run.hpp"

namespace basisbaan::app {

/// A back office on one employer's database. Holds references: `db` and `rules` must outlive it.
/// Not thread-safe (one Database per thread). Operations without rules: see Backoffice(Database&).
class Backoffice {
 public:
  /// `rules` are used for every computation (leave balance, payroll runs and corrections, replay
  /// with today's rules).
  Backoffice(Database& db, const RuleBook& rules) noexcept : db_(&db), rules_(&rules) {}
  /// A back office without rules, for the operations that compute nothing: the records and
  /// their writes, closing a period, the stored runs, replay with the stored rules, the exports'
  /// run data (without leave and absence) and the audit trail. An operation that needs rules
  /// (has_rules() false) throws std::logic_error.
  explicit Backoffice(Database& db) noexcept : db_(&db), rules_(nullptr) {}

  /// The database this back office reads and writes.
  Database& database() const noexcept { return *db_; }
  /// True when constructed with rules.
  bool has_rules() const noexcept { return rules_ != nullptr; }
  /// The rules; std::logic_error when constructed without.
  const RuleBook& rules() const;

  // --- The employer and the employees -------------------------------------------------------

  /// Records (or replaces) the employer (store/administration.hpp set_employer).
  void set_employer(const Employer& employer);
  /// Imports employees from CSV text, all or nothing (import_employees_csv); returns how many.
  int import_employees(std::string_view csv_text, const std::string& document_name);
  /// Hires one employee (hire_employee): the record, contract C1 and the first scale placement.
  EmployeeRecord hire(const Employee& employee, const std::string& job = "");
  /// Changes name, birth date, BSN, IBAN, payroll tax credit or commute (change_employee).
  EmployeeRecord change_employee(const std::string& employee_id, const EmployeeChange& change);
  /// Ends the employment on `last_day` with `reason` and, when given, how it ended (terminate_employment).
  Contract terminate(const std::string& employee_id, const Date& last_day, const std::string& reason,
                     const std::optional<ContractEnding>& ending = std::nullopt);
  /// One employee with contracts, placements, leave and sickness; InputError when unknown.
  EmployeeRecord employee(const std::string& employee_id) const;
  /// Every employee, ordered by id, with the terms in force today.
  std::vector<EmployeeRecord> employees() const;

  // --- Contracts and scale placements -------------------------------------------------------

  /// A new contract or an amendment (add_contract), with the wage from its start when given.
  ContractChange add_contract(const std::string& employee_id, const Contract& contract,
                              const std::optional<ScalePlacement>& placement = std::nullopt);
  /// A following contract after the last fixed-term one (extend_contract); none: indefinite.
  ContractChange extend_contract(const std::string& employee_id, const std::optional<Date>& new_last_day);
  /// Ends contract `label` on `last_day` (end_contract), with how it ended when given: the
  /// reason, initiative and culpability that decide the transition payment (art. 7:673 BW).
  Contract end_contract(const std::string& employee_id, const std::string& label, const Date& last_day, const std::string& reason,
                        const std::optional<ContractEnding>& ending = std::nullopt);
  /// A new scale, step or hourly wage from a date (add_scale_placement); back-dated: correct the closed periods.
  void place_in_scale(const std::string& employee_id, const ScalePlacement& placement);

  // --- Sickness and leave -------------------------------------------------------------------

  /// Records a sick report (report_sick); returns it with its label.
  SickReport report_sick(const std::string& employee_id, const SickReport& report);
  /// Records the first day fully fit again on the open report, or report `label` (recover_from_sickness).
  SickReport report_recovery(const std::string& employee_id, const Date& recovered,
                             const std::optional<std::string>& label = std::nullopt);
  /// Records leave taken after checking the balance on that day (take_leave; a Saturday or Sunday
  /// only with LeaveOnWeekend::Scheduled); returns the balance after it.
  LeaveBalance take_leave(const std::string& employee_id, const Date& date, const Hours& hours, const std::string& note,
                          LeaveOnWeekend on_weekend = LeaveOnWeekend::Refuse);
  /// The employee's leave balance on `on` from the leave in the database (leave_balance).
  LeaveBalance leave_balance(const std::string& employee_id, const Date& on) const;

  // --- Payroll ------------------------------------------------------------------------------

  /// Computes and stores `period` for every employee employed in it (run_payroll), reporting
  /// progress and profile as `options` asks.
  RunOutcome run_payroll(const PayPeriod& period, const RunOptions& options = {});
  /// Closes the period's regular run (close_period).
  StoredRun close_period(const PayPeriod& period);
  /// Recomputes a closed period with today's administration and stores the differences (correct_period).
  CorrectionOutcome correct_period(const PayPeriod& period, const std::string& reason);
  /// Replays the period's stored runs with the stored rules (`with_current_rules` false) or with
  /// this back office's rules, for every employee or one (replay_period).
  ReplayReport replay(const PayPeriod& period, bool with_current_rules = false,
                      const std::optional<std::string>& employee = std::nullopt) const;
  /// The same for several periods, sharing the loaded rules and snapshots (replay_periods).
  ReplayReport replay(const std::vector<PayPeriod>& periods, bool with_current_rules = false,
                      const std::optional<std::string>& employee = std::nullopt) const;
  /// The periods of `year` that have a regular run, in order (stored_periods).
  std::vector<PayPeriod> stored_periods(int year) const;
  /// Every stored run, regular and correction, as listed by Database::list_runs.
  std::vector<RunSummary> runs() const;
  /// The period's regular run with payslips and corrections; StoreError when it was not run.
  StoredRun run(const PayPeriod& period) const;
  /// The closed run of `period` as the exports read it (export/store_run_data.hpp), with leave
  /// and absence filled in when the back office has rules; InputError when the period is not closed.
  RunData closed_run_data(const PayPeriod& period) const;
  /// The run of `period` as the exports read it, open or closed (RunData::closed says which), with
  /// leave and absence as closed_run_data: for a preview of an open run, e.g. draft payslips
  /// (PayslipStatus::Draft). StoreError when the period was not run.
  RunData run_data(const PayPeriod& period) const;
  /// closed_run_data with what the wage-tax return needs besides (load_wage_tax_return_data:
  /// each payslip's arbeidskorting of its own period); InputError when the period is not closed.
  RunData wage_tax_return_data(const PayPeriod& period) const;
  /// The closed regular runs of `year` as the reports read them (load_closed_runs_of_year, with
  /// leave and absence when the back office has rules); `open_periods` receives the labels of the
  /// runs of the year that are not closed.
  std::vector<RunData> closed_runs_of_year(int year, std::vector<std::string>* open_periods = nullptr) const;

  // --- Garnishments (docs/garnishment.md) ---------------------------------------------------
  /// Registers a garnishment or voluntary deduction from its notice (add_garnishment): the
  /// payroll withholds the net above its beslagvrije voet from the first period paid on or after
  /// its start. ValidationError naming each bad field.
  StoredGarnishment register_garnishment(const std::string& employee_id, const Garnishment& garnishment);
  /// Lifts garnishment `id` from `lifted` (lift_garnishment): periods paid from then withhold nothing.
  StoredGarnishment lift_garnishment(const std::string& id, const Date& lifted, const std::string& reason);
  /// Every garnishment (of one employee or all) with owed, withheld and still owed (garnishment_overview).
  std::vector<GarnishmentAccount> garnishments(const std::optional<std::string>& employee_id = std::nullopt) const;
  /// Net wage withheld for garnishments per employee in `year`, for the annual statement (garnished_in_year).
  std::map<std::string, Money> garnished_in_year(int year) const;
  // --- Audit --------------------------------------------------------------------------------

  /// Checks the audit chain and every row (verify_audit).
  AuditVerification verify_audit(const std::optional<std::string>& expected_head = std::nullopt) const;
  /// The latest `last` audit entries, oldest first (all when none; audit_entries).
  std::vector<AuditEntry> audit_log(std::optional<int> last = std::nullopt) const;
  /// Every audit entry about one employee, oldest first (audit_entries_of_employee).
  std::vector<AuditEntry> audit_log_of_employee(const std::string& employee_id) const;
  /// The audit entries of one entity, e.g. "contract:12", oldest first (audit_entries_of_entity).
  std::vector<AuditEntry> audit_log_of_entity(const std::string& entity) const;

 private:
  Database* db_;
  const RuleBook* rules_;
};

}  // namespace basisbaan::app
