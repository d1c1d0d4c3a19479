// SPDX-License-Identifier: EUPL-1.2
// Holiday allowance (vakantiebijslag) on the payslip: accrued every period over the wage paid,
// paid in May (as irregular pay) or with every period's wage.

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

HolidayAllowance holiday_allowance(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money paid_basic, Money balance_before) {
  const PeriodRules& pr = *f.rules;
  const PayPeriod& P = pr.period();
  HolidayAllowance out;
  // The cao rate, at least the Wml 8 %.
  const Rate statutory = pr.statutory_holiday_allowance_rate();
  const Rate rate = pr.cao().holiday_allowance_rate < statutory ? statutory : pr.cao().holiday_allowance_rate;
  Trace t = new_trace(f, "holiday allowance");
  // Over the wage paid, during sickness the wage continued (Wml art. 15 lid 1: 8 % "van zijn ten
  // laste van de werkgever komende loon"; UNCONFIRMED for the cao, docs/payslip-input.md "Sickness").
  out.accrual = Money::round(paid_basic * rate, kHolidayUp);
  if (f.with_traces) {
    t.step("holiday allowance earned", out.accrual.str(),
           paid_basic.str() + " × " + rate.str() + " (cao Aan de Slag; Wml art. 15: at least 8 %), " + std::string(kHolidayUp.rule));
  }
  out.balance_after = balance_before;
  if (f.employer->holiday_allowance == HolidayAllowancePayment::EveryPeriod) {
    out.regular = out.accrual;
    add_line(lines, LineCode::HolidayAllowance, "Vakantiebijslag", LineKind::Earning, std::nullopt, LineRate::of(rate),
                                  out.accrual, std::move(t));
    return out;
  }
  out.reserved = out.accrual;
  out.balance_after += out.accrual;
  const Date may31{date::year{P.year()}, date::May, date::day{31}};
  if (P.contains(may31)) {
    out.special = out.balance_after;
    out.balance_after = Money();
    if (f.with_traces) t.result("holiday allowance paid", out.special.str(), "the reserve of June last year up to and including May");
    add_line(lines, LineCode::HolidayAllowancePayment, "Vakantiebijslag (uitbetaling mei)", LineKind::SpecialEarning,
                                  std::nullopt, LineRate::of(rate), out.special, std::move(t));
  } else {
    add_line(lines, LineCode::HolidayAllowanceReserved, "Reservering vakantiebijslag", LineKind::Info, std::nullopt,
                                  LineRate::of(rate), out.accrual, std::move(t));
  }
  return out;
}

}  // namespace basisbaan
