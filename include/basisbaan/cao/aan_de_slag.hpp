// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The terms of the cao Aan de Slag that payroll applies on a date: full-time week, holiday
// allowance, end-of-year payment, travel allowance, pension (PWRI) and the WGA recovery. Many of
// the cao's numbers could not be verified against its text (docs/cao-aan-de-slag.md); those are
// listed in `unconfirmed` so that a payslip can say so, and the employer can override them.

#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The terms of the cao Aan de Slag in force on one date, as payroll applies them.
struct CaoAanDeSlagTerms {
  std::string version;  ///< the cao version in force (rules text)
  Decimal full_time_hours;            ///< cao.working_week.full_time_hours
  Rate holiday_allowance_rate;        ///< cao.holiday_allowance.rate (at least the Wml 8 %)
  Money year_end_payment_full_time;   ///< cao.year_end_payment.amount, per year for a full-time job
  Money travel_allowance_per_km;      ///< cao.travel_allowance.per_km
  Rate pension_premium_rate;          ///< cao.pension.premium_rate (PWRI)
  Money pension_franchise;            ///< cao.pension.franchise (per year, full-time)
  Decimal pension_part_time_basis_hours;  ///< weekly hours the pension's part-time factor is taken over
  /// cao.pension.base_includes_allowances: the pension base counts the holiday allowance and the
  /// end-of-year payment (PWRI's pensioengevend jaarinkomen). False for rules stored without it.
  bool pension_base_includes_allowances = false;
  /// cao.pension.premium_part_period: a period employed in part pays the premium pro rata to the
  /// weekdays employed. False for rules stored without it (those runs charged the whole period).
  bool pension_premium_part_period = false;
  /// cao.wga.recovery_on_premium_wage: the WGA premium is recovered over the premium wage (up to
  /// the maximum premium wage), not over the gross wage. False in rules copies stored before it.
  bool wga_recovery_on_premium_wage = false;
  bool wga_recovered = false;         ///< cao.wga.recover_from_employee
  Rate wga_employee_share;            ///< share of the employer's WGA premium borne by the employee
  std::vector<std::string> unconfirmed;  ///< parameters whose value on the date is not confirmed

  /// The terms in force on `on`; with a trace, each parameter with its source and status.
  static CaoAanDeSlagTerms load(const RuleBook& rules, const Date& on, Trace* trace = nullptr);
};

}  // namespace basisbaan
