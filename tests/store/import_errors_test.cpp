// SPDX-License-Identifier: EUPL-1.2
// An employee import reports every bad row (row, line, field, code, message) and stores nothing;
// store errors carry a code a program can act on (not found, read-only, locked, corrupt).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

const std::string kHeader = "id,name,birth_date,bsn,iban,employed_since,employed_until,hours_per_week,hourly_wage,scale,permanent_contract\n";
const std::string kGood1 = "A1,A. Een,1980-01-01,999990007,NL04INGB7000000001,2026-01-01,,32,,,ja\n";
const std::string kGood2 = "A2,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,36,15.20,schaal 2,nee\n";

template <typename E, typename F>
E error_of(F&& f) {
  try {
    f();
  } catch (const E& e) {
    return e;
  }
  FAIL("the expected error was not thrown");
  throw;
}

}  // namespace

TEST_CASE("an import with three bad rows reports all three with row, line, field and code, and stores nothing", "[store][errors]") {
  TempDb t;
  Database db = Database::create(t.path());
  const std::string csv = kHeader + kGood1 +
                          // row 2 (line 3): BSN fails the 11-test
                          "A3,C. Drie,1985-05-05,999990018,NL41RABO7001234568,2026-01-01,,36,,,ja\n" +
                          // row 3 (line 4): good
                          kGood2 +
                          // row 4 (line 5): an impossible birth date
                          "A4,D. Vier,1985-02-30,999990020,NL41RABO7001234568,2026-01-01,,36,,,ja\n" +
                          // row 5 (line 6): the id of row 1 again
                          "A1,E. Vijf,1990-01-01,999990032,NL41RABO7001234568,2026-01-01,,36,,,ja\n";
  const auto e = error_of<ValidationError>([&] { import_employees_csv(db, csv, "staff.csv"); });
  REQUIRE(e.problems().size() == 3);

  const auto& bsn = e.problems()[0];
  CHECK(bsn.code == ErrorCode::InputInvalidValue);
  CHECK(bsn.where.document == "staff.csv");
  CHECK(bsn.where.row == 2);
  CHECK(bsn.where.line == 3);
  CHECK(bsn.where.field == "bsn");
  CHECK(bsn.message == "staff.csv row 2 (line 3), field bsn: \"******018\" is not a valid BSN (9 digits passing the 11-test)");

  const auto& date = e.problems()[1];
  CHECK(date.code == ErrorCode::InputInvalidDate);
  CHECK(date.where.row == 4);
  CHECK(date.where.line == 5);
  CHECK(date.where.field == "birth_date");

  const auto& id = e.problems()[2];
  CHECK(id.code == ErrorCode::InputDuplicate);
  CHECK(id.where.row == 5);
  CHECK(id.where.line == 6);
  CHECK(id.where.field == "id");
  CHECK(id.message == "staff.csv row 5 (line 6), field id: employee A1 appears twice in the file: also in row 1 (line 2)");

  // what(): the first problem's message first, then the others, one per line.
  CHECK(std::string(e.what()) == bsn.message + "\n" + date.message + "\n" + id.message);
  CHECK(e.code() == ErrorCode::InputInvalidValue);
  CHECK(e.where().row == 2);

  // All or nothing: not even the good rows were stored.
  CHECK(count(db, "SELECT count(*) FROM employees") == 0);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == 0);
}

TEST_CASE("a bad header is one InputError naming the column", "[store][errors]") {
  TempDb t;
  Database db = Database::create(t.path());
  const auto unknown = error_of<InputError>(
      [&] { import_employees_csv(db, "id,name,birth_date,bsn,iban,employed_since,hours_per_week,salary\n", "staff.csv"); });
  CHECK(unknown.code() == ErrorCode::InputUnknownField);
  CHECK(unknown.where().field == "salary");
  CHECK(unknown.where().line == 1);
  const auto missing = error_of<InputError>([&] { import_employees_csv(db, "id,name,bsn\n", "staff.csv"); });
  CHECK(missing.code() == ErrorCode::InputMissingField);
  CHECK(missing.where().field == "birth_date");
  const auto empty = error_of<InputError>([&] { import_employees_csv(db, kHeader + "A1,,1980-01-01,999990007,NL04INGB7000000001,2026-01-01,,32,,,ja\n", "staff.csv"); });
  CHECK(empty.code() == ErrorCode::InputMissingField);
  CHECK(empty.where().field == "name");
  CHECK(empty.where().row == 1);
}

TEST_CASE("a header without several required columns names every one of them in one message", "[store][errors]") {
  TempDb t;
  Database db = Database::create(t.path());
  const auto one = error_of<InputError>([&] { import_employees_csv(db, "id,name,birth_date,iban,employed_since,hours_per_week\n", "staff.csv"); });
  CHECK(std::string(one.what()) == "staff.csv line 1: the required column \"bsn\" is missing");
  const auto three = error_of<InputError>([&] { import_employees_csv(db, "id,name,iban,employed_since\n", "staff.csv"); });
  CHECK(std::string(three.what()) == "staff.csv line 1: the required columns \"birth_date\", \"bsn\", \"hours_per_week\" are missing");
  CHECK(three.code() == ErrorCode::InputMissingField);
  CHECK(three.where().field == "birth_date");
}

TEST_CASE("a file separated by semicolons is told that basisbaan reads commas", "[store][errors]") {
  TempDb t;
  Database db = Database::create(t.path());
  const auto e = error_of<InputError>([&] {
    import_employees_csv(db, "id;name;birth_date;bsn;iban;employed_since;hours_per_week\nA1;A. Een;1980-01-01;999990007;NL04INGB7000000001;2026-01-01;32,5\n", "staff.csv");
  });
  CHECK(e.code() == ErrorCode::InputUnknownField);
  CHECK_THAT(e.what(), Catch::StartsWith("staff.csv line 1: unknown column \"id;name;birth_date;bsn;iban;employed_since;hours_per_week\": "
                                         "the file seems to use ';' as separator; basisbaan reads comma-separated files ("));
  // A typo without a semicolon still lists the columns there are.
  const auto typo = error_of<InputError>([&] { import_employees_csv(db, "id,nmae\n", "staff.csv"); });
  CHECK_THAT(typo.what(), Catch::Contains("unknown column \"nmae\" (columns: id, name,"));
}

TEST_CASE("an id or BSN twice in the file names the earlier row, one in the database says it exists", "[store][errors]") {
  TempDb t;
  Database db = Database::create(t.path());
  import_employees_csv(db, kHeader + kGood1, "first.csv");
  const std::string csv = kHeader + kGood2 +
                          "A3,C. Drie,1985-05-05,999990032,NL41RABO7001234568,2026-01-01,,36,,,ja\n" +
                          "A2,D. Vier,1985-05-05,999990044,NL41RABO7001234568,2026-01-01,,36,,,ja\n" +   // A2 of row 1
                          "A5,E. Vijf,1985-05-05,999990032,NL41RABO7001234568,2026-01-01,,36,,,ja\n" +   // the BSN of row 2
                          "A1,F. Zes,1985-05-05,999990056,NL41RABO7001234568,2026-01-01,,36,,,ja\n";     // A1 in the database
  const auto e = error_of<ValidationError>([&] { import_employees_csv(db, csv, "staff.csv"); });
  REQUIRE(e.problems().size() == 3);
  CHECK(e.problems()[0].message == "staff.csv row 3 (line 4), field id: employee A2 appears twice in the file: also in row 1 (line 2)");
  CHECK(e.problems()[0].code == ErrorCode::InputDuplicate);
  CHECK(e.problems()[1].message == "staff.csv row 4 (line 5), field bsn: BSN ******032 appears twice in the file: also in row 2 (line 3)");
  CHECK(e.problems()[2].message == "staff.csv row 5 (line 6), field id: employee A1 already exists");
  CHECK(count(db, "SELECT count(*) FROM employees") == 1);
}

TEST_CASE("store errors say not found, read-only, corrupt and locked as codes", "[store][errors]") {
  TempDb t;
  const auto missing = error_of<StoreError>([&] { Database::open(t.path()); });
  CHECK(missing.code() == ErrorCode::StoreNotFound);
  CHECK(missing.where().document == t.path().string());

  {
    std::ofstream junk(t.path(), std::ios::binary);
    junk << std::string(4096, 'x');
  }
  const auto corrupt = error_of<StoreError>([&] { Database::open(t.path()); });
  CHECK(corrupt.code() == ErrorCode::StoreCorrupt);
  std::filesystem::remove(t.path());

  { Database::create(t.path()); }
  std::filesystem::permissions(t.path(), std::filesystem::perms::owner_read);
  const auto read_only = error_of<StoreError>([&] { Database::open(t.path()); });
  CHECK(read_only.code() == ErrorCode::StoreReadOnly);
  std::filesystem::permissions(t.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);

  Database db = Database::open(t.path());
  load_example(db);
  const auto no_run = error_of<StoreError>([&] { db.load_run(PayPeriod::parse("2026-03")); });
  CHECK(no_run.code() == ErrorCode::StoreNotFound);

  SQLite::Database other(t.path().string(), SQLite::OPEN_READWRITE);
  other.exec("BEGIN IMMEDIATE");
  const auto locked = error_of<StoreError>([&] { run_payroll(db, store_rules(), PayPeriod::parse("2026-03")); });
  CHECK(locked.code() == ErrorCode::StoreLocked);
  CHECK(locked.where().document == t.path().string());
  other.exec("ROLLBACK");
}

TEST_CASE("a permanent contract with a last day is refused on import and on hire, naming employed_until", "[store][errors]") {
  // Clerk's review F8: permanent_contract ja together with employed_until was stored as a
  // permanent contract that ends, so the AWf was the low rate (permanent) while the employee
  // left the payroll on that day. One of the two was meant; neither is guessed.
  TempDb t;
  Database db = Database::create(t.path());
  const std::string csv = kHeader + "A5,F. Zes,1985-05-05,999990044,NL41RABO7001234568,2026-02-01,2026-12-31,30,,,ja\n";
  const auto e = error_of<ValidationError>([&] { import_employees_csv(db, csv, "staff.csv"); });
  REQUIRE(e.problems().size() == 1);
  CHECK(e.problems()[0].where.field == "employed_until");
  CHECK_THAT(e.problems()[0].message, Catch::StartsWith("staff.csv row 1 (line 2), field employed_until: is 2026-12-31 but the contract is permanent"));
  CHECK(count(db, "SELECT count(*) FROM employees") == 0);

  Employee hired = fixed_term_newcomer("A6", "999990056");
  hired.permanent_contract = true;
  const auto h = error_of<InputError>([&] { hire_employee(db, hired, ""); });
  CHECK_THAT(std::string(h.what()), Catch::Contains("field employed_until: is 2026-12-31 but the contract is permanent"));
  CHECK(count(db, "SELECT count(*) FROM employees") == 0);
  // The same employee as a fixed-term contract is hired.
  hired.permanent_contract = false;
  hire_employee(db, hired, "");
  CHECK(count(db, "SELECT count(*) FROM employees") == 1);
}
