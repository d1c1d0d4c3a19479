// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/payroll_correction.hpp"

#include <map>
#include <set>
#include <utility>

#include "basisbaan/version.hpp"
#include "run_parts.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

using Version = RunPayslipVersion;

/// Each employee's latest payslip version (the regular run's, or a later correction's) for the
/// regular run `regular_run_id`, with the input it was computed from, and what their first
/// version started from.
struct Versions {
  Version latest;
  std::int64_t first_run = 0;  ///< the run of the first version (normally the regular run)
  Money first_reserve;         ///< the holiday-allowance reserve the first version started from
};
std::map<std::string, Versions> latest_versions(const Database& db, std::int64_t regular_run_id) {
  std::map<std::string, Versions> out;
  std::vector<std::int64_t> runs{regular_run_id};
  SQLite::Statement c(db.sql(), "SELECT id FROM payroll_runs WHERE kind = 'correction' AND corrects_run = ? ORDER BY id");
  c.bind(1, regular_run_id);
  while (c.executeStep()) runs.push_back(c.getColumn(0).getInt64());
  SQLite::Statement ps(db.sql(), std::string(kPayslipSelect) + " WHERE p.run_id = ? ORDER BY p.employee_id");
  LineReader reader(db);
  for (auto id : runs) {
    ps.reset();
    ps.bind(1, id);
    while (ps.executeStep()) {
      Version v;
      v.row = read_payslip_row(ps);
      for (const auto& l : reader.read(ps, id, v.row.employee_id)) v.lines.push_back(l.row);
      auto [it, first] = out.try_emplace(v.row.employee_id);
      if (first) {
        it->second.first_run = id;
        it->second.first_reserve = state_from_text(v.row.opening_state).holiday_allowance_balance;
      }
      it->second.latest = std::move(v);
    }
  }
  return out;
}

/// Every employee to recompute: those paid in the corrected run (or a later correction of it)
/// and those employed in the period by today's contracts (and paid per its kind).
std::set<std::string> employees_to_recompute(const std::map<std::string, Versions>& versions,
                                             const std::map<std::string, EmployeeRecord>& records, const PayPeriod& period) {
  std::set<std::string> ids;
  for (const auto& [id, v] : versions) ids.insert(id);
  for (const auto& [id, r] : records) {
    if (r.employee.pay_period == period.kind() && employee_terms(r, period)) ids.insert(id);
  }
  return ids;
}

/// One employee's correction payslip with its difference.
struct Recomputed {
  Prepared slip;
  PayslipDifference difference;
};

/// What a correction recomputes from: the closed period, today's administration and the rules.
struct CorrectionInput {
  const Database& db;
  const PayPeriod& period;
  const RuleBook& rules;
  const PeriodRules& period_rules;  ///< of `period`
  const Employer& employer;
  const std::map<std::string, Versions>& versions;
  const std::map<std::string, EmployeeRecord>& records;
};

/// A leaver's final payslip pays the holiday-allowance reserve out, and no later payslip of theirs
/// carries what corrections of earlier periods, paid in after it, changed in the reserve: so the
/// final period is recomputed from the reserve its first version started from plus those
/// changes (docs/store.md "Corrections of a leaver's earlier periods").
void add_reserve_not_carried(const CorrectionInput& in, const std::string& id, const Versions& v, PayrollState& state,
                             std::string& how) {
  const ReserveChange r = reserve_paid_in_after(in.db, id, in.period, v.first_run);
  const Money reserve = v.first_reserve + r.amount;
  if (reserve == state.holiday_allowance_balance) return;
  state.holiday_allowance_balance = reserve;
  std::string runs;
  for (auto run : r.runs) runs += (runs.empty() ? "" : ", ") + std::to_string(run);
  how += "; holiday-allowance reserve " + r.amount.str() + " more by correction run " + runs +
         " (paid in after this final period, so paid out with it)";
}

/// Recomputes employee `id`'s payslip of the period from the opening state its latest version
/// had (computed from the employment start when it was not paid in the period); none when
/// neither a line nor the state after the period changes.
std::optional<Recomputed> recompute(const std::string& id, const CorrectionInput& in, PeriodRulesCache& cache) {
  const auto rec = in.records.find(id);
  auto e = rec == in.records.end() ? std::nullopt : payroll_terms(in.rules, rec->second, in.period);
  const auto v = in.versions.find(id);
  if (e && v != in.versions.end()) {
    Employee paid_with = employee_from_json(parse_stored(v->second.latest.row.employee, "employee snapshot"));
    // The garnishments as the period was paid with them (its snapshot): the correction recomputes
    // what they withhold from the corrected net (docs/garnishment.md "Corrections").
    e->garnishments = std::move(paid_with.garnishments);
    // The loonheffingskorting as the period was paid with it: the employee asks for it, or
    // withdraws the request, in writing from a date on (Handboek Loonheffingen §23.1), so a later
    // `employee change --payroll-tax-credit` does not reach back into a closed period
    // (docs/store.md "Corrections").
    e->payroll_tax_credit = paid_with.payroll_tax_credit;
  }
  if (!e) {
    throw InputError("employee " + id + " was paid in " + in.period.label() +
                     " but is not employed in it by today's contracts; reversing a whole payslip is not supported");
  }
  PayrollState state;
  std::string how;
  if (v != in.versions.end()) {
    state = state_from_text(v->second.latest.row.opening_state);
    how = v->second.latest.row.opening_note;
    if (e->final_settlement) add_reserve_not_carried(in, id, v->second, state, how);
  } else {
    state = computed_opening(cache, in.rules, in.employer, rec->second, in.period, how);
  }
  const PayrollState opening = state;
  std::optional<Payslip> slip;
  try {
    slip.emplace(compute_payslip(in.period_rules, in.employer, *e, state));
  } catch (const Error& x) {
    rethrow_in_context(x, employee_context(id, in.period), "; nothing was stored");
  }
  Prepared p = prepare(std::move(*slip), *e, opening, how, {}, state);
  const Version* version = v != in.versions.end() ? &v->second.latest : nullptr;
  PayslipDifference d = payslip_difference(id, p.row, p.lines, version);
  const bool state_changed = version == nullptr || version->row.state_after != p.row.state_after;
  if (d.lines.empty() && !state_changed) return std::nullopt;
  return Recomputed{std::move(p), std::move(d)};
}

/// The period that pays a correction of a period of `kind`: the first after the last closed one.
PayPeriod correction_pay_in(const Database& db, PeriodKind kind) {
  SQLite::Statement last(db.sql(),
                         "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND closed = 1 "
                         "ORDER BY period_start DESC LIMIT 1");
  last.bind(1, std::string(to_string(kind)));
  last.executeStep();
  return PayPeriod::parse(last.getColumn(0).getString(), "period").next();
}

/// Stores each employee's totals and line differences of the correction run `id`.
void store_differences(Database& db, std::int64_t id, const std::vector<Recomputed>& changed) {
  SQLite::Statement t(db.sql(),
                      "INSERT INTO correction_totals (run_id, employee_id, gross_cents, wage_for_wage_tax_cents, wage_tax_cents, "
                      "net_cents, employer_charges_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
  SQLite::Statement l(db.sql(),
                      "INSERT INTO correction_lines (run_id, employee_id, seq, code, description, kind, before_cents, after_cents) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (const auto& c : changed) {
    const PayslipDifference& d = c.difference;
    t.reset();
    t.bind(1, id);
    t.bind(2, d.employee_id);
    t.bind(3, d.gross.cents());
    t.bind(4, d.wage_for_wage_tax.cents());
    t.bind(5, d.wage_tax.cents());
    t.bind(6, d.net.cents());
    t.bind(7, d.employer_charges.cents());
    t.exec();
    std::int64_t seq = 0;
    for (const auto& x : d.lines) {
      l.reset();
      l.bind(1, id);
      l.bind(2, d.employee_id);
      l.bind(3, ++seq);
      l.bind(4, std::string(code_name(x.code)));
      l.bind(5, x.description);
      l.bind(6, std::string(to_string(x.kind)));
      l.bind(7, x.before.cents());
      l.bind(8, x.after.cents());
      l.exec();
    }
  }
}

/// Seals the correction run `id` with its content hash, closes it (a correction is final when
/// made) and appends the audit entry "payroll.correct".
void seal_correction(Database& db, std::int64_t id, const CorrectionInput& in, std::int64_t corrects, const PayPeriod& pay_in,
                     const std::string& reason, const std::vector<Recomputed>& changed) {
  finish_run(db, id);
  SQLite::Statement c(db.sql(), "UPDATE payroll_runs SET closed = 1, closed_at = computed_at WHERE id = ?");
  c.bind(1, id);
  c.exec();
  SQLite::Statement h(db.sql(), "SELECT content_hash FROM payroll_runs WHERE id = ?");
  h.bind(1, id);
  h.executeStep();
  Money net;
  for (const auto& r : changed) net += r.difference.net;
  audit(db, "payroll.correct", "run:" + std::to_string(id),
        CJson{{"period", in.period.label()}, {"corrects_run", corrects}, {"pay_in", pay_in.label()}, {"reason", reason},
              {"employees", changed.size()}, {"net_difference", net.str()}, {"rules_fingerprint", in.rules.fingerprint()},
              {"content_hash", h.getColumn(0).getString()}, {"program_version", std::string(version())}});
}

/// Corrects the closed `period` for every employee whose payslip changes (for those in `only`,
/// when given), inside the caller's write transaction: the new run's id, 0 when nothing changed.
/// `leavers` receives, per closed final period after `period`, the leavers whose
/// holiday-allowance reserve the correction changed.
std::int64_t correct_and_store(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason,
                               const std::set<std::string>* only, CorrectionOutcome& out,
                               std::map<std::string, std::set<std::string>>* leavers) {
  const auto run = regular_run(db, period);
  if (!run) throw InputError("period " + period.label() + " has not been run; there is nothing to correct");
  if (!run->closed) {
    throw InputError("period " + period.label() + " is open: compute it again instead (basisbaan payroll run --period " +
                     period.label() + ")");
  }
  const Employer employer = db.employer();
  const auto versions = latest_versions(db, run->id);
  std::map<std::string, EmployeeRecord> records;
  for (auto& r : load_employee_records(db)) records.emplace(r.employee.id, std::move(r));

  PeriodRulesCache cache(rules);
  const CorrectionInput in{db, period, rules, cache.get(period), employer, versions, records};
  std::vector<Recomputed> changed;
  for (const auto& id : employees_to_recompute(versions, records, period)) {
    if (only && only->count(id) == 0) continue;
    if (auto r = recompute(id, in, cache)) changed.push_back(std::move(*r));
  }
  if (changed.empty()) return 0;

  const PayPeriod pay_in = correction_pay_in(db, period.kind());
  out.pay_in_run_is_stale = out.pay_in_run_is_stale || regular_run(db, pay_in).has_value();
  store_rules(db, rules);
  const std::int64_t id = insert_run(db, RunKind::Correction, period, rules, employer, run->id, pay_in, reason);
  PayslipWriter writer(db, id, changed.size());
  for (const auto& c : changed) writer.add(c.slip);
  writer.finish(db);
  store_differences(db, id, changed);
  seal_correction(db, id, in, run->id, pay_in, reason, changed);
  if (leavers) {
    for (const auto& c : changed) {
      const std::string& employee = c.difference.employee_id;
      const auto v = versions.find(employee);
      const Money before = v == versions.end() ? Money() : state_from_text(v->second.latest.row.state_after).holiday_allowance_balance;
      if (state_from_text(c.slip.row.state_after).holiday_allowance_balance == before) continue;
      const auto& until = records.at(employee).employee.employed_until;
      if (!until) continue;
      const PayPeriod last = PayPeriod::containing(period.kind(), *until);
      const auto last_run = regular_run(db, last);
      if (period.start() < last.start() && last_run && last_run->closed) (*leavers)[last.label()].insert(employee);
    }
  }
  return id;
}

/// correct_period inside its write transaction: the correction of `period`, then of each closed
/// final period after it of a leaver whose holiday-allowance reserve it changed, for those
/// leavers (their final payslip pays the reserve out; no later payslip carries the change).
std::vector<std::int64_t> correct_with_final_periods(Database& db, const RuleBook& rules, const PayPeriod& period,
                                                     const std::string& reason, CorrectionOutcome& out) {
  std::map<std::string, std::set<std::string>> leavers;
  const std::int64_t id = correct_and_store(db, rules, period, reason, nullptr, out, &leavers);
  if (id == 0) return {};
  std::vector<std::int64_t> ids{id};
  for (const auto& [label, employees] : leavers) {
    const std::string why = "final settlement with the holiday-allowance reserve as corrected in " + period.label() +
                            (reason.empty() ? "" : " (" + reason + ")");
    if (const std::int64_t f = correct_and_store(db, rules, PayPeriod::parse(label, "period"), why, &employees, out, nullptr)) {
      ids.push_back(f);
    }
  }
  return ids;
}

}  // namespace

CorrectionOutcome correct_period(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason) {
  CorrectionOutcome out;
  const std::vector<std::int64_t> ids = write(
      db, "correcting period " + period.label(), [&] { return correct_with_final_periods(db, rules, period, reason, out); },
      busy_message(period), 0);
  for (std::size_t i = 0; i < ids.size(); ++i) {
    StoredRun r = db.load_run_by_id(ids[i]);
    if (i == 0) {
      out.run = std::move(r);
    } else {
      out.final_periods.push_back(std::move(r));
    }
  }
  return out;
}

}  // namespace basisbaan
