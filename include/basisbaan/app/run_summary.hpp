// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What a back office reads off a stored payroll run at a glance: the totals of its payslips, and
// the corrections of earlier periods whose differences are paid with it. The command line's run
// tables and JSON (app/run_json.hpp) are views of these.

#include <cstdint>
#include <string>
#include <vector>

#include "basisbaan/store/database.hpp"

namespace basisbaan::app {

/// The sums over a run's payslips, to the cent.
struct RunTotals {
  std::size_t employees = 0;  ///< payslips in the run
  Money gross;  ///< sum of gross wages
  Money wage_tax;  ///< sum of wage tax withheld
  Money net;  ///< sum of net pay
  Money employer_cost;  ///< sum of the employer's cost
};

/// The totals of `run`'s own payslips (not of its corrections).
RunTotals run_totals(const StoredRun& run);

/// One employee's difference from a correction run, paid with a later period.
struct PaidCorrection {
  std::int64_t run = 0;          ///< the correction run
  std::string corrected_period;  ///< label of the period corrected, e.g. "2026-01"
  std::string employee_id;  ///< whose pay changed
  Money gross;  ///< difference in gross wage
  Money wage_tax;  ///< difference in wage tax withheld
  Money net;                     ///< paid (negative: reclaimed) on top of the period's payslip
};

/// The corrections paid with `period`, oldest run first, employees in order.
std::vector<PaidCorrection> corrections_paid_in(const Database& db, const PayPeriod& period);

/// One version of an employee's payslip for a period: the regular run's, or a correction's.
struct PayslipVersion {
  const StoredRun* run = nullptr;          ///< the run holding it (points into the StoredRun given)
  const StoredPayslip* payslip = nullptr;  ///< the payslip in that run
};

/// The employee's payslips in `run` and then in each of its corrections, in that order (empty
/// when the employee has none). Points into `run`, which must outlive the result.
std::vector<PayslipVersion> payslip_versions(const StoredRun& run, const std::string& employee_id);

/// The net total of `corrections`.
Money total_net(const std::vector<PaidCorrection>& corrections);

}  // namespace basisbaan::app
