// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared helpers for the store tests: a temporary database file that is removed afterwards, the
// real rule book, and the example employer.

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/garnishment.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/database.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "../rules.hpp"

namespace basisbaan::test {

/// The project's rules, the one book of tests/rules.hpp.
inline const RuleBook& store_rules() { return rules(); }

inline std::filesystem::path example_dir() {
  return std::filesystem::path(BASISBAAN_TEST_DATA_DIR) / ".." / ".." / "examples" / "employer";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A database path in the temporary directory; the file and its -wal/-shm are removed at the end.
class TempDb {
 public:
  TempDb() {
    static std::atomic<int> n{0};
    path_ = std::filesystem::temp_directory_path() /
            ("basisbaan-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".db");
    remove();
  }
  ~TempDb() { remove(); }
  TempDb(const TempDb&) = delete;
  TempDb& operator=(const TempDb&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  void remove() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_.string() + suffix, ec);
  }
  std::filesystem::path path_;
};

/// The example employer and its employees in a new database.
inline void load_example(Database& db) {
  const std::string employer_file = (example_dir() / "employer.json").string();
  const Json doc = parse_json_exact(slurp(employer_file), employer_file);
  set_employer(db, read_employer(JsonField(doc, employer_file, "")));
  import_employees_csv(db, slurp(example_dir() / "employees.csv"), "employees.csv");
  const auto sick = parse_csv(slurp(example_dir() / "sick_reports.csv"), "sick_reports.csv");
  for (std::size_t i = 1; i < sick.size(); ++i) {
    SickReport r;
    r.id = sick[i].fields.at(1);
    r.first_day = parse_date(sick[i].fields.at(2));
    report_sick(db, sick[i].fields.at(0), r);
  }
}

/// E002's contract of the example back-dated to 1 January: 32 hours at € 15,50, schaal 2 trede 4.
inline void backdate_e002_to_32_hours(Database& db) {
  Contract c;
  c.start = parse_date("2026-01-01");
  c.indefinite = true;
  c.hours_per_week = Hours(Decimal(32));
  add_contract(db, "E002", c, ScalePlacement{0, c.start, "schaal 2, trede 4", Money::parse("15.50")});
}

/// The example employer with 2026-01 and 2026-02 run and closed.
inline void example_with_two_closed_months(Database& db) {
  load_example(db);
  for (const char* p : {"2026-01", "2026-02"}) {
    run_payroll(db, store_rules(), PayPeriod::parse(p));
    close_period(db, PayPeriod::parse(p));
  }
}

/// The example employer with 2026-01 and 2026-02 run and closed, then E002's contract back-dated
/// to 1 January (backdate_e002_to_32_hours) and January corrected: the correction.
inline CorrectionOutcome example_with_january_corrected(Database& db) {
  example_with_two_closed_months(db);
  backdate_e002_to_32_hours(db);
  return correct_period(db, store_rules(), PayPeriod::parse("2026-01"), "uren met terugwerkende kracht");
}

/// A new employee with a fixed-term contract (2026-01-01 … 2026-12-31, 24 hours), not yet stored:
/// personnel number `id` and BSN `bsn` (it must pass the 11-test).
inline Employee fixed_term_newcomer(const std::string& id, const std::string& bsn) {
  Employee e;
  e.id = id;
  e.name = "N. Nieuw";
  e.birth_date = parse_date("1990-04-04");
  e.bsn = bsn;
  e.iban = "NL41RABO7001234568";
  e.employed_since = parse_date("2026-01-01");
  e.employed_until = parse_date("2026-12-31");
  e.hours_per_week = Hours(Decimal(24));
  return e;
}

inline int count(const Database& db, const std::string& sql) {
  SQLite::Statement q(db.sql(), sql);
  q.executeStep();
  return q.getColumn(0).getInt();
}

/// The employee snapshot stored with a payslip of run `run_id`: since schema 7 it is stored once in
/// payslip_texts (docs/store.md); an older row keeps its own.
inline std::string stored_snapshot(const Database& db, std::int64_t run_id, const char* employee) {
  SQLite::Statement q(db.sql(),
                      "SELECT coalesce((SELECT content FROM payslip_texts WHERE id = employee_text), employee) FROM payslips "
                      "WHERE run_id = ? AND employee_id = ?");
  q.bind(1, run_id);
  q.bind(2, employee);
  if (!q.executeStep()) throw std::runtime_error("no payslip of " + std::string(employee) + " in run " + std::to_string(run_id));
  return q.getColumn(0).getString();
}

/// The values of bailiff_garnishment(), each with its default: name the ones a test needs,
/// e.g. bailiff_garnishment({.owed = "10000", .protected_per_month = "1000.00"}).
struct BailiffGarnishmentValues {
  std::string id{};                                     ///< empty: the store numbers it
  std::string creditor = "Gerechtsdeurwaarder Jansen";  ///< the bailiff
  std::string iban = "NL91 ABNA 0417 1643 00";          ///< as typed (the store normalizes it)
  std::string reference = "2026-0042";                  ///< the bailiff's kenmerk
  std::string start = "2026-01-01";                     ///< the day of the garnishment
  std::string owed = "3000";                            ///< owed in total
  std::string protected_per_month = "1338.74";          ///< the beslagvrije voet per month
};

/// A bailiff's garnishment with `v`'s values: by default of € 3,000 from 2026-01-01 with a
/// beslagvrije voet of € 1,338.74 a month.
inline Garnishment bailiff_garnishment(const BailiffGarnishmentValues& v = {}) {
  Garnishment g;
  g.id = v.id;
  g.kind = GarnishmentKind::Bailiff;
  g.creditor = v.creditor;
  g.iban = v.iban;
  g.reference = v.reference;
  g.start = parse_date(v.start);
  g.owed = Money::parse(v.owed);
  g.protected_per_month = Money::parse(v.protected_per_month);
  return g;
}

/// The fields of one packed payslip line (schema 10, docs/store.md): code, description, kind,
/// quantity, rate, amount in cents, check.
using PackedLineFields = std::vector<std::string>;

/// Edits the packed lines of the payslips matching `payslips_where` (SQL on payslips) behind the
/// library's back, as anyone with the sqlite3 tool could: `edit` changes the lines (a check left
/// as it was no longer matches its line). Not in place: a new text is inserted and the payslips
/// are pointed at it (the database refuses that for a closed run unless closed_payslip_no_update
/// is dropped). In place: the stored text itself is changed, for every payslip that uses it (the
/// database refuses that unless payslip_texts_immutable_update is dropped).
inline void alter_packed_lines(Database& db, const std::string& payslips_where,
                               const std::function<void(std::vector<PackedLineFields>&)>& edit, bool in_place = false) {
  std::vector<std::pair<long long, std::string>> texts;
  {
    SQLite::Statement q(db.sql(), "SELECT DISTINCT t.id, t.content FROM payslip_texts t JOIN payslips p ON p.lines_text = t.id WHERE " +
                                      payslips_where);
    while (q.executeStep()) texts.emplace_back(q.getColumn(0).getInt64(), q.getColumn(1).getString());
  }
  if (texts.empty()) throw std::runtime_error("alter_packed_lines: no packed payslip matches " + payslips_where);
  for (const auto& [id, content] : texts) {
    std::vector<PackedLineFields> lines;
    std::size_t start = 0;
    while (start <= content.size()) {
      const std::size_t end = std::min(content.find('\x1e', start), content.size());
      PackedLineFields fields;
      std::size_t f = start;
      while (true) {
        const std::size_t sep = std::min(content.find('\x1f', f), end);
        fields.push_back(content.substr(f, sep - f));
        if (sep >= end) break;
        f = sep + 1;
      }
      lines.push_back(std::move(fields));
      start = end + 1;
    }
    edit(lines);
    std::string packed;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (i > 0) packed += '\x1e';
      for (std::size_t j = 0; j < lines[i].size(); ++j) packed += (j > 0 ? "\x1f" : "") + lines[i][j];
    }
    if (in_place) {
      SQLite::Statement u(db.sql(), "UPDATE payslip_texts SET content = ? WHERE id = ?");
      u.bind(1, packed);
      u.bind(2, static_cast<std::int64_t>(id));
      u.exec();
    } else {
      SQLite::Statement i(db.sql(), "INSERT INTO payslip_texts (key, content) VALUES (0, ?)");
      i.bind(1, packed);
      i.exec();
      SQLite::Statement u(db.sql(), "UPDATE payslips SET lines_text = ? WHERE lines_text = ? AND " + payslips_where);
      u.bind(1, db.sql().getLastInsertRowid());
      u.bind(2, static_cast<std::int64_t>(id));
      u.exec();
    }
  }
}

/// Adds `cents` to the amount of every line `code` (as alter_packed_lines).
inline void add_to_packed_line(Database& db, const std::string& payslips_where, const std::string& code, long long cents,
                               bool in_place = false) {
  alter_packed_lines(
      db, payslips_where,
      [&](std::vector<PackedLineFields>& lines) {
        for (auto& l : lines) {
          if (l.at(0) == code) l.at(5) = std::to_string(std::stoll(l.at(5)) + cents);
        }
      },
      in_place);
}

}  // namespace basisbaan::test
