// SPDX-License-Identifier: EUPL-1.2
// The employer's Zvw contribution and the premiums for the employee insurances on the payslip
// (Zvw art. 43; Wfsv): computed by law/employee_insurance, shown as lines.

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

EmployerPremiums employer_premiums(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money levy_wage,
                                   const YearToDate& so_far) {
  const PeriodRules& pr = *f.rules;
  const Employee& e = *f.employee;
  const Employer& employer = *f.employer;
  const EmployeeInsuranceParameters& ins = pr.insurance();
  const PayPeriod& P = pr.period();
  EmployerPremiums out;
  Trace t = new_trace(f, "employer contributions");
  // With a trace, the parameters the prepared rules hold are recorded with their value, date and
  // source, as a look-up by name records them (the computation uses the prepared values).
  if (f.with_traces) EmployeeInsuranceParameters::load(pr.rules(), pr.pay_date(), &t);
  const auto c = employer_contributions(ins,
                                        {levy_wage, so_far.zvw_wage, so_far.premium_wage, P.number(),
                                         PayPeriod::count_in_year(P.kind(), P.year()), e.permanent_contract, employer.small_employer,
                                         employer.whk_rate, f.insured},
                                        trace_ptr(f, t));
  out.zvw_wage = c.zvw_wage;
  out.premium_wage = c.premium_wage;
  out.total = c.total();
  add_line(lines, LineCode::Zvw, "Werkgeversheffing Zvw", LineKind::Employer, LineQuantity::euros(c.zvw_wage),
                                LineRate::of(ins.zvw_employer_rate), c.zvw, std::move(t));
  if (!f.insured) return out;
  const LineQuantity premium_wage = LineQuantity::euros(c.premium_wage);
  add_line(lines, LineCode::Awf, e.permanent_contract ? LineText("Premie AWf (laag)") : LineText("Premie AWf (hoog)"), LineKind::Employer,
                                premium_wage, LineRate::of(e.permanent_contract ? ins.awf_low : ins.awf_high), c.awf);
  add_line(lines, LineCode::Aof, employer.small_employer ? LineText("Premie Aof (laag)") : LineText("Premie Aof (hoog)"), LineKind::Employer,
                                premium_wage, LineRate::of(employer.small_employer ? ins.aof_low : ins.aof_high), c.aof);
  add_line(lines, LineCode::Wko, "Opslag kinderopvang (Wko)", LineKind::Employer, premium_wage, LineRate::of(ins.wko), c.wko);
  add_line(lines, LineCode::Whk, "Premie Whk", LineKind::Employer, premium_wage, LineRate::of(employer.whk_rate), c.whk);
  if (employer.type == EmployerType::Public) {
    // Wfsv art. 38: a public employer owes the Ufo premium over the same premium wage (after the
    // year's maximum) as the other employee-insurance premiums.
    Trace u = new_trace(f, "Ufo premium");
    const Rate ufo_rate = pr.rules().rate("premium.ufo", pr.pay_date(), trace_ptr(f, u));
    const Money ufo = Money::round(c.premium_wage * ufo_rate, kPremiumDown);
    if (f.with_traces) {
      u.result("Ufo", ufo.str(), c.premium_wage.str() + " × " + ufo_rate.str() + " (premium.ufo, public employer); " +
                                     std::string(kPremiumDown.rule));
    }
    out.total += ufo;
    add_line(lines, LineCode::Ufo, "Premie Ufo (overheidswerkgever)", LineKind::Employer, premium_wage,
                                  LineRate::of(ufo_rate), ufo, std::move(u));
  }
  return out;
}

}  // namespace basisbaan
