// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the exports read: one payroll run of one employer for one period, with every employee's
// record and payslip, and the corrections of earlier periods made in it. The store fills this
// from the database; tests fill it from payslips computed directly.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/payroll/employee.hpp"
#include "basisbaan/payroll/payslip.hpp"

namespace basisbaan {

/// A correction of an earlier period whose difference this payslip settles (the line
/// correction_earlier_period), as the employee's payslip explains it.
struct SettledCorrection {
  PayPeriod period;    ///< the earlier period corrected
  std::string reason;  ///< why it was corrected (the clerk's text; may be empty)
  Money gross;         ///< difference in gross wage
  Money wage_tax;      ///< difference in wage tax withheld
  Money net;           ///< difference in net pay: paid (or reclaimed if negative) with this payslip
};

/// One employee in a run: the record the payslip was computed from, the payslip, and what the
/// payslip shows besides the pay (both optional: shown only when known).
struct RunEmployee {
  Employee employee;  ///< the record the payslip was computed from
  Payslip payslip;  ///< as stored
  std::optional<Decimal> leave_balance_hours;     ///< statutory + extra leave left, in hours
  std::optional<Rate> wage_continuation;          ///< share of the wage paid during sickness this period
  std::optional<Decimal> absence_percentage;      ///< sick hours / contract hours × 100 in the period
  /// The arbeidskorting applied in this period (VerrArbKrt): the year-to-date figure minus the
  /// one after the previous stored period of the same year; the year-to-date figure itself when
  /// there is none. Set by load_wage_tax_return_data; none: not known.
  std::optional<Money> arbeidskorting_in_period;
  /// The corrections of earlier periods this payslip settles, oldest run first (load_run_data).
  std::vector<SettledCorrection> corrections_settled;
};

/// A correction of an earlier period made with this run: the payslips as filed before and as
/// they are now, for the employees whose pay changed.
struct CorrectionRun {
  PayPeriod period;  ///< the earlier period corrected
  std::vector<RunEmployee> before;  ///< as filed in the earlier return
  std::vector<RunEmployee> after;   ///< as corrected; same employees, same order
  /// Every payslip of the corrected period as filed before this correction (for the saldo over
  /// the whole period). Empty when not loaded.
  std::vector<RunEmployee> period_before;
  /// Every payslip of the corrected period as it stands after this correction: the corrected
  /// period's whole collective part (TijdvakCorrectie). Empty when not loaded (the correction's
  /// collective part is then not written).
  std::vector<RunEmployee> period_after;
};

/// One closed (or open) payroll run of one employer for one period, as the exports read it.
struct RunData {
  Employer employer;  ///< as used by the run
  PayPeriod period;  ///< the period paid
  bool closed = false;                  ///< the run is final: nothing may be exported from an open run
  std::vector<RunEmployee> employees;   ///< in personnel-number order
  std::vector<CorrectionRun> corrections;  ///< corrections of earlier periods made with this run, by period
};

/// Throws InputError "period P: the run is not closed ..." unless the run is closed.
void require_closed(const RunData& run);

}  // namespace basisbaan
