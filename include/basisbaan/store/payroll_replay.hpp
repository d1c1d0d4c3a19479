// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Replaying stored payroll runs to the cent, from their input snapshots and the stored copy of the
// rules they used (or today's rules), and reading that copy back (docs/store.md, "Replay").

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// The replay of one stored run.
struct RunReplay {
  std::int64_t run_id = 0;  ///< the run's number in the database
  RunKind kind = RunKind::Regular;  ///< regular or correction
  std::string period;  ///< label of the period computed, e.g. "2026-03"
  std::string rules_fingerprint;   ///< of the rules used for the replay
  /// The version of basisbaan that computed the stored run; nullopt: not recorded (a run stored
  /// before schema 13).
  std::optional<std::string> program_version;
  bool rules_as_applied = true;  ///< with the stored rules of the run (false: today's rules)
  int payslips = 0;                ///< payslips compared
  int lines = 0;                   ///< lines compared
  std::vector<std::string> differences;  ///< readable, one per differing line or total ("E003 wage_tax: stored …, recomputed …")
};
/// The replay of a period: its regular run and its corrections.
struct ReplayReport {
  std::vector<RunReplay> runs;  ///< the regular run, then its corrections
  /// True when no run shows a difference.
  bool identical() const;
};

/// Recomputes every payslip of the period's regular run and its corrections from the stored
/// input snapshot, with the stored copy of the rules (`current_rules` null) or with
/// `current_rules`, and compares every line, total and cumulative to the cent. With
/// `employee`, only that employee's payslips.
ReplayReport replay_period(const Database& db, const PayPeriod& period, const RuleBook* current_rules,
                           const std::optional<std::string>& employee = std::nullopt);

/// The same for several periods (e.g. a whole year), sharing the loaded rules and employee
/// snapshots between them. Periods are replayed on up to `max_threads` threads (0: as many as
/// there are cores, at most four): the first reads through `db`, each other one through its
/// own read connection; 1 replays on the calling thread with `db` alone. The report is the same for any number.
ReplayReport replay_periods(const Database& db, const std::vector<PayPeriod>& periods, const RuleBook* current_rules,
                            const std::optional<std::string>& employee = std::nullopt, unsigned max_threads = 0);

/// The periods of `year` that have a regular run, in order.
std::vector<PayPeriod> stored_periods(const Database& db, int year);

/// The stored copy of the rules with `fingerprint`, loaded and checked against the fingerprint.
RuleBook stored_rules(const Database& db, const std::string& fingerprint);

}  // namespace basisbaan
