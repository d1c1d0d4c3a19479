// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/leave_agreements.hpp"

#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

LeaveBalance add_leave_agreement(Database& db, const RuleBook& rules, const std::string& employee_id,
                                 const LeaveAgreement& a) {
  EmployeeRecord r = load_employee_record(db, employee_id);
  const std::string what = "leave agreement of employee " + employee_id;
  if (a.statutory_expiry_months && (*a.statutory_expiry_months < 1 || *a.statutory_expiry_months > 600)) {
    throw InputError(what + ", field lapse_months: expected a number of months from 1 to 600, got " +
                     std::to_string(*a.statutory_expiry_months));
  }
  if (a.advance_allowed.value().sign() < 0) {
    throw InputError(what + ", field advance_hours: expected 0 or more hours, got " + a.advance_allowed.str());
  }
  r.leave_agreements.push_back(a);
  LeaveLedger l = leave_ledger_of(r);
  validate_leave_ledger(rules, l, "leave of employee " + employee_id + " under the agreement of " + to_string(a.agreed_on));
  write(db, "recording a leave agreement of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO leave_agreements (employee_id, agreed_on, statutory_expiry_months, advance_hours, note) "
                        "VALUES (?, ?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, to_string(a.agreed_on));
    if (a.statutory_expiry_months) q.bind(3, *a.statutory_expiry_months); else q.bind(3);
    q.bind(4, a.advance_allowed.str());
    q.bind(5, a.note);
    q.exec();
    audit(db, "leave.agree", "leave-agreement:" + std::to_string(db.sql().getLastInsertRowid()),
          CJson{{"employee", employee_id},
                {"agreed_on", to_string(a.agreed_on)},
                {"lapse_months", a.statutory_expiry_months ? CJson(*a.statutory_expiry_months) : CJson(nullptr)},
                {"advance_hours", a.advance_allowed.str()}});
  });
  return leave_balance(rules, l, a.agreed_on);
}

void load_leave_agreements(const Database& db, std::vector<EmployeeRecord>& out, const std::map<std::string, std::size_t>& index) {
  if (!store_detail::table_exists(db, "leave_agreements")) return;
  SQLite::Statement q(db.sql(),
                      "SELECT employee_id, agreed_on, statutory_expiry_months, advance_hours, note FROM leave_agreements "
                      "ORDER BY employee_id, agreed_on, id");
  while (q.executeStep()) {
    LeaveAgreement a;
    a.agreed_on = parse_date(q.getColumn(1).getString(), "leave_agreements.agreed_on");
    if (!q.getColumn(2).isNull()) a.statutory_expiry_months = q.getColumn(2).getInt();
    a.advance_allowed = Hours::parse(q.getColumn(3).getString(), "leave_agreements.advance_hours");
    a.note = q.getColumn(4).getString();
    out[index.at(q.getColumn(0).getString())].leave_agreements.push_back(std::move(a));
  }
}

}  // namespace basisbaan
