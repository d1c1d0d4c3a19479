// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: write transactions, the audit chain append, and the canonical forms of
// the stored payslip rows and lines that are hashed.

#include <array>
#include <map>
#include <memory>
#include <string_view>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "codec.hpp"

namespace basisbaan::store_detail {

/// BEGIN IMMEDIATE … COMMIT, rolled back unless committed. With `wait_ms` 0 a database that
/// another process is writing fails at once with `busy_message`; otherwise it waits that long.
/// Inside a transaction already open on the connection (Database::all_or_nothing), it is a
/// savepoint instead: committing releases it into the outer transaction, and a failure rolls back
/// this part only before the error reaches the outer one, which then rolls back the whole.
class WriteTransaction {
 public:
  WriteTransaction(Database& db, std::string doing, std::string busy_message = {}, int wait_ms = 5000);
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction();
  void commit();
  const std::string& doing() const noexcept { return doing_; }

 private:
  Database* db_;
  std::string doing_;
  bool open_ = false;
  bool nested_ = false;  ///< a savepoint inside an outer transaction
};

/// Migrates `db` (opened for writing) from schema `from` to the current one, each migration with
/// its audit entry in its transaction: "schema.migrate", entity "schema:TO", no row hash, detail
/// {"from", "to", "program_version"}. A file without a schema (from 0) gets no entry.
void migrate_recorded(Database& db, int from);
/// A private copy of `original` (a temporary database, in memory while it fits) migrated to the
/// current schema: for reading an older database without writing its file. `file` names it in errors.
std::unique_ptr<SQLite::Database> migrated_copy(SQLite::Database& original, const std::string& file);

/// True when the database has the table `table`. A database opened read-only is not migrated, so
/// a table a later schema adds may be absent.
bool table_exists(const Database& db, const char* table);

/// Runs `f` inside a write transaction; SQLite errors become StoreErrors naming the file and
/// what was being done ("nothing was changed").
template <typename F>
auto write(Database& db, const std::string& doing, F&& f, const std::string& busy_message = {}, int wait_ms = 5000) {
  try {
    WriteTransaction t(db, doing, busy_message, wait_ms);
    if constexpr (std::is_void_v<decltype(f())>) {
      f();
      t.commit();
    } else {
      auto r = f();
      t.commit();
      return r;
    }
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), doing, e, true);
  }
}

/// The hash an audit entry records for an entity: SHA-256 of the canonical row; "" when the row
/// does not exist (deleted). Entities: "employer:1", "employee:ID", "contract:N", "placement:N",
/// "leave:N", "sick:N", "rules:FINGERPRINT", "run:N", "garnishment:N", "maternity:N", "extension:N", "step:N".
/// A column that a migration added to a table whose rows are hashed for the audit chain, with
/// the default the migration gave it (as SQLite returns it: text, or an integer's digits).
struct AddedColumn {
  std::string_view name;
  std::string_view default_value;
};
/// A row's hash leaves such a column out while it holds its default, so a row written before the
/// migration keeps the hash its audit entry recorded; once changed, the column counts. Every
/// migration that adds a column to a hashed table adds it here (tests/cli/old_database_cli.sh).
inline constexpr std::array<AddedColumn, 9> kColumnsAddedLater{{
    {"carried_forward", ""},       // 5: payroll_runs
    {"identified", "1"},           // 6: employees
    {"employer_type", "private"},  // 6: employer
    {"end_event", ""},             // 7: contracts
    {"expected_end", ""},          // 7: contracts
    {"end_reason", ""},            // 7: contracts
    {"end_initiative", ""},        // 7: contracts
    {"end_culpability", ""},       // 7: contracts
    {"program_version", "null"},   // 13: payroll_runs (NULL: a run stored before, version unknown)
}};

std::string entity_hash(const Database& db, const std::string& entity);
/// Every entity that exists now (for audit verify), in table order.
std::vector<std::string> all_entities(const Database& db);
/// Whether `entity` ("employee:E001", "run:3") is a row of the database now; nullopt when it is not
/// written as an entity of the audit log is (KIND:KEY, a kind of audit_entity_kinds()).
std::optional<bool> entity_exists(const Database& db, const std::string& entity);
/// The row hash of run `run_id` as it was before it was closed (closed 0, closed_at NULL): what
/// its payroll.run entry recorded when nothing else changed. "" when there is no such run.
std::string open_run_hash(const Database& db, std::int64_t run_id);
/// The kinds of entity the audit log names ("employer, employee, contract, …"), for messages.
std::string audit_entity_kinds();

/// The hash of an audit entry: SHA-256 over its fields and the previous entry's hash.
std::string audit_entry_hash(const std::string& prev, std::int64_t seq, const std::string& at, const std::string& action,
                             const std::string& entity, const std::string& row_hash, const std::string& detail);

/// Appends an audit entry (inside the caller's write transaction) recording the entity's current
/// row hash, `detail` (canonical JSON) and the time of the Database's clock.
void audit(Database& db, const std::string& action, const std::string& entity, const CJson& detail);

/// How row_text writes the rows of one statement: its columns in the order of their names' bytes
/// (as a JSON object with sorted keys writes them), each with its name as a JSON key and, for a
/// column of kColumnsAddedLater, the default it is left out at. It depends on the statement's
/// columns only, so a statement that hashes many rows (the import: three per employee; audit
/// verify: every row) computes it once instead of sorting the column names for every row.
/// Valid while the schema does not change: a "SELECT *" that SQLite prepares again after a
/// schema change may have other columns. Every holder keeps it within one transaction or one
/// read of the database, in which the store changes no schema.
class RowLayout {
 public:
  /// The layout of `q`'s columns (a prepared statement: no row needed).
  explicit RowLayout(const SQLite::Statement& q);

 private:
  friend void row_text(std::string& out, const SQLite::Statement& q, const RowLayout& layout);
  struct Column {
    int index;                 ///< the column's position in the statement
    std::string key;           ///< its name as JSON, with the colon: "name":
    const AddedColumn* added;  ///< its kColumnsAddedLater entry, or null
  };
  std::vector<Column> columns_;
};

/// The canonical text an audit entry's row hash is taken of, for the row `q` is on: exactly
/// canonical(row_json(q)) without the columns of kColumnsAddedLater that hold their default,
/// written directly; `layout` is RowLayout(q), kept by a caller that hashes many rows.
void row_text(std::string& out, const SQLite::Statement& q, const RowLayout& layout);

/// A prepared statement that reads rows to hash, with the layout of its columns.
struct RowReader {
  RowReader(const Database& db, const std::string& sql);
  SQLite::Statement q;
  RowLayout layout;
};

/// The row hashes of entities, each as entity_hash(db, entity) gives it, with one statement and
/// its layout kept per table: for hashing many (audit verify, AuditAppender). Kept only within
/// one transaction or read (RowLayout).
class EntityHasher {
 public:
  explicit EntityHasher(const Database& db) : db_(&db) {}
  /// entity_hash(db, entity): "" when the row does not exist.
  std::string hash(const std::string& entity);

 private:
  const Database* db_;
  std::map<std::string, RowReader, std::less<>> readers_;  ///< the row of an entity, per table
};

/// Appends many audit entries inside one write transaction (the import: three per employee), each
/// exactly as audit() would write it, with its statements prepared once and the chain's head
/// (last seq and hash) kept from entry to entry instead of read back each time. Only for use
/// while the caller's write transaction is open and nothing else appends to the log.
class AuditAppender {
 public:
  explicit AuditAppender(Database& db);
  /// As audit(db, action, entity, detail): written at once.
  void append(const std::string& action, const std::string& entity, const CJson& detail);
  /// The row hashes of the entities "`prefix`:KEY" for `keys`, as audit() records them, for rows
  /// just inserted by one statement in the order of `keys` (so at consecutive row ids from
  /// `first_rowid`): read by one range scan; a row whose key is not the one expected there is
  /// looked up by its key instead, so the result is the same either way.
  std::vector<std::string> row_hashes(const char* prefix, std::int64_t first_rowid, const std::vector<std::string>& keys);
  /// Chains an entry whose entity's row hash the caller read (row_hashes) onto the log, as
  /// append() would, but holds it until write_added(): entries then go in by one statement of up
  /// to 192 rows, in the order added.
  void add(const std::string& action, const std::string& entity, std::string row_hash, const CJson& detail);
  /// Writes the entries add() holds; when that fails, forgets them and the chain's head (read
  /// again for the next entry).
  void write_added();

 private:
  struct Entry {
    std::int64_t seq;
    std::string at, action, entity, row_hash, detail, prev, hash;
  };
  static constexpr std::size_t kRows = 192;
  void insert_added();
  Database* db_;
  SQLite::Statement insert_;
  std::unique_ptr<SQLite::Statement> insert_rows_, insert_tail_;
  EntityHasher rows_;                                     ///< the row of an entity, per table
  std::map<std::string, RowReader, std::less<>> ranges_; ///< rows from a row id on, per table
  std::vector<Entry> added_;
  bool head_read_ = false;
  std::int64_t seq_ = 0;
  std::string prev_;
};

/// `insert` (one row's "INSERT ... VALUES (?, ...)") for `rows` rows: "VALUES (?, ...), (?, ...)".
std::string rows_insert(const char* insert, std::size_t rows);
/// The statement of `insert` for `rows` rows kept in `slot`, prepared when there is none or it is
/// for another number of rows, and reset: ready to bind.
SQLite::Statement& rows_statement(Database& db, std::unique_ptr<SQLite::Statement>& slot, const char* insert, std::size_t rows);

/// A stored payslip row: the columns of `payslips` except run_id and hash.
struct PayslipRow {
  std::string employee_id;
  std::string employee;     ///< canonical JSON of the employee as used (the input snapshot, with `opening`)
  std::string opening_state;  ///< state_text of the PayrollState the period started from
  std::string opening_note;   ///< where that state came from ("carried from period 2026-02", corrections included)
  std::string state_after;  ///< canonical JSON of the PayrollState after the period
  std::string pay_date;
  std::int64_t gross = 0, wage_for_wage_tax = 0, regular_wage_for_wage_tax = 0, special_wage_for_wage_tax = 0,
               wage_tax = 0, untaxed = 0, net = 0, employer_charges = 0, employer_cost = 0,
               holiday_allowance_reserved = 0, holiday_allowance_balance = 0, hourly_wage = 0;
  std::string unconfirmed_rules;  ///< canonical JSON array
  std::int64_t line_count = 0;
};
struct LineRow {
  std::int64_t seq = 0;
  std::string code, description, kind, quantity, rate;
  std::int64_t amount = 0;
};

/// Canonical texts that are hashed (fields in a fixed order, separated by U+001F).
std::string canonical_line(const std::string& employee_id, const LineRow& l);
/// 16 hex digits of the FNV-1a 64 hash of the canonical line: it locates an altered line; the
/// protection is the SHA-256 of the payslip (payslip_hash), which covers every line.
std::string line_check(const std::string& employee_id, const LineRow& l);
std::string canonical_payslip(const PayslipRow& p);
/// SHA-256 of the payslip row and all its lines.
std::string payslip_hash(const PayslipRow& p, const std::vector<LineRow>& lines);

PayslipRow payslip_row(const Payslip& slip, std::string employee, std::string opening_state, std::string opening_note,
                       std::string state_after);
std::vector<LineRow> line_rows(const Payslip& slip);
/// The stored row of line `l` at position `seq` (its typed fields as their stored texts).
LineRow line_row(std::int64_t seq, const PayslipLine& l);
/// The typed line of a stored row (without trace); StoreError for a row no version wrote.
PayslipLine decode_line(const LineRow& row);
/// The line code of a stored name; StoreError for a name no version wrote.
LineCode stored_line_code(const std::string& name);

/// The payslip as a stored run returns it (Database::load_run_by_id): the row's totals, the year
/// to date of its state after, what each garnishment of `e` got (state after less opening state),
/// the unconfirmed rules, and `lines` decoded; no traces, no minimum-wage facts. `unconfirmed`,
/// when given, is the list `r.unconfirmed_rules` is the canonical JSON of (not parsed again);
/// `after`, when given, is state_from_text(r.state_after) (not parsed again).
Payslip decode_payslip(const PayslipRow& r, const std::vector<LineRow>& lines, const PayPeriod& period, const Employee& e,
                       const std::vector<std::string>* unconfirmed = nullptr, const PayrollState* after = nullptr);
/// A stored run's header as load_run_by_id returns it, without payslips, differences or corrections.
StoredRun read_run_header(const Database& db, std::int64_t id);

/// The `SELECT` column list that reads a PayslipRow (in this order) and its decoder.
extern const char* const kPayslipColumns;
PayslipRow read_payslip_row(const SQLite::Statement& q, int first_column = 0);
/// The columns of kPayslipSelect and kReplaySelect, by position (one list builds both, so the
/// two cannot drift apart): kPayslipColumns' twenty (read_payslip_row), then the payslip hash, the
/// packed lines and their id in payslip_texts (NULL for a payslip written before schema 10, whose
/// lines are rows of payslip_lines), and the ids in payslip_texts of the input snapshot, the
/// opening state and the state after (0 for a payslip written before schema 7, which keeps them
/// in its row).
enum PayslipSelectColumn : int {
  kEmployeeIdColumn = 0,
  kEmployeeColumn = 1,
  kOpeningStateColumn = 2,
  kStateAfterColumn = 4,
  kFirstTotalColumn = 6,  ///< gross_cents; the twelve totals in the order of kPayslipColumns
  kHashColumn = 20,
  kPackedLinesColumn = 21,
  kPackedLinesIdColumn = 22,
  kEmployeeTextColumn = 23,
  kOpeningTextColumn = 24,
  kAfterTextColumn = 25,
  kPayslipSelectColumnCount = 26,
};
/// `SELECT` of the payslips (alias p) in either stored layout (schema.cpp, migrations 7 and 10):
/// the columns of PayslipSelectColumn with the texts a newer row keeps in payslip_texts filled
/// in; the caller appends its WHERE (on p.) and ORDER BY. Constant-initialised (built by the
/// compiler): valid in any static initialisation.
extern const char* const kPayslipSelect;
/// The same columns as replay reads them, without a join: the employee snapshot, the opening
/// state, the state after and the packed lines only as their ids (with the texts of a payslip
/// written before schema 7 from its row; column kPackedLinesColumn is empty: read a text by its
/// id); the opening note, pay date, unconfirmed rules and hash empty. Constant-initialised as
/// kPayslipSelect.
extern const char* const kReplaySelect;

// --- packed_lines.cpp: a payslip's lines as one text (schema 10) ----------------------------

/// A payslip's lines packed into one text, stored once in payslip_texts: per line code,
/// description, kind, quantity, rate, amount in cents and check (line_check with an empty
/// employee id, so equal lines of two employees are one text), fields separated by U+001F,
/// lines by U+001E (a separator or U+001D inside a field is escaped as U+001D '2'/'1'/'0');
/// the seq of a line is its position, from 1.
std::string pack_lines(const std::vector<LineRow>& lines);
/// The same, into `out` (reused).
void pack_lines(std::string& out, const std::vector<LineRow>& lines);
/// The same text for the lines of a computed payslip (equal to pack_lines(line_rows(slip))),
/// into `out` (reused).
void pack_lines(std::string& out, const std::vector<PayslipLine>& lines);

/// A stored line in either layout, with the check it was stored with.
struct StoredLineRow {
  LineRow row;
  std::string check;
  bool packed = false;      ///< from a packed text (the check has an empty employee id)
  bool well_formed = true;  ///< false: a packed line without its seven fields or with an amount that is no integer
};
/// The lines of a packed text (also a tampered one: a malformed line is kept, not well formed).
std::vector<StoredLineRow> unpack_lines(std::string_view text);
/// Whether the line still matches the check it was stored with.
bool check_matches(const std::string& employee_id, const StoredLineRow& l);

/// Reads the lines of payslips in either layout: packed (from kPayslipSelect's columns
/// kPackedLinesColumn and kPackedLinesIdColumn) or, for a payslip written before schema 10, the
/// rows of payslip_lines.
class LineReader {
 public:
  explicit LineReader(const Database& db);
  /// The lines of the payslip at the current row of `ps` (a kPayslipSelect), in order; valid
  /// until the next call.
  const std::vector<StoredLineRow>& read(const SQLite::Statement& ps, std::int64_t run_id, const std::string& employee_id);
  /// The same for a payslip whose packed lines are `packed` (nullptr: a payslip written before
  /// schema 10, its rows of payslip_lines are read).
  const std::vector<StoredLineRow>& read(const std::string_view* packed, std::int64_t run_id, const std::string& employee_id);

 private:
  SQLite::Statement rows_;
  std::vector<StoredLineRow> lines_;
};

}  // namespace basisbaan::store_detail

namespace basisbaan::store_detail {

/// SHA-256 of a run's deterministic content as stored: its header (kind, period, rules, employer,
/// totals, correction reference; not its id, times or closed flag), the hash column of each
/// payslip in employee order, and for a correction its totals and line differences.
std::string compute_content_hash(const Database& db, std::int64_t run_id);

}  // namespace basisbaan::store_detail

#include <chrono>
#include <cstdio>
#include <ctime>
#include <ostream>

namespace basisbaan::store_detail {

/// Processor time in whole microseconds (integer arithmetic: no binary floating point).
inline long long cpu_microseconds(std::clock_t ticks) {
  return static_cast<long long>(ticks) * 1000000LL / static_cast<long long>(CLOCKS_PER_SEC);
}

/// With `out` set (RunOptions::profile), writes the wall and CPU time of each phase of a run to
/// it (for docs/performance.md; costs nothing otherwise).
class PhaseTimer {
 public:
  PhaseTimer(const char* what, std::ostream* out) : what_(what), out_(out) { reset(); }
  bool on() const noexcept { return out_ != nullptr; }
  void mark(const char* phase) {
    if (out_ == nullptr) return;
    const auto now = std::chrono::steady_clock::now();
    const std::clock_t cpu = std::clock();
    char line[160];
    std::snprintf(line, sizeof line, "profile %s: %-28s %10lld us wall %10lld us cpu\n", what_, phase,
                  static_cast<long long>(std::chrono::duration_cast<std::chrono::microseconds>(now - wall_).count()),
                  cpu_microseconds(cpu - cpu_));
    *out_ << line << std::flush;
    wall_ = now;
    cpu_ = cpu;
  }
  /// A line of its own (e.g. the share of one step in a phase).
  void note(const std::string& text) {
    if (out_ != nullptr) *out_ << "profile " << what_ << ": " << text << '\n' << std::flush;
  }

 private:
  void reset() {
    wall_ = std::chrono::steady_clock::now();
    cpu_ = std::clock();
  }
  const char* what_;
  std::ostream* out_;
  std::chrono::steady_clock::time_point wall_;
  std::clock_t cpu_ = 0;
};

}  // namespace basisbaan::store_detail
