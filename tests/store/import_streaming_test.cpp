// SPDX-License-Identifier: EUPL-1.2
// The import reads, checks and writes its rows as they come (issue 18, lib/store/employee_import.cpp)
// and hashes the rows for the audit entries in a new way; what must not change:
// - a row's audit hash is still SHA-256 of canonical(row_json(row)) without the columns added
//   later that hold their default — row_text() writes those bytes directly, checked here against
//   that definition for every row of a database with the example, a payroll run and a
//   garnishment in it, and for a table of odd values;
// - the hashes read by one range scan after a batch are those read key by key, also when the rows
//   are not where the caller said (then each is looked up by its key);
// - a bad row late in a large file is reported with every other, duplicates found across batches
//   and against the database, before anything is written; a contract the store itself refuses
//   when its batch is written (after other batches were) is the error it was, wherever its row
//   falls, and the transaction is rolled back;
// - the batches of any length, one after the other, each written with a statement of its length;
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
#include "../../lib/store/administration_rows.hpp"
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
  store_detail::row_text(out, q, store_detail::RowLayout(q));  // a layout for this one row
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
    const store_detail::RowLayout layout(q);  // made once, before the first row, as the import and verify keep it
    while (q.executeStep()) {
      INFO(table);
      const std::string reference = reference_row_text(q);
      CHECK(row_text_of(q) == reference);
      std::string with_layout;
      store_detail::row_text(with_layout, q, layout);
      CHECK(with_layout == reference);
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

TEST_CASE("an import with bad rows late in a large file reports every one and leaves the database as it was", "[store][import][errors]") {
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
  // 200 rows, three batches' worth before the first bad row (row 150), then: row 160 repeats
  // row 3's id (an earlier batch), row 170 the BSN of an employee in the database.
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
    CHECK(e.problems()[1].message == "late.csv row 160 (line 161), field id: employee B00003 appears twice in the file: also in row 3 (line 4)");
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

TEST_CASE("the duplicate checks' set answers as a set, growing from nothing, and knows the order of insertion", "[store][import]") {
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
  for (std::size_t i = 0; i < texts.size(); ++i) CHECK(set.position(texts[i]) == i);
  CHECK_FALSE(set.contains("B"));
  CHECK_FALSE(set.position("B").has_value());
  CHECK_FALSE(set.contains(made_up_bsn(5000)));
}

namespace {

/// `n` rows with the job "Hovenier", except a tab in the job of row `bad_job_row` (which only the
/// store's contract check refuses) and 99 hours in row `bad_hours_row` (refused by the import).
std::string csv_with_job(int n, int bad_job_row, int bad_hours_row = 0) {
  std::string csv = "id,name,birth_date,bsn,iban,employed_since,hours_per_week,permanent_contract,job\n";
  for (int i = 0; i < n; ++i) {
    const int row = i + 1;
    char line[256];
    std::snprintf(line, sizeof line, "R%05d,Werknemer %d,1980-01-01,%s,%s,2026-01-01,%d,ja,%s\n", row, i, made_up_bsn(i).c_str(),
                  made_up_iban(i).c_str(), row == bad_hours_row ? 99 : 32, row == bad_job_row ? "Hov\tenier" : "Hovenier");
    csv += line;
  }
  return csv;
}

std::string outcome(Database& db, const std::string& csv) {
  try {
    import_employees_csv(db, csv, "staff.csv");
  } catch (const ValidationError& e) {
    return std::string("ValidationError: ") + e.what();
  } catch (const InputError& e) {
    return std::string("InputError: ") + e.what();
  }
  return "imported";
}

}  // namespace

TEST_CASE("a contract the store refuses is the same error wherever its row falls in a batch", "[store][import][errors]") {
  // From the review of the streamed import: the store's own contract check (check_contract, a job
  // with a control character) runs when a batch is written; its error is a plain InputError, as
  // before, whether the row is in the last, short batch or in a full one written earlier, and a
  // file with bad rows too is refused for those rows only (they are checked before any write).
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const auto employees = dump(db, "employees");
  const auto log = dump(db, "audit_log");
  const std::string small = outcome(db, csv_with_job(3, 1));
  CHECK(small.rfind("InputError: contract C1 of employee R00001, field job: ", 0) == 0);
  CHECK(outcome(db, csv_with_job(64, 1)) == small);
  CHECK(outcome(db, csv_with_job(200, 1)) == small);
  const std::string late = outcome(db, csv_with_job(200, 150));  // two batches written before
  CHECK(late.rfind("InputError: contract C1 of employee R00150, field job: ", 0) == 0);
  const std::string both = outcome(db, csv_with_job(100, 1, 100));
  CHECK(both.rfind("ValidationError: ", 0) == 0);
  CHECK(both.find("row 100 (line 101), field hours_per_week") != std::string::npos);
  CHECK(both.find("R00001") == std::string::npos);
  CHECK(dump(db, "employees") == employees);
  CHECK(dump(db, "audit_log") == log);
}

TEST_CASE("the administration rows of batches of any length, one after the other, are each written once", "[store][import]") {
  // AdministrationRows prepares a statement for a batch's length; a flush of 10 rows, then of 5,
  // then a full 64 and 3 more, must each use a statement of their own length.
  TempDb t;
  Database db = Database::create(t.path());
  std::vector<Employee> es(82);
  std::vector<Contract> cs(82);
  std::vector<ScalePlacement> ps(82);
  for (int i = 0; i < 82; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "S%04d", i + 1);
    Employee& e = es[static_cast<std::size_t>(i)];
    e.id = id;
    e.name = "Werknemer " + std::to_string(i);
    e.birth_date = parse_date("1980-01-01");
    e.bsn = made_up_bsn(i);
    e.iban = made_up_iban(i);
    e.employed_since = parse_date("2026-01-01");
    e.hours_per_week = Hours::parse("32");
    e.scale = "WML";
    e.permanent_contract = true;
    Contract& c = cs[static_cast<std::size_t>(i)];
    c.id = "C1";
    c.start = e.employed_since;
    c.indefinite = true;
    c.hours_per_week = e.hours_per_week;
    ps[static_cast<std::size_t>(i)] = ScalePlacement{0, e.employed_since, e.scale, std::nullopt};
  }
  store_detail::write(db, "test", [&] {
    store_detail::AdministrationRows out(db, "batches.csv");
    std::size_t next = 0;
    for (const std::size_t n : {std::size_t{10}, std::size_t{5}, std::size_t{67}}) {
      for (std::size_t i = 0; i < n; ++i, ++next) out.add(es[next], cs[next], ps[next]);
      out.flush();
    }
  });
  CHECK(count(db, "SELECT count(*) FROM employees") == 82);
  CHECK(count(db, "SELECT count(*) FROM contracts c JOIN employees e ON e.id = c.employee_id") == 82);
  CHECK(count(db, "SELECT count(DISTINCT employee_id) FROM scale_placements") == 82);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == 3 * 82);
  CHECK(verify_audit(db).ok());
}

TEST_CASE("row_text: a row of more than 64 columns", "[store][import][audit]") {
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  std::string create = "CREATE TABLE wide (";
  std::string values = "INSERT INTO wide VALUES (";
  for (int i = 0; i < 70; ++i) {
    create += (i ? ", c" : "c") + std::to_string((i * 37) % 70) + " TEXT";
    values += (i ? ", '" : "'") + std::to_string(i) + "'";
  }
  db.exec(create + ")");
  db.exec(values + ")");
  SQLite::Statement q(db, "SELECT * FROM wide");
  REQUIRE(q.executeStep());
  CHECK(row_text_of(q) == reference_row_text(q));
}
