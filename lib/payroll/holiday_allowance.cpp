// SPDX-License-Identifier: EUPL-1.2
// Holiday allowance (vakantiebijslag) on the payslip: accrued every period over the wage paid,
// paid in May (as irregular pay) or with every period's wage; on the final payslip the reserve
// is paid out at the end of employment (final_settlement.hpp).

#include "basisbaan/payroll/final_settlement.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

namespace {

/// The allowance over the leave payout of a final payslip: the payout is wage at the employer's
/// charge for hours of leave (Wml art. 15 lid 1; docs/payslip-input.md "Final settlement"), one
/// rounding of its own, so the accrual over the basic wage is the one computed before.
Money accrual_on_leave_payout(const PayslipFacts& f, Trace& t, Money leave_payout, const Rate& rate) {
  if (leave_payout.sign() == 0) return Money();
  const Money accrual = Money::round(leave_payout * rate, kHolidayUp);
  if (f.with_traces) {
    t.step("holiday allowance earned on the leave payout", accrual.str(),
           leave_payout.str() + " × " + rate.str() + " (Wml art. 15 lid 1: the payout under art. 7:641 BW is wage), " +
               std::string(kHolidayUp.rule));
  }
  return accrual;
}

}  // namespace

HolidayAllowance holiday_allowance(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money paid_basic, Money balance_before,
                                   Money leave_payout) {
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
  out.accrual_on_leave_payout = accrual_on_leave_payout(f, t, leave_payout, rate);
  out.accrual += out.accrual_on_leave_payout;
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
  if (final_settlement_due(f)) {
    // The whole reserve, this period's accrual included, with the last wage: once, also when the
    // last day is in May (the May payment is this one).
    out.special = out.balance_after;
    out.balance_after = Money();
    if (f.with_traces) {
      t.result("holiday allowance paid", out.special.str(),
               "the reserve up to and including this period, paid with the final pay: the allowance accrued under Wml "
               "art. 15 lid 1 is settled when the employment ends (docs/payslip-input.md \"Final settlement\")");
    }
    add_line(lines, LineCode::HolidayAllowancePayment, kFinalHolidayAllowanceText, LineKind::SpecialEarning, std::nullopt,
             LineRate::of(rate), out.special, std::move(t));
  } else if (P.contains(may31)) {
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
