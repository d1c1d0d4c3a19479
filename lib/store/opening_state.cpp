// SPDX-License-Identifier: EUPL-1.2
#include <algorithm>

#include "basisbaan/employment/sickness.hpp"
#include "run_parts.hpp"

namespace basisbaan::store_detail {

const PeriodRules& PeriodRulesCache::get(const PayPeriod& p) {
  auto it = cache_.find(p.label());
  if (it == cache_.end()) it = cache_.emplace(p.label(), std::make_unique<PeriodRules>(*rules_, p)).first;
  return *it->second;
}

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
