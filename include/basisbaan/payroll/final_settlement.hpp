// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The final payslip (eindafrekening): in the period that holds the last day of employment the
// payslip pays the leave hours not taken (art. 7:641 BW) and the holiday-allowance reserve
// accrued up to and including that period, both as bijzondere beloningen (docs/payslip-input.md
// "Final settlement"). Only an employee whose input carries a FinalSettlement is settled, so a
// snapshot stored before this existed computes as it was computed.

#include <vector>

#include "basisbaan/payroll/payslip_parts.hpp"

namespace basisbaan {

/// The description of the holiday-allowance line of a final payslip (the May line reads
/// "Vakantiebijslag (uitbetaling mei)").
inline constexpr char kFinalHolidayAllowanceText[] = "Uitbetaling vakantiebijslag bij einde dienstverband";
/// The description of the leave payout line.
inline constexpr char kLeavePayoutText[] = "Uitbetaling resterend verlof (art. 7:641 BW)";

/// True when this period's payslip is the final one: the employee carries a FinalSettlement and
/// the last day of employment (`employed_until`) lies in the period.
bool final_settlement_due(const PayslipFacts& f) noexcept;

/// The leave payout (the leave_payout line).
struct LeavePayout {
  Money amount;  ///< paid as a bijzondere beloning; zero when no settlement is due or no hours remain
};
/// When final_settlement_due: FinalSettlement::leave_hours × `hourly` (the payslip's hourly wage:
/// the agreed wage, at least the statutory minimum for the age), half up to the cent as the leave
/// ledger's payout (art. 7:641 BW). No line when no settlement is due or the hours are zero.
LeavePayout leave_payout(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money hourly);

}  // namespace basisbaan
