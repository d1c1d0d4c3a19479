// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/payslip_explain.hpp"

#include <utility>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/store/payroll_replay.hpp"
#include "codec.hpp"
#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

bool same_lines_and_totals(const Payslip& recomputed, const Payslip& stored) {
  if (recomputed.lines.size() != stored.lines.size()) return false;
  for (std::size_t i = 0; i < stored.lines.size(); ++i) {
    const PayslipLine& a = recomputed.lines[i];
    const PayslipLine& b = stored.lines[i];
    if (a.code != b.code || a.amount != b.amount || a.description.str() != b.description.str()) return false;
  }
  return recomputed.gross == stored.gross && recomputed.wage_for_wage_tax == stored.wage_for_wage_tax &&
         recomputed.wage_tax == stored.wage_tax && recomputed.net == stored.net && recomputed.employer_cost == stored.employer_cost;
}

}  // namespace

ExplainedPayslip explain_stored_payslip(const Database& db, const StoredRun& run, const std::string& employee_id) {
  const StoredPayslip* stored = run.payslip(employee_id);
  if (stored == nullptr) {
    throw InputError("employee " + employee_id + " has no payslip in run " + std::to_string(run.id) + " (" + run.period.label() + ")");
  }
  SQLite::Statement h(db.sql(), "SELECT rules_fingerprint, employer, carried_forward != '' FROM payroll_runs WHERE id = ?");
  h.bind(1, run.id);
  if (!h.executeStep()) throw InputError("no payroll run " + std::to_string(run.id));
  const std::string fingerprint = h.getColumn(0).getString();
  const Employer employer = employer_from_json(parse_stored(h.getColumn(1).getString(), "run employer"));
  // As replay does: a run that carried values past their horizon is computed with a book that
  // carries them again (docs/store.md "Replay").
  RuleBook rules = stored_rules(db, fingerprint);
  if (h.getColumn(2).getInt() != 0) rules.set_options(RuleBookOptions{true});
  SQLite::Statement ps(db.sql(), std::string(kPayslipSelect) + " WHERE p.run_id = ? AND p.employee_id = ?");
  ps.bind(1, run.id);
  ps.bind(2, employee_id);
  ps.executeStep();
  const PayslipRow row = read_payslip_row(ps);
  const Employee employee = employee_from_json(parse_stored(row.employee, "payslip employee"));
  PayrollState state = state_from_text(row.opening_state);
  const PeriodRules period_rules(rules, run.period);
  Payslip slip = compute_payslip(period_rules, employer, employee, state, true);
  const bool matches = same_lines_and_totals(slip, stored->payslip);
  return ExplainedPayslip{run.id, fingerprint, std::move(slip), matches};
}

}  // namespace basisbaan
