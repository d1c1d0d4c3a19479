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
  Money gross;
  Money wage_tax;
  Money net;
  Money employer_cost;
};

/// The totals of `run`'s own payslips (not of its corrections).
RunTotals run_totals(const StoredRun& run);

/// One employee's difference from a correction run, paid with a later period.
struct PaidCorrection {
  std::int64_t run = 0;          ///< the correction run
  std::string corrected_period;  ///< label of the period corrected, e.g. "2026-01"
  std::string employee_id;
  Money gross;
  Money wage_tax;
  Money net;                     ///< paid (negative: reclaimed) on top of the period's payslip
};

/// The corrections paid with `period`, oldest run first, employees in order.
std::vector<PaidCorrection> corrections_paid_in(const Database& db, const PayPeriod& period);

/// The net total of `corrections`.
Money total_net(const std::vector<PaidCorrection>& corrections);

}  // namespace basisbaan::app
