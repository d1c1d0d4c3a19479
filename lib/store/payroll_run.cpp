// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/payroll_run.hpp"
#include "basisbaan/store/provisional_runs.hpp"

#include <algorithm>
#include <ctime>
#include <map>
#include <string_view>
#include <unordered_map>
#include <utility>

#include "basisbaan/employment/counted_sickness.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/store/garnishments.hpp"
#include "basisbaan/version.hpp"
#include "run_parts.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

/// Refuses `period` when a later regular run of its kind is stored, or when the last earlier one
/// is not the period before it (periods are run in order, without gaps).
void check_run_order(const Database& db, const PayPeriod& period) {
  SQLite::Statement later(db.sql(),
                          "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND period_start > ? "
                          "ORDER BY period_start LIMIT 1");
  later.bind(1, std::string(to_string(period.kind())));
  later.bind(2, to_string(period.start()));
  if (later.executeStep()) {
    throw InputError("period " + later.getColumn(0).getString() + " has already been run, so " + period.label() +
                     " cannot be run any more; a change to an earlier period is made with payroll correct");
  }
  SQLite::Statement earlier(db.sql(),
                            "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND period_start < ? "
                            "ORDER BY period_start DESC LIMIT 1");
  earlier.bind(1, std::string(to_string(period.kind())));
  earlier.bind(2, to_string(period.start()));
  if (earlier.executeStep() && earlier.getColumn(0).getString() != period.previous().label()) {
    throw InputError("period " + period.previous().label() + " has not been run (the last run is " +
                     earlier.getColumn(0).getString() + "); periods are run in order");
  }
}

/// The state after each employee's latest stored payslip before `period`: normally the previous
/// period's run; an employee who was not in it (a gap in employment) is looked up on its own.
class CarriedStates {
 public:
  /// The stored state text and the label of the period it is the state after.
  struct Carried {
    std::string state_after;
    std::string period;
    std::int64_t after_text = 0;  ///< its id in payslip_texts (0: a row written before schema 7)
    /// The ids in payslip_texts of that payslip's input snapshot and packed lines (0: none, or an
    /// older row): this period's are usually the same texts (TextStore::id_if_same).
    std::int64_t employee_text = 0;
    std::int64_t lines_text = 0;
  };

  CarriedStates(const Database& db, const PayPeriod& period)
      : period_(period),
        older_(db.sql(),
               "SELECT coalesce((SELECT content FROM payslip_texts WHERE id = p.after_text), p.state_after), r.period, "
               "coalesce(p.after_text, 0), coalesce(p.employee_text, 0), coalesce(p.lines_text, 0) "
               "FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
               "WHERE p.employee_id = ? AND r.kind = 'regular' AND r.period_kind = ? AND r.period_start < ? "
               "ORDER BY r.period_start DESC LIMIT 1") {
    SQLite::Statement q(db.sql(),
                        "SELECT p.employee_id, coalesce((SELECT content FROM payslip_texts WHERE id = p.after_text), p.state_after), r.period, "
                        "coalesce(p.after_text, 0), coalesce(p.employee_text, 0), coalesce(p.lines_text, 0) "
                        "FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                        "WHERE r.id = (SELECT id FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND period_start < ? "
                        "ORDER BY period_start DESC LIMIT 1)");
    q.bind(1, std::string(to_string(period.kind())));
    q.bind(2, to_string(period.start()));
    while (q.executeStep()) {
      any_earlier_ = true;
      carried_[q.getColumn(0).getString()] = {q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getInt64(),
                                              q.getColumn(4).getInt64(), q.getColumn(5).getInt64()};
    }
  }

  /// The state carried for employee `id`; none when no earlier payslip of theirs is stored.
  /// Valid until the next call (not copied: issue 18).
  const Carried* find(const std::string& id) {
    if (auto it = carried_.find(id); it != carried_.end()) return &it->second;
    if (!any_earlier_) return nullptr;
    older_.reset();
    older_.bind(1, id);
    older_.bind(2, std::string(to_string(period_.kind())));
    older_.bind(3, to_string(period_.start()));
    if (!older_.executeStep()) return nullptr;
    older_row_ = Carried{older_.getColumn(0).getString(), older_.getColumn(1).getString(), older_.getColumn(2).getInt64(),
                         older_.getColumn(3).getInt64(), older_.getColumn(4).getInt64()};
    return &older_row_;
  }

 private:
  PayPeriod period_;
  std::map<std::string, Carried> carried_;
  bool any_earlier_ = false;
  SQLite::Statement older_;
  Carried older_row_;  ///< what the last find of an employee not in the previous run returned
};

/// Stored state texts parsed once per run, by their id in payslip_texts: employees with the same
/// pay carry the same state text (one row, shared), so each is parsed once (state_from_text is
/// a function of the text alone). At most kMax are kept, so memory stays flat when few repeat.
class ParsedStates {
 public:
  /// state_from_text(text), `text` being the text stored with `id` (0: not stored by id, parsed).
  const PayrollState& get(std::int64_t id, std::string_view text) {
    if (id != 0) {
      if (const auto it = parsed_.find(id); it != parsed_.end()) return it->second;
      if (parsed_.size() < kMax) return parsed_.emplace(id, state_from_text(text)).first->second;
    }
    spare_ = state_from_text(text);
    return spare_;
  }

 private:
  static constexpr std::size_t kMax = 8192;
  std::unordered_map<std::int64_t, PayrollState> parsed_;
  PayrollState spare_;  ///< the last state parsed without keeping it (valid until the next get)
};

/// An employee to be paid in the period: the record and the terms payroll sees (payroll_terms).
struct Payee {
  const EmployeeRecord* record;
  Employee employee;
};

/// The employees paid per `period`'s kind who are employed in it, in the records' order; none is
/// an InputError.
/// Each has the garnishments that apply on the period's pay date (docs/garnishment.md).
std::vector<Payee> payees(const RuleBook& rules, const std::vector<EmployeeRecord>& records, const PayPeriod& period,
                          const std::vector<StoredGarnishment>& garnishments) {
  std::vector<Payee> out;
  for (const EmployeeRecord& r : records) {
    if (r.employee.pay_period != period.kind()) continue;
    if (auto e = payroll_terms(rules, r, period)) {
      for (const auto& g : garnishments) {
        if (g.employee_id == e->id && g.garnishment.applies_on(period.end())) e->garnishments.push_back(g.garnishment);
      }
      out.push_back(Payee{&r, std::move(*e)});
    }
  }
  if (out.empty()) {
    throw InputError("period " + period.label() + ": no employee is employed in it (paid per " +
                     std::string(to_string(period.kind())) + ")");
  }
  return out;
}

/// Deletes the open run `id` with its payslips (audited by audit_replaced once its successor exists).
void delete_open_run(Database& db, std::int64_t id) {
  for (const char* sql : {"DELETE FROM payslip_lines WHERE run_id = ?", "DELETE FROM payslips WHERE run_id = ?",
                          "DELETE FROM payroll_runs WHERE id = ?"}) {
    SQLite::Statement d(db.sql(), sql);
    d.bind(1, id);
    d.exec();
  }
}

/// The entry of the open run `id` of `period` replaced by run `by`. Entries written before named no
/// run ("a new run of the same period"); they keep their text, which their hash covers as stored.
void audit_replaced(Database& db, std::int64_t id, const PayPeriod& period, std::int64_t by) {
  audit(db, "payroll.replace", "run:" + std::to_string(id), CJson{{"period", period.label()}, {"replaced_by", "run:" + std::to_string(by)}});
}

/// The state an employee's period starts from, where it came from, and the correction runs
/// whose differences it includes.
struct Opening {
  PayrollState state;
  std::string how;
  std::vector<std::int64_t> corrections;
  std::string_view carried_text;  ///< the stored state it was carried from, as stored (CarriedStates::find's)
  std::int64_t carried_text_id = 0;  ///< that text's id in payslip_texts (0: none, or an older row)
  std::int64_t previous_employee_text = 0;  ///< the previous payslip's snapshot text id (0: none)
  std::int64_t previous_lines_text = 0;     ///< the previous payslip's packed lines text id (0: none)
};

/// The opening of `p`: carried from the latest stored payslip (or computed from the employment
/// start when there is none), plus the differences of the corrections paid in the period.
Opening opening_of(CarriedStates& carried, ParsedStates& parsed, const std::map<std::string, StateDelta>& deltas,
                   PeriodRulesCache& cache, const RuleBook& rules, const Employer& employer, const Payee& p, const PayPeriod& period) {
  Opening o;
  if (auto c = carried.find(p.employee.id)) {
    o.state = parsed.get(c->after_text, c->state_after);
    o.how = "carried from period " + c->period;
    o.carried_text = c->state_after;
    o.carried_text_id = c->after_text;
    o.previous_employee_text = c->employee_text;
    o.previous_lines_text = c->lines_text;
  } else {
    o.state = computed_opening(cache, rules, employer, *p.record, period, o.how);
  }
  if (auto d = deltas.find(p.employee.id); d != deltas.end()) {
    apply_delta(o.state, d->second);
    o.corrections = d->second.runs;
  }
  return o;
}

/// A note for an employee sick in the period: the wage continuation on the last day employed
/// (art. 7:629 BW, the cao) and the payslip lines that applied it to the sick weekdays paid below
/// 100 %. `e.sick_reports` are those of payroll_terms (empty: no sick day in the period).
std::vector<std::string> sickness_notes(const RuleBook& rules, const Employee& e, const Payslip& slip, const PayPeriod& period) {
  std::vector<std::string> notes;
  if (e.sick_reports.empty()) return notes;
  const Date last_day = e.employed_until && *e.employed_until < period.end() ? *e.employed_until : period.end();
  try {
    // Wazo leave cut out and the 104 weeks extended as on the payslip (counted_sickness.hpp).
    const auto c = count_sickness(rules, e.sick_reports, e.maternity_leave, e.reintegration_steps, e.sickness_extensions, std::nullopt);
    const auto day = wage_continuation(rules, c.reports, c.sickness_periods(), last_day, sick_pay_facts(rules, slip.hourly_wage, e.birth_date, last_day));
    std::string note = e.id + " " + e.name + ": sick in " + period.label();
    if (day.sick_day) {
      note += " (sick day " + std::to_string(*day.sick_day) + " on " + to_string(last_day) + "): wage continuation " +
              day.paid_rate.str() + " of the wage — " + day.reason;
    } else {
      // The recorded first fit day in the period (the latest, when more than one report ended).
      std::optional<Date> fit;
      for (const auto& r : e.sick_reports) {
        if (r.recovered && !(*r.recovered < period.start()) && !(last_day < *r.recovered) && (!fit || *fit < *r.recovered)) fit = r.recovered;
      }
      note += fit ? ", fit again on " + to_string(*fit) : ", not sick on " + to_string(last_day);
    }
    std::string applied;
    for (const auto& l : slip.lines) {
      if (l.code == LineCode::SickPayReduction) applied += (applied.empty() ? "" : ", ") + l.description.str() + " (" + l.amount.str() + ")";
    }
    note += applied.empty() ? "; every sick weekday of the period is paid in full" : "; applied on the payslip: " + applied;
    notes.push_back(note);
  } catch (const Error& x) {
    notes.push_back(e.id + ": sick in " + period.label() + "; wage continuation not determined: " + x.what());
  }
  return notes;
}

/// "E003: includes the differences of correction run 4, 6 (cumulatives and reserve)", per employee.
std::vector<std::string> correction_notes(const std::map<std::string, StateDelta>& deltas) {
  std::vector<std::string> notes;
  for (const auto& [employee, d] : deltas) {
    std::string runs;
    for (auto id : d.runs) runs += (runs.empty() ? "" : ", ") + std::to_string(id);
    notes.push_back(employee + ": includes the differences of correction run " + runs + " (cumulatives and reserve)");
  }
  return notes;
}

/// Seals the run `id` with its content hash and appends the audit entry "payroll.run".
void seal_run(Database& db, std::int64_t id, const PayPeriod& period, const RuleBook& rules) {
  store_detail::record_provisional(db, id, rules);
  finish_run(db, id);
  SQLite::Statement h(db.sql(), "SELECT content_hash, employees, net_cents FROM payroll_runs WHERE id = ?");
  h.bind(1, id);
  h.executeStep();
  audit(db, "payroll.run", "run:" + std::to_string(id),
        CJson{{"period", period.label()}, {"kind", "regular"}, {"rules_fingerprint", rules.fingerprint()},
              {"content_hash", h.getColumn(0).getString()}, {"employees", h.getColumn(1).getInt64()},
              {"net", Money::from_cents(h.getColumn(2).getInt64()).str()}, {"program_version", std::string(version())}});
}

/// The body of run_payroll, inside its write transaction: returns the new run's id.
std::int64_t compute_and_store(Database& db, const RuleBook& rules, const PayPeriod& period, const RunOptions& options,
                               RunOutcome& out) {
  PhaseTimer timer("run", options.profile);
  const Employer employer = db.employer();
  const auto existing = regular_run(db, period);
  if (existing && existing->closed) {
    throw InputError("period " + period.label() + " is closed: it can never be changed, only corrected (basisbaan payroll correct --period " +
                     period.label() + ")");
  }
  check_run_order(db, period);
  CarriedStates carried(db, period);
  const auto deltas = correction_deltas_paid_in(db, period);
  timer.mark("checks, carried states");

  PeriodRulesCache cache(rules);
  const PeriodRules& pr = cache.get(period);
  const auto records = load_employee_records(db);
  const std::vector<Payee> paid = payees(rules, records, period, load_garnishments(db));
  timer.mark("reading the employees");

  store_rules(db, rules);
  if (existing) {
    delete_open_run(db, existing->id);
    out.replaced = true;
  }
  const std::int64_t id = insert_run(db, RunKind::Regular, period, rules, employer, std::nullopt, std::nullopt, "");
  if (existing) audit_replaced(db, existing->id, period, id);  // the entry follows the same ones as before: insert_run writes none
  timer.mark("rules copy, replacing");

  PayslipWriter writer(db, id, paid.size(), options.progress);
  ParsedStates parsed;
  std::clock_t compute_cpu = 0;
  for (const Payee& p : paid) {
    Opening o = opening_of(carried, parsed, deltas, cache, rules, employer, p, period);
    PayrollState state = o.state;
    std::optional<Payslip> slip;
    // The CPU clock is a system call: read only when a profile is asked for.
    const std::clock_t c0 = timer.on() ? std::clock() : 0;
    try {
      slip.emplace(compute_payslip(pr, employer, p.employee, state));
    } catch (const Error& x) {
      rethrow_in_context(x, employee_context(p.employee.id, period), "; nothing was stored");
    }
    if (timer.on()) compute_cpu += std::clock() - c0;
    for (auto& n : sickness_notes(rules, p.employee, *slip, period)) out.notes.push_back(std::move(n));
    Prepared prepared = prepare(std::move(*slip), p.employee, o.state, o.how, o.corrections, state);
    // The opening state is usually the text stored as the state after the previous period: no
    // need to look it up again.
    if (o.carried_text_id != 0 && prepared.row.opening_state == o.carried_text) prepared.opening_text = o.carried_text_id;
    // The snapshot and the lines are usually the texts of the previous payslip: compared with
    // them by id before they are looked up by key (PayslipWriter::add).
    prepared.employee_text_hint = o.previous_employee_text;
    prepared.lines_text_hint = o.previous_lines_text;
    const std::int64_t after_text = writer.add(prepared);
    // The payslip as the caller gets it back (RunOutcome::run), decoded from the row just
    // written as load_run_by_id would read it, instead of reading and parsing it again after the
    // transaction. The employee is the one the payslip was computed for: its snapshot is this
    // employee's canonical JSON, from which load_run_by_id would parse an equal Employee.
    out.run.payslips.push_back(StoredPayslip{p.employee, decode_payslip(prepared.row, {}, period, p.employee, &prepared.slip.unconfirmed_rules.names(),
                                                                          &parsed.get(after_text, prepared.row.state_after)),
                                           std::move(prepared.hash)});
  }
  writer.finish(db);
  for (auto& n : correction_notes(deltas)) out.notes.push_back(std::move(n));
  timer.note("  of which compute_payslip " + std::to_string(cpu_microseconds(compute_cpu)) + " us cpu");
  timer.mark("computing, snapshots, storing");
  seal_run(db, id, period, rules);
  timer.mark("content hash, audit");
  return id;
}

}  // namespace

RunOutcome run_payroll(Database& db, const RuleBook& rules, const PayPeriod& period, const RunOptions& options) {
  if (period.kind() == PeriodKind::Quarter || period.kind() == PeriodKind::Year) {
    throw InputError("--period " + period.label() + ": payroll runs per month, four weeks or week");
  }
  RunOutcome out;
  const std::int64_t id = write(
      db, "computing period " + period.label(), [&] { return compute_and_store(db, rules, period, options, out); },
      busy_message(period), 0);
  // The header as stored (computed_at, content hash, the employer as its JSON reads back); the
  // payslips were kept as they were written, in employee order as load_run_by_id returns them.
  std::vector<StoredPayslip> payslips = std::move(out.run.payslips);
  try {
    out.run = read_run_header(db, id);
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), "reading payroll run " + std::to_string(id), e);
  }
  std::sort(payslips.begin(), payslips.end(),
            [](const StoredPayslip& a, const StoredPayslip& b) { return a.payslip.employee_id < b.payslip.employee_id; });
  out.run.payslips = std::move(payslips);
  return out;
}

}  // namespace basisbaan
