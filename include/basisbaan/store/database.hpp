// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The employer's database: one SQLite file per employer (see docs/store.md). This header is the
// read side that exports and reports use: open the file, read the employer, the employees and a
// stored payroll run with its payslips (exactly as computed and stored), and the correction runs
// that reference it. The write side (import, runs, closing, corrections, replay, audit) is in
// store/administration.hpp, store/payroll_runs.hpp and store/audit.hpp.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/clock.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/payroll/employee.hpp"
#include "basisbaan/payroll/payslip.hpp"

namespace SQLite {
class Database;
}

namespace basisbaan {

/// A regular run computes a period; a correction run recomputes a closed period after a
/// retroactive change and records the differences, paid in a later period.
enum class RunKind : std::uint8_t { Regular, Correction };
/// "regular", "correction".
std::string_view to_string(RunKind k) noexcept;

/// One line difference of a correction: the amount before (as last stored for the period) and
/// after the recomputation. Lines that appear or disappear have a zero on the other side.
struct PayslipLineDifference {
  LineCode code = LineCode::Net;  ///< the line
  std::string description;  ///< the line's text on the payslip
  LineKind kind = LineKind::Info;  ///< earning, deduction, employer charge or information
  Money before;  ///< as last stored for the period
  Money after;  ///< as recomputed
  Money difference() const { return after - before; }  ///< after − before
};

/// What a correction changes for one employee; paid (net) in `StoredRun::pay_in`.
struct PayslipDifference {
  std::string employee_id;  ///< whose payslip changes
  std::vector<PayslipLineDifference> lines;  ///< only the lines whose amount changed, in payslip order
  Money gross;                        ///< difference in gross wage
  Money wage_for_wage_tax;            ///< difference in loon voor de loonbelasting
  Money wage_tax;                     ///< difference in wage tax withheld
  Money net;                          ///< difference in net pay: to be paid (or reclaimed if negative)
  Money employer_charges;             ///< difference in employer charges
};

/// One employee's payslip in a run, with the employee record exactly as the run used it (the
/// terms in force in the period: hours, hourly wage, scale, contract type).
struct StoredPayslip {
  Employee employee;  ///< as the run used it (terms in force in the period)
  Payslip payslip;   ///< lines without traces; totals and year-to-date as computed
  std::string hash;  ///< SHA-256 of the payslip's canonical content (audit chain)
};

/// A stored payroll run (regular or correction) with its payslips, exactly as computed and stored.
struct StoredRun {
  std::int64_t id = 0;  ///< the run's number in the database
  RunKind kind = RunKind::Regular;  ///< regular or correction
  PayPeriod period{PeriodKind::Month, 2026, 1};  ///< the period computed (for a correction: the period corrected)
  std::optional<PayPeriod> pay_in;               ///< corrections: the period whose payment carries the difference
  std::optional<std::int64_t> corrects_run;      ///< corrections: the run whose figures this one replaces
  std::string reason;                            ///< corrections: why (free text)
  bool closed = false;  ///< a closed run cannot change; later changes to its period go through a correction run
  std::string computed_at;                       ///< UTC, "2026-03-31T09:12:00Z"
  std::optional<std::string> closed_at;  ///< UTC, when closed
  std::string rules_fingerprint;                 ///< "sha256:…" of the rules used
  /// The version of basisbaan that computed it ("0.1.0"); nullopt for a run stored before
  /// versions were recorded (schema 13): not known.
  std::optional<std::string> program_version;
  std::string content_hash;                      ///< SHA-256 of the run's content (in the audit chain)
  Employer employer;                             ///< as used by the run
  std::vector<StoredPayslip> payslips;           ///< ordered by employee id
  std::vector<PayslipDifference> differences;    ///< corrections only, ordered by employee id
  /// For a regular run loaded with load_run: the correction runs of the same period, oldest first.
  std::vector<StoredRun> corrections;

  /// The payslip of `employee_id`, or nullptr.
  const StoredPayslip* payslip(std::string_view employee_id) const;
};

/// A stored run without its payslips, for listings.
struct RunSummary {
  std::int64_t id = 0;  ///< the run's number in the database
  RunKind kind = RunKind::Regular;  ///< regular or correction
  std::string period;                  ///< label, e.g. "2026-03"
  std::optional<std::string> pay_in;   ///< corrections
  std::optional<std::int64_t> corrects_run;  ///< corrections: the run whose figures this one replaces
  bool closed = false;  ///< a closed run cannot change
  std::string computed_at;  ///< UTC
  std::string rules_fingerprint;  ///< "sha256:…" of the rules used
  int employees = 0;  ///< payslips in the run
  Money gross;  ///< sum of gross wages
  Money wage_tax;  ///< sum of wage tax withheld
  Money net;  ///< sum of net pay
  Money employer_cost;  ///< sum of the employer's cost (gross + untaxed allowances + employer charges)
};

/// The employer's database. Opening it applies pending schema migrations (when opened for
/// writing). Not thread-safe: one Database per thread. Every error is a StoreError naming the file.
///
/// Reading takes a `const Database&`; every change (store/administration.hpp,
/// store/payroll_runs.hpp) takes a `Database&`. The times written with a change (a run computed or
/// closed, an audit entry) come from the Database's clock only: the system clock unless another
/// one is given when opening (a FixedClock in tests).
class Database {
 public:
  /// Whether the database is opened for reading only or for reading and writing.
  enum class Access : std::uint8_t { ReadOnly, ReadWrite };

  /// Opens an existing database file. `clock` (null: system_clock()) gives the times written by
  /// changes made through this Database.
  /// @throw StoreError (document = the file) StoreNotFound when it does not exist, StoreReadOnly
  ///        when opened for writing without write permission, StoreCorrupt when it is not a
  ///        basisbaan database, StoreSchemaVersion when it is newer than this program, StoreLocked
  ///        when another process holds it.
  ///
  /// Opened for writing, an older schema is migrated, each migration with its audit entry
  /// (`schema.migrate`: from and to version and the program version). Opened read only, the file
  /// is never written: an older schema is read through a private copy (a temporary database of
  /// this connection, in memory while it fits) migrated to the current schema; see
  /// copied_from_schema().
  static Database open(const std::filesystem::path& path, Access access = Access::ReadWrite,
                       std::shared_ptr<const Clock> clock = nullptr);
  /// Creates the file (mode 0600) with the current schema if it does not exist, else opens it
  /// for writing; `clock` as for open.
  static Database create(const std::filesystem::path& path, std::shared_ptr<const Clock> clock = nullptr);

  ///@{
  /// Movable, not copyable.
  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ///@}
  ~Database();

  /// The database file.
  const std::filesystem::path& path() const noexcept { return path_; }
  /// The schema version (PRAGMA user_version) of what is read: the current one for a copy.
  int schema_version() const;
  /// When the file has an older schema and was opened read only: its schema version (what is
  /// read is a private migrated copy of it; the file is unchanged). nullopt otherwise.
  std::optional<int> copied_from_schema() const noexcept { return copied_from_schema_; }
  /// When opening it for writing migrated the file: the schema version it had (0: a file without
  /// a schema). nullopt otherwise.
  std::optional<int> migrated_from_schema() const noexcept { return migrated_from_schema_; }

  /// The employer. @throw StoreError StoreNotFound when none has been recorded yet.
  Employer employer() const;
  /// True when an employer has been recorded.
  bool has_employer() const;

  /// The employee records as imported (without period-specific terms), ordered by id.
  std::vector<Employee> employees() const;

  /// All runs, oldest first.
  std::vector<RunSummary> list_runs() const;
  /// The regular run of `period` with its payslips and its correction runs.
  /// @throw StoreError StoreNotFound ("no payroll run for period 2026-03") when there is none.
  StoredRun load_run(const PayPeriod& period) const;
  /// The run with `id` (regular or correction), with its payslips (and, for a regular run, its
  /// corrections). With `with_lines` false the payslips have their totals but no lines (faster).
  StoredRun load_run_by_id(std::int64_t id, bool with_lines = true) const;
  /// The correction runs whose differences are paid in `period`, oldest first.
  std::vector<StoredRun> corrections_paid_in(const PayPeriod& period) const;

  /// Runs `steps` — several changes, each of which is otherwise its own transaction — as one
  /// transaction: all of them are kept, or, when one throws, none (the error is passed on).
  /// For commands that make more than one change (init with an employer and employees).
  /// @throw what `steps` throws; StoreError as every change does (StoreLocked when busy).
  void all_or_nothing(const std::string& doing, const std::function<void()>& steps);

  /// The clock that times the changes made through this Database (never null).
  const Clock& clock() const noexcept { return *clock_; }

  /// The SQLite connection, for the store's own modules (not for other layers): writable only
  /// through a non-const Database.
  SQLite::Database& sql() noexcept { return *db_; }
  /// The connection for reading (SQLite::Statement takes a const connection).
  const SQLite::Database& sql() const noexcept { return *db_; }

 private:
  Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db, std::shared_ptr<const Clock> clock,
           std::optional<int> copied_from_schema = std::nullopt);
  std::filesystem::path path_;
  std::unique_ptr<SQLite::Database> db_;
  std::shared_ptr<const Clock> clock_;
  std::optional<int> copied_from_schema_;
  std::optional<int> migrated_from_schema_;
};

}  // namespace basisbaan
