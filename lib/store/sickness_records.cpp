// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/sickness_records.hpp"

#include <algorithm>

#include "basisbaan/employment/wazo_sickness.hpp"
#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

/// The leave of `label` in `r`, or its last one; throws InputError when there is none.
const std::pair<std::string, MaternityLeaveFacts>& leave_of(const EmployeeRecord& r, const std::optional<std::string>& label) {
  if (r.maternity_leave.empty()) {
    throw InputError(ErrorCode::InputNotFound, "employee " + r.employee.id + " has no pregnancy and maternity leave recorded");
  }
  if (!label) return r.maternity_leave.back();
  for (const auto& l : r.maternity_leave) {
    if (l.first == *label) return l;
  }
  throw InputError(ErrorCode::InputNotFound, "employee " + r.employee.id + " has no pregnancy and maternity leave " + *label);
}

/// Checks that the leaves of `r` with `facts` under `label` replaced or added do not overlap.
void check_no_overlap(const RuleBook& rules, const EmployeeRecord& r, const std::string& label, const MaternityLeave& m) {
  for (const auto& [other_label, other] : r.maternity_leave) {
    if (other_label == label) continue;
    const MaternityLeave o = maternity_leave(rules, other, r.sick_reports);
    if (m.pregnancy_leave_from <= o.last_day && o.pregnancy_leave_from <= m.last_day) {
      throw InputError("pregnancy and maternity leave " + label + " of employee " + r.employee.id + " (" +
                       to_string(m.pregnancy_leave_from) + " … " + to_string(m.last_day) + ") overlaps leave " + other_label +
                       " (" + to_string(o.pregnancy_leave_from) + " … " + to_string(o.last_day) + ")");
    }
  }
}

}  // namespace

MaternityLeave add_maternity_leave(Database& db, const RuleBook& rules, const std::string& employee_id,
                                   const MaternityLeaveFacts& facts, std::string label) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  if (label.empty()) label = "Z" + std::to_string(r.maternity_leave.size() + 1);
  for (const auto& l : r.maternity_leave) {
    if (l.first == label) {
      throw InputError(ErrorCode::InputDuplicate, "employee " + employee_id + " already has a pregnancy and maternity leave " + label);
    }
  }
  const MaternityLeave m = maternity_leave(rules, facts, r.sick_reports);
  check_no_overlap(rules, r, label, m);
  write(db, "recording a pregnancy and maternity leave of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO maternity_leaves (employee_id, label, expected_birth, leave_start, birth, multiple) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, label);
    q.bind(3, to_string(facts.expected_birth));
    q.bind(4, to_string(facts.leave_start));
    if (facts.birth) q.bind(5, to_string(*facts.birth)); else q.bind(5);
    q.bind(6, facts.multiple ? 1 : 0);
    q.exec();
    audit(db, "maternity.add", "maternity:" + std::to_string(db.sql().getLastInsertRowid()),
          CJson{{"employee", employee_id}, {"label", label}, {"expected_birth", to_string(facts.expected_birth)},
                {"leave_start", to_string(facts.leave_start)}, {"multiple", facts.multiple}});
  });
  return m;
}

MaternityLeave record_birth(Database& db, const RuleBook& rules, const std::string& employee_id, const Date& birth,
                            const std::optional<std::string>& label) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  const auto& [leave_label, old] = leave_of(r, label);
  MaternityLeaveFacts facts = old;
  facts.birth = birth;
  const MaternityLeave m = maternity_leave(rules, facts, r.sick_reports);
  check_no_overlap(rules, r, leave_label, m);
  const std::string name = leave_label;
  write(db, "recording the birth on leave " + name + " of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(), "UPDATE maternity_leaves SET birth = ? WHERE employee_id = ? AND label = ?");
    q.bind(1, to_string(birth));
    q.bind(2, employee_id);
    q.bind(3, name);
    q.exec();
    SQLite::Statement f(db.sql(), "SELECT id FROM maternity_leaves WHERE employee_id = ? AND label = ?");
    f.bind(1, employee_id);
    f.bind(2, name);
    f.executeStep();
    audit(db, "maternity.birth", "maternity:" + std::to_string(f.getColumn(0).getInt64()),
          CJson{{"employee", employee_id}, {"label", name}, {"birth", to_string(birth)}});
  });
  return m;
}

void add_sickness_extension(Database& db, const std::string& employee_id, const RecordedExtension& e) {
  (void)load_employee_record(db, employee_id);  // an unknown employee is an InputError
  if (e.extension.days < 1) {
    throw InputError("extension of employee " + employee_id + ", field days: expected at least 1, got " + std::to_string(e.extension.days));
  }
  write(db, "recording an extension of the wage continuation of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(), "INSERT INTO sickness_extensions (employee_id, kind, date, days, note) VALUES (?, ?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, std::string(to_string(e.extension.kind)));
    q.bind(3, to_string(e.date));
    q.bind(4, e.extension.days);
    q.bind(5, e.extension.note);
    q.exec();
    audit(db, "sick.extend", "extension:" + std::to_string(db.sql().getLastInsertRowid()),
          CJson{{"employee", employee_id}, {"kind", std::string(to_string(e.extension.kind))}, {"date", to_string(e.date)},
                {"days", e.extension.days}});
  });
}

void add_reintegration_step(Database& db, const std::string& employee_id, const ReintegrationStep& step) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  if (r.sick_reports.empty() || step.date < r.sick_reports.front().first_day) {
    throw InputError("reintegration step of employee " + employee_id + ", field date: " + to_string(step.date) +
                     " is before the first sick report" +
                     (r.sick_reports.empty() ? std::string(" (there is none; record it with sick report first)")
                                             : " (" + to_string(r.sick_reports.front().first_day) + ")"));
  }
  write(db, "recording a reintegration step of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(), "INSERT INTO reintegration_steps (employee_id, kind, date, note) VALUES (?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, std::string(to_string(step.kind)));
    q.bind(3, to_string(step.date));
    q.bind(4, step.note);
    q.exec();
    audit(db, "sick.step", "step:" + std::to_string(db.sql().getLastInsertRowid()),
          CJson{{"employee", employee_id}, {"kind", std::string(to_string(step.kind))}, {"date", to_string(step.date)}});
  });
}

void load_sickness_records(const Database& db, std::vector<EmployeeRecord>& out, const std::map<std::string, std::size_t>& index) {
  if (table_exists(db, "maternity_leaves")) {
    SQLite::Statement q(db.sql(),
                        "SELECT employee_id, label, expected_birth, leave_start, birth, multiple FROM maternity_leaves "
                        "ORDER BY employee_id, leave_start, id");
    while (q.executeStep()) {
      MaternityLeaveFacts f;
      f.expected_birth = parse_date(q.getColumn(2).getString(), "expected_birth");
      f.leave_start = parse_date(q.getColumn(3).getString(), "leave_start");
      if (!q.getColumn(4).isNull()) f.birth = parse_date(q.getColumn(4).getString(), "birth");
      f.multiple = q.getColumn(5).getInt() != 0;
      out[index.at(q.getColumn(0).getString())].maternity_leave.emplace_back(q.getColumn(1).getString(), f);
    }
  }
  if (table_exists(db, "sickness_extensions")) {
    SQLite::Statement q(db.sql(), "SELECT employee_id, kind, date, days, note FROM sickness_extensions ORDER BY employee_id, date, id");
    while (q.executeStep()) {
      RecordedExtension e;
      e.extension.kind = parse_extension_kind(q.getColumn(1).getString(), "sickness_extensions.kind");
      e.date = parse_date(q.getColumn(2).getString(), "date");
      e.extension.days = q.getColumn(3).getInt();
      e.extension.note = q.getColumn(4).getString();
      out[index.at(q.getColumn(0).getString())].sickness_extensions.push_back(std::move(e));
    }
  }
  if (table_exists(db, "reintegration_steps")) {
    SQLite::Statement q(db.sql(), "SELECT employee_id, kind, date, note FROM reintegration_steps ORDER BY employee_id, date, id");
    while (q.executeStep()) {
      ReintegrationStep s;
      s.kind = parse_reintegration_step_kind(q.getColumn(1).getString(), "reintegration_steps.kind");
      s.date = parse_date(q.getColumn(2).getString(), "date");
      s.note = q.getColumn(3).getString();
      out[index.at(q.getColumn(0).getString())].reintegration_steps.push_back(std::move(s));
    }
  }
}

}  // namespace basisbaan
