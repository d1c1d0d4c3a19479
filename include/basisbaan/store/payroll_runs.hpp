#pragma once
// Payroll runs in the employer's database: computing a period for every active employee in one
// transaction (with the inputs, the rules and the payslips stored), closing it, correcting a
// closed period after a retroactive change, and replaying a stored run to the cent.
// The rules of the game are in docs/store.md ("Payroll runs").

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

struct RunOutcome {
  StoredRun run;                   ///< as stored, with its payslips' totals but without their lines (Database::load_run has them)
  bool replaced = false;           ///< an open run of the period was replaced
  std::vector<std::string> notes;  ///< e.g. sickness and wage continuation remarks, corrections paid in the period
};

/// What a program wants to see of a run while it is made; by default nothing.
struct RunOptions {
  /// Called with (payslips stored, payslips to store): once with 0 before the first payslip is
  /// stored and after each one. It runs inside the run's write transaction, so the database
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

struct CorrectionOutcome {
  std::optional<StoredRun> run;  ///< the correction run stored; none when nothing changed
  bool pay_in_run_is_stale = false;  ///< the period paying the difference was computed before; run it again
};

/// Recomputes the closed `period` with today's administration and `rules`, from the opening
/// state each payslip had. Employees whose payslip changes get a correction payslip; the
/// differences are stored with a reference to the corrected run and paid in the first period
/// after the last closed one. Nothing changed: nothing is stored.
CorrectionOutcome correct_period(Database& db, const RuleBook& rules, const PayPeriod& period, const std::string& reason);

/// The replay of one stored run.
struct RunReplay {
  std::int64_t run_id = 0;
  RunKind kind = RunKind::Regular;
  std::string period;
  std::string rules_fingerprint;   ///< of the rules used for the replay
  bool rules_as_applied = true;
  int payslips = 0;                ///< payslips compared
  int lines = 0;                   ///< lines compared
  std::vector<std::string> differences;  ///< readable, one per differing line or total ("E003 wage_tax: stored …, recomputed …")
};
struct ReplayReport {
  std::vector<RunReplay> runs;  ///< the regular run, then its corrections
  bool identical() const;
};

/// Recomputes every payslip of the period's regular run and its corrections from the stored
/// input snapshot, with the stored copy of the rules (`current_rules` null) or with
/// `current_rules`, and compares every line, total and cumulative to the cent. With
/// `employee`, only that employee's payslips.
ReplayReport replay_period(const Database& db, const PayPeriod& period, const RuleBook* current_rules,
                           const std::optional<std::string>& employee = std::nullopt);

/// The same for several periods (e.g. a whole year), sharing the loaded rules and employee
/// snapshots between them.
ReplayReport replay_periods(const Database& db, const std::vector<PayPeriod>& periods, const RuleBook* current_rules,
                            const std::optional<std::string>& employee = std::nullopt);

/// The periods of `year` that have a regular run, in order.
std::vector<PayPeriod> stored_periods(const Database& db, int year);

/// The stored copy of the rules with `fingerprint`, loaded and checked against the fingerprint.
RuleBook stored_rules(const Database& db, const std::string& fingerprint);

}  // namespace basisbaan
