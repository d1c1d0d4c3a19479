// SPDX-License-Identifier: EUPL-1.2
#include <algorithm>

#include "basisbaan/employment/counted_sickness.hpp"
#include "basisbaan/employment/sickness.hpp"
#include "run_parts.hpp"

namespace basisbaan::store_detail {

const PeriodRules& PeriodRulesCache::get(const PayPeriod& p) {
  auto it = cache_.find(p.label());
  if (it == cache_.end()) it = cache_.emplace(p.label(), std::make_unique<PeriodRules>(*rules_, p)).first;
  return *it->second;
}

namespace {

/// payroll_terms for an employee with Wazo leave, steps or extensions: the reports of the periods
/// (added together across a leave, art. 7:629 lid 10 BW) that have a sick day in [from, to], the
/// leaves that overlap [from, to] or lie inside that sickness, and the steps and extensions dated
/// from its first day up to `to` (art. 7:629 lid 11 BW).
void add_sickness_records(const RuleBook& rules, const EmployeeRecord& r, const Date& from, const Date& to, Employee& e) {
  std::vector<MaternityLeaveFacts> facts;
  for (const auto& [label, f] : r.maternity_leave) facts.push_back(f);
  const CountedSickness c = count_sickness(rules, r.sick_reports, facts, {}, {}, std::nullopt);
  const auto overlaps = [&](const SickReport& s) { return s.first_day <= to && (!s.recovered || *s.recovered > from); };
  std::optional<Date> first;
  std::vector<std::string> ids;
  for (const CountedSicknessPeriod& p : c.periods) {
    if (std::none_of(p.period.reports.begin(), p.period.reports.end(), [&](std::size_t i) { return overlaps(c.reports[i]); })) continue;
    if (!first) first = p.period.first_day;
    for (std::size_t i : p.period.reports) {
      std::string id = c.reports[i].id;
      if (!id.empty() && id.back() == '+') id.pop_back();  // the part after a leave (sick_reports_outside_wazo_leave)
      ids.push_back(std::move(id));
    }
  }
  for (const SickReport& s : r.sick_reports) {
    if (s.first_day <= to && std::find(ids.begin(), ids.end(), s.id) != ids.end()) e.sick_reports.push_back(s);
  }
  for (std::size_t i = 0; i < c.leave_periods.size(); ++i) {
    const WazoLeavePeriod& l = c.leave_periods[i];
    const bool in_period = l.from <= to && from <= l.to;
    const bool in_sickness = first && l.from <= to && *first <= l.to;
    if (in_period || in_sickness) e.maternity_leave.push_back(facts[i]);
  }
  if (!first) return;
  for (const ReintegrationStep& s : r.reintegration_steps) {
    if (*first <= s.date && s.date <= to) e.reintegration_steps.push_back(s);
  }
  for (const RecordedExtension& x : r.sickness_extensions) {
    if (*first <= x.date && x.date <= to) e.sickness_extensions.push_back(x);
  }
}

/// payroll_terms without the final settlement: the terms and the sickness records.
std::optional<Employee> sickness_terms(const RuleBook& rules, const EmployeeRecord& r, const PayPeriod& period) {
  auto e = employee_terms(r, period);
  if (!e || (r.sick_reports.empty() && r.maternity_leave.empty())) return e;
  const Date from = std::max(period.start(), e->employed_since);
  const Date to = e->employed_until ? std::min(period.end(), *e->employed_until) : period.end();
  if (!r.maternity_leave.empty() || !r.reintegration_steps.empty() || !r.sickness_extensions.empty()) {
    add_sickness_records(rules, r, from, to, *e);
    return e;
  }
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

}  // namespace

std::optional<Employee> payroll_terms(const RuleBook& rules, const EmployeeRecord& r, const PayPeriod& period) {
  auto e = sickness_terms(rules, r, period);
  if (e) add_final_settlement(rules, r, period, *e);
  return e;
}

PayrollState computed_opening(PeriodRulesCache& cache, const RuleBook& rules, const Employer& employer,
                              const EmployeeRecord& record, const PayPeriod& period, std::string& how) {
  PayrollState state;
  const auto first = employee_terms(record, period);
  const Date june_two_years_back{date::year{period.year() - 2}, date::June, date::day{1}};
  // The history starts no earlier than the hourly minimum wage (wml.hourly, 2024-01-01): the
  // rules of 2022-2023 serve the income comparison of those years, not payroll history.
  const Date rules_begin = rules.parameter("wml.hourly").values.front().from;
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
      rethrow_in_context(x, employee_context(record.employee.id, p) + "computing the earlier periods (no stored run has them): ", "");
    }
    if (first_label.empty()) first_label = p.label();
    last_label = p.label();
  }
  how = first_label.empty() ? "new: no earlier periods"
                            : "computed " + first_label + " to " + last_label + " (no stored payslips before this period)";
  return state;
}

}  // namespace basisbaan::store_detail
