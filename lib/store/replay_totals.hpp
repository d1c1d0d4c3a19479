// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: what replay (payroll_replay.cpp) checks of a run beyond each payslip —
// the totals its payroll_runs row stores against the sums of the recomputed payslips, and a
// correction's stored differences (correction_totals, correction_lines) against the recomputed ones.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "run_parts.hpp"

namespace basisbaan::store_detail {

/// The latest recomputed version of each employee's payslip in the period being replayed (the
/// regular run's, then each correction's): what a correction's differences are taken against.
using PeriodVersions = std::map<std::string, RunPayslipVersion>;

/// The stored differences of correction run `id` (correction_totals with their correction_lines),
/// by employee; `employee`: that one only. The one reader: Database::load_run_by_id uses it too
/// (defined in database.cpp, which every build of the store has).
std::map<std::string, PayslipDifference> stored_differences(const Database& db, std::int64_t id,
                                                            const std::optional<std::string>& employee = std::nullopt);

/// Collects the recomputed payslips of one run and compares what the run stores about them.
class RunTotalsCheck {
 public:
  /// `versions`: the period's versions when it has corrections (nullptr: it has none);
  /// `employee`: replay of one employee only (the header's totals are then not compared).
  RunTotalsCheck(RunKind kind, PeriodVersions* versions, const std::optional<std::string>& employee);
  /// Adds the recomputed payslip of `employee_id`.
  void add(const std::string& employee_id, const Payslip& recomputed);
  /// A payslip of the run could not be recomputed (reported already): nothing more is compared.
  void failed() { failed_ = true; }
  /// Compares run `id`'s stored totals (and, for a correction, its stored differences) with the
  /// recomputed ones, one readable line per differing field into `differences`.
  void compare(const Database& db, std::int64_t id, const std::string& period, std::vector<std::string>& differences) const;

 private:
  RunKind kind_;
  PeriodVersions* versions_;
  const std::optional<std::string>& employee_;
  bool failed_ = false;
  std::int64_t payslips_ = 0;
  Money gross_, wage_tax_, net_, employer_cost_;
  std::vector<PayslipDifference> recomputed_;  ///< a correction's differences, in employee order
};

}  // namespace basisbaan::store_detail
