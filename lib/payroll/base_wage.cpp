// SPDX-License-Identifier: EUPL-1.2
// The hourly wage and the basic wage of the period.

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/minimum_wage.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

BaseWage base_wage(const PayslipFacts& f, std::vector<PayslipLine>& lines) {
  const PeriodRules& pr = *f.rules;
  const PayPeriod& P = pr.period();
  const Employee& e = *f.employee;
  BaseWage out;

  // Hourly wage: the agreed (cao scale) wage, at least the statutory minimum for the age on the
  // pay date (the later date: the minimum only rises, so this is in the employee's favour).
  Trace wage_trace = new_trace(f, "hourly wage");
  // The minimum looked up once per period (PeriodRules), unless the payslip is traced or the
  // prepared rules leave this employee to minimum_wage() (the same values; issue 18).
  std::optional<MinimumWageOfDate::ForEmployee> prepared;
  if (!f.with_traces && pr.minimum_wage()) prepared = pr.minimum_wage()->for_employee(f.age, e.hours_per_week);
  if (!prepared) {
    const MinimumWage full = minimum_wage(pr.rules(), pr.pay_date(), f.age, e.hours_per_week, trace_ptr(f, wage_trace));
    prepared = MinimumWageOfDate::ForEmployee{full.hourly, *full.hours_per_year};
  }
  const MinimumWageOfDate::ForEmployee& wml = *prepared;
  Money hourly = wml.hourly;
  if (e.agreed_hourly_wage && *e.agreed_hourly_wage > hourly) hourly = *e.agreed_hourly_wage;
  if (f.with_traces) {
    wage_trace.result("hourly wage", hourly.str(),
                      e.agreed_hourly_wage ? "the higher of the agreed " + e.agreed_hourly_wage->str() + " and the minimum " + wml.hourly.str()
                                           : "the statutory minimum (no agreed hourly wage)");
  }
  out.hourly = hourly;
  out.minimum_hourly = wml.hourly;
  add_line(lines, LineCode::HourlyWage, e.scale.empty() ? LineText("Uurloon") : LineText("Uurloon (" + e.scale + ")"),
                                LineKind::Info, std::nullopt, std::nullopt, hourly, std::move(wage_trace));

  // Basic wage for the period (SZW Kennisdocument method for fixed period wages).
  Trace basic_trace = new_trace(f, "basic wage");
  Decimal hours_in_period;
  switch (P.kind()) {
    case PeriodKind::Month: hours_in_period = divide(wml.hours_per_year.value(), Decimal(12), 4, Rounding::HalfUp); break;
    case PeriodKind::FourWeeks: hours_in_period = e.hours_per_week.value() * Decimal(4); break;
    case PeriodKind::Week: hours_in_period = e.hours_per_week.value(); break;
    case PeriodKind::Quarter: hours_in_period = divide(wml.hours_per_year.value(), Decimal(4), 4, Rounding::HalfUp); break;
    case PeriodKind::Year: throw InputError("employee " + e.id + ": payroll runs per month, four weeks, week or quarter");
  }
  Money basic;
  if (P.kind() == PeriodKind::Month || P.kind() == PeriodKind::Quarter) {
    const Decimal per = P.kind() == PeriodKind::Month ? Decimal(12) : Decimal(4);
    basic = Money::exact(divide(wml.hours_per_year.value() * hourly.decimal(), per, kWageUp));
  } else {
    basic = Money::round(hours_in_period * hourly.decimal(), kWageUp);
  }
  if (f.with_traces) {
    basic_trace.step("hours in the period", hours_in_period.str(),
                     P.kind() == PeriodKind::Month ? "hours per year (workable weekdays × weekly hours / 5) / 12" : "weekly hours × weeks");
    basic_trace.step("basic wage, whole period", basic.str(), "hours × " + hourly.str() + ", " + std::string(kWageUp.rule));
  }
  out.period_basic = basic;
  if (f.employed_weekdays < f.period_weekdays) {
    const Decimal fraction = divide(Decimal(f.employed_weekdays), Decimal(f.period_weekdays), kFraction);
    basic = Money::round(basic * fraction, kWageUp);
    hours_in_period = divide(hours_in_period * Decimal(f.employed_weekdays), Decimal(f.period_weekdays), 4, Rounding::HalfUp);
    if (f.with_traces) {
      basic_trace.step("part of the period employed", fraction.str(),
                       std::to_string(f.employed_weekdays) + " of " + std::to_string(f.period_weekdays) + " weekdays");
    }
  }
  if (f.with_traces) basic_trace.result("basic wage", basic.str());
  out.basic = basic;
  add_line(lines, LineCode::BasicWage, "Salaris", LineKind::Earning, LineQuantity::hours(hours_in_period),
                                LineRate::amount(hourly), basic, std::move(basic_trace));
  return out;
}

}  // namespace basisbaan
