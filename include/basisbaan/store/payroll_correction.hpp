// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Correcting a closed payroll period after a retroactive change: the differences are stored as a
// correction run and paid in a later period (docs/store.md, "Payroll runs").

#include <optional>
#include <string>

#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// What correct_period stored.
struct CorrectionOutcome {
  std::optional<StoredRun> run;  ///< the correction run stored; none when nothing changed
  bool pay_in_run_is_stale = false;  ///< the period paying the difference was computed before; run it again
};

/// Recomputes the closed `period` with today's administration and `rules`, from the opening
/// state each payslip had. Employees whose payslip changes get a correction payslip; the
/// differences are stored with a reference to the corrected run and paid in the first period
/// after the last closed one. Nothing changed: nothing is stored.
CorrectionOutcome correct_period(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason);

}  // namespace basisbaan
