// SPDX-License-Identifier: EUPL-1.2
#include "run_parts.hpp"

#include <set>

namespace basisbaan::store_detail {

namespace {

/// Adds to `d` what one correction changed: its state after the period minus the state before it.
void add_delta(StateDelta& d, const PayrollState& before, const PayrollState& after) {
  YearToDate change = after.year_to_date - before.year_to_date;
  change.periods = 0;  // a correction recomputes a period; it adds none
  d.ytd += change;
  d.holiday_balance += after.holiday_allowance_balance - before.holiday_allowance_balance;
  // What the period withholds for each garnishment is what it paid the creditor plus what it set
  // off (both versions start from the same opening state). When the correction withholds less,
  // the creditor was overpaid: carried per garnishment, set off against later periods' share
  // (docs/garnishment.md "Corrections").
  const auto at = [](const std::map<std::string, Money>& m, const std::string& id) {
    const auto it = m.find(id);
    return it == m.end() ? Money() : it->second;
  };
  std::set<std::string> ids;
  for (const auto* m : {&before.garnished, &after.garnished, &before.garnishment_overpaid, &after.garnishment_overpaid}) {
    for (const auto& [id, _] : *m) ids.insert(id);
  }
  for (const auto& id : ids) {
    const Money withheld_change = (at(after.garnished, id) - at(before.garnished, id)) -
                                  (at(after.garnishment_overpaid, id) - at(before.garnishment_overpaid, id));
    if (withheld_change.sign() < 0) d.garnishment_overpaid[id] -= withheld_change;
  }
}

/// The state after the period of an employee's payslip version just before correction run `id`
/// (the regular run `corrects`, or an earlier correction of it); `after`'s year when none.
class VersionBefore {
 public:
  explicit VersionBefore(const Database& db)
      : prev_(db.sql(),
              "SELECT coalesce((SELECT content FROM payslip_texts WHERE id = p.after_text), p.state_after) FROM payslips p "
              "JOIN payroll_runs r ON r.id = p.run_id "
              "WHERE (r.id = ? OR (r.kind = 'correction' AND r.corrects_run = ?)) AND r.id < ? AND p.employee_id = ? "
              "ORDER BY r.id DESC LIMIT 1") {}

  PayrollState state(std::int64_t id, std::int64_t corrects, const std::string& employee, const PayrollState& after) {
    prev_.reset();
    prev_.bind(1, corrects);
    prev_.bind(2, corrects);
    prev_.bind(3, id);
    prev_.bind(4, employee);
    PayrollState before;
    before.year = after.year;
    if (prev_.executeStep()) before = state_from_text(prev_.getColumn(0).getString());
    return before;
  }

 private:
  SQLite::Statement prev_;
};

/// The stored state after the period, by its text id or as the row keeps it.
constexpr const char* kStateAfter = "coalesce((SELECT content FROM payslip_texts WHERE id = p.after_text), p.state_after)";

}  // namespace

std::map<std::string, StateDelta> correction_deltas_paid_in(const Database& db, const PayPeriod& period) {
  std::map<std::string, StateDelta> out;
  SQLite::Statement q(db.sql(), std::string("SELECT c.id, c.corrects_run, c.period, p.employee_id, ") + kStateAfter +
                                    " FROM payroll_runs c JOIN payslips p ON p.run_id = c.id "
                                    "WHERE c.kind = 'correction' AND c.pay_in = ? ORDER BY c.id, p.employee_id");
  q.bind(1, period.label());
  VersionBefore before(db);
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    const std::string employee = q.getColumn(3).getString();
    const PayrollState after = state_from_text(q.getColumn(4).getString());
    StateDelta& d = out[employee];
    d.year = PayPeriod::parse(q.getColumn(2).getString(), "period").year();
    add_delta(d, before.state(id, q.getColumn(1).getInt64(), employee, after), after);
    d.runs.push_back(id);
  }
  return out;
}

ReserveChange reserve_paid_in_after(const Database& db, const std::string& employee, const PayPeriod& period, std::int64_t since) {
  ReserveChange out;
  SQLite::Statement q(db.sql(), std::string("SELECT c.id, c.corrects_run, c.pay_in, ") + kStateAfter +
                                    " FROM payroll_runs c JOIN payslips p ON p.run_id = c.id "
                                    "WHERE c.kind = 'correction' AND c.period_kind = ? AND c.period_start < ? AND c.id > ? "
                                    "AND p.employee_id = ? ORDER BY c.id");
  q.bind(1, std::string(to_string(period.kind())));
  q.bind(2, to_string(period.start()));
  q.bind(3, since);
  q.bind(4, employee);
  VersionBefore before(db);
  while (q.executeStep()) {
    // Paid in `period` or before it: `period`'s own run carried it (a run paying a correction
    // is computed again before it is closed).
    if (!(period.start() < PayPeriod::parse(q.getColumn(2).getString(), "pay_in").start())) continue;
    const std::int64_t id = q.getColumn(0).getInt64();
    const PayrollState after = state_from_text(q.getColumn(3).getString());
    const PayrollState was = before.state(id, q.getColumn(1).getInt64(), employee, after);
    const Money change = after.holiday_allowance_balance - was.holiday_allowance_balance;
    if (change.sign() == 0) continue;
    out.amount += change;
    out.runs.push_back(id);
  }
  return out;
}

void apply_delta(PayrollState& s, const StateDelta& d) {
  // The net difference is paid (or reclaimed) on the payslip of the period paying the
  // correction: the correction_earlier_period line (compute_payslip, docs/store.md).
  s.net_settlement += d.ytd.net;
  // The part of a lower net the creditor received is not reclaimed from the employee: it is set
  // off against the garnishment's later share instead (docs/garnishment.md "Corrections").
  for (const auto& [id, over] : d.garnishment_overpaid) {
    s.net_settlement += over;
    s.garnishment_overpaid[id] += over;
  }
  if (d.year == s.year) {
    s.year_to_date += d.ytd;
  } else if (d.year == s.year - 1) {
    s.wage_for_wage_tax_last_year += d.ytd.wage_for_wage_tax;
  }
  s.holiday_allowance_balance += d.holiday_balance;
}

}  // namespace basisbaan::store_detail
