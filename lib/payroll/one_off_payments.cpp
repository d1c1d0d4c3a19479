// SPDX-License-Identifier: EUPL-1.2
// One-off payments agreed for a period (e.g. a cao one-off amount), pro rata to the contract hours.

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

IrregularPay one_off_payments(const PayslipFacts& f, std::vector<PayslipLine>& lines) {
  const PeriodRules& pr = *f.rules;
  const Employee& e = *f.employee;
  IrregularPay out;
  for (const auto& o : e.one_off_payments) {
    if (o.period != pr.period().label()) continue;
    Trace t = new_trace(f, "one-off payment");
    const Decimal hours_fraction = divide(e.hours_per_week.value(), pr.cao().full_time_hours, kFraction);
    const Money amount = Money::round(o.full_time_amount * hours_fraction, kProRataHalfUp);
    if (f.with_traces) t.result(o.description, amount.str(), o.full_time_amount.str() + " full-time × " + hours_fraction.str());
    out.total += amount;
    add_line(lines, LineCode::OneOffPayment, o.description.empty() ? LineText("Eenmalige uitkering") : LineText(o.description),
                                  LineKind::SpecialEarning, std::nullopt, std::nullopt, amount, std::move(t));
  }
  return out;
}

}  // namespace basisbaan
