// SPDX-License-Identifier: EUPL-1.2
// Travel allowance on the payslip: the cao amount per km, tax-free up to the werkkostenregeling
// amount per km (Wet LB 1964 art. 31a lid 2 sub b); the rest is taxed with the regular wage.

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

TravelAllowance travel_allowance(const PayslipFacts& f, std::vector<PayslipLine>& lines) {
  const PeriodRules& pr = *f.rules;
  const Employee& e = *f.employee;
  TravelAllowance out;
  if (e.commute_km_per_period.sign() <= 0) return out;
  const Money per_km = pr.cao().travel_allowance_per_km;
  Trace t = new_trace(f, "travel allowance");
  const Money allowance = Money::round(e.commute_km_per_period * per_km.decimal(), kProRataHalfUp);
  const Money free = min(allowance, Money::round(e.commute_km_per_period * pr.tax_free_per_km().decimal(), kProRataHalfUp));
  out.untaxed = free;
  out.taxed = allowance - free;
  if (f.with_traces) {
    t.step("travel allowance", allowance.str(), e.commute_km_per_period.str() + " km × " + per_km.str() + " (cao)");
    t.step("tax-free part", free.str(), "at most " + pr.tax_free_per_km().str() + " per km (Wet LB 1964 art. 31a lid 2 sub b)");
  }
  add_line(lines, LineCode::TravelAllowance, "Reiskostenvergoeding (onbelast)", LineKind::Untaxed,
                                LineQuantity::kilometres(e.commute_km_per_period), LineRate::amount(per_km), free, std::move(t));
  if (out.taxed.sign() > 0) {
    add_line(lines, LineCode::TravelAllowanceTaxed, "Reiskostenvergoeding (belast)", LineKind::Earning, std::nullopt,
                                  std::nullopt, out.taxed);
  }
  return out;
}

}  // namespace basisbaan
