// SPDX-License-Identifier: EUPL-1.2
// What a payroll run writes into the input snapshot of a leaver's final payslip: the leave hours
// remaining on the last day of employment (docs/store.md "The final payslip").

#include "basisbaan/employment/leave_ledger.hpp"
#include "run_parts.hpp"

namespace basisbaan::store_detail {

namespace {

/// The leave ledger of the employment spell from `since` to `until` (the one ending in the
/// period): leave_ledger_of describes the latest spell, which is another one when the employee
/// was hired again later.
LeaveLedger ledger_of_spell(const EmployeeRecord& r, const Date& since, const Date& until) {
  LeaveLedger l = leave_ledger_of(r);
  if (l.employment_start == since && l.employment_end == until) return l;
  l.employment_start = since;
  l.employment_end = until;
  l.hours.clear();
  for (const auto& c : r.contracts) {
    if (since <= c.start && c.start <= until) l.hours.push_back({c.start, c.hours_per_week});
  }
  std::erase_if(l.taken, [&](const LeaveTaken& t) { return t.date < since || until < t.date; });
  return l;
}

}  // namespace

void add_final_settlement(const RuleBook& rules, const EmployeeRecord& r, const PayPeriod& period, Employee& e) {
  if (!e.employed_until || !period.contains(*e.employed_until)) return;
  const LeaveLedger l = ledger_of_spell(r, e.employed_since, *e.employed_until);
  validate_leave_ledger(rules, l, "leave of employee " + e.id + " for the final settlement");
  e.final_settlement = FinalSettlement{leave_balance(rules, l, *e.employed_until).total};
}

}  // namespace basisbaan::store_detail
