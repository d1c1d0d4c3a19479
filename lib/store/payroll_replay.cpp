// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/payroll_replay.hpp"

#include <algorithm>
#include <cstring>
#include <map>
#include <thread>
#include <unordered_map>

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

/// Employee snapshots parsed once per replay, looked up by their text without copying it.
struct TextHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

/// What a replay keeps between the payslips and periods it replays (one per thread).
struct EmployeeCache {
  /// Snapshots stored in payslip_texts (schema 7 and later), by their id: an id is one text forever
  /// (texts are never changed), so the text is read and parsed once per replay.
  std::unordered_map<std::int64_t, Employee> by_id;
  /// Snapshots stored in the payslip row itself (before schema 7), by their text.
  std::unordered_map<std::string, Employee, TextHash, std::equal_to<>> by_text;
  /// The recomputed states after the period replayed last (`after`) and the one before
  /// (`before`), by the id of the stored text each equals byte for byte: a payslip usually starts
  /// from the previous period's state after (its opening_text is that text), which then needs no
  /// parsing (state_from_text of the text gives this state). Employees with equal states share a
  /// text, so a state is copied, not taken out; two periods are kept, so memory stays flat.
  std::unordered_map<std::int64_t, PayrollState> before;
  std::unordered_map<std::int64_t, PayrollState> after;
  std::string after_period;  ///< the period `after` belongs to
};

/// The replay's SELECT: kPayslipSelect's columns (the same positions, so LineReader reads the
/// lines), without the texts a replay does not need read through a join (the snapshot by its id,
/// column 23; the unconfirmed rules not at all), plus the ids of the opening state and the state
/// after (columns 24, 25).
constexpr const char* kReplaySelect =
    "SELECT p.employee_id, p.employee, coalesce(tb.content, p.opening_state), '', "
    "coalesce(ta.content, p.state_after), p.pay_date, p.gross_cents, p.wage_for_wage_tax_cents, p.regular_wage_for_wage_tax_cents, "
    "p.special_wage_for_wage_tax_cents, p.wage_tax_cents, p.untaxed_cents, p.net_cents, p.employer_charges_cents, "
    "p.employer_cost_cents, p.holiday_allowance_reserved_cents, p.holiday_allowance_balance_cents, p.hourly_wage_cents, "
    "'', p.line_count, p.hash, coalesce(tl.content, ''), p.lines_text, coalesce(p.employee_text, 0), coalesce(p.opening_text, 0), "
    "coalesce(p.after_text, 0) FROM payslips p "
    "LEFT JOIN payslip_texts tb ON tb.id = p.opening_text LEFT JOIN payslip_texts ta ON ta.id = p.after_text "
    "LEFT JOIN payslip_texts tl ON tl.id = p.lines_text";
constexpr int kEmployeeTextColumn = 23;
constexpr int kOpeningTextColumn = 24;
constexpr int kAfterTextColumn = 25;

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
      differences.push_back(employee_id + " " + employee + ": total " + name + ": stored " + Money::from_cents(v.first).str() + ", recomputed " +
                            v.second.str());
    }
  }
}

/// Replays one stored run, comparing every line, total and the state after the period.
RunReplay replay_run(const Database& db, std::int64_t id, const PayPeriod& period, const RuleBook* current,
                     const std::optional<std::string>& employee, std::map<std::string, std::unique_ptr<RuleBook>>& books,
                     EmployeeCache& employees) {
  SQLite::Statement h(db.sql(), "SELECT kind, rules_fingerprint, employer FROM payroll_runs WHERE id = ?");
  h.bind(1, id);
  h.executeStep();
  RunReplay rr;
  rr.run_id = id;
  rr.kind = run_kind_from(h.getColumn(0).getString());
  rr.period = period.label();
  const std::string fingerprint = h.getColumn(1).getString();
  const Employer employer = employer_from_json(parse_stored(h.getColumn(2).getString(), "run employer"));
  const RuleBook* rules = current;
  if (rules == nullptr) {
    auto& b = books[fingerprint];
    if (!b) {
      b = std::make_unique<RuleBook>(stored_rules(db, fingerprint));
      b->set_options(RuleBookOptions{true});  // a provisional run replays as it ran; others never pass a horizon
    }
    rules = b.get();
  }
  rr.rules_fingerprint = rules->fingerprint();
  rr.rules_as_applied = current == nullptr;
  const PeriodRules pr(*rules, period);

  if (employees.after_period != rr.period) {  // a new period: the states after the last one are its openings
    employees.before = std::move(employees.after);
    employees.after.clear();
    employees.after_period = rr.period;
  }
  std::string sql = std::string(kReplaySelect) + " WHERE p.run_id = ?";
  if (employee) sql += " AND p.employee_id = ?";
  sql += " ORDER BY p.employee_id";
  SQLite::Statement ps(db.sql(), sql);
  ps.bind(1, id);
  if (employee) ps.bind(2, *employee);
  LineReader reader(db);
  SQLite::Statement text_by_id(db.sql(), "SELECT content FROM payslip_texts WHERE id = ?");
  std::string employee_id;
  std::string packed;  // the recomputed lines, packed as stored (reused)
  std::string after;   // the recomputed state after, as stored (reused)
  while (ps.executeStep()) {
    // Read in place (no copies of the snapshots): the columns of kReplaySelect.
    employee_id.assign(ps.getColumn(0).getText());
    const std::string_view opening_state(ps.getColumn(2).getText(), static_cast<std::size_t>(ps.getColumn(2).getBytes()));
    const std::string_view state_after(ps.getColumn(4).getText(), static_cast<std::size_t>(ps.getColumn(4).getBytes()));
    std::int64_t stored_totals[12];
    for (int i = 0; i < 12; ++i) stored_totals[i] = ps.getColumn(6 + i).getInt64();
    const Employee* snapshot = nullptr;
    if (const std::int64_t text_id = ps.getColumn(kEmployeeTextColumn).getInt64(); text_id != 0) {
      auto cached = employees.by_id.find(text_id);
      if (cached == employees.by_id.end()) {
        text_by_id.reset();
        text_by_id.bind(1, text_id);
        if (!text_by_id.executeStep()) throw StoreError(ErrorCode::StoreCorrupt, "stored payslip text " + std::to_string(text_id) + " is missing");
        cached = employees.by_id.emplace(text_id, employee_from_json(parse_stored(text_by_id.getColumn(0).getString(), "payslip employee"))).first;
        text_by_id.reset();
      }
      snapshot = &cached->second;
    } else {
      const std::string_view employee_text(ps.getColumn(1).getText(), static_cast<std::size_t>(ps.getColumn(1).getBytes()));
      auto cached = employees.by_text.find(employee_text);
      if (cached == employees.by_text.end()) {
        const std::string text(employee_text);
        cached = employees.by_text.emplace(text, employee_from_json(parse_stored(text, "payslip employee"))).first;
      }
      snapshot = &cached->second;
    }
    const Employee& e = *snapshot;
    const std::int64_t opening_id = ps.getColumn(kOpeningTextColumn).getInt64();
    const auto known = opening_id != 0 ? employees.before.find(opening_id) : employees.before.end();
    PayrollState state = known != employees.before.end() ? known->second : state_from_text(opening_state);
    auto who = [&] { return employee_id + " " + e.name; };
    ++rr.payslips;
    std::optional<Payslip> slip;
    try {
      slip.emplace(compute_payslip(pr, employer, e, state));
    } catch (const Error& x) {
      rr.lines += static_cast<int>(reader.read(ps, id, employee_id).size());
      rr.differences.push_back(who() + ": cannot be recomputed: " + x.what());
      continue;
    }
    const Payslip& a = *slip;
    // Lines packed (schema 10): the recomputed lines packed the same way are the stored text
    // byte for byte when nothing differs; only otherwise are the stored lines unpacked.
    bool lines_equal = false;
    if (!ps.getColumn(kPackedLinesIdColumn).isNull()) {
      pack_lines(packed, a.lines);
      const SQLite::Column c = ps.getColumn(kPackedLinesColumn);
      lines_equal = static_cast<std::size_t>(c.getBytes()) == packed.size() && std::memcmp(c.getText(), packed.data(), packed.size()) == 0;
    }
    if (lines_equal) {
      rr.lines += static_cast<int>(a.lines.size());
    } else {
      const auto& stored = reader.read(ps, id, employee_id);
      rr.lines += static_cast<int>(stored.size());
      compare_lines(a, stored, who(), employee_id, rr.differences);
    }
    compare_totals(a, stored_totals, employee_id, e.name, rr.differences);
    state_text(after, state);
    if (state_after != after) {
      rr.differences.push_back(who() + ": year-to-date cumulatives or reserve after the period differ: stored " + std::string(state_after) +
                               ", recomputed " + after);
    } else if (const std::int64_t after_id = ps.getColumn(kAfterTextColumn).getInt64(); after_id != 0) {
      employees.after.insert_or_assign(after_id, std::move(state));
    }
  }
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
  for (const auto id : ids) out.push_back(replay_run(db, id, period, current, employee, books, employees));
  return out;
}

}  // namespace

ReplayReport replay_periods(const Database& db, const std::vector<PayPeriod>& periods, const RuleBook* current,
                            const std::optional<std::string>& employee, unsigned max_threads) {
  // Periods are independent: with more than one, they are replayed on up to `max_threads`
  // threads (WAL readers do not block each other).
  std::vector<std::vector<RunReplay>> results(periods.size());
  const unsigned cores = std::max(1u, std::thread::hardware_concurrency());
  const std::size_t workers = std::min<std::size_t>({periods.size(), max_threads == 0 ? std::min(cores, 4u) : max_threads});
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
