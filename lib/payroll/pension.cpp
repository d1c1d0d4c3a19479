// SPDX-License-Identifier: EUPL-1.2
// Pension (PWRI) on the payslip: the premium over the pension base and its split.

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

Pension pension(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money hourly) {
  const PeriodRules& pr = *f.rules;
  const CaoAanDeSlagTerms& cao = pr.cao();
  const Employee& e = *f.employee;
  Pension out;
  // The base is the yearly wage from the hourly wage, so sickness does not lower it
  // (UNCONFIRMED, docs/payslip-input.md "Sickness").
  Trace t = new_trace(f, "pension");
  if (f.with_traces) {  // the cao's parameters with their value, date and source (the prepared terms hold the values)
    pr.rules().rate("cao.pension.premium_rate", pr.pay_date(), &t);
    pr.rules().amount("cao.pension.franchise", pr.pay_date(), &t);
    pr.rules().decimal("cao.pension.part_time_basis_hours", pr.pay_date(), &t);
  }
  const Decimal full_time_annual = hourly.decimal() * cao.full_time_hours * Decimal(52);
  // From 2027 (cao.pension.base_includes_allowances) the pensionable annual income is PWRI's
  // pensioengevend jaarinkomen: the annual wage plus the holiday allowance and the end-of-year
  // payment (https://www.pwri.nl/over-pwri/uw-premiebijdrage; docs/cao-aan-de-slag.md §2.7),
  // kept exact — only the premium is rounded.
  Decimal allowances;
  Rate holiday_rate;
  if (cao.pension_base_includes_allowances) {
    const Rate statutory = pr.statutory_holiday_allowance_rate();
    holiday_rate = cao.holiday_allowance_rate < statutory ? statutory : cao.holiday_allowance_rate;
    allowances = full_time_annual * holiday_rate.fraction() + cao.year_end_payment_full_time.decimal();
  }
  const Decimal base_year = max(Decimal(), full_time_annual + allowances - cao.pension_franchise.decimal());
  const Decimal ptf = min(Decimal(1), divide(e.hours_per_week.value(), cao.pension_part_time_basis_hours, kFraction));
  const int F = f.periods_per_year;
  // Premium is owed over the participation, which starts and ends with the employment: a period
  // employed in part pays the same share of the period's premium as of the basic wage (weekdays
  // employed / weekdays in the period; cao.pension.premium_part_period, docs/payslip-input.md
  // "Pension", a documented choice).
  const bool part_period = cao.pension_premium_part_period && f.employed_weekdays < f.period_weekdays;
  const Decimal year_premium = base_year * ptf * cao.pension_premium_rate.fraction();
  const Money premium = Money::round(
      part_period ? divide(year_premium * Decimal(f.employed_weekdays), Decimal(F) * Decimal(f.period_weekdays), 6, Rounding::Down)
                  : divide(year_premium, Decimal(F), 6, Rounding::Down),
      kPremiumDown);
  const Rate share = f.employer->pension_employee_share.value_or(Rate());
  out.employee = Money::round(premium * share, kDeductionDown);
  out.employer = premium - out.employee;
  if (f.with_traces) {
    if (cao.pension_base_includes_allowances) {
      t.step("pension base (year, full-time)", base_year.str(),
             hourly.str() + " × " + cao.full_time_hours.str() + " h × 52 × (1 + holiday allowance " + holiday_rate.str() +
                 ") + end-of-year payment " + cao.year_end_payment_full_time.str() + " − franchise " + cao.pension_franchise.str() +
                 " (cao.pension.base_includes_allowances)");
    } else {
      t.step("pension base (year, full-time)", base_year.str(),
             hourly.str() + " × " + cao.full_time_hours.str() + " h × 52 − franchise " + cao.pension_franchise.str());
    }
    t.step("part-time factor", ptf.str(), e.hours_per_week.str() + " / " + cao.pension_part_time_basis_hours.str());
    const std::string part = part_period ? " × " + std::to_string(f.employed_weekdays) + "/" + std::to_string(f.period_weekdays) +
                                               " weekdays employed (cao.pension.premium_part_period)"
                                         : std::string();
    t.result("pension premium this period", premium.str(),
             "base × factor × " + cao.pension_premium_rate.str() + " / " + std::to_string(F) + part + " (PWRI; " +
                 std::string(kPremiumDown.rule) + ")");
  }
  if (out.employee.sign() > 0) {
    add_line(lines, LineCode::PensionEmployee, "Pensioenpremie werknemer (PWRI)", LineKind::Deduction, std::nullopt,
                                  LineRate::of(share), out.employee);
  }
  add_line(lines, LineCode::PensionEmployer, "Pensioenpremie werkgever (PWRI)", LineKind::Employer, std::nullopt,
                                std::nullopt, out.employer, std::move(t));
  return out;
}

}  // namespace basisbaan
