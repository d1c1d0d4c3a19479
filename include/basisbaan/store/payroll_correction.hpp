// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Correcting a closed payroll period after a retroactive change: the differences are stored as a
// correction run and paid in a later period (docs/store.md, "Payroll runs").

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// What correct_period stored.
struct CorrectionOutcome {
  std::optional<StoredRun> run;  ///< the correction run stored; none when nothing changed
  bool pay_in_run_is_stale = false;  ///< the period paying the difference was computed before; run it again
  /// The corrections of leavers' closed final periods made with it: a leaver whose
  /// holiday-allowance reserve the correction changed gets it paid out with the final settlement,
  /// so their final period is corrected too (for them only), paid in the same period.
  std::vector<StoredRun> final_periods;
};

/// Recomputes the closed `period` with today's administration and `rules`, from the opening
/// state each payslip had. Employees whose payslip changes get a correction payslip; the
/// differences are stored with a reference to the corrected run and paid in the first period
/// after the last closed one. Nothing changed: nothing is stored. A leaver whose final period is
/// closed and whose holiday-allowance reserve changed also gets a correction of that final period.
CorrectionOutcome correct_period(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason);

}  // namespace basisbaan
