// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Computing a payroll period in the employer's database: every active employee in one transaction
// (with the inputs, the rules and the payslips stored), and closing it. The rules of the game are
// in docs/store.md ("Payroll runs"). Correcting a closed period: store/payroll_correction.hpp;
// replaying a stored run: store/payroll_replay.hpp; all three: store/payroll_runs.hpp.

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// What run_payroll stored and noticed.
struct RunOutcome {
  StoredRun run;                   ///< as stored, with its payslips' totals but without their lines (Database::load_run has them)
  bool replaced = false;           ///< an open run of the period was replaced
  std::vector<std::string> notes;  ///< e.g. sickness and wage continuation remarks, corrections paid in the period
};

/// What a program wants to see of a run while it is made; by default nothing.
struct RunOptions {
  /// Called with (payslips stored, payslips to store): once with 0 before the first payslip is
  /// stored, then once for each payslip after the statement that inserted it (payslips are
  /// inserted in groups of up to 64, so the calls for a group come together). It runs inside the run's write transaction, so the database
  /// stays locked for writing while it runs; an exception it throws aborts the run (nothing is
  /// stored).
  std::function<void(std::size_t stored, std::size_t total)> progress;
  /// When set, the wall and processor time of each phase of the run is written here, one line
  /// per phase ("profile run: … us wall … us cpu"), for measurements (docs/performance.md).
  std::ostream* profile = nullptr;
};

/// Computes `period` for every employee employed in it (and paid per that kind of period) and
/// stores the run: all or nothing. The year-to-date figures, the holiday-allowance reserve and
/// last year's wage are carried from the employee's payslip in the previous stored run (or
/// computed from the employment start when the employee has none), plus the differences of
/// corrections paid in this period. An open run of the period is replaced; a closed one is an
/// InputError, as is a period after a gap or before a stored run. When another process is
/// writing, throws StoreError "period P is being computed …" at once.
RunOutcome run_payroll(Database& db, const RuleBook& rules, const PayPeriod& period, const RunOptions& options = {});

/// Closes the regular run of `period`: from then on the database refuses every change to it.
/// The previous period must be closed first, and corrections paid in the period must be in it.
StoredRun close_period(Database& db, const PayPeriod& period);

}  // namespace basisbaan
