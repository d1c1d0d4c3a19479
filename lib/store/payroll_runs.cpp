#include "basisbaan/store/payroll_runs.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <set>
#include <thread>
#include <unordered_map>

#include "basisbaan/core/sha256.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/store/administration.hpp"
#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

struct Prepared {
  Payslip slip;
  PayslipRow row;
  std::vector<LineRow> lines;
  std::string hash;
};

Prepared prepare(Payslip slip, const Employee& e, const PayrollState& opening, const std::string& opening_text,
                 const std::vector<std::int64_t>& corrections, const PayrollState& after) {
  std::string note = opening_text;
  for (std::size_t i = 0; i < corrections.size(); ++i) {
    note += (i == 0 ? "; plus the differences of correction run " : ", ") + std::to_string(corrections[i]);
  }
  PayslipRow row = payslip_row(slip, canonical(employee_json(e)), state_text(opening), std::move(note), state_text(after));
  std::vector<LineRow> lines = line_rows(slip);
  std::string hash = payslip_hash(row, lines);
  return Prepared{std::move(slip), std::move(row), std::move(lines), std::move(hash)};
}

/// Inserts payslips and their lines as they are computed (so a run of many employees never holds
/// them all in memory), and keeps the run's totals. `progress` (may be empty) hears of each
/// payslip stored (RunOptions::progress).
class PayslipWriter {
 public:
  using Progress = std::function<void(std::size_t stored, std::size_t total)>;
  PayslipWriter(Database& db, std::int64_t run_id, std::size_t expected, Progress progress = {})
      : run_id_(run_id),
        expected_(expected),
        progress_(std::move(progress)),
        ps_(db.sql(), std::string("INSERT INTO payslips (run_id, ") + kPayslipColumns +
                          ", hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ls_(db.sql(),
            "INSERT INTO payslip_lines (run_id, employee_id, seq, code, description, kind, quantity, rate, amount_cents, check_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {
    if (progress_) progress_(0, expected_);
  }

  void add(const Prepared& p) {
    const PayslipRow& r = p.row;
    ps_.reset();
    int i = 1;
    ps_.bind(i++, run_id_);
    ps_.bindNoCopy(i++, r.employee_id);
    ps_.bindNoCopy(i++, r.employee);
    ps_.bindNoCopy(i++, r.opening_state);
    ps_.bindNoCopy(i++, r.opening_note);
    ps_.bindNoCopy(i++, r.state_after);
    ps_.bindNoCopy(i++, r.pay_date);
    for (std::int64_t v : {r.gross, r.wage_for_wage_tax, r.regular_wage_for_wage_tax, r.special_wage_for_wage_tax, r.wage_tax,
                           r.untaxed, r.net, r.employer_charges, r.employer_cost, r.holiday_allowance_reserved,
                           r.holiday_allowance_balance, r.hourly_wage}) {
      ps_.bind(i++, v);
    }
    ps_.bindNoCopy(i++, r.unconfirmed_rules);
    ps_.bind(i++, r.line_count);
    ps_.bindNoCopy(i++, p.hash);
    ps_.exec();
    for (const auto& l : p.lines) {
      const std::string check = line_check(r.employee_id, l);
      ls_.reset();
      ls_.bind(1, run_id_);
      ls_.bindNoCopy(2, r.employee_id);
      ls_.bind(3, l.seq);
      ls_.bindNoCopy(4, l.code);
      ls_.bindNoCopy(5, l.description);
      ls_.bindNoCopy(6, l.kind);
      ls_.bindNoCopy(7, l.quantity);
      ls_.bindNoCopy(8, l.rate);
      ls_.bind(9, l.amount);
      ls_.bindNoCopy(10, check);
      ls_.exec();
    }
    ++written_;
    gross_ += p.slip.gross;
    tax_ += p.slip.wage_tax;
    net_ += p.slip.net;
    cost_ += p.slip.employer_cost;
    if (progress_) progress_(written_, expected_);
  }

  /// Writes the totals into the run row.
  void finish(Database& db) {
    SQLite::Statement u(db.sql(),
                        "UPDATE payroll_runs SET employees = ?, gross_cents = ?, wage_tax_cents = ?, net_cents = ?, "
                        "employer_cost_cents = ? WHERE id = ?");
    u.bind(1, static_cast<std::int64_t>(written_));
    u.bind(2, gross_.cents());
    u.bind(3, tax_.cents());
    u.bind(4, net_.cents());
    u.bind(5, cost_.cents());
    u.bind(6, run_id_);
    u.exec();
  }
  std::size_t written() const noexcept { return written_; }

 private:
  std::int64_t run_id_;
  std::size_t expected_;
  Progress progress_;
  std::size_t written_ = 0;
  Money gross_, tax_, net_, cost_;
  SQLite::Statement ps_;
  SQLite::Statement ls_;
};

/// Stores the rules copy for `rules` unless a copy with its fingerprint is there.
void store_rules(Database& db, const RuleBook& rules) {
  SQLite::Statement q(db.sql(), "SELECT count(*) FROM rule_sets WHERE fingerprint = ?");
  q.bind(1, rules.fingerprint());
  q.executeStep();
  if (q.getColumn(0).getInt() > 0) return;
  std::string all;
  for (const auto& s : rules.sources()) all += s.path + '\x1f' + sha256_hex(s.content) + '\n';
  SQLite::Statement rs(db.sql(), "INSERT INTO rule_sets (fingerprint, files, files_hash) VALUES (?, ?, ?)");
  rs.bind(1, rules.fingerprint());
  rs.bind(2, static_cast<std::int64_t>(rules.sources().size()));
  rs.bind(3, sha256_hex(all));
  rs.exec();
  SQLite::Statement rf(db.sql(), "INSERT INTO rule_files (fingerprint, path, content) VALUES (?, ?, ?)");
  for (const auto& s : rules.sources()) {
    rf.reset();
    rf.bind(1, rules.fingerprint());
    rf.bind(2, s.path);
    rf.bind(3, s.content);
    rf.exec();
  }
  audit(db, "rules.store", "rules:" + rules.fingerprint(),
        CJson{{"fingerprint", rules.fingerprint()}, {"files", rules.sources().size()}});
}

struct RunRow {
  std::int64_t id = 0;
  std::string period;
  bool closed = false;
};

std::optional<RunRow> regular_run(const Database& db, const PayPeriod& p) {
  SQLite::Statement q(db.sql(), "SELECT id, closed FROM payroll_runs WHERE kind = 'regular' AND period = ?");
  q.bind(1, p.label());
  if (!q.executeStep()) return std::nullopt;
  return RunRow{q.getColumn(0).getInt64(), p.label(), q.getColumn(1).getInt() != 0};
}

/// Inserts the run row (open, totals zero until PayslipWriter::finish).
std::int64_t insert_run(Database& db, RunKind kind, const PayPeriod& period, const RuleBook& rules, const Employer& employer,
                        const std::optional<std::int64_t>& corrects, const std::optional<PayPeriod>& pay_in, const std::string& reason) {
  SQLite::Statement q(db.sql(),
                      "INSERT INTO payroll_runs (kind, period, period_kind, period_start, period_end, closed, computed_at, "
                      "rules_fingerprint, employer, employees, gross_cents, wage_tax_cents, net_cents, employer_cost_cents, "
                      "content_hash, corrects_run, pay_in, reason) VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?)");
  q.bind(1, std::string(to_string(kind)));
  q.bind(2, period.label());
  q.bind(3, std::string(to_string(period.kind())));
  q.bind(4, to_string(period.start()));
  q.bind(5, to_string(period.end()));
  q.bind(6, db.clock().now());
  q.bind(7, rules.fingerprint());
  q.bind(8, canonical(employer_json(employer)));
  for (int i = 9; i <= 13; ++i) q.bind(i, std::int64_t{0});
  if (corrects) q.bind(14, *corrects); else q.bind(14);
  if (pay_in) q.bind(15, pay_in->label()); else q.bind(15);
  q.bind(16, reason);
  q.exec();
  return db.sql().getLastInsertRowid();
}

void finish_run(Database& db, std::int64_t id) {
  SQLite::Statement u(db.sql(), "UPDATE payroll_runs SET content_hash = ? WHERE id = ?");
  u.bind(1, compute_content_hash(db, id));
  u.bind(2, id);
  u.exec();
}

/// PeriodRules per period, built once per run.
class PeriodRulesCache {
 public:
  explicit PeriodRulesCache(const RuleBook& rules) : rules_(&rules) {}
  const PeriodRules& get(const PayPeriod& p) {
    auto it = cache_.find(p.label());
    if (it == cache_.end()) it = cache_.emplace(p.label(), std::make_unique<PeriodRules>(*rules_, p)).first;
    return *it->second;
  }

 private:
  const RuleBook* rules_;
  std::map<std::string, std::unique_ptr<PeriodRules>> cache_;
};

std::string employee_context(const std::string& id, const PayPeriod& p) { return "employee " + id + ", period " + p.label() + ": "; }

/// The employee as payroll sees `period` (employee_terms) with the sick reports its wage
/// continuation needs: those with a day in the employed part of the period and every earlier
/// report added together with one of them (art. 7:629 lid 10 BW: the 104 weeks count from the
/// first). Nothing else, so the snapshot holds what replay needs and a healthy employee's
/// snapshot is unchanged; no rule is looked up unless a report overlaps the period.
std::optional<Employee> payroll_terms(const RuleBook& rules, const EmployeeRecord& r, const PayPeriod& period) {
  auto e = employee_terms(r, period);
  if (!e || r.sick_reports.empty()) return e;
  const Date from = std::max(period.start(), e->employed_since);
  const Date to = e->employed_until ? std::min(period.end(), *e->employed_until) : period.end();
  const auto overlaps = [&](const SickReport& s) { return s.first_day <= to && (!s.recovered || *s.recovered > from); };
  if (std::none_of(r.sick_reports.begin(), r.sick_reports.end(), overlaps)) return e;
  for (const SicknessPeriod& p : aggregate_sickness(rules, r.sick_reports)) {
    if (std::none_of(p.reports.begin(), p.reports.end(), [&](std::size_t i) { return overlaps(r.sick_reports[i]); })) continue;
    for (std::size_t i : p.reports) {
      if (r.sick_reports[i].first_day <= to) e->sick_reports.push_back(r.sick_reports[i]);
    }
  }
  return e;
}

/// The state at the start of `period` for an employee without stored payslips: the periods from
/// the employment start (at most from 1 June two years back, as payslip_with_history, so that
/// last year's May holiday allowance has its whole reserve; not before the rules) computed.
PayrollState computed_opening(PeriodRulesCache& cache, const RuleBook& rules, const Employer& employer,
                              const EmployeeRecord& record, const PayPeriod& period, std::string& how) {
  PayrollState state;
  const auto first = employee_terms(record, period);
  const Date june_two_years_back{date::year{period.year() - 2}, date::June, date::day{1}};
  const Date rules_begin = rules.parameter("wage_tax.brackets.below_aow").values.front().from;
  Date from = std::max({first ? first->employed_since : period.start(), june_two_years_back, rules_begin});
  if (from >= period.start()) {
    how = "new: no earlier periods";
    return state;
  }
  PayPeriod p = PayPeriod::containing(period.kind(), from);
  std::string first_label;
  std::string last_label;
  for (; !(p == period); p = p.next()) {
    const auto e = payroll_terms(rules, record, p);
    if (!e) continue;
    try {
      compute_payslip(cache.get(p), employer, *e, state);
    } catch (const Error& x) {
      throw InputError(employee_context(record.employee.id, p) + "computing the earlier periods (no stored run has them): " + x.what());
    }
    if (first_label.empty()) first_label = p.label();
    last_label = p.label();
  }
  how = first_label.empty() ? "new: no earlier periods"
                            : "computed " + first_label + " to " + last_label + " (no stored payslips before this period)";
  return state;
}

/// The change a correction made to an employee's state (year to date and holiday reserve).
struct StateDelta {
  int year = 0;
  YearToDate ytd;
  Money holiday_balance;
  std::vector<std::int64_t> runs;
};

void add_delta(StateDelta& d, const PayrollState& before, const PayrollState& after) {
  YearToDate change = after.year_to_date - before.year_to_date;
  change.periods = 0;  // a correction recomputes a period; it adds none
  d.ytd += change;
  d.holiday_balance += after.holiday_allowance_balance - before.holiday_allowance_balance;
}

/// The state after `period` of each employee's latest payslip version (the regular run's, or a
/// later correction's) for the regular run `run_id`, with the input it was computed from.
struct Version {
  PayslipRow row;
  std::vector<LineRow> lines;
};
std::map<std::string, Version> latest_versions(const Database& db, std::int64_t regular_run_id) {
  std::map<std::string, Version> out;
  std::vector<std::int64_t> runs{regular_run_id};
  SQLite::Statement c(db.sql(), "SELECT id FROM payroll_runs WHERE kind = 'correction' AND corrects_run = ? ORDER BY id");
  c.bind(1, regular_run_id);
  while (c.executeStep()) runs.push_back(c.getColumn(0).getInt64());
  SQLite::Statement ps(db.sql(), std::string("SELECT ") + kPayslipColumns + " FROM payslips WHERE run_id = ? ORDER BY employee_id");
  SQLite::Statement ls(db.sql(),
                       "SELECT seq, code, description, kind, quantity, rate, amount_cents FROM payslip_lines "
                       "WHERE run_id = ? AND employee_id = ? ORDER BY seq");
  for (auto id : runs) {
    ps.reset();
    ps.bind(1, id);
    while (ps.executeStep()) {
      Version v;
      v.row = read_payslip_row(ps);
      ls.reset();
      ls.bind(1, id);
      ls.bind(2, v.row.employee_id);
      while (ls.executeStep()) {
        v.lines.push_back({ls.getColumn(0).getInt64(), ls.getColumn(1).getString(), ls.getColumn(2).getString(),
                           ls.getColumn(3).getString(), ls.getColumn(4).getString(), ls.getColumn(5).getString(),
                           ls.getColumn(6).getInt64()});
      }
      out[v.row.employee_id] = std::move(v);
    }
  }
  return out;
}

/// The state deltas of the corrections paid in `period`, per employee.
std::map<std::string, StateDelta> corrections_paid_in(const Database& db, const PayPeriod& period) {
  std::map<std::string, StateDelta> out;
  SQLite::Statement q(db.sql(),
                      "SELECT c.id, c.corrects_run, c.period, p.employee_id, p.state_after FROM payroll_runs c "
                      "JOIN payslips p ON p.run_id = c.id WHERE c.kind = 'correction' AND c.pay_in = ? ORDER BY c.id, p.employee_id");
  q.bind(1, period.label());
  SQLite::Statement prev(db.sql(),
                         "SELECT p.state_after FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                         "WHERE (r.id = ? OR (r.kind = 'correction' AND r.corrects_run = ?)) AND r.id < ? AND p.employee_id = ? "
                         "ORDER BY r.id DESC LIMIT 1");
  while (q.executeStep()) {
    const std::int64_t id = q.getColumn(0).getInt64();
    const std::int64_t corrects = q.getColumn(1).getInt64();
    const std::string employee = q.getColumn(3).getString();
    const PayrollState after = state_from_text(q.getColumn(4).getString());
    prev.reset();
    prev.bind(1, corrects);
    prev.bind(2, corrects);
    prev.bind(3, id);
    prev.bind(4, employee);
    PayrollState before;
    before.year = after.year;
    if (prev.executeStep()) before = state_from_text(prev.getColumn(0).getString());
    StateDelta& d = out[employee];
    d.year = PayPeriod::parse(q.getColumn(2).getString(), "period").year();
    add_delta(d, before, after);
    d.runs.push_back(id);
  }
  return out;
}

void apply_delta(PayrollState& s, const StateDelta& d) {
  if (d.year == s.year) {
    s.year_to_date += d.ytd;
  } else if (d.year == s.year - 1) {
    s.wage_for_wage_tax_last_year += d.ytd.wage_for_wage_tax;
  }
  s.holiday_allowance_balance += d.holiday_balance;
}

/// A note for an employee sick in the period: the wage continuation on the last day employed
/// (art. 7:629 BW, the cao) and the payslip lines that applied it to the sick weekdays paid below
/// 100 %. `e.sick_reports` are those of payroll_terms (empty: no sick day in the period).
std::vector<std::string> sickness_notes(const RuleBook& rules, const Employee& e, const Payslip& slip, const PayPeriod& period) {
  std::vector<std::string> notes;
  if (e.sick_reports.empty()) return notes;
  const Date last_day = e.employed_until && *e.employed_until < period.end() ? *e.employed_until : period.end();
  try {
    const auto periods = aggregate_sickness(rules, e.sick_reports);
    const auto day = wage_continuation(rules, e.sick_reports, periods, last_day, sick_pay_facts(rules, slip.hourly_wage, e.birth_date, last_day));
    std::string note = e.id + " " + e.name + ": sick in " + period.label();
    if (day.sick_day) {
      note += " (sick day " + std::to_string(*day.sick_day) + " on " + to_string(last_day) + "): wage continuation " +
              day.paid_rate.str() + " of the wage — " + day.reason;
    } else {
      note += ", fit again on " + to_string(last_day);
    }
    std::string applied;
    for (const auto& l : slip.lines) {
      if (l.code == "sick_pay_reduction") applied += (applied.empty() ? "" : ", ") + l.description + " (" + l.amount.str() + ")";
    }
    note += applied.empty() ? "; every sick weekday of the period is paid in full" : "; applied on the payslip: " + applied;
    notes.push_back(note);
  } catch (const Error& x) {
    notes.push_back(e.id + ": sick in " + period.label() + "; wage continuation not determined: " + x.what());
  }
  return notes;
}

std::string busy_message(const PayPeriod& p) {
  return "period " + p.label() +
         " is being computed: another process holds the database for writing (a payroll run or another change); "
         "nothing was changed, try again when it has finished";
}

}  // namespace

RunOutcome run_payroll(Database& db, const RuleBook& rules, const PayPeriod& period, const RunOptions& options) {
  if (period.kind() == PeriodKind::Quarter || period.kind() == PeriodKind::Year) {
    throw InputError("--period " + period.label() + ": payroll runs per month, four weeks or week");
  }
  RunOutcome out;
  std::int64_t new_id = 0;
  write(
      db, "computing period " + period.label(),
      [&] {
        PhaseTimer timer("run", options.profile);
        const Employer employer = db.employer();
        const auto existing = regular_run(db, period);
        if (existing && existing->closed) {
          throw InputError("period " + period.label() + " is closed: it can never be changed, only corrected (basisbaan payroll correct --period " +
                           period.label() + ")");
        }
        {
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

        // The state after each employee's latest stored payslip: normally the previous period's run;
        // an employee who was not in it (a gap in employment) is looked up on its own.
        std::map<std::string, std::pair<std::string, std::string>> carried;  // employee -> (state_after, period)
        bool any_earlier = false;
        {
          SQLite::Statement q(db.sql(),
                              "SELECT p.employee_id, p.state_after, r.period FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                              "WHERE r.id = (SELECT id FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND period_start < ? "
                              "ORDER BY period_start DESC LIMIT 1)");
          q.bind(1, std::string(to_string(period.kind())));
          q.bind(2, to_string(period.start()));
          while (q.executeStep()) {
            any_earlier = true;
            carried[q.getColumn(0).getString()] = {q.getColumn(1).getString(), q.getColumn(2).getString()};
          }
        }
        SQLite::Statement older(db.sql(),
                                "SELECT p.state_after, r.period FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                                "WHERE p.employee_id = ? AND r.kind = 'regular' AND r.period_kind = ? AND r.period_start < ? "
                                "ORDER BY r.period_start DESC LIMIT 1");
        auto find_carried = [&](const std::string& id) -> std::optional<std::pair<std::string, std::string>> {
          if (auto it = carried.find(id); it != carried.end()) return it->second;
          if (!any_earlier) return std::nullopt;
          older.reset();
          older.bind(1, id);
          older.bind(2, std::string(to_string(period.kind())));
          older.bind(3, to_string(period.start()));
          if (!older.executeStep()) return std::nullopt;
          return std::make_pair(older.getColumn(0).getString(), older.getColumn(1).getString());
        };
        const auto deltas = corrections_paid_in(db, period);
        timer.mark("checks, carried states");

        PeriodRulesCache cache(rules);
        const PeriodRules& pr = cache.get(period);
        const auto records = load_employee_records(db);
        std::vector<std::pair<const EmployeeRecord*, Employee>> active;
        for (const EmployeeRecord& r : records) {
          if (r.employee.pay_period != period.kind()) continue;
          if (auto e = payroll_terms(rules, r, period)) active.emplace_back(&r, std::move(*e));
        }
        if (active.empty()) {
          throw InputError("period " + period.label() + ": no employee is employed in it (paid per " +
                           std::string(to_string(period.kind())) + ")");
        }
        timer.mark("reading the employees");

        store_rules(db, rules);
        if (existing) {
          for (const char* sql : {"DELETE FROM payslip_lines WHERE run_id = ?", "DELETE FROM payslips WHERE run_id = ?",
                                  "DELETE FROM payroll_runs WHERE id = ?"}) {
            SQLite::Statement d(db.sql(), sql);
            d.bind(1, existing->id);
            d.exec();
          }
          audit(db, "payroll.replace", "run:" + std::to_string(existing->id),
                CJson{{"period", period.label()}, {"replaced_by", "a new run of the same period"}});
          out.replaced = true;
        }
        new_id = insert_run(db, RunKind::Regular, period, rules, employer, std::nullopt, std::nullopt, "");
        timer.mark("rules copy, replacing");

        PayslipWriter writer(db, new_id, active.size(), options.progress);
        std::clock_t compute_cpu = 0;
        for (const auto& [r, e] : active) {
          PayrollState state;
          std::string how;
          if (const auto c = find_carried(e.id)) {
            state = state_from_text(c->first);
            how = "carried from period " + c->second;
          } else {
            state = computed_opening(cache, rules, employer, *r, period, how);
          }
          std::vector<std::int64_t> corrections;
          if (auto d = deltas.find(e.id); d != deltas.end()) {
            apply_delta(state, d->second);
            corrections = d->second.runs;
          }
          const PayrollState opening = state;
          std::optional<Payslip> slip;
          const auto c0 = std::clock();
          try {
            slip.emplace(compute_payslip(pr, employer, e, state));
          } catch (const Error& x) {
            throw InputError(employee_context(e.id, period) + x.what() + "; nothing was stored");
          }
          compute_cpu += std::clock() - c0;
          for (auto& n : sickness_notes(rules, e, *slip, period)) out.notes.push_back(std::move(n));
          writer.add(prepare(std::move(*slip), e, opening, how, corrections, state));
        }
        writer.finish(db);
        for (const auto& [employee, d] : deltas) {
          std::string runs;
          for (auto id : d.runs) runs += (runs.empty() ? "" : ", ") + std::to_string(id);
          out.notes.push_back(employee + ": includes the differences of correction run " + runs + " (cumulatives and reserve)");
        }
        timer.note("  of which compute_payslip " + std::to_string(cpu_microseconds(compute_cpu)) + " us cpu");
        timer.mark("computing, snapshots, storing");
        finish_run(db, new_id);
        SQLite::Statement h(db.sql(), "SELECT content_hash, employees, net_cents FROM payroll_runs WHERE id = ?");
        h.bind(1, new_id);
        h.executeStep();
        audit(db, "payroll.run", "run:" + std::to_string(new_id),
              CJson{{"period", period.label()}, {"kind", "regular"}, {"rules_fingerprint", rules.fingerprint()},
                    {"content_hash", h.getColumn(0).getString()}, {"employees", h.getColumn(1).getInt64()},
                    {"net", Money::from_cents(h.getColumn(2).getInt64()).str()}});
        timer.mark("content hash, audit");
      },
      busy_message(period), 0);
  out.run = db.load_run_by_id(new_id, false);
  return out;
}

StoredRun close_period(Database& db, const PayPeriod& period) {
  std::int64_t id = 0;
  write(db, "closing period " + period.label(), [&] {
    const auto run = regular_run(db, period);
    if (!run) throw InputError("period " + period.label() + " has not been run; nothing to close");
    if (run->closed) throw InputError("period " + period.label() + " is already closed");
    SQLite::Statement prev(db.sql(),
                           "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND period_start < ? "
                           "AND closed = 0 ORDER BY period_start LIMIT 1");
    prev.bind(1, std::string(to_string(period.kind())));
    prev.bind(2, to_string(period.start()));
    if (prev.executeStep()) {
      throw InputError("period " + prev.getColumn(0).getString() + " is still open; periods are closed in order");
    }
    SQLite::Statement stale(db.sql(), "SELECT id FROM payroll_runs WHERE kind = 'correction' AND pay_in = ? AND id > ? LIMIT 1");
    stale.bind(1, period.label());
    stale.bind(2, run->id);
    if (stale.executeStep()) {
      throw InputError("correction run " + stale.getColumn(0).getString() + " is paid in " + period.label() +
                       " but was made after the period was computed; run the period again first (basisbaan payroll run --period " +
                       period.label() + ")");
    }
    SQLite::Statement u(db.sql(), "UPDATE payroll_runs SET closed = 1, closed_at = ? WHERE id = ?");
    u.bind(1, db.clock().now());
    u.bind(2, run->id);
    u.exec();
    audit(db, "payroll.close", "run:" + std::to_string(run->id), CJson{{"period", period.label()}});
    id = run->id;
  });
  return db.load_run_by_id(id);
}

CorrectionOutcome correct_period(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason) {
  CorrectionOutcome out;
  std::int64_t new_id = 0;
  write(
      db, "correcting period " + period.label(),
      [&] {
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
        const PeriodRules& pr = cache.get(period);
        std::vector<Prepared> slips;
        std::vector<PayslipDifference> diffs;
        std::set<std::string> ids;
        for (const auto& [id, v] : versions) ids.insert(id);
        for (const auto& [id, r] : records) {
          if (r.employee.pay_period == period.kind() && employee_terms(r, period)) ids.insert(id);
        }
        for (const auto& id : ids) {
          const auto rec = records.find(id);
          const auto e = rec == records.end() ? std::nullopt : payroll_terms(rules, rec->second, period);
          const auto v = versions.find(id);
          if (!e) {
            throw InputError("employee " + id + " was paid in " + period.label() +
                             " but is not employed in it by today's contracts; reversing a whole payslip is not supported");
          }
          PayrollState state;
          std::string how;
          if (v != versions.end()) {
            state = state_from_text(v->second.row.opening_state);
            how = v->second.row.opening_note;
          } else {
            state = computed_opening(cache, rules, employer, rec->second, period, how);
          }
          const PayrollState opening = state;
          std::optional<Payslip> slip;
          try {
            slip.emplace(compute_payslip(pr, employer, *e, state));
          } catch (const Error& x) {
            throw InputError(employee_context(id, period) + x.what() + "; nothing was stored");
          }
          Prepared p = prepare(std::move(*slip), *e, opening, how, {}, state);
          // Compare amounts line by line (matched by code and occurrence) and the totals.
          PayslipDifference d;
          d.employee_id = id;
          std::map<std::pair<std::string, int>, const LineRow*> before;
          std::map<std::string, int> seen;
          if (v != versions.end()) {
            for (const auto& l : v->second.lines) before[{l.code, seen[l.code]++}] = &l;
          }
          seen.clear();
          std::set<std::pair<std::string, int>> matched;
          for (const auto& l : p.lines) {
            const std::pair<std::string, int> key{l.code, seen[l.code]++};
            matched.insert(key);
            const auto b = before.find(key);
            const std::int64_t was = b == before.end() ? 0 : b->second->amount;
            if (was != l.amount || b == before.end()) {
              d.lines.push_back({l.code, l.description, line_kind_from(l.kind), Money::from_cents(was), Money::from_cents(l.amount)});
            }
          }
          for (const auto& [key, l] : before) {
            if (matched.count(key) == 0) {
              d.lines.push_back({l->code, l->description, line_kind_from(l->kind), Money::from_cents(l->amount), Money()});
            }
          }
          const PayslipRow none{};
          const PayslipRow& b = v != versions.end() ? v->second.row : none;
          d.gross = Money::from_cents(p.row.gross - b.gross);
          d.wage_for_wage_tax = Money::from_cents(p.row.wage_for_wage_tax - b.wage_for_wage_tax);
          d.wage_tax = Money::from_cents(p.row.wage_tax - b.wage_tax);
          d.net = Money::from_cents(p.row.net - b.net);
          d.employer_charges = Money::from_cents(p.row.employer_charges - b.employer_charges);
          const bool state_changed = v == versions.end() || v->second.row.state_after != p.row.state_after;
          if (d.lines.empty() && !state_changed) continue;
          slips.push_back(std::move(p));
          diffs.push_back(std::move(d));
        }
        if (slips.empty()) return;

        // Paid in the first period after the last closed one.
        SQLite::Statement last(db.sql(),
                               "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND closed = 1 "
                               "ORDER BY period_start DESC LIMIT 1");
        last.bind(1, std::string(to_string(period.kind())));
        last.executeStep();
        const PayPeriod pay_in = PayPeriod::parse(last.getColumn(0).getString(), "period").next();
        out.pay_in_run_is_stale = regular_run(db, pay_in).has_value();

        store_rules(db, rules);
        new_id = insert_run(db, RunKind::Correction, period, rules, employer, run->id, pay_in, reason);
        PayslipWriter writer(db, new_id, slips.size());
        for (const auto& p : slips) writer.add(p);
        writer.finish(db);
        SQLite::Statement t(db.sql(),
                            "INSERT INTO correction_totals (run_id, employee_id, gross_cents, wage_for_wage_tax_cents, wage_tax_cents, "
                            "net_cents, employer_charges_cents) VALUES (?, ?, ?, ?, ?, ?, ?)");
        SQLite::Statement l(db.sql(),
                            "INSERT INTO correction_lines (run_id, employee_id, seq, code, description, kind, before_cents, after_cents) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        for (const auto& d : diffs) {
          t.reset();
          t.bind(1, new_id);
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
            l.bind(1, new_id);
            l.bind(2, d.employee_id);
            l.bind(3, ++seq);
            l.bind(4, x.code);
            l.bind(5, x.description);
            l.bind(6, std::string(to_string(x.kind)));
            l.bind(7, x.before.cents());
            l.bind(8, x.after.cents());
            l.exec();
          }
        }
        finish_run(db, new_id);
        SQLite::Statement c(db.sql(), "UPDATE payroll_runs SET closed = 1, closed_at = computed_at WHERE id = ?");
        c.bind(1, new_id);
        c.exec();
        SQLite::Statement h(db.sql(), "SELECT content_hash FROM payroll_runs WHERE id = ?");
        h.bind(1, new_id);
        h.executeStep();
        Money net;
        for (const auto& d : diffs) net += d.net;
        audit(db, "payroll.correct", "run:" + std::to_string(new_id),
              CJson{{"period", period.label()}, {"corrects_run", run->id}, {"pay_in", pay_in.label()}, {"reason", reason},
                    {"employees", diffs.size()}, {"net_difference", net.str()}, {"rules_fingerprint", rules.fingerprint()},
                    {"content_hash", h.getColumn(0).getString()}});
      },
      busy_message(period), 0);
  if (new_id != 0) out.run = db.load_run_by_id(new_id);
  return out;
}

RuleBook stored_rules(const Database& db, const std::string& fingerprint) {
  std::vector<RuleSource> sources;
  try {
    SQLite::Statement q(db.sql(), "SELECT path, content FROM rule_files WHERE fingerprint = ? ORDER BY path");
    q.bind(1, fingerprint);
    while (q.executeStep()) sources.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), "reading the stored rules " + fingerprint, e);
  }
  if (sources.empty()) throw StoreError(db.path().string() + ": the stored copy of the rules " + fingerprint + " is missing");
  RuleBook book = RuleBook::from_sources(std::move(sources));
  if (book.fingerprint() != fingerprint) {
    throw StoreError(db.path().string() + ": the stored copy of the rules " + fingerprint + " has the fingerprint " +
                     book.fingerprint() + ": it was altered");
  }
  return book;
}

bool ReplayReport::identical() const {
  for (const auto& r : runs) {
    if (!r.differences.empty()) return false;
  }
  return true;
}

namespace {

/// A stored line as the replay reads it: code, amount and the check over all its fields (the
/// texts are read only for a line whose check differs). Strings are reused between payslips.
struct StoredLine {
  std::int64_t seq = 0;
  std::string code, check;
  std::int64_t amount = 0;
};

void assign(std::string& to, const SQLite::Column& c) {
  const char* text = c.getText();
  to.assign(text, static_cast<std::size_t>(c.getBytes()));
}

/// Employee snapshots parsed once per replay, looked up by their text without copying it.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};
using EmployeeCache = std::unordered_map<std::string, Employee, TextHash, std::equal_to<>>;

/// Replays one stored run, comparing every line, total and the state after the period.
RunReplay replay_run(const Database& db, std::int64_t id, const PayPeriod& period, const RuleBook* current,
                     const std::optional<std::string>& employee, std::map<std::string, std::unique_ptr<RuleBook>>& books,
                     EmployeeCache& employees) {
  SQLite::Statement h(db.sql(), "SELECT kind, rules_fingerprint, employer FROM payroll_runs WHERE id = ?");
  h.bind(1, id);
  h.executeStep();
  RunReplay rr;
  rr.run_id = id;
  rr.kind = run_kind_from(h.getColumn(0).getString());
  rr.period = period.label();
  const std::string fingerprint = h.getColumn(1).getString();
  const Employer employer = employer_from_json(parse_stored(h.getColumn(2).getString(), "run employer"));
  const RuleBook* rules = current;
  if (rules == nullptr) {
    auto& b = books[fingerprint];
    if (!b) b = std::make_unique<RuleBook>(stored_rules(db, fingerprint));
    rules = b.get();
  }
  rr.rules_fingerprint = rules->fingerprint();
  rr.rules_as_applied = current == nullptr;
  const PeriodRules pr(*rules, period);

  std::string sql = std::string("SELECT ") + kPayslipColumns + " FROM payslips WHERE run_id = ?";
  if (employee) sql += " AND employee_id = ?";
  sql += " ORDER BY employee_id";
  SQLite::Statement ps(db.sql(), sql);
  ps.bind(1, id);
  if (employee) ps.bind(2, *employee);
  std::string lsql = "SELECT employee_id, seq, code, amount_cents, check_hash FROM payslip_lines WHERE run_id = ?";
  if (employee) lsql += " AND employee_id = ?";
  lsql += " ORDER BY employee_id, seq";
  SQLite::Statement ls(db.sql(), lsql);
  ls.bind(1, id);
  if (employee) ls.bind(2, *employee);
  bool more = ls.executeStep();
  SQLite::Statement full(db.sql(),
                         "SELECT code, description, kind, quantity, rate, amount_cents FROM payslip_lines "
                         "WHERE run_id = ? AND employee_id = ? AND seq = ?");
  std::vector<StoredLine> stored_lines;
  std::string employee_id;
  while (ps.executeStep()) {
    // Read in place (no copies of the snapshots): the columns of kPayslipColumns.
    employee_id.assign(ps.getColumn(0).getText());
    const std::string_view employee_text(ps.getColumn(1).getText(), static_cast<std::size_t>(ps.getColumn(1).getBytes()));
    const std::string_view opening_state(ps.getColumn(2).getText(), static_cast<std::size_t>(ps.getColumn(2).getBytes()));
    const std::string_view state_after(ps.getColumn(4).getText(), static_cast<std::size_t>(ps.getColumn(4).getBytes()));
    std::int64_t stored_totals[12];
    for (int i = 0; i < 12; ++i) stored_totals[i] = ps.getColumn(6 + i).getInt64();
    std::size_t count = 0;
    while (more && employee_id == ls.getColumn(0).getText()) {
      if (count == stored_lines.size()) stored_lines.emplace_back();
      StoredLine& l = stored_lines[count++];
      l.seq = ls.getColumn(1).getInt64();
      assign(l.code, ls.getColumn(2));
      l.amount = ls.getColumn(3).getInt64();
      assign(l.check, ls.getColumn(4));
      more = ls.executeStep();
    }
    auto cached = employees.find(employee_text);
    if (cached == employees.end()) {
      const std::string text(employee_text);
      cached = employees.emplace(text, employee_from_json(parse_stored(text, "payslip employee"))).first;
    }
    const Employee& e = cached->second;
    PayrollState state = state_from_text(opening_state);
    const std::string who = employee_id + " " + e.name;
    ++rr.payslips;
    rr.lines += static_cast<int>(count);
    std::optional<Payslip> slip;
    try {
      slip.emplace(compute_payslip(pr, employer, e, state));
    } catch (const Error& x) {
      rr.differences.push_back(who + ": cannot be recomputed: " + x.what());
      continue;
    }
    const Payslip& a = *slip;
    const std::size_t n = std::max(a.lines.size(), count);
    for (std::size_t i = 0; i < n; ++i) {
      const std::string line_no = std::to_string(i + 1);
      if (i >= a.lines.size()) {
        rr.differences.push_back(who + ": line " + line_no + " " + stored_lines[i].code + " (" +
                                 Money::from_cents(stored_lines[i].amount).str() + ") is stored but not recomputed");
        continue;
      }
      const PayslipLine& x = a.lines[i];
      if (i >= count) {
        rr.differences.push_back(who + ": line " + line_no + " " + x.code + " (" + x.amount.str() + ") is recomputed but not stored");
        continue;
      }
      const StoredLine& sl = stored_lines[i];
      const LineRow again{sl.seq, x.code, x.description, std::string(to_string(x.kind)), x.quantity, x.rate, x.amount.cents()};
      if (sl.code == x.code && sl.amount == again.amount && sl.check == line_check(employee_id, again)) continue;
      // A difference: read the stored line in full to say what differs.
      full.reset();
      full.bind(1, id);
      full.bind(2, employee_id);
      full.bind(3, sl.seq);
      if (!full.executeStep()) continue;
      const LineRow l{sl.seq, full.getColumn(0).getString(), full.getColumn(1).getString(), full.getColumn(2).getString(),
                      full.getColumn(3).getString(), full.getColumn(4).getString(), full.getColumn(5).getInt64()};
      const std::string where = who + ": line " + line_no + " " + l.code;
      if (l.code != x.code) {
        rr.differences.push_back(who + ": line " + line_no + ": stored " + l.code + ", recomputed " + x.code);
        continue;
      }
      const std::size_t before = rr.differences.size();
      if (l.amount != x.amount.cents()) {
        rr.differences.push_back(where + " (" + l.description + "): stored " + Money::from_cents(l.amount).str() + ", recomputed " +
                                 x.amount.str() + " (" + (x.amount.cents() > l.amount ? "+" : "") +
                                 Money::from_cents(x.amount.cents() - l.amount).str() + ")");
      }
      if (l.description != x.description) rr.differences.push_back(where + ": description stored \"" + l.description + "\", recomputed \"" + x.description + "\"");
      if (l.kind != again.kind) rr.differences.push_back(where + ": kind stored " + l.kind + ", recomputed " + again.kind);
      if (l.quantity != x.quantity) rr.differences.push_back(where + ": quantity stored \"" + l.quantity + "\", recomputed \"" + x.quantity + "\"");
      if (l.rate != x.rate) rr.differences.push_back(where + ": rate stored \"" + l.rate + "\", recomputed \"" + x.rate + "\"");
      if (rr.differences.size() == before) {
        rr.differences.push_back(where + ": the line's stored check " + sl.check + " does not match its content (altered)");
      }
    }
    const std::int64_t* t = stored_totals;  // in the order of kPayslipColumns
    const std::pair<const char*, std::pair<std::int64_t, Money>> totals[] = {
        {"gross", {t[0], a.gross}},
        {"wage for wage tax", {t[1], a.wage_for_wage_tax}},
        {"regular wage for wage tax", {t[2], a.regular_wage_for_wage_tax}},
        {"special wage for wage tax", {t[3], a.special_wage_for_wage_tax}},
        {"wage tax", {t[4], a.wage_tax}},
        {"untaxed", {t[5], a.untaxed}},
        {"net", {t[6], a.net}},
        {"employer charges", {t[7], a.employer_charges}},
        {"employer cost", {t[8], a.employer_cost}},
        {"holiday allowance reserved", {t[9], a.holiday_allowance_reserved}},
        {"holiday allowance balance", {t[10], a.holiday_allowance_balance}},
        {"hourly wage", {t[11], a.hourly_wage}},
    };
    for (const auto& [name, v] : totals) {
      if (v.first != v.second.cents()) {
        rr.differences.push_back(who + ": total " + name + ": stored " + Money::from_cents(v.first).str() + ", recomputed " + v.second.str());
      }
    }
    const std::string after = state_text(state);
    if (state_after != after) {
      rr.differences.push_back(who + ": year-to-date cumulatives or reserve after the period differ: stored " + std::string(state_after) +
                               ", recomputed " + after);
    }
  }
  return rr;
}

}  // namespace

namespace {

std::vector<RunReplay> replay_one_period(const Database& db, const PayPeriod& period, const RuleBook* current,
                                         const std::optional<std::string>& employee,
                                         std::map<std::string, std::unique_ptr<RuleBook>>& books, EmployeeCache& employees) {
  std::vector<std::int64_t> ids;
  {
    SQLite::Statement q(db.sql(),
                        "SELECT id FROM payroll_runs WHERE period = ? AND (kind = 'regular' OR corrects_run IN "
                        "(SELECT id FROM payroll_runs WHERE kind = 'regular' AND period = ?)) ORDER BY id");
    q.bind(1, period.label());
    q.bind(2, period.label());
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  }
  if (ids.empty()) throw InputError("no payroll run for period " + period.label() + " in " + db.path().string());
  std::vector<RunReplay> out;
  for (const auto id : ids) out.push_back(replay_run(db, id, period, current, employee, books, employees));
  return out;
}

}  // namespace

ReplayReport replay_periods(const Database& db, const std::vector<PayPeriod>& periods, const RuleBook* current,
                            const std::optional<std::string>& employee) {
  // Periods are independent: with more than one, they are replayed on up to four threads, each
  // with its own read connection (WAL readers do not block each other).
  std::vector<std::vector<RunReplay>> results(periods.size());
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min<std::size_t>({periods.size(), cores, 4});
  if (workers <= 1) {
    std::map<std::string, std::unique_ptr<RuleBook>> books;
    EmployeeCache employees;
    for (std::size_t i = 0; i < periods.size(); ++i) results[i] = replay_one_period(db, periods[i], current, employee, books, employees);
  } else {
    std::vector<std::exception_ptr> errors(workers);
    std::vector<std::thread> threads;
    for (std::size_t w = 0; w < workers; ++w) {
      threads.emplace_back([&, w] {
        try {
          const Database own = Database::open(db.path(), Database::Access::ReadOnly);
          std::map<std::string, std::unique_ptr<RuleBook>> books;
          EmployeeCache employees;
          for (std::size_t i = w; i < periods.size(); i += workers) {
            results[i] = replay_one_period(own, periods[i], current, employee, books, employees);
          }
        } catch (...) {
          errors[w] = std::current_exception();
        }
      });
    }
    for (auto& t : threads) t.join();
    for (const auto& e : errors) {
      if (e) std::rethrow_exception(e);
    }
  }
  ReplayReport report;
  for (auto& r : results) {
    for (auto& x : r) report.runs.push_back(std::move(x));
  }
  return report;
}

ReplayReport replay_period(const Database& db, const PayPeriod& period, const RuleBook* current,
                           const std::optional<std::string>& employee) {
  return replay_periods(db, {period}, current, employee);
}

std::vector<PayPeriod> stored_periods(const Database& db, int year) {
  std::vector<PayPeriod> out;
  SQLite::Statement q(db.sql(),
                      "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_start >= ? AND period_start <= ? ORDER BY period_start");
  q.bind(1, std::to_string(year) + "-01-01");
  q.bind(2, std::to_string(year) + "-12-31");
  while (q.executeStep()) out.push_back(PayPeriod::parse(q.getColumn(0).getString(), "stored period"));
  return out;
}

}  // namespace basisbaan
