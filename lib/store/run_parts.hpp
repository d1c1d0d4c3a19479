// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: the parts that computing a period (payroll_run.cpp), closing it
// (payroll_close.cpp), correcting it (payroll_correction.cpp) and replaying it
// (payroll_replay.cpp) share. Each part has its own file:
//   run_rows.cpp        the payroll_runs row: find, insert, seal with the content hash
//   payslip_writer.cpp  a payslip made ready for storage, and the writer that stores payslips
//   rules_storage.cpp   the copy of the rules a run used
//   opening_state.cpp   the employee and the state a period starts from
//   state_deltas.cpp    what corrections changed in a state, carried into the period paying them
//   payslip_difference.cpp  what a payslip changes against an earlier version (a correction's differences)

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "internal.hpp"
#include "payslip_integrity.hpp"

namespace basisbaan::store_detail {

// --- run_rows.cpp ---------------------------------------------------------------------------

/// The regular run of a period as the checks need it.
struct RunRow {
  std::int64_t id = 0;
  std::string period;
  bool closed = false;
};

/// The regular run of `p`, if there is one.
std::optional<RunRow> regular_run(const Database& db, const PayPeriod& p);

/// Inserts the run row (open, computed now by the Database's clock, totals zero until
/// PayslipWriter::finish, content hash empty until finish_run).
std::int64_t insert_run(Database& db, RunKind kind, const PayPeriod& period, const RuleBook& rules, const Employer& employer,
                        const std::optional<std::int64_t>& corrects, const std::optional<PayPeriod>& pay_in, const std::string& reason);

/// Writes the run's content hash (compute_content_hash) into its row.
void finish_run(Database& db, std::int64_t id);

/// The message for a period whose write is refused because another process holds the database.
std::string busy_message(const PayPeriod& p);

/// "employee E001, period 2026-03: " (the start of a message about one payslip).
std::string employee_context(const std::string& id, const PayPeriod& p);
/// Throws `x` again with `prefix` and `suffix` around its message, keeping its type (a
/// HorizonError stays a HorizonError, a StoreError a StoreError), its code and its location.
[[noreturn]] void rethrow_in_context(const Error& x, const std::string& prefix, const std::string& suffix);

// --- payslip_difference.cpp -----------------------------------------------------------------

/// One employee's payslip of a period as one run (the regular run, or a correction) has it.
struct RunPayslipVersion {
  PayslipRow row;
  std::vector<LineRow> lines;
};

/// What the payslip `row` with `lines` changes against `version` (none: the employee was not
/// paid in the period). Lines are matched by code and occurrence; only the lines whose amount
/// changed are listed, then the lines that disappeared.
PayslipDifference payslip_difference(const std::string& id, const PayslipRow& row, const std::vector<LineRow>& lines,
                                     const RunPayslipVersion* version);

// --- payslip_writer.cpp ---------------------------------------------------------------------

/// A computed payslip with the rows that store it and its hash.
struct Prepared {
  Payslip slip;
  PayslipRow row;
  std::vector<LineRow> lines;
  std::string hash;
  std::int64_t opening_text = 0;  ///< the id of row.opening_state in payslip_texts when known (0: look it up)
  /// Ids in payslip_texts that row.employee and the packed lines probably have (the previous
  /// payslip's): used when the stored text is the same, byte for byte (0: none).
  std::int64_t employee_text_hint = 0;
  std::int64_t lines_text_hint = 0;
};

/// Makes `slip` ready for storage: the input snapshot of `e`, the opening state and where it came
/// from (`opening_text`, plus the correction runs whose differences it includes), the state after.
Prepared prepare(Payslip slip, const Employee& e, const PayrollState& opening, const std::string& opening_text,
                 const std::vector<std::int64_t>& corrections, const PayrollState& after);

/// The texts a payslip refers to (payslip_texts, schema.cpp migration 7), each stored once: the
/// id of an equal stored text, or of a new row (inside the caller's write transaction). Lives for
/// one write transaction: it remembers the texts it has looked up by key (content → id), so a
/// text that many payslips of the run share (a state after, packed lines) is hashed and sought in
/// the key index once per run instead of once per payslip (issue 18: those seeks grow with the
/// database).
class TextStore {
 public:
  explicit TextStore(Database& db);
  /// Whether a text looked up by key is remembered for the rest of the transaction: texts that
  /// payslips share (states, packed lines) are; an employee's own input snapshot is not (it is
  /// looked up once per run at most, and remembering every one would hold the whole payroll).
  enum class Memo { Remember, Forget };
  /// The id of the stored text `content` (the row the key look-up finds first), inserted when
  /// there is none.
  std::int64_t id_of(const std::string& content, Memo memo = Memo::Remember);
  /// The same, remembering the last text: for a text that is usually the same for every payslip.
  std::int64_t id_of_repeated(const std::string& content);
  /// `hint` when the text stored with that id is `content` byte for byte (read by its id: no
  /// SHA-256, no key look-up), otherwise id_of(content).
  std::int64_t id_of(const std::string& content, std::int64_t hint, Memo memo = Memo::Remember);

 private:
  /// id_of(content) without the memo: the key look-up, and the insert when not found.
  std::int64_t look_up(const std::string& content);

  SQLite::Database* sql_;
  SQLite::Statement find_;
  SQLite::Statement insert_;
  SQLite::Statement by_id_;
  std::string last_;          ///< the text stored last by `id_of_repeated` (the run's unconfirmed rules)
  std::int64_t last_id_ = 0;
  /// What the key look-ups of this transaction found or inserted: the same content gives the same
  /// id as a look-up would (a writer never stores equal content twice; the first row by key wins).
  /// At most kRemembered texts, so that memory stays bounded when few texts repeat.
  std::unordered_map<std::string, std::int64_t> found_;
  static constexpr std::size_t kRemembered = 16384;
};

/// Inserts payslips and their lines (packed, pack_lines) as they are computed (so a run of many
/// employees never holds them all in memory), and keeps the run's totals. The rows go in with one
/// INSERT per kBatch payslips (issue 18: a statement per payslip paid the closed-run trigger's
/// statement journal and the statement's start and end per row); every row, text and id is the
/// one a row-by-row insert writes, in the same order. `progress` (may be empty) hears of each
/// payslip stored (RunOptions::progress): once with 0 when constructed, then for each payslip
/// when its batch is inserted.
class PayslipWriter {
 public:
  using Progress = std::function<void(std::size_t stored, std::size_t total)>;
  /// Payslips per INSERT statement.
  static constexpr std::size_t kBatch = 64;
  PayslipWriter(Database& db, std::int64_t run_id, std::size_t expected, Progress progress = {});
  /// Looks up (or stores) the payslip's texts now, and inserts its row with the next batch.
  /// Returns the id in payslip_texts of its state after.
  std::int64_t add(const Prepared& p);
  /// Inserts what is left, then writes the totals into the run row.
  void finish(Database& db);
  std::size_t written() const noexcept { return written_; }

 private:
  /// A payslips row waiting for its batch: the bound values, texts resolved to ids.
  struct Row {
    std::string employee_id, opening_note, pay_date, hash;
    std::array<std::int64_t, 12> amounts{};
    std::int64_t line_count = 0;
    std::array<std::int64_t, 5> texts{};  ///< employee, opening, after, unconfirmed, lines
  };
  void flush();
  void bind_row(SQLite::Statement& s, int& i, const Row& r) const;

  Database* db_;
  std::int64_t run_id_;
  std::size_t expected_;
  Progress progress_;
  std::size_t written_ = 0;
  Money gross_, tax_, net_, cost_;
  std::vector<Row> pending_;
  std::optional<SQLite::Statement> batch_;  ///< kBatch rows, prepared when first needed
  std::optional<SQLite::Statement> one_;    ///< one row (the last, incomplete batch)
  TextStore texts_;
  std::string packed_;  ///< the packed lines of the payslip being added (reused)
};

// --- rules_storage.cpp ----------------------------------------------------------------------

/// Stores the copy of `rules` (its files) unless a copy with its fingerprint is there, with an
/// audit entry "rules.store".
void store_rules(Database& db, const RuleBook& rules);

// --- opening_state.cpp ----------------------------------------------------------------------

/// PeriodRules per period, built once per run.
class PeriodRulesCache {
 public:
  explicit PeriodRulesCache(const RuleBook& rules) : rules_(&rules) {}
  const PeriodRules& get(const PayPeriod& p);

 private:
  const RuleBook* rules_;
  std::map<std::string, std::unique_ptr<PeriodRules>> cache_;
};

/// The employee as payroll sees `period` (employee_terms) with the sick reports its wage
/// continuation needs: those with a day in the employed part of the period and every earlier
/// report added together with one of them (art. 7:629 lid 10 BW: the 104 weeks count from the
/// first). Nothing else, so the snapshot holds what replay needs and a healthy employee's
/// snapshot is unchanged; no rule is looked up unless a report overlaps the period.
/// In the period that holds the last day of employment, also the final settlement (the leave
/// hours remaining on that day; add_final_settlement).
std::optional<Employee> payroll_terms(const RuleBook& rules, const EmployeeRecord& r, const PayPeriod& period);

/// When `e`'s employment (employed_until) ends in `period`: sets e.final_settlement with the
/// leave balance of that spell on its last day (the leave ledger, art. 7:641 BW), so that the
/// payslip pays it and the holiday-allowance reserve. Otherwise nothing changes (and the
/// snapshot stays as before). Throws InputError, located, when the leave ledger is invalid.
void add_final_settlement(const RuleBook& rules, const EmployeeRecord& r, const PayPeriod& period, Employee& e);

/// The state at the start of `period` for an employee without stored payslips: the periods from
/// the employment start (at most from 1 June two years back, as payslip_with_history, so that
/// last year's May holiday allowance has its whole reserve; not before the rules) computed.
/// `how` receives where the state came from.
PayrollState computed_opening(PeriodRulesCache& cache, const RuleBook& rules, const Employer& employer,
                              const EmployeeRecord& record, const PayPeriod& period, std::string& how);

// --- state_deltas.cpp -----------------------------------------------------------------------

/// The change corrections made to an employee's state (year to date and holiday reserve).
struct StateDelta {
  int year = 0;
  YearToDate ytd;
  Money holiday_balance;
  /// Per garnishment: how much less the corrections withhold than the versions they replace
  /// (positive), although the creditor was paid: carried as PayrollState::garnishment_overpaid
  /// and given back to the employee's net (docs/garnishment.md "Corrections").
  std::map<std::string, Money> garnishment_overpaid;
  std::vector<std::int64_t> runs;  ///< the correction runs, oldest first
};

/// The state deltas of the corrections paid in `period`, per employee.
std::map<std::string, StateDelta> correction_deltas_paid_in(const Database& db, const PayPeriod& period);

/// What corrections changed in an employee's holiday-allowance reserve that a period's own run
/// could not carry: corrections of earlier periods, paid in after it.
struct ReserveChange {
  Money amount;
  std::vector<std::int64_t> runs;  ///< the correction runs, oldest first
};

/// The reserve changes of the corrections of `employee`'s periods before `period` (of its kind)
/// that are paid in a later period and were stored after run `since` (the version of `period`
/// being corrected). For a leaver's final period, whose payslip pays the reserve out: the later
/// period has no payslip to carry it (docs/store.md "Corrections", the final payslip).
ReserveChange reserve_paid_in_after(const Database& db, const std::string& employee, const PayPeriod& period, std::int64_t since);

/// Adds `d` to the state a period starts from: the year to date when of the same year, last
/// year's wage when of the year before, and the holiday allowance reserve.
void apply_delta(PayrollState& s, const StateDelta& d);

}  // namespace basisbaan::store_detail
