// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/employment_changes.hpp"

#include <set>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/store/employee_checks.hpp"
#include "administration_rows.hpp"
#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

/// The other employees' ids and BSNs (the uniqueness the import checks).
void taken_identities(const Database& db, const std::string& except, std::set<std::string>& ids, std::set<std::string>& bsns) {
  for (const auto& e : db.employees()) {
    if (e.id == except) continue;
    ids.insert(e.id);
    bsns.insert(e.bsn);
  }
}

void throw_problem(const std::string& what, const FieldProblem& p) {
  throw InputError(what + ", field " + p.field + ": " + p.message);
}

std::int64_t contract_row_id(const Database& db, const std::string& employee_id, const std::string& label) {
  SQLite::Statement f(db.sql(), "SELECT id FROM contracts WHERE employee_id = ? AND label = ?");
  f.bind(1, employee_id);
  f.bind(2, label);
  if (!f.executeStep()) throw InputError("employee " + employee_id + " has no contract " + label);
  return f.getColumn(0).getInt64();
}

}  // namespace

EmployeeRecord hire_employee(Database& db, Employee e, const std::string& job) {
  const std::string what = "hire of employee " + e.id;
  if (e.scale.empty() && !e.agreed_hourly_wage) e.scale = "WML";
  std::set<std::string> ids, bsns;
  taken_identities(db, std::string(), ids, bsns);
  if (auto p = employee_problem(e, ids, bsns)) throw_problem(what, *p);
  if (auto m = permanent_end_problem(e.permanent_contract, e.employed_until)) throw_problem(what, FieldProblem{"employed_until", *m});
  e.iban = normalize_iban(e.iban);
  Contract c;
  c.id = "C1";
  c.job = job;
  c.start = e.employed_since;
  c.end = e.employed_until;
  c.indefinite = e.permanent_contract;
  c.hours_per_week = e.hours_per_week;
  write(db, "hiring employee " + e.id, [&] {
    insert_employee_row(db, e);
    audit(db, "employee.hire", "employee:" + e.id, CJson{{"id", e.id}, {"name", e.name}});
    insert_contract(db, e.id, c);
    insert_placement(db, e.id, ScalePlacement{0, e.employed_since, e.scale, e.agreed_hourly_wage});
  });
  return load_employee_record(db, e.id);
}

EmployeeRecord change_employee(Database& db, const std::string& employee_id, const EmployeeChange& change) {
  const std::string what = "change of employee " + employee_id;
  const EmployeeRecord before = load_employee_record(db, employee_id);
  Employee e = before.employee;
  CJson changed = CJson::object();
  const auto note = [&](const char* field, const std::string& old_value, const std::string& new_value) {
    changed[field] = CJson{{"from", old_value}, {"to", new_value}};
  };
  if (change.name) { note("name", e.name, *change.name); e.name = *change.name; }
  if (change.birth_date) { note("birth_date", to_string(e.birth_date), to_string(*change.birth_date)); e.birth_date = *change.birth_date; }
  if (change.bsn) { note("bsn", e.bsn, *change.bsn); e.bsn = *change.bsn; }
  if (change.iban) { note("iban", e.iban, *change.iban); e.iban = *change.iban; }
  if (change.payroll_tax_credit) {
    note("payroll_tax_credit", e.payroll_tax_credit ? "ja" : "nee", *change.payroll_tax_credit ? "ja" : "nee");
    e.payroll_tax_credit = *change.payroll_tax_credit;
  }
  if (change.commute_km_per_period) {
    note("commute_km_per_period", e.commute_km_per_period.str(), change.commute_km_per_period->str());
    e.commute_km_per_period = *change.commute_km_per_period;
  }
  if (changed.empty()) throw InputError(what + ": nothing to change");
  std::set<std::string> ids, bsns;
  taken_identities(db, employee_id, ids, bsns);
  if (auto p = employee_problem(e, ids, bsns)) throw_problem(what, *p);
  e.iban = normalize_iban(e.iban);
  write(db, "changing employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(),
                        "UPDATE employees SET name = ?, birth_date = ?, bsn = ?, iban = ?, payroll_tax_credit = ?, "
                        "commute_km_per_period = ? WHERE id = ?");
    q.bind(1, e.name);
    q.bind(2, to_string(e.birth_date));
    q.bind(3, e.bsn);
    q.bind(4, e.iban);
    q.bind(5, e.payroll_tax_credit ? 1 : 0);
    q.bind(6, e.commute_km_per_period.str());
    q.bind(7, employee_id);
    q.exec();
    audit(db, "employee.change", "employee:" + employee_id, CJson{{"id", employee_id}, {"changed", changed}});
  });
  return load_employee_record(db, employee_id);
}

namespace {

/// Refuses an end of employment on `last_day` before a closed period in which the employee was
/// paid: its correction would have to take back the whole payslip, which corrections do not do
/// (docs/store.md, "Corrections"), and the return of that period was filed with the pay in it.
void refuse_end_before_paid_closed_period(const Database& db, const std::string& employee_id, const Date& last_day) {
  SQLite::Statement q(db.sql(),
                      "SELECT r.period, r.period_start FROM payroll_runs r JOIN payslips p ON p.run_id = r.id "
                      "WHERE r.kind = 'regular' AND r.closed = 1 AND p.employee_id = ? AND r.period_start > ? "
                      "ORDER BY r.period_start LIMIT 1");
  q.bind(1, employee_id);
  q.bind(2, to_string(last_day));
  if (!q.executeStep()) return;
  const std::string period = q.getColumn(0).getString();
  const std::string start = q.getColumn(1).getString();
  throw InputError(ErrorCode::InputInvalidDate, "employee " + employee_id + " was paid in the closed period " + period + ", which begins after the last day " +
                       to_string(last_day) + ": a correction cannot take back a whole payslip. Give " + start +
                       " or a later day as the last day (the correction of " + period +
                       " then pays the days up to it) and settle the rest with the employee outside the payroll",
                   ErrorLocation{.field = "last_day"});
}

}  // namespace

Contract end_contract(Database& db, const std::string& employee_id, const std::string& label, const Date& last_day,
                      const std::string& reason, const std::optional<ContractEnding>& ending) {
  if (ending) validate_ending(*ending, "ending contract " + label + " of employee " + employee_id);
  const EmployeeRecord r = load_employee_record(db, employee_id);
  std::vector<Contract> all = r.contracts;
  Contract* target = nullptr;
  for (auto& c : all) {
    if (c.id == label) target = &c;
  }
  if (target == nullptr) throw InputError("employee " + employee_id + " has no contract " + label);
  if (last_day < target->start) {
    throw InputError("contract " + label + " of employee " + employee_id + " starts on " + to_string(target->start) +
                     "; it cannot end before that, on " + to_string(last_day));
  }
  if (target->end && last_day > *target->end) {
    throw InputError("contract " + label + " of employee " + employee_id + " already ends on " + to_string(*target->end) +
                     "; to continue after that, extend it (a new contract)");
  }
  if (target == &all.back()) refuse_end_before_paid_closed_period(db, employee_id, last_day);  // the end of the employment
  target->end = last_day;
  if (ending) target->ending = ending;
  const Contract ended = *target;
  validate_contracts(all, "contracts of employee " + employee_id);
  write(db, "ending contract " + label + " of employee " + employee_id, [&] {
    CJson detail{{"employee", employee_id}, {"label", label}, {"end", to_string(last_day)}, {"because", reason}};
    if (ending) {
      const std::string culpable = ending->employer_seriously_culpable   ? "employer"
                                   : ending->employee_seriously_culpable ? "employee"
                                                                         : "";
      SQLite::Statement u(db.sql(),
                          "UPDATE contracts SET end_date = ?, end_reason = ?, end_initiative = ?, end_culpability = ? "
                          "WHERE employee_id = ? AND label = ?");
      u.bind(1, to_string(last_day));
      u.bind(2, std::string(to_string(ending->reason)));
      u.bind(3, std::string(to_string(ending->initiative)));
      u.bind(4, culpable);
      u.bind(5, employee_id);
      u.bind(6, label);
      u.exec();
      detail["reason"] = std::string(to_string(ending->reason));
      detail["initiative"] = std::string(to_string(ending->initiative));
      if (!culpable.empty()) detail["seriously_culpable"] = culpable;
    } else {
      SQLite::Statement u(db.sql(), "UPDATE contracts SET end_date = ? WHERE employee_id = ? AND label = ?");
      u.bind(1, to_string(last_day));
      u.bind(2, employee_id);
      u.bind(3, label);
      u.exec();
    }
    audit(db, "contract.end", contract_entity(contract_row_id(db, employee_id, label)), detail);
  });
  return ended;
}

Contract terminate_employment(Database& db, const std::string& employee_id, const Date& last_day, const std::string& reason,
                              const std::optional<ContractEnding>& ending) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  const Contract* running = nullptr;
  for (const auto& c : r.contracts) {
    if (c.covers(last_day)) running = &c;
    if (c.start > last_day) {
      throw InputError("contract " + c.id + " of employee " + employee_id + " starts on " + to_string(c.start) +
                       ", after the last day of employment " + to_string(last_day) + "; end or replace it first");
    }
  }
  if (running == nullptr) {
    throw InputError("employee " + employee_id + " has no contract running on " + to_string(last_day) + " to end");
  }
  return end_contract(db, employee_id, running->id, last_day, reason, ending);
}

ContractChange extend_contract(Database& db, const std::string& employee_id, const std::optional<Date>& new_last_day) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  if (r.contracts.empty()) throw InputError("employee " + employee_id + " has no contract to extend");
  const Contract& last = r.contracts.back();
  if (!last.end && last.ends_on_event()) {
    throw InputError("contract " + last.id + " of employee " + employee_id + " ends on an event (" + last.end_event +
                     "); record its end first (contract end --reason event-occurred), then extend");
  }
  if (last.indefinite || !last.end) {
    throw InputError("contract " + last.id + " of employee " + employee_id + " is for an indefinite period; there is nothing to extend");
  }
  if (new_last_day && *new_last_day <= *last.end) {
    throw InputError("the extension of contract " + last.id + " of employee " + employee_id + " must end after " +
                     to_string(*last.end) + ", not on " + to_string(*new_last_day));
  }
  Contract next;
  next.job = last.job;
  next.start = add_days(*last.end, 1);
  next.end = new_last_day;
  next.indefinite = !new_last_day;
  next.hours_per_week = last.hours_per_week;
  return add_contract(db, employee_id, next);
}

}  // namespace basisbaan
