// SPDX-License-Identifier: EUPL-1.2
// The import reads, checks and writes its rows as they come (issue 18, lib/store/employee_import.cpp)
// and hashes the rows for the audit entries in a new way; what must not change:
// - a row's audit hash is still SHA-256 of canonical(row_json(row)) without the columns added
//   later that hold their default — row_text() writes those bytes directly, checked here against
//   that definition for every row of a database with the example, a payroll run and a
//   garnishment in it, and for a table of odd values;
// - the hashes read by one range scan after a batch are those read key by key, also when the rows
//   are not where the caller said (then each is looked up by its key);
// - a bad row after rows already written leaves the database as it was, with every problem
//   reported, duplicates found across batches and against the database;
// - the compact set of the duplicate checks answers as a set, growing from nothing.

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/sha256.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/garnishments.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "../../lib/store/internal.hpp"
#include "../../lib/store/text_set.hpp"
#include "../made_up_identifiers.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

/// The definition: canonical(row_json(q)) without the columns of kColumnsAddedLater that hold
/// their default (as entity_hash computed it before row_text).
std::string reference_row_text(const SQLite::Statement& q) {
  store_detail::CJson row = store_detail::row_json(q);
  for (const auto& column : store_detail::kColumnsAddedLater) {
    const auto it = row.find(std::string(column.name));
    if (it == row.end()) continue;
    const std::string value = it->is_string() ? it->get<std::string>() : it->dump();
    if (value == column.default_value) row.erase(it);
  }
  return store_detail::canonical(row);
}

std::string row_text_of(const SQLite::Statement& q) {
  std::string out;
  store_detail::row_text(out, q);
  return out;
}

std::string employees_csv(int first, int n) {
  std::string csv = "id,name,birth_date,bsn,iban,employed_since,hours_per_week,permanent_contract\n";
  for (int i = first; i < first + n; ++i) {
    char line[200];
    std::snprintf(line, sizeof line, "B%05d,Werknemer %d,1980-01-%02d,%s,%s,2026-01-01,%d,ja\n", i + 1, i, 1 + i % 28, made_up_bsn(i).c_str(),
                  made_up_iban(i).c_str(), 20 + i % 17);
    csv += line;
  }
  return csv;
}

std::vector<std::string> dump(const Database& db, const char* table) {
  std::vector<std::string> out;
  SQLite::Statement q(db.sql(), std::string("SELECT * FROM ") + table + " ORDER BY rowid");
  while (q.executeStep()) out.push_back(row_text_of(q));
  return out;
}

}  // namespace

TEST_CASE("row_text: the bytes of the row's canonical JSON for every row the audit hashes", "[store][import][audit]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  add_garnishment(db, "E001", bailiff_garnishment());
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  int rows = 0;
  for (const char* table : {"employer", "employees", "contracts", "scale_placements", "sick_reports", "rule_sets", "payroll_runs",
                            "garnishments", "audit_log"}) {
    SQLite::Statement q(db.sql(), std::string("SELECT * FROM ") + table);
    while (q.executeStep()) {
      INFO(table);
      CHECK(row_text_of(q) == reference_row_text(q));
      ++rows;
    }
  }
  CHECK(rows > 50);
  CHECK(verify_audit(db).ok());
}

TEST_CASE("row_text: odd values, the columns added later at and off their default, and what it refuses", "[store][import][audit]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  // Column names out of order, two of kColumnsAddedLater ("identified" default "1", "end_event"
  // default ""), a column named like JSON would escape.
  db.exec("CREATE TABLE t (zeta TEXT, identified INTEGER, alpha INTEGER, end_event TEXT, \"we\"\"ird\" TEXT, b BLOB)");
  const std::vector<std::string> texts{"",
                                       "plain",
                                       "O'Brien \"Jr.\"",
                                       "back\\slash",
                                       "tab\there, line\nbreak\r\n",
                                       std::string("nul\0byte", 8),
                                       "\x01\x1f\x7f",
                                       "Caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
                                       "1"};
  SQLite::Statement insert(db, "INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)");
  int n = 0;
  for (const auto& a : texts) {
    for (const auto& b : texts) {
      insert.reset();
      insert.bind(1, a);
      if (n % 3 == 0) insert.bind(2); else insert.bind(2, static_cast<std::int64_t>(n % 3 == 1 ? 1 : -n));
      insert.bind(3, static_cast<std::int64_t>(n % 2 == 0 ? INT64_MIN + n : INT64_MAX - n));
      if (n % 4 == 0) insert.bind(4); else insert.bind(4, b);
      insert.bind(5, b);
      if (n % 5 == 0) insert.bind(6); else insert.bind(6, b.data(), static_cast<int>(b.size()));
      insert.exec();
      ++n;
    }
  }
  SQLite::Statement q(db, "SELECT * FROM t");
  int rows = 0;
  while (q.executeStep()) {
    CHECK(row_text_of(q) == reference_row_text(q));
    ++rows;
  }
  CHECK(rows == n);
  // Both refuse a float and text that is not UTF-8, alike.
  db.exec("INSERT INTO t VALUES ('x', 1, 2.5, '', '', NULL)");
  SQLite::Statement f(db, "SELECT * FROM t WHERE alpha = 2.5");
  REQUIRE(f.executeStep());
  CHECK_THROWS_AS(row_text_of(f), StoreError);
  CHECK_THROWS_AS(reference_row_text(f), StoreError);
  db.exec("INSERT INTO t VALUES (CAST(X'C328' AS TEXT), 1, 3, '', '', NULL)");
  SQLite::Statement u(db, "SELECT * FROM t WHERE alpha = 3");
  REQUIRE(u.executeStep());
  CHECK_THROWS(row_text_of(u));
  CHECK_THROWS(reference_row_text(u));
}

TEST_CASE("row_hashes: the hashes key by key, also when the rows are not at the row ids given", "[store][import][audit]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  std::vector<std::string> keys;
  std::vector<std::string> expected;
  std::int64_t first = 0;
  {
    SQLite::Statement q(db.sql(), "SELECT id, rowid FROM employees ORDER BY rowid LIMIT 5 OFFSET 2");
    while (q.executeStep()) {
      keys.push_back(q.getColumn(0).getString());
      if (first == 0) first = q.getColumn(1).getInt64();
      expected.push_back(store_detail::entity_hash(db, "employee:" + keys.back()));
    }
  }
  REQUIRE(keys.size() == 5);
  store_detail::AuditAppender appender(db);
  CHECK(appender.row_hashes("employee", first, keys) == expected);      // where they are
  CHECK(appender.row_hashes("employee", first + 1, keys) == expected);  // one off: each by its key
  CHECK(appender.row_hashes("employee", 1000000, keys) == expected);    // past the end
  std::vector<std::string> with_missing = keys;
  with_missing.push_back("NO-SUCH");
  auto hashes = appender.row_hashes("employee", first, with_missing);
  CHECK(hashes.back().empty());  // as entity_hash says of a row that does not exist
  hashes.pop_back();
  CHECK(hashes == expected);
}

TEST_CASE("an import whose bad rows come after rows already written leaves the database as it was", "[store][import][errors]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const auto employees = dump(db, "employees");
  const auto contracts = dump(db, "contracts");
  const auto placements = dump(db, "scale_placements");
  const auto log = dump(db, "audit_log");
  std::string existing_bsn;
  {
    SQLite::Statement q(db.sql(), "SELECT bsn FROM employees ORDER BY id LIMIT 1");
    REQUIRE(q.executeStep());
    existing_bsn = q.getColumn(0).getString();
  }
  // 200 rows: three batches of 64 are written before the first bad row (row 150), then: row 160
  // repeats row 3's id (an earlier batch), row 170 the BSN of an employee in the database.
  std::string csv = employees_csv(0, 200);
  std::vector<std::string> lines;
  for (std::size_t at = 0, next; (next = csv.find('\n', at)) != std::string::npos; at = next + 1) lines.push_back(csv.substr(at, next - at));
  lines[150] = "B00150X,Werknemer,1980-01-01," + made_up_bsn(149) + "," + made_up_iban(149) + ",2026-01-01,99,ja";
  lines[160].replace(0, 6, "B00003");
  const std::string bsn160 = made_up_bsn(169);
  lines[170].replace(lines[170].find(bsn160), bsn160.size(), existing_bsn);
  std::string bad;
  for (const auto& l : lines) bad += l + "\n";
  try {
    import_employees_csv(db, bad, "late.csv");
    FAIL("the import was not refused");
  } catch (const ValidationError& e) {
    REQUIRE(e.problems().size() == 3);
    CHECK(e.problems()[0].where.row == 150);
    CHECK(e.problems()[0].where.field == "hours_per_week");
    CHECK(e.problems()[1].message == "late.csv row 160 (line 161), field id: employee B00003 already exists");
    CHECK(e.problems()[2].where.row == 170);
    CHECK(e.problems()[2].message.find("belongs to another employee") != std::string::npos);
  }
  CHECK(dump(db, "employees") == employees);
  CHECK(dump(db, "contracts") == contracts);
  CHECK(dump(db, "scale_placements") == placements);
  CHECK(dump(db, "audit_log") == log);
  // The same file mended imports whole, and its entries verify.
  CHECK(import_employees_csv(db, employees_csv(0, 200), "mended.csv") == 200);
  CHECK(verify_audit(db).ok());
}

TEST_CASE("the duplicate checks' set answers as a set, growing from nothing", "[store][import]") {
  store_detail::TextSet set(0);
  std::vector<std::string> texts;
  for (int i = 0; i < 5000; ++i) texts.push_back(i % 7 == 0 ? std::string(static_cast<std::size_t>(i % 3), 'x') + std::to_string(i) : made_up_bsn(i));
  texts.push_back("");
  for (std::size_t i = 0; i < texts.size(); ++i) {
    INFO(texts[i]);
    REQUIRE_FALSE(set.contains(texts[i]));
    set.insert(texts[i]);
    REQUIRE(set.contains(texts[i]));
  }
  for (const auto& s : texts) CHECK(set.contains(s));
  CHECK_FALSE(set.contains("B"));
  CHECK_FALSE(set.contains(made_up_bsn(5000)));
}
