// SPDX-License-Identifier: EUPL-1.2
// The WGA premium recovered from the employee (Wfsv art. 39a), while the cao allows it.

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

WgaRecovery wga_recovery(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money gross) {
  const CaoAanDeSlagTerms& cao = f.rules->cao();
  const Employer& employer = *f.employer;
  WgaRecovery out;
  if (!cao.wga_recovered || employer.whk_wga_rate.fraction().sign() <= 0 || !f.insured) return out;
  Trace t = new_trace(f, "WGA recovery");
  if (f.with_traces) {  // the cao's parameters with their value, date and source (the prepared terms hold the values)
    f.rules->rules().integer("cao.wga.recover_from_employee", f.rules->pay_date(), &t);
    f.rules->rules().rate("cao.wga.employee_share", f.rules->pay_date(), &t);
  }
  out.amount = Money::round(gross * employer.whk_wga_rate * cao.wga_employee_share.fraction(), kDeductionDown);
  if (f.with_traces) {
    t.result("WGA premium recovered", out.amount.str(),
             gross.str() + " × WGA rate " + employer.whk_wga_rate.str() + " × share " + cao.wga_employee_share.str() +
                 " (cao.wga.recover_from_employee, cao.wga.employee_share); lowers the wage for wage tax; " + std::string(kDeductionDown.rule));
  }
  const Rate effective = Rate::fraction(employer.whk_wga_rate.fraction() * cao.wga_employee_share.fraction());
  add_line(lines, LineCode::WgaRecovery, "Verhaalde WGA-premie", LineKind::Deduction, LineQuantity::euros(gross),
                                LineRate::of(effective), out.amount, std::move(t));
  return out;
}

}  // namespace basisbaan
