// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/benefit_gross.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

WageTaxParameters benefit_wage_tax_parameters(const RuleBook& rules, const Date& on, TaxGroup group) {
  WageTaxParameters p = WageTaxParameters::load(rules, on, PeriodKind::Month, group);
  // A benefit is not income from present employment: no arbeidskorting (Wet IB 2001 art. 8.11
  // lid 1: "arbeidsinkomen"); the table for benefits differs from the white one exactly there.
  p.ark.segments.clear();
  p.ark.phase_out_rate = Rate();
  return p;
}

Money gross_up_benefit(const WageTaxParameters& p, Money net_per_month, bool payroll_tax_credit) {
  if (net_per_month.sign() < 0) throw InputError("net benefit: expected 0 or more, got " + net_per_month.str());
  if (net_per_month.is_zero()) return Money();
  auto net_of = [&](std::int64_t cents) {
    const Money g = Money::from_cents(cents);
    return g - wage_tax(p, {g, payroll_tax_credit, false}).wage_tax;
  };
  // The net is non-decreasing up to the table step; bisect for the first gross that reaches it.
  std::int64_t lo = net_per_month.cents();  // net(lo) <= lo: never above the target before
  std::int64_t hi = net_per_month.cents() * 3 + 100000;
  if (net_of(lo) >= net_per_month) return Money::from_cents(lo);
  while (hi - lo > 1) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (net_of(mid) >= net_per_month) hi = mid;
    else lo = mid;
  }
  return Money::from_cents(hi);
}

}  // namespace basisbaan
