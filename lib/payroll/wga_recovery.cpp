// SPDX-License-Identifier: EUPL-1.2
// The WGA premium recovered from the employee (Wfsv art. 39a), while the cao allows it.

#include "basisbaan/law/employee_insurance.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

namespace {

/// What the WGA premium is recovered over: the premium wage this period, up to the cumulative
/// maximum (law/employee_insurance.hpp capped_wage), as the employer's own premium is (Wfsv
/// art. 34 lid 2: at most half of that premium); the gross in rules copies stored before
/// cao.wga.recovery_on_premium_wage existed, which replay as they were.
Money recovery_base(const PayslipFacts& f, Money gross, Money levy_wage, const YearToDate& so_far, Trace& t) {
  const PeriodRules& pr = *f.rules;
  if (!pr.cao().wga_recovery_on_premium_wage) return gross;
  if (f.with_traces) {
    pr.rules().integer("cao.wga.recovery_on_premium_wage", pr.pay_date(), &t);
    pr.rules().amount("premium.max_premium_wage", pr.pay_date(), &t);
  }
  const PayPeriod& p = pr.period();
  const Money base = capped_wage(levy_wage, so_far.premium_wage, pr.insurance().max_premium_wage, p.number(),
                                 PayPeriod::count_in_year(p.kind(), p.year()));
  if (f.with_traces) {
    t.step("premium wage", base.str(),
           levy_wage.str() + " up to the cumulative maximum premium.max_premium_wage (" + so_far.premium_wage.str() +
               " counted earlier this year), as the employer's WGA premium (cao.wga.recovery_on_premium_wage)");
  }
  return base;
}

}  // namespace

WgaRecovery wga_recovery(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money gross, Money levy_wage,
                         const YearToDate& so_far) {
  const CaoAanDeSlagTerms& cao = f.rules->cao();
  const Employer& employer = *f.employer;
  WgaRecovery out;
  if (!cao.wga_recovered || employer.whk_wga_rate.fraction().sign() <= 0 || !f.insured) return out;
  Trace t = new_trace(f, "WGA recovery");
  if (f.with_traces) {  // the cao's parameters with their value, date and source (the prepared terms hold the values)
    f.rules->rules().integer("cao.wga.recover_from_employee", f.rules->pay_date(), &t);
    f.rules->rules().rate("cao.wga.employee_share", f.rules->pay_date(), &t);
  }
  const Money base = recovery_base(f, gross, levy_wage, so_far, t);
  out.amount = Money::round(base * employer.whk_wga_rate * cao.wga_employee_share.fraction(), kDeductionDown);
  if (f.with_traces) {
    t.result("WGA premium recovered", out.amount.str(),
             base.str() + " × WGA rate " + employer.whk_wga_rate.str() + " × share " + cao.wga_employee_share.str() +
                 " (cao.wga.recover_from_employee, cao.wga.employee_share); lowers the wage for wage tax; " + std::string(kDeductionDown.rule));
  }
  const Rate effective = Rate::fraction(employer.whk_wga_rate.fraction() * cao.wga_employee_share.fraction());
  add_line(lines, LineCode::WgaRecovery, "Verhaalde WGA-premie", LineKind::Deduction, LineQuantity::euros(base),
                                LineRate::of(effective), out.amount, std::move(t));
  return out;
}

}  // namespace basisbaan
