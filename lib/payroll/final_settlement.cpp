// SPDX-License-Identifier: EUPL-1.2
// The final payslip: the leave hours not taken paid out (art. 7:641 BW). The holiday-allowance
// reserve is paid by holiday_allowance (holiday_allowance.cpp) when final_settlement_due.

#include "basisbaan/payroll/final_settlement.hpp"

#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

namespace {

// The same rounding as the leave ledger's payout (employment/leave_ledger.cpp), so that the
// payslip pays what `leave show` says.
inline constexpr NamedRounding kLeavePayoutHalfUp{2, Rounding::HalfUp, "art. 7:641 BW payout: hours × hourly wage, half up to cents"};

}  // namespace

bool final_settlement_due(const PayslipFacts& f) noexcept {
  const Employee& e = *f.employee;
  return e.final_settlement && e.employed_until && f.rules->period().contains(*e.employed_until);
}

LeavePayout leave_payout(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money hourly) {
  LeavePayout out;
  if (!final_settlement_due(f)) return out;
  const Hours& hours = f.employee->final_settlement->leave_hours;
  if (hours.value().sign() == 0) return out;
  out.amount = Money::round(hours.value() * hourly.decimal(), kLeavePayoutHalfUp);
  Trace t = new_trace(f, "leave payout");
  if (f.with_traces) {
    t.input("leave hours remaining on the last day of employment", hours.str());
    t.input("hourly wage", hourly.str());
    t.step("end of employment", to_string(*f.employee->employed_until),
           "art. 7:641 lid 1 BW: the leave not taken when the employment ends is paid out");
    t.result("leave payout", out.amount.str(), hours.str() + " × " + hourly.str() + "; " + std::string(kLeavePayoutHalfUp.rule));
  }
  add_line(lines, LineCode::LeavePayout, kLeavePayoutText, LineKind::SpecialEarning, LineQuantity::hours(hours.value()),
           LineRate::amount(hourly), out.amount, std::move(t));
  return out;
}

}  // namespace basisbaan
