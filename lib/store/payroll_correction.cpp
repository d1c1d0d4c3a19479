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

/// The state after `period` of each employee's latest payslip version (the regular run's, or a
/// later correction's) for the regular run `run_id`, with the input it was computed from.
using Version = RunPayslipVersion;
std::map<std::string, Version> latest_versions(const Database& db, std::int64_t regular_run_id) {
  std::map<std::string, Version> out;
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
      out[v.row.employee_id] = std::move(v);
    }
  }
  return out;
}

/// Every employee to recompute: those paid in the corrected run (or a later correction of it)
/// and those employed in the period by today's contracts (and paid per its kind).
std::set<std::string> employees_to_recompute(const std::map<std::string, Version>& versions,
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
  const PayPeriod& period;
  const RuleBook& rules;
  const PeriodRules& period_rules;  ///< of `period`
  const Employer& employer;
  const std::map<std::string, Version>& versions;
  const std::map<std::string, EmployeeRecord>& records;
};

/// Recomputes employee `id`'s payslip of the period from the opening state its latest version
/// had (computed from the employment start when it was not paid in the period); none when
/// neither a line nor the state after the period changes.
std::optional<Recomputed> recompute(const std::string& id, const CorrectionInput& in, PeriodRulesCache& cache) {
  const auto rec = in.records.find(id);
  auto e = rec == in.records.end() ? std::nullopt : payroll_terms(in.rules, rec->second, in.period);
  const auto v = in.versions.find(id);
  if (e && v != in.versions.end()) {
    Employee paid_with = employee_from_json(parse_stored(v->second.row.employee, "employee snapshot"));
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
    state = state_from_text(v->second.row.opening_state);
    how = v->second.row.opening_note;
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
  const Version* version = v != in.versions.end() ? &v->second : nullptr;
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

/// The body of correct_period, inside its write transaction: the new run's id, 0 when nothing changed.
std::int64_t correct_and_store(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason,
                               CorrectionOutcome& out) {
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
  const CorrectionInput in{period, rules, cache.get(period), employer, versions, records};
  std::vector<Recomputed> changed;
  for (const auto& id : employees_to_recompute(versions, records, period)) {
    if (auto r = recompute(id, in, cache)) changed.push_back(std::move(*r));
  }
  if (changed.empty()) return 0;

  const PayPeriod pay_in = correction_pay_in(db, period.kind());
  out.pay_in_run_is_stale = regular_run(db, pay_in).has_value();
  store_rules(db, rules);
  const std::int64_t id = insert_run(db, RunKind::Correction, period, rules, employer, run->id, pay_in, reason);
  PayslipWriter writer(db, id, changed.size());
  for (const auto& c : changed) writer.add(c.slip);
  writer.finish(db);
  store_differences(db, id, changed);
  seal_correction(db, id, in, run->id, pay_in, reason, changed);
  return id;
}

}  // namespace

CorrectionOutcome correct_period(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason) {
  CorrectionOutcome out;
  const std::int64_t id = write(
      db, "correcting period " + period.label(), [&] { return correct_and_store(db, rules, period, reason, out); },
      busy_message(period), 0);
  if (id != 0) out.run = db.load_run_by_id(id);
  return out;
}

}  // namespace basisbaan
