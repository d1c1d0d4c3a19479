// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/payroll_replay.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <memory>
#include <thread>
#include <unordered_map>

#include "packed_lines_memo.hpp"
#include "replay_explain.hpp"
#include "replay_totals.hpp"
#include "run_parts.hpp"

namespace basisbaan {

using namespace store_detail;

bool ReplayReport::identical() const {
  for (const auto& r : runs) {
    if (!r.differences.empty()) return false;
  }
  return true;
}

namespace {

/// Employee snapshots of old rows, looked up by their text without copying it.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// What replay carries from one payslip of an employee to the employee's payslip of the next
/// period: the snapshot (by the id of its text), the recomputed state after with the id of the
/// stored text it equals byte for byte (a payslip usually starts from it: its opening_text is
/// that text, and state_from_text of the text gives this state), and the values of the recomputed
/// lines with the id of the text they packed to (most employees' lines are last period's text
/// again).
struct ReplayCarried {
  std::string employee_id;
  std::int64_t snapshot_id = 0;  ///< 0: none
  std::shared_ptr<const Employee> snapshot;
  std::int64_t after_id = 0;  ///< 0: no state (it differed from the stored one, or was not stored as a text)
  PayrollState after;
  std::int64_t lines_id = 0;  ///< 0: no lines (they differed from the stored ones, or were not packed)
  std::shared_ptr<const PackedLinesMemo> lines;
};

/// Whether two states have equal values in every field, and so the same state_text (every field
/// state_text writes is a Money, an int or a map of them; Money is its cents).
bool same_state(const PayrollState& a, const PayrollState& b) {
  // The bindings fail to compile when PayrollState gains a field: compare it here too.
  const auto& [ytd, year, holiday, last_year, months, settlement, garnished, overpaid] = a;
  return ytd == b.year_to_date && year == b.year && holiday == b.holiday_allowance_balance &&
         last_year == b.wage_for_wage_tax_last_year && months == b.months_employed_last_year && settlement == b.net_settlement &&
         garnished == b.garnished && overpaid == b.garnishment_overpaid;
}

/// A recomputed state after that formatted to the stored text of a state after byte for byte,
/// kept by that text's id: a state with the same values formats to that text again
/// (same_state), and every payslip pointing at that id has that very text (a stored text never
/// changes: schema.cpp's triggers), so a payslip whose state after is this text and whose
/// recomputed state has these values is equal without formatting it or reading the text.
struct AfterStateMemo {
  PayrollState state;
  /// Whether `recomputed` formats to the remembered text (without formatting it).
  bool matches(const PayrollState& recomputed) const { return same_state(state, recomputed); }
};

/// What a replay keeps between the payslips and periods it replays (one per thread). The
/// payslips of a run are read in employee order, so each finds what its employee's payslip of
/// the period before left (`before`, in employee order) by walking along: no look-up by id.
/// Only two periods are kept, so memory stays flat.
struct EmployeeCache {
  /// Snapshots stored in the payslip row itself (before schema 7), by their text.
  std::unordered_map<std::string, Employee, TextHash, std::equal_to<>> by_text;
  std::vector<ReplayCarried> before;  ///< from the period before `period`, by employee id
  std::vector<ReplayCarried> now;     ///< from `period` so far
  /// Packed lines texts (by id) that recomputed lines of this period (`lines_now`) or the period
  /// before (`lines_before`) packed to, with those lines' values: for an employee whose lines are
  /// not those of the period before, which are often another employee's.
  std::unordered_map<std::int64_t, std::shared_ptr<const PackedLinesMemo>> lines_now;
  std::unordered_map<std::int64_t, std::shared_ptr<const PackedLinesMemo>> lines_before;
  /// States after recomputed in this period whose state_text was the stored text of the
  /// payslip's state after, by that text's id: employees with the same pay end a period in
  /// the same state, stored once as one text (10,000 employees' 120,000 states after are ~20,000
  /// texts in store_bench), so most need not be formatted to be compared (AfterStateMemo).
  std::unordered_map<std::int64_t, AfterStateMemo> afters_now;
  /// Opening states of this period parsed from a stored text, by the text's id (the first period
  /// of a year: every employee opens with the one empty state; a text never changes, so its id
  /// parses to one state).
  std::unordered_map<std::int64_t, PayrollState> openings_now;
  std::string period;  ///< the period `now` belongs to

  /// Starts period `label` when it is not the current one: what the current one collected is
  /// what the new one finds.
  void start(const std::string& label) {
    if (period == label) return;
    // Swapped, not moved: `now` keeps the storage `before` had (the size of a period's payslips),
    // so no period allocates and touches fresh pages for it again (page faults were ~4 % of a
    // replay); clearing it releases what the period before last left.
    std::swap(before, now);
    now.clear();
    now.reserve(before.size());
    // A period's corrections come after its regular run: put them in employee order (stable,
    // so an employee's regular payslip stays before the corrections).
    auto by_employee = [](const ReplayCarried& a, const ReplayCarried& b) { return a.employee_id < b.employee_id; };
    if (!std::is_sorted(before.begin(), before.end(), by_employee)) std::stable_sort(before.begin(), before.end(), by_employee);
    std::swap(lines_before, lines_now);  // as above: the buckets are kept
    lines_now.clear();
    afters_now.clear();  // a state after is another period's text in the next period
    openings_now.clear();
    period = label;
  }

  /// The memo of the packed lines text `id` from another payslip, or nullptr.
  std::shared_ptr<const PackedLinesMemo> lines_of(std::int64_t id) {
    if (const auto n = lines_now.find(id); n != lines_now.end()) return n->second;
    const auto old = lines_before.find(id);
    if (old == lines_before.end()) return nullptr;
    return lines_now.emplace(id, old->second).first->second;
  }
};

/// Walks along EmployeeCache::before as the payslips of a run come in employee order.
class ReplayCursor {
 public:
  explicit ReplayCursor(const std::vector<ReplayCarried>& before) : before_(&before) {}
  /// What the period before left for `employee_id` (usually one; none for a new employee).
  std::pair<const ReplayCarried*, const ReplayCarried*> of(const std::string& employee_id) {
    const auto& v = *before_;
    while (at_ < v.size() && v[at_].employee_id < employee_id) ++at_;
    std::size_t end = at_;
    while (end < v.size() && v[end].employee_id == employee_id) ++end;
    return {v.data() + at_, v.data() + end};
  }

 private:
  const std::vector<ReplayCarried>* before_;
  std::size_t at_ = 0;
};

/// A query whose rows are read through SQLite's own functions: no Column object per value (each
/// holds a shared pointer to the statement) and no copy of a text (a view is valid until the next
/// step). Errors are thrown as SQLite::Statement throws them.
class ReplayRows {
 public:
  ReplayRows(const Database& db, const std::string& sql) : db_(db.sql().getHandle()) {
    check(sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size()), &stmt_, nullptr));
  }
  ReplayRows(const ReplayRows&) = delete;
  ReplayRows& operator=(const ReplayRows&) = delete;
  ~ReplayRows() { sqlite3_finalize(stmt_); }

  void bind(int index, std::int64_t value) { check(sqlite3_bind_int64(stmt_, index, value)); }
  void bind(int index, const std::string& value) {
    check(sqlite3_bind_text(stmt_, index, value.data(), static_cast<int>(value.size()), SQLITE_TRANSIENT));
  }
  /// The next row; false after the last.
  bool step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc != SQLITE_DONE) check(rc);
    return false;
  }
  std::int64_t integer(int column) const { return sqlite3_column_int64(stmt_, column); }
  bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::string_view text(int column) const {
    const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return {t == nullptr ? "" : t, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))};
  }

 private:
  void check(int rc) const {
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

/// Reads payslip texts by their id: through an incremental-I/O handle moved from row to row
/// (sqlite3_blob_reopen: no statement to run per text) in a database whose texts are UTF-8 (the
/// bytes stored are the text's bytes), else — and whenever the handle cannot be moved to the
/// row — through a query, which also says when there is no such text.
class ReplayTextReader {
 public:
  explicit ReplayTextReader(const Database& db) : db_(db.sql().getHandle()), q_(db.sql(), "SELECT content FROM payslip_texts WHERE id = ?") {
    SQLite::Statement encoding(db.sql(), "PRAGMA encoding");
    use_blob_ = encoding.executeStep() && encoding.getColumn(0).getString() == "UTF-8";
  }
  ReplayTextReader(const ReplayTextReader&) = delete;
  ReplayTextReader& operator=(const ReplayTextReader&) = delete;
  ~ReplayTextReader() { sqlite3_blob_close(blob_); }

  /// The text `id` into `out`; false (and `out` empty) when there is none — also when its
  /// content is NULL, as the column's STRICT NOT NULL forbids (a schema rewritten by hand).
  bool read(std::int64_t id, std::string& out) {
    if (use_blob_ && at(id)) {
      const int size = sqlite3_blob_bytes(blob_);
      out.resize(static_cast<std::size_t>(size));
      if (sqlite3_blob_read(blob_, out.data(), size, 0) == SQLITE_OK) return true;
      close();
    }
    q_.reset();
    q_.bind(1, id);
    const bool found = q_.executeStep() && !q_.getColumn(0).isNull();
    if (found) {
      out.assign(q_.getColumn(0).getText(), static_cast<std::size_t>(q_.getColumn(0).getBytes()));
    } else {
      out.clear();
    }
    q_.reset();
    return found;
  }

 private:
  /// Whether the handle is at row `id` (opened or moved there); closed when it cannot be.
  bool at(std::int64_t id) {
    if (blob_ != nullptr && sqlite3_blob_reopen(blob_, id) == SQLITE_OK) return true;
    close();
    return sqlite3_blob_open(db_, "main", "payslip_texts", "content", id, 0, &blob_) == SQLITE_OK || (close(), false);
  }
  void close() {
    sqlite3_blob_close(blob_);
    blob_ = nullptr;
  }
  sqlite3* db_;
  SQLite::Statement q_;
  sqlite3_blob* blob_ = nullptr;
  bool use_blob_ = false;
};

/// Compares the recomputed lines of `a` with the stored lines of the payslip, saying what differs.
void compare_lines(const Payslip& a, const std::vector<StoredLineRow>& stored, const std::string& who, const std::string& employee_id,
                   std::vector<std::string>& differences) {
  const std::size_t count = stored.size();
  const std::size_t n = std::max(a.lines.size(), count);
  for (std::size_t i = 0; i < n; ++i) {
    const std::string line_no = std::to_string(i + 1);
    if (i >= a.lines.size()) {
      differences.push_back(who + ": line " + line_no + " " + stored[i].row.code + " (" + Money::from_cents(stored[i].row.amount).str() +
                            ") is stored but not recomputed");
      continue;
    }
    const PayslipLine& x = a.lines[i];
    if (i >= count) {
      differences.push_back(who + ": line " + line_no + " " + std::string(code_name(x.code)) + " (" + x.amount.str() +
                            ") is recomputed but not stored");
      continue;
    }
    const LineRow& l = stored[i].row;
    const LineRow again = line_row(l.seq, x);
    const bool same = l.code == again.code && l.amount == again.amount && l.description == again.description && l.kind == again.kind &&
                      l.quantity == again.quantity && l.rate == again.rate;
    if (same && check_matches(employee_id, stored[i])) continue;
    const std::string where = who + ": line " + line_no + " " + l.code;
    if (l.code != again.code) {
      differences.push_back(who + ": line " + line_no + ": stored " + l.code + ", recomputed " + again.code);
      continue;
    }
    const std::size_t before = differences.size();
    if (l.amount != x.amount.cents()) {
      differences.push_back(where + " (" + l.description + "): stored " + Money::from_cents(l.amount).str() + ", recomputed " +
                            x.amount.str() + " (" + (x.amount.cents() > l.amount ? "+" : "") +
                            Money::from_cents(x.amount.cents() - l.amount).str() + ")");
    }
    if (l.description != x.description) differences.push_back(where + ": description stored \"" + l.description + "\", recomputed \"" + x.description.str() + "\"");
    if (l.kind != again.kind) differences.push_back(where + ": kind stored " + l.kind + ", recomputed " + again.kind);
    if (l.quantity != again.quantity) differences.push_back(where + ": quantity stored \"" + l.quantity + "\", recomputed \"" + again.quantity + "\"");
    if (l.rate != again.rate) differences.push_back(where + ": rate stored \"" + l.rate + "\", recomputed \"" + again.rate + "\"");
    if (differences.size() == before) {
      differences.push_back(where + ": the line's stored check " + stored[i].check + " does not match its content (altered)");
    }
  }
}

/// Compares the recomputed totals of `a` with the stored ones (`stored_totals`, in the order of
/// kPayslipColumns).
void compare_totals(const Payslip& a, const std::int64_t* stored_totals, const std::string& employee_id, const std::string& employee,
                    std::vector<std::string>& differences) {
  const std::int64_t* t = stored_totals;  // in the order of kPayslipColumns
  const std::pair<const char*, std::pair<std::int64_t, Money>> totals[] = {
      {"gross", {t[0], a.gross}},
      {"wage for wage tax", {t[1], a.wage_for_wage_tax}},
      {"regular wage for wage tax", {t[2], a.regular_wage_for_wage_tax}},
      {"special wage for wage tax", {t[3], a.special_wage_for_wage_tax}},
      {"wage tax", {t[4], a.wage_tax}},
      {"untaxed", {t[5], a.untaxed}},
      {"net", {t[6], a.net}},
      {"employer charges", {t[7], a.employer_charges}},
      {"employer cost", {t[8], a.employer_cost}},
      {"holiday allowance reserved", {t[9], a.holiday_allowance_reserved}},
      {"holiday allowance balance", {t[10], a.holiday_allowance_balance}},
      {"hourly wage", {t[11], a.hourly_wage}},
  };
  for (const auto& [name, v] : totals) {
    if (v.first != v.second.cents()) {
      const std::int64_t d = v.second.cents() - v.first;  // recomputed minus stored, as for lines
      differences.push_back(employee_id + " " + employee + ": total " + name + ": stored " + Money::from_cents(v.first).str() + ", recomputed " +
                            v.second.str() + " (" + (d > 0 ? "+" : "") + Money::from_cents(d).str() + ")");
    }
  }
}

/// Replays one stored run, comparing every line, total and the state after the period, then the
/// run's stored totals and (a correction) its stored differences (RunTotalsCheck; `versions`:
/// the period's payslip versions when it has corrections, else nullptr).
RunReplay replay_run(const Database& db, std::int64_t id, const PayPeriod& period, const RuleBook* current,
                     const std::optional<std::string>& employee, std::map<std::string, std::unique_ptr<RuleBook>>& books,
                     EmployeeCache& employees, PeriodVersions* versions) {
  SQLite::Statement h(db.sql(),
                      "SELECT kind, rules_fingerprint, employer, carried_forward != '', program_version FROM payroll_runs WHERE id = ?");
  h.bind(1, id);
  h.executeStep();
  RunReplay rr;
  if (!h.getColumn(4).isNull()) rr.program_version = h.getColumn(4).getString();
  rr.run_id = id;
  rr.kind = run_kind_from(h.getColumn(0).getString());
  rr.period = period.label();
  const std::string fingerprint = h.getColumn(1).getString();
  const Employer employer = employer_from_json(parse_stored(h.getColumn(2).getString(), "run employer"));
  // A provisional run (one that carried values past their horizon) replays as it ran, with a
  // book that carries them again; every other run never looked past a horizon, so a plain book
  // makes the very same look-ups (and lets the payslip use the rules it prepares per period,
  // which a provisional book may not: PeriodRules).
  const bool provisional = h.getColumn(3).getInt() != 0;
  const RuleBook* rules = current;
  if (rules == nullptr) {
    auto& b = books[provisional ? fingerprint + " provisional" : fingerprint];
    if (!b) {
      b = std::make_unique<RuleBook>(stored_rules(db, fingerprint));
      if (provisional) b->set_options(RuleBookOptions{true});
    }
    rules = b.get();
  }
  rr.rules_fingerprint = rules->fingerprint();
  rr.rules_as_applied = current == nullptr;
  const PeriodRules pr(*rules, period);
  RunTotalsCheck totals(rr.kind, versions, employee);

  employees.start(rr.period);  // a new period: what the last one left is what its payslips start from
  std::string sql = std::string(kReplaySelect) + " WHERE p.run_id = ?";
  if (employee) sql += " AND p.employee_id = ?";
  sql += " ORDER BY p.employee_id";
  ReplayRows ps(db, sql);
  ps.bind(1, id);
  if (employee) ps.bind(2, *employee);
  LineReader reader(db);
  ReplayTextReader texts(db);
  ReplayCursor cursor(employees.before);
  std::string employee_id;
  std::string text;    // a text read by its id (reused)
  std::string packed;  // the recomputed lines, packed as stored (reused)
  std::string after;   // the recomputed state after, as stored (reused)
  std::string stored_after;  // the stored state after, read by its id when needed (reused)
  std::vector<std::string> altered_input;  // employees whose payslip was recomputed from an input altered after the run
  // The recomputed payslip (reused: its lines' storage is allocated once).
  Payslip slip{{}, {}, period, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}, {}};
  // The stored lines of the payslip at the current row (packed: read by their id into `text`).
  auto stored_lines = [&]() -> const std::vector<StoredLineRow>& {
    if (ps.is_null(kPackedLinesIdColumn)) return reader.read(nullptr, id, employee_id);
    if (!texts.read(ps.integer(kPackedLinesIdColumn), text)) text.clear();  // as a LEFT JOIN: no text, no lines
    const std::string_view view(text);
    return reader.read(&view, id, employee_id);
  };
  while (ps.step()) {
    // Read in place (no copies of the texts): the columns of kReplaySelect.
    employee_id.assign(ps.text(kEmployeeIdColumn));
    std::int64_t stored_totals[12];
    for (int i = 0; i < 12; ++i) stored_totals[i] = ps.integer(kFirstTotalColumn + i);
    // What this employee's payslip of the period before left (usually one; none for a new employee).
    const auto [first, last] = cursor.of(employee_id);
    auto carried = [first = first, last = last](std::int64_t ReplayCarried::*field, std::int64_t text_id) -> const ReplayCarried* {
      if (text_id == 0) return nullptr;
      for (const ReplayCarried* c = first; c != last; ++c) {
        if (c->*field == text_id) return c;
      }
      return nullptr;
    };
    ReplayCarried next;  // what this payslip leaves for the period after
    next.employee_id = employee_id;
    const Employee* snapshot = nullptr;
    if (const std::int64_t text_id = ps.integer(kEmployeeTextColumn); text_id != 0) {
      // An id is one text forever (texts are never changed): the snapshot the period before
      // parsed from it is this one.
      if (const ReplayCarried* c = carried(&ReplayCarried::snapshot_id, text_id)) {
        next.snapshot = c->snapshot;
      } else {
        if (!texts.read(text_id, text)) throw StoreError(ErrorCode::StoreCorrupt, "stored payslip text " + std::to_string(text_id) + " is missing");
        next.snapshot = std::make_shared<const Employee>(employee_from_json(parse_stored(text, "payslip employee")));
      }
      next.snapshot_id = text_id;
      snapshot = next.snapshot.get();
    } else {
      const std::string_view employee_text = ps.text(kEmployeeColumn);
      auto cached = employees.by_text.find(employee_text);
      if (cached == employees.by_text.end()) {
        const std::string copy(employee_text);
        cached = employees.by_text.emplace(copy, employee_from_json(parse_stored(copy, "payslip employee"))).first;
      }
      snapshot = &cached->second;
    }
    const Employee& e = *snapshot;
    // The opening state: the one recomputed for the period before when its stored text is this
    // very text, else the one parsed from the same text (same id) earlier in this period, else
    // parsed from the text (by its id; before schema 7 from the row).
    const std::int64_t opening_id = ps.integer(kOpeningTextColumn);
    PayrollState state;
    if (const ReplayCarried* c = carried(&ReplayCarried::after_id, opening_id)) {
      state = c->after;
    } else if (const auto parsed = opening_id != 0 ? employees.openings_now.find(opening_id) : employees.openings_now.end();
               parsed != employees.openings_now.end()) {
      state = parsed->second;
    } else if (opening_id != 0 && texts.read(opening_id, text)) {
      state = state_from_text(text);
      employees.openings_now.emplace(opening_id, state);
    } else {  // as a LEFT JOIN: without its text, the row's column
      state = state_from_text(ps.text(kOpeningStateColumn));
    }
    auto who = [&] { return employee_id + " " + e.name; };
    ++rr.payslips;
    const std::size_t first_difference = rr.differences.size();
    try {
      compute_payslip(slip, pr, employer, e, state);
    } catch (const Error& x) {
      rr.lines += static_cast<int>(stored_lines().size());
      rr.differences.push_back(who() + ": cannot be recomputed: " + x.what());
      totals.failed();
      continue;
    }
    const Payslip& a = slip;
    totals.add(employee_id, a);
    // Lines packed (schema 10): the recomputed lines packed the same way are the stored text
    // byte for byte when nothing differs, and lines with the values of lines that packed to
    // this very text (same id) before pack to it again (PackedLinesMemo); only otherwise are
    // they packed and compared with the text, and the stored lines unpacked when they differ.
    bool lines_equal = false;
    if (!ps.is_null(kPackedLinesIdColumn)) {
      const std::int64_t lines_id = ps.integer(kPackedLinesIdColumn);
      std::shared_ptr<const PackedLinesMemo> memo;
      if (const ReplayCarried* c = carried(&ReplayCarried::lines_id, lines_id)) {
        memo = c->lines;
      } else {
        memo = employees.lines_of(lines_id);
      }
      lines_equal = memo != nullptr && memo->same(a.lines);
      if (!lines_equal && texts.read(lines_id, text)) {
        pack_lines(packed, a.lines);
        lines_equal = packed == text;
        if (lines_equal) {
          memo = std::make_shared<const PackedLinesMemo>(a.lines);
          employees.lines_now.insert_or_assign(lines_id, memo);
        }
      }
      if (lines_equal) {
        next.lines_id = lines_id;
        next.lines = std::move(memo);
      }
    }
    if (lines_equal) {
      rr.lines += static_cast<int>(a.lines.size());
    } else {
      const auto& stored = stored_lines();
      rr.lines += static_cast<int>(stored.size());
      compare_lines(a, stored, who(), employee_id, rr.differences);
    }
    compare_totals(a, stored_totals, employee_id, e.name, rr.differences);
    // The state after: equal without formatting or reading its text when another payslip of this
    // period recomputed a state with the same values that formatted to this very text (same id:
    // AfterStateMemo); else its text is read by its id (before schema 7: the row's column; as a
    // LEFT JOIN: without its text, the row's column), the state formatted and compared with it,
    // and remembered when equal.
    const std::int64_t after_id = ps.integer(kAfterTextColumn);
    const auto memo = after_id != 0 ? employees.afters_now.find(after_id) : employees.afters_now.end();
    bool after_equal = memo != employees.afters_now.end() && memo->second.matches(state);
    // Whether the state after compared is the text of id after_id (remembered, or read now): only
    // then is it remembered, or carried to the next period, by that id. A row's own column (no
    // such text) is that row's alone: another row pointing at the same missing id — this
    // period's state after or the next period's opening state — may hold another text.
    bool by_id = after_equal;
    std::string_view state_after;
    if (!after_equal) {
      by_id = after_id != 0 && texts.read(after_id, stored_after);
      state_after = by_id ? std::string_view(stored_after) : ps.text(kStateAfterColumn);
      state_text(after, state);
      after_equal = state_after == after;
      if (after_equal && by_id && memo == employees.afters_now.end()) employees.afters_now.emplace(after_id, AfterStateMemo{state});
    }
    if (!after_equal) {
      state_differences(who(), state_after, after, rr.differences);
    } else if (by_id) {
      next.after_id = after_id;
      next.after = std::move(state);
    }
    if (rr.differences.size() > first_difference && explain_altered_input(db, id, employee_id, who(), rr.differences, first_difference)) {
      altered_input.push_back(employee_id);
    }
    employees.now.push_back(std::move(next));
  }
  const std::size_t first_total = rr.differences.size();
  totals.compare(db, id, rr.period, rr.differences);
  if (!altered_input.empty()) mark_recomputed_from_altered_input(rr.differences, first_total, altered_input);
  return rr;
}

}  // namespace

namespace {

std::vector<RunReplay> replay_one_period(const Database& db, const PayPeriod& period, const RuleBook* current,
                                         const std::optional<std::string>& employee,
                                         std::map<std::string, std::unique_ptr<RuleBook>>& books, EmployeeCache& employees) {
  std::vector<std::int64_t> ids;
  {
    SQLite::Statement q(db.sql(),
                        "SELECT id FROM payroll_runs WHERE period = ? AND (kind = 'regular' OR corrects_run IN "
                        "(SELECT id FROM payroll_runs WHERE kind = 'regular' AND period = ?)) ORDER BY id");
    q.bind(1, period.label());
    q.bind(2, period.label());
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  }
  if (ids.empty()) throw InputError("no payroll run for period " + period.label() + " in " + db.path().string());
  std::vector<RunReplay> out;
  // The payslips are remembered for the corrections' differences only when there are corrections.
  PeriodVersions versions;
  for (const auto id : ids) out.push_back(replay_run(db, id, period, current, employee, books, employees, ids.size() > 1 ? &versions : nullptr));
  return out;
}

}  // namespace

ReplayReport replay_periods(const Database& db, const std::vector<PayPeriod>& periods, const RuleBook* current,
                            const std::optional<std::string>& employee, unsigned max_threads) {
  // Periods are independent: with more than one, they are replayed on up to `max_threads`
  // threads (WAL readers do not block each other).
  std::vector<std::vector<RunReplay>> results(periods.size());
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  // A private migrated copy of an older file (Database::copied_from_schema) is this connection's
  // own: another connection would have to copy and migrate the file again, so one thread reads it.
  const unsigned at_most = db.copied_from_schema() ? 1u : max_threads == 0 ? std::min(cores, 4u) : max_threads;
  const std::size_t workers = std::min<std::size_t>(periods.size(), at_most);
  if (workers <= 1) {
    std::map<std::string, std::unique_ptr<RuleBook>> books;
    EmployeeCache employees;
    for (std::size_t i = 0; i < periods.size(); ++i) results[i] = replay_one_period(db, periods[i], current, employee, books, employees);
  } else {
    std::vector<std::exception_ptr> errors(workers);
    std::vector<std::thread> threads;
    for (std::size_t w = 0; w < workers; ++w) {
      threads.emplace_back([&, w] {
        try {
          // The first thread reads through `db` (its caller waits meanwhile), the others each
          // through their own read connection.
          std::optional<Database> own;
          if (w > 0) own.emplace(Database::open(db.path(), Database::Access::ReadOnly));
          const Database& conn = own ? *own : db;
          std::map<std::string, std::unique_ptr<RuleBook>> books;
          EmployeeCache employees;
          for (std::size_t i = w; i < periods.size(); i += workers) {
            results[i] = replay_one_period(conn, periods[i], current, employee, books, employees);
          }
        } catch (...) {
          errors[w] = std::current_exception();
        }
      });
    }
    for (auto& t : threads) t.join();
    for (const auto& e : errors) {
      if (e) std::rethrow_exception(e);
    }
  }
  ReplayReport report;
  for (auto& r : results) {
    for (auto& x : r) report.runs.push_back(std::move(x));
  }
  return report;
}

ReplayReport replay_period(const Database& db, const PayPeriod& period, const RuleBook* current,
                           const std::optional<std::string>& employee) {
  return replay_periods(db, {period}, current, employee);
}

std::vector<PayPeriod> stored_periods(const Database& db, int year) {
  std::vector<PayPeriod> out;
  SQLite::Statement q(db.sql(),
                      "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_start >= ? AND period_start <= ? ORDER BY period_start");
  q.bind(1, std::to_string(year) + "-01-01");
  q.bind(2, std::to_string(year) + "-12-31");
  while (q.executeStep()) out.push_back(PayPeriod::parse(q.getColumn(0).getString(), "stored period"));
  return out;
}

}  // namespace basisbaan
