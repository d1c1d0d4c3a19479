// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/store_run_data.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <tuple>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/absence.hpp"
#include "basisbaan/employment/counted_sickness.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/law/minimum_wage.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/provisional_runs.hpp"

namespace basisbaan {
namespace {

RunEmployee from_stored(const StoredPayslip& s) { return {s.employee, s.payslip, std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}}; }

// The payslips of a regular run with the corrections of its period applied, in employee order:
// every correction run up to and including `up_to` (all when none).
std::vector<RunEmployee> as_corrected(const StoredRun& regular, std::optional<std::int64_t> up_to) {
  std::vector<RunEmployee> list;
  std::map<std::string, std::size_t> position;
  for (const auto& p : regular.payslips) {
    position[p.employee.id] = list.size();
    list.push_back(from_stored(p));
  }
  for (const StoredRun& c : regular.corrections) {
    if (up_to && c.id > *up_to) break;
    for (const auto& p : c.payslips) {
      if (const auto it = position.find(p.employee.id); it != position.end()) list[it->second] = from_stored(p);
    }
  }
  return list;
}

// VerrArbKrt per period: the year-to-date arbeidskorting minus the one after the previous period
// of the same year as it was stored (the state the period was computed from), as the loonstaat
// derives it. For the payslips of `period` in `list` (a run's own, or a correction's).
void add_arbeidskorting_in_period(const Database& db, const PayPeriod& period, std::vector<RunEmployee>& list) {
  std::map<std::string, Money> before;
  if (period.number() > 1) {
    const PayPeriod previous = period.previous();
    for (const auto& s : db.list_runs()) {
      if (s.kind != RunKind::Regular || s.period != previous.label()) continue;
      for (const auto& p : db.load_run_by_id(s.id, false).payslips) before[p.employee.id] = p.payslip.year_to_date.arbeidskorting;
    }
  }
  for (auto& re : list) {
    const auto it = before.find(re.employee.id);
    re.arbeidskorting_in_period = re.payslip.year_to_date.arbeidskorting - (it == before.end() ? Money() : it->second);
  }
}

RunData from_stored_run(const StoredRun& r) {
  RunData run{r.employer, r.period, r.closed, {}, {}};
  for (const auto& s : r.payslips) run.employees.push_back(from_stored(s));
  return run;
}

/// Every employee's record, by id: loaded once for a whole export (one query per table), not
/// once per employee (which made `export payslips` quadratic: issue 19).
using Records = std::map<std::string, EmployeeRecord>;
Records records_by_id(const Database& db) {
  Records out;
  try {
    for (auto& r : load_employee_records(db)) {
      std::string id = r.employee.id;
      out.emplace(std::move(id), std::move(r));
    }
  } catch (const InputError&) {
    return {};  // an unreadable administration: no employee gets leave or absence figures (as before)
  }
  return out;
}

/// The absence percentage of an employee without sick reports depends only on the days of the
/// period the employment covers and the weekly hours: computed once per such key and export
/// (a year's report asks for it 12 × the employees; issue 19), the same value as computed alone.
struct NoSicknessKey {
  Date period_from;
  Date period_to;
  Date from;  ///< the employment's first day in the period (or period_to + 1: none)
  Date to;    ///< its last day in the period
  Decimal hours;
  friend bool operator<(const NoSicknessKey& a, const NoSicknessKey& b) {
    return std::tie(a.period_from, a.period_to, a.from, a.to, a.hours) < std::tie(b.period_from, b.period_to, b.from, b.to, b.hours);
  }
};
using NoSicknessAbsence = std::map<NoSicknessKey, std::optional<Decimal>>;

std::optional<Decimal> absence_without_sickness(const RuleBook& rules, const AbsenceEmployee& a, const Date& from, const Date& to,
                                                NoSicknessAbsence& memo) {
  const EmploymentSpell& s = a.employment.front();
  NoSicknessKey key{from, to, std::max(from, s.from), s.to ? std::min(to, *s.to) : to, s.hours_per_week.value()};
  if (key.to < key.from) {  // not employed in the period
    key.from = add_days(to, 1);
    key.to = to;
  }
  const auto [it, fresh] = memo.try_emplace(key);
  if (fresh) it->second = absence_figures(rules, {a}, from, to).verzuimpercentage;
  return it->second;
}

// Fills in, from the administration, the leave balance on the period's last day and the absence
// percentage of the period (national standard: sick days × part-time factor × incapacity over
// the days in service). An employee without administration keeps none.
void add_administration(const Records& records, const RuleBook& rules, RunData& run, NoSicknessAbsence& no_sickness) {
  for (auto& re : run.employees) {
    // A stored payslip keeps no minimum wage: the one that applied on its pay date (art. 7:626 BW).
    Payslip& p = re.payslip;
    if (!p.minimum_hourly_wage) {
      try {
        const int age = age_on(re.employee.birth_date, p.pay_date);
        p.minimum_hourly_wage = minimum_wage(rules, p.pay_date, age).hourly;
        p.minimum_wage_age = age;
        p.minimum_holiday_allowance_rate = rules.rate("wml.holiday_allowance_percentage", p.pay_date);
      } catch (const Error&) {
        // No rules for that date or age: the payslip shows no minimum rather than a wrong one.
      }
    }
    const auto found = records.find(re.employee.id);
    if (found == records.end()) continue;
    const EmployeeRecord& record = found->second;
    try {
      Decimal hours = leave_balance(rules, leave_ledger_of(record), run.period.end()).total.value();
      // The final payslip paid the remaining hours out (art. 7:641 BW): what is left is the rest.
      if (const PayslipLine* paid = p.line(LineCode::LeavePayout); paid != nullptr && paid->quantity) hours = hours - paid->quantity->value;
      re.leave_balance_hours = hours;
    } catch (const InputError&) {
      // No usable leave ledger: the payslip shows no balance.
    }
    const Employee& e = re.employee;
    AbsenceEmployee a{e.id, {EmploymentSpell{e.employed_since, e.employed_until, e.hours_per_week}}, record.sick_reports};
    try {
      const bool valid_spell = !e.employed_until || !(*e.employed_until < e.employed_since);
      if (a.sickness.empty() && valid_spell) {
        // Never sick: the same percentage as absence_figures gives, and no wage continuation
        // (wage_continuation without sickness periods is "not sick").
        re.absence_percentage = absence_without_sickness(rules, a, run.period.start(), run.period.end(), no_sickness);
        continue;
      }
      validate_sick_reports(a.sickness, "sick reports of " + e.id);
      // Counted as the payroll run counts it (counted_sickness.hpp): Wazo leave days are no sick
      // days, sickness on both sides of the leave is one period, and the 104 weeks may be extended.
      std::vector<MaternityLeaveFacts> leave;
      for (const auto& [label, f] : record.maternity_leave) leave.push_back(f);
      const CountedSickness counted =
          count_sickness(rules, a.sickness, leave, record.reintegration_steps, record.sickness_extensions, std::nullopt);
      a.sickness = counted.reports;
      re.absence_percentage = absence_figures(rules, {a}, run.period.start(), run.period.end()).verzuimpercentage;
      // Sick on the period's last day: the share of the wage paid on that day (art. 7:629 BW, cao).
      const auto periods = counted.sickness_periods();
      const Date last = run.period.end();
      const WageContinuationDay day =
          wage_continuation(rules, a.sickness, periods, last, sick_pay_facts(rules, re.payslip.hourly_wage, e.birth_date, last));
      if (day.sick_day) re.wage_continuation = day.paid_rate;
    } catch (const InputError&) {
      // Inconsistent sickness records: no absence figure rather than a wrong one.
    }
  }
}

}  // namespace

RunData load_run_data(const Database& db, const PayPeriod& period, const RuleBook* rules) {
  const StoredRun stored = db.load_run(period);
  RunData run = from_stored_run(stored);
  // A provisional run (never closed) says so on its payslips, e.g. on a draft payslip page.
  if (!stored.closed) {
    const auto carried = provisional_parameters(db, stored.id);
    if (!carried.empty()) {
      for (auto& re : run.employees) re.payslip.carried_forward = carried;
    }
  }
  for (const StoredRun& c : db.corrections_paid_in(period)) {
    if (!c.corrects_run) continue;
    const StoredRun before = db.load_run_by_id(*c.corrects_run);
    CorrectionRun corr{c.period, {}, {}, {}, {}};
    for (const auto& d : c.differences) {
      const StoredPayslip* was = before.payslip(d.employee_id);
      const StoredPayslip* now = c.payslip(d.employee_id);
      if (!was || !now) {
        throw StoreError(db.path().string() + ": correction run " + std::to_string(c.id) + " of period " + c.period.label() +
                         ": no payslip of employee " + d.employee_id + " before or after the correction");
      }
      corr.before.push_back(from_stored(*was));
      corr.after.push_back(from_stored(*now));
      // The run's employees are in personnel-number order: a binary search, not a scan per difference.
      const auto paid = std::lower_bound(run.employees.begin(), run.employees.end(), d.employee_id,
                                         [](const RunEmployee& re, const std::string& id) { return re.employee.id < id; });
      if (paid != run.employees.end() && paid->employee.id == d.employee_id) {
        paid->corrections_settled.push_back({c.period, c.reason, d.gross, d.wage_tax, d.net});
      }
    }
    if (corr.after.empty()) continue;
    const StoredRun regular = db.load_run(c.period);
    corr.period_before = as_corrected(regular, c.id - 1);
    corr.period_after = as_corrected(regular, c.id);
    run.corrections.push_back(std::move(corr));
  }
  if (rules) {
    NoSicknessAbsence no_sickness;
    add_administration(records_by_id(db), *rules, run, no_sickness);
  }
  return run;
}

RunData load_wage_tax_return_data(const Database& db, const PayPeriod& period, const RuleBook* rules) {
  RunData run = load_run_data(db, period, rules);
  for (CorrectionRun& corr : run.corrections) add_arbeidskorting_in_period(db, corr.period, corr.after);
  add_arbeidskorting_in_period(db, run.period, run.employees);
  return run;
}

std::vector<RunData> load_closed_runs_of_year(const Database& db, int year, std::vector<std::string>* open_periods,
                                             const RuleBook* rules) {
  std::vector<RunData> runs;
  std::optional<Records> records;  // loaded once, at the first closed run
  NoSicknessAbsence no_sickness;
  for (const auto& s : db.list_runs()) {
    if (s.kind != RunKind::Regular) continue;
    const PayPeriod p = PayPeriod::parse(s.period, "stored run period");
    if (p.year() != year) continue;
    if (!s.closed) {
      if (open_periods) open_periods->push_back(s.period);
      continue;
    }
    // The figures as they stand now: a corrected payslip replaces the one first computed.
    const StoredRun r = db.load_run(p);
    RunData run = from_stored_run(r);
    run.employees = as_corrected(r, std::nullopt);
    if (rules) {
      if (!records) records = records_by_id(db);
      add_administration(*records, *rules, run, no_sickness);
    }
    runs.push_back(std::move(run));
  }
  return runs;
}

}  // namespace basisbaan
