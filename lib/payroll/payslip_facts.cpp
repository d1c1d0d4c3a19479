// SPDX-License-Identifier: EUPL-1.2
// The facts of one employee for one period, derived once for every part of gross to net.

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

namespace payroll_detail {
int weekdays(const Date& from, const Date& to) {
  // Counted without walking the days (once per payslip, twice): five in every whole week, then
  // the weekdays among the remaining 0-6 days, starting on the weekday of `from`.
  if (to < from) return 0;
  const int days = days_between(from, to) + 1;
  int n = days / 7 * 5;
  unsigned weekday = iso_weekday(from);  // 1 = Monday .. 7 = Sunday
  for (int i = 0; i < days % 7; ++i) {
    if (weekday <= 5) ++n;
    weekday = weekday == 7 ? 1 : weekday + 1;
  }
  return n;
}
}  // namespace payroll_detail

PayslipFacts payslip_facts(const PeriodRules& pr, const Employer& employer, const Employee& e, bool with_traces) {
  const PayPeriod& P = pr.period();
  PayslipFacts f;
  f.rules = &pr;
  f.employer = &employer;
  f.employee = &e;
  f.with_traces = with_traces;
  f.first_day = std::max(P.start(), e.employed_since);
  f.last_day = e.employed_until ? std::min(P.end(), *e.employed_until) : P.end();
  if (f.last_day < f.first_day) {
    throw InputError("employee " + e.id + ": not employed in period " + P.label() + " (employed since " +
                     to_string(e.employed_since) + (e.employed_until ? " until " + to_string(*e.employed_until) : std::string()) + ")");
  }
  if (P.kind() == PeriodKind::Year) throw InputError("employee " + e.id + ": payroll runs per month, four weeks, week or quarter");
  f.age = age_on(e.birth_date, pr.pay_date());
  std::optional<TaxGroup> group;
  if (pr.aow_ages()) group = pr.aow_ages()->tax_group_on(e.birth_date, pr.pay_date());
  f.tax_group = group ? *group : tax_group_on(pr.rules(), e.birth_date, pr.pay_date());
  f.insured = f.tax_group == TaxGroup::BelowAow;
  f.periods_per_year = static_cast<int>(pr.wage_tax(f.tax_group).period_factor);
  f.period_weekdays = payroll_detail::weekdays(P.start(), P.end());
  f.employed_weekdays = payroll_detail::weekdays(f.first_day, f.last_day);
  return f;
}

}  // namespace basisbaan
