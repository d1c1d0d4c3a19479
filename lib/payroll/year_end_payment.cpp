// SPDX-License-Identifier: EUPL-1.2
// The cao end-of-year payment (eindejaarsuitkering) on the payslip.

#include <algorithm>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

IrregularPay year_end_payment(const PayslipFacts& f, std::vector<PayslipLine>& lines) {
  const PeriodRules& pr = *f.rules;
  const CaoAanDeSlagTerms& cao = pr.cao();
  const Employee& e = *f.employee;
  const int year = pr.period().year();
  IrregularPay out;
  // Paid in the period that holds 31 December, pro rata to the contract hours and to the days
  // employed in the year. Sick days are days employed: not lowered by wage continuation
  // (UNCONFIRMED, docs/payslip-input.md "Sickness").
  const Date dec31{date::year{year}, date::December, date::day{31}};
  if (!pr.period().contains(dec31) || cao.year_end_payment_full_time.sign() <= 0) return out;
  Trace t = new_trace(f, "end-of-year payment");
  const Date year_start{date::year{year}, date::January, date::day{1}};
  const Date from = std::max(year_start, e.employed_since);
  const Date to = e.employed_until ? std::min(dec31, *e.employed_until) : dec31;
  const Decimal days_fraction = divide(Decimal(days_between(from, to) + 1), Decimal(days_between(year_start, dec31) + 1), kFraction);
  const Decimal hours_fraction = divide(e.hours_per_week.value(), cao.full_time_hours, kFraction);
  out.total = Money::round(cao.year_end_payment_full_time * hours_fraction * days_fraction, kProRataHalfUp);
  if (f.with_traces) {
    const RuleBook& rules = pr.rules();
    t.parameter("cao.year_end_payment.amount", cao.year_end_payment_full_time.str(), to_string(pr.pay_date()),
                source_of(rules.parameter("cao.year_end_payment.amount"), rules.value_at("cao.year_end_payment.amount", pr.pay_date())));
    t.result("end-of-year payment", out.total.str(),
             cao.year_end_payment_full_time.str() + " × " + e.hours_per_week.str() + "/" + cao.full_time_hours.str() + " hours × " +
                 days_fraction.str() + " of the year employed; " + std::string(kProRataHalfUp.rule));
  }
  add_line(lines, LineCode::YearEndPayment, "Eindejaarsuitkering", LineKind::SpecialEarning, std::nullopt, std::nullopt,
                                out.total, std::move(t));
  return out;
}

}  // namespace basisbaan
