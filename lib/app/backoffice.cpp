// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/backoffice.hpp"

#include <stdexcept>

#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/payroll_replay.hpp"

namespace basisbaan::app {

const RuleBook& Backoffice::rules() const {
  if (rules_ == nullptr) throw std::logic_error("this back office was constructed without rules");
  return *rules_;
}

void Backoffice::set_employer(const Employer& employer) { basisbaan::set_employer(*db_, employer); }

int Backoffice::import_employees(std::string_view csv_text, const std::string& document_name) {
  return import_employees_csv(*db_, csv_text, document_name);
}

EmployeeRecord Backoffice::hire(const Employee& employee, const std::string& job) { return hire_employee(*db_, employee, job); }

EmployeeRecord Backoffice::change_employee(const std::string& employee_id, const EmployeeChange& change) {
  return basisbaan::change_employee(*db_, employee_id, change);
}

Contract Backoffice::terminate(const std::string& employee_id, const Date& last_day, const std::string& reason,
                               const std::optional<ContractEnding>& ending) {
  return terminate_employment(*db_, employee_id, last_day, reason, ending);
}

EmployeeRecord Backoffice::employee(const std::string& employee_id) const { return load_employee_record(*db_, employee_id); }

std::vector<EmployeeRecord> Backoffice::employees() const { return load_employee_records(*db_); }

ContractChange Backoffice::add_contract(const std::string& employee_id, const Contract& contract,
                                        const std::optional<ScalePlacement>& placement) {
  return basisbaan::add_contract(*db_, employee_id, contract, placement);
}

ContractChange Backoffice::extend_contract(const std::string& employee_id, const std::optional<Date>& new_last_day) {
  return basisbaan::extend_contract(*db_, employee_id, new_last_day);
}

Contract Backoffice::end_contract(const std::string& employee_id, const std::string& label, const Date& last_day,
                                  const std::string& reason, const std::optional<ContractEnding>& ending) {
  return basisbaan::end_contract(*db_, employee_id, label, last_day, reason, ending);
}

void Backoffice::place_in_scale(const std::string& employee_id, const ScalePlacement& placement) {
  add_scale_placement(*db_, employee_id, placement);
}

SickReport Backoffice::report_sick(const std::string& employee_id, const SickReport& report) {
  return basisbaan::report_sick(*db_, employee_id, report);
}

SickReport Backoffice::report_recovery(const std::string& employee_id, const Date& recovered,
                                       const std::optional<std::string>& label) {
  return recover_from_sickness(*db_, employee_id, recovered, label);
}

LeaveBalance Backoffice::take_leave(const std::string& employee_id, const Date& date, const Hours& hours, const std::string& note,
                                    LeaveOnWeekend on_weekend) {
  return basisbaan::take_leave(*db_, rules(), employee_id, date, hours, note, on_weekend);
}

LeaveBalance Backoffice::leave_balance(const std::string& employee_id, const Date& on) const {
  return basisbaan::leave_balance(rules(), leave_ledger_of(employee(employee_id)), on);
}

RunOutcome Backoffice::run_payroll(const PayPeriod& period, const RunOptions& options) {
  return basisbaan::run_payroll(*db_, rules(), period, options);
}

StoredRun Backoffice::close_period(const PayPeriod& period) { return basisbaan::close_period(*db_, period); }

CorrectionOutcome Backoffice::correct_period(const PayPeriod& period, const std::string& reason) {
  return basisbaan::correct_period(*db_, rules(), period, reason);
}

ReplayReport Backoffice::replay(const PayPeriod& period, bool with_current_rules, const std::optional<std::string>& employee) const {
  return replay_period(*db_, period, with_current_rules ? &rules() : nullptr, employee);
}

ReplayReport Backoffice::replay(const std::vector<PayPeriod>& periods, bool with_current_rules,
                                const std::optional<std::string>& employee) const {
  return replay_periods(*db_, periods, with_current_rules ? &rules() : nullptr, employee);
}

std::vector<PayPeriod> Backoffice::stored_periods(int year) const { return basisbaan::stored_periods(*db_, year); }

std::vector<RunSummary> Backoffice::runs() const { return db_->list_runs(); }

StoredRun Backoffice::run(const PayPeriod& period) const { return db_->load_run(period); }

RunData Backoffice::closed_run_data(const PayPeriod& period) const {
  RunData data = load_run_data(*db_, period, rules_);
  require_closed(data);
  return data;
}

RunData Backoffice::run_data(const PayPeriod& period) const { return load_run_data(*db_, period, rules_); }

RunData Backoffice::wage_tax_return_data(const PayPeriod& period) const {
  RunData data = load_wage_tax_return_data(*db_, period, rules_);
  require_closed(data);
  return data;
}

std::vector<RunData> Backoffice::closed_runs_of_year(int year, std::vector<std::string>* open_periods) const {
  return load_closed_runs_of_year(*db_, year, open_periods, rules_);
}

AuditVerification Backoffice::verify_audit(const std::optional<std::string>& expected_head) const {
  return basisbaan::verify_audit(*db_, expected_head);
}

std::vector<AuditEntry> Backoffice::audit_log(std::optional<int> last) const { return audit_entries(*db_, last); }

std::vector<AuditEntry> Backoffice::audit_log_of_employee(const std::string& employee_id) const {
  return audit_entries_of_employee(*db_, employee_id);
}

std::vector<AuditEntry> Backoffice::audit_log_of_entity(const std::string& entity) const { return audit_entries_of_entity(*db_, entity); }

StoredGarnishment Backoffice::register_garnishment(const std::string& employee_id, const Garnishment& garnishment) {
  return add_garnishment(*db_, employee_id, garnishment);
}

StoredGarnishment Backoffice::lift_garnishment(const std::string& id, const Date& lifted, const std::string& reason) {
  return basisbaan::lift_garnishment(*db_, id, lifted, reason);
}

std::vector<GarnishmentAccount> Backoffice::garnishments(const std::optional<std::string>& employee_id) const {
  return garnishment_overview(*db_, employee_id);
}

std::map<std::string, Money> Backoffice::garnished_in_year(int year) const { return basisbaan::garnished_in_year(*db_, year); }

}  // namespace basisbaan::app
