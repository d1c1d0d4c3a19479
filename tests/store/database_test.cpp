// SPDX-License-Identifier: EUPL-1.2
// The employer's database file: creation (mode 0600, WAL, foreign keys), migrations from an
// empty file and from every earlier schema version, the triggers that make closed runs
// immutable, and the errors for a busy, full or foreign file.

#include <catch2/catch.hpp>
#include <fcntl.h>
#include <sys/stat.h>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "basisbaan/store/schema.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

constexpr int kApplicationId = 0x42426e31;

/// A database at schema version `version` with some data that version can hold.
void make_old_database(const std::filesystem::path& path, int version) {
  const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY, 0600);
  REQUIRE(fd >= 0);
  ::close(fd);
  SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE);
  raw.exec("PRAGMA journal_mode = WAL");
  raw.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
  migrate(raw, path.string(), version);
  if (version >= 1) {
    raw.exec("INSERT INTO employer (id, name, whk_rate) VALUES (1, 'Oud BV', '1.52')");
    raw.exec("INSERT INTO employees (id, name, birth_date, bsn, iban, payroll_tax_credit) VALUES "
             "('E1', 'A. Oud', '1980-01-01', '999990007', 'NL04INGB7000000001', 1)");
    raw.exec("INSERT INTO contracts (employee_id, label, start_date, indefinite, hours_per_week) VALUES ('E1', 'C1', '2026-01-01', 1, '32')");
  }
  if (version >= 2) {
    raw.exec("INSERT INTO scale_placements (employee_id, from_date, scale, hourly_wage_cents) VALUES ('E1', '2026-01-01', 'schaal 2', 1550)");
    raw.exec("INSERT INTO sick_reports (employee_id, label, first_day) VALUES ('E1', 'S1', '2026-02-02')");
  }
}

}  // namespace

TEST_CASE("a new database is private, in WAL mode, at the latest schema version") {
  TempDb t;
  Database db = Database::create(t.path());
  struct stat st {};
  REQUIRE(::stat(t.path().c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);
  CHECK(db.schema_version() == latest_schema_version());
  CHECK(db.sql().execAndGet("PRAGMA journal_mode").getString() == "wal");
  CHECK(db.sql().execAndGet("PRAGMA foreign_keys").getInt() == 1);
  CHECK_FALSE(db.has_employer());
  CHECK_THROWS_WITH(db.employer(), Catch::Contains("no employer recorded yet"));
  // Creating again opens the same file.
  Database again = Database::create(t.path());
  CHECK(again.schema_version() == latest_schema_version());
}

TEST_CASE("every earlier schema version migrates to the same schema, keeping its data") {
  TempDb fresh;
  const std::string expected = schema_text(Database::create(fresh.path()).sql());
  for (int version = 0; version < latest_schema_version(); ++version) {
    CAPTURE(version);
    TempDb t;
    make_old_database(t.path(), version);
    {
      // Read only: a private copy, migrated; the file keeps its version.
      Database copy = Database::open(t.path(), Database::Access::ReadOnly);
      CHECK(copy.copied_from_schema() == version);
      CHECK(schema_text(copy.sql()) == expected);
    }
    CHECK(SQLite::Database(t.path().string()).execAndGet("PRAGMA user_version").getInt() == version);
    Database db = Database::open(t.path());
    // Each migration is an audit entry (none for a file without a schema).
    CHECK(count(db, "SELECT count(*) FROM audit_log WHERE action = 'schema.migrate'") ==
          (version == 0 ? 0 : latest_schema_version() - version));
    CHECK(db.schema_version() == latest_schema_version());
    CHECK(schema_text(db.sql()) == expected);
    if (version >= 1) {
      CHECK(db.employer().name == "Oud BV");
      const auto records = load_employee_records(db);
      REQUIRE(records.size() == 1);
      CHECK(records[0].contracts.size() == 1);
      CHECK(records[0].placements.size() == (version >= 2 ? 1u : 0u));
      CHECK(records[0].sick_reports.size() == (version >= 2 ? 1u : 0u));
    }
  }
}

TEST_CASE("a file that is not a basisbaan database, or is newer, is refused") {
  TempDb t;
  {
    SQLite::Database raw(t.path().string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    raw.exec("CREATE TABLE other (x INTEGER)");
  }
  CHECK_THROWS_AS(Database::open(t.path()), StoreError);
  CHECK_THROWS_WITH(Database::open(t.path()), Catch::Contains("not a basisbaan employer database"));
  TempDb n;
  { Database::create(n.path()).sql().exec("PRAGMA user_version = 99"); }
  CHECK_THROWS_WITH(Database::open(n.path()), Catch::Contains("written by a newer basisbaan"));
  CHECK_THROWS_WITH(Database::open("/nonexistent/x.db"), Catch::Contains("no such database"));
}

TEST_CASE("a closed run, its payslips and lines cannot be changed, even with plain SQL") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const PayPeriod p = PayPeriod::parse("2026-01");
  run_payroll(db, store_rules(), p);
  // Open: the database lets the library replace it.
  CHECK_NOTHROW(db.sql().exec("UPDATE payslips SET lines_text = lines_text WHERE run_id = 1"));
  close_period(db, p);
  for (const char* sql : {"UPDATE payroll_runs SET closed = 0", "UPDATE payroll_runs SET net_cents = 1", "DELETE FROM payroll_runs",
                          "UPDATE payslips SET net_cents = 1", "DELETE FROM payslips",
                          // the lines (schema 10: packed in payslip_texts, one text per payslip)
                          "UPDATE payslips SET lines_text = NULL", "UPDATE payslip_texts SET content = ''", "DELETE FROM payslip_texts",
                          "INSERT INTO payslip_lines SELECT run_id, employee_id, 100, 'net', 'x', 'info', '', '', 1, '' FROM payslips LIMIT 1",
                          "DELETE FROM rule_files", "UPDATE audit_log SET detail = '{}'", "DELETE FROM audit_log"}) {
    CAPTURE(sql);
    CHECK_THROWS_AS(db.sql().exec(sql), SQLite::Exception);
  }
  CHECK_THROWS_WITH(db.sql().exec("UPDATE payslips SET lines_text = NULL"), Catch::Contains("closed"));
  CHECK_THROWS_WITH(run_payroll(db, store_rules(), p), Catch::Contains("is closed: it can never be changed, only corrected"));
  CHECK(count(db, "SELECT count(*) FROM payroll_runs WHERE closed = 1") == 1);
}

TEST_CASE("a run while another process writes fails at once, saying the period is being computed") {
  TempDb t;
  {
    Database db = Database::create(t.path());
    load_example(db);
  }
  SQLite::Database other(t.path().string(), SQLite::OPEN_READWRITE);
  other.exec("BEGIN IMMEDIATE");
  Database db = Database::open(t.path());
  CHECK_THROWS_WITH(run_payroll(db, store_rules(), PayPeriod::parse("2026-03")),
                    Catch::Contains("period 2026-03 is being computed") && Catch::Contains("nothing was changed"));
  other.exec("ROLLBACK");
  CHECK_NOTHROW(run_payroll(db, store_rules(), PayPeriod::parse("2026-03")));
  CHECK(count(db, "SELECT count(*) FROM payroll_runs") == 1);
}

TEST_CASE("a full disk gives a clear error and stores nothing") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const int pages = db.sql().execAndGet("PRAGMA page_count").getInt();
  db.sql().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
  CHECK_THROWS_WITH(run_payroll(db, store_rules(), PayPeriod::parse("2026-03")),
                    Catch::Contains("disk is full") && Catch::Contains("nothing was changed"));
  db.sql().exec("PRAGMA max_page_count = 1073741823");
  CHECK(count(db, "SELECT count(*) FROM payroll_runs") == 0);
  CHECK(count(db, "SELECT count(*) FROM payslip_lines") == 0);
  CHECK(count(db, "SELECT count(*) FROM payslips") == 0);
  CHECK(count(db, "SELECT count(*) FROM payslip_texts") == 0);
  CHECK(count(db, "SELECT count(*) FROM rule_sets") == 0);
}

TEST_CASE("a read-only file is refused before anything is written") {
  TempDb t;
  { Database::create(t.path()); }
  std::filesystem::permissions(t.path(), std::filesystem::perms::owner_read);
  CHECK_THROWS_WITH(Database::open(t.path()), Catch::Contains("read-only") && Catch::Contains("nothing was changed"));
  CHECK_NOTHROW(Database::open(t.path(), Database::Access::ReadOnly));
  std::filesystem::permissions(t.path(), std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
}

TEST_CASE("all_or_nothing keeps several changes together, or none of them when one is refused", "[store]") {
  TempDb tmp;
  Database db = Database::create(tmp.path());
  const std::string employer_file = (example_dir() / "employer.json").string();
  const Employer employer = read_employer(JsonField(parse_json_exact(slurp(employer_file), employer_file), employer_file, ""));
  const std::string employees = slurp(example_dir() / "employees.csv");
  const int entries_before = count(db, "SELECT count(*) FROM audit_log");

  // The employer is recorded, then the import is refused (the file again, now with ids taken by
  // a first import inside the same transaction): the employer goes too.
  CHECK_THROWS_AS(db.all_or_nothing("test",
                                    [&] {
                                      set_employer(db, employer);
                                      import_employees_csv(db, employees, "employees.csv");
                                      import_employees_csv(db, employees, "employees.csv");
                                    }),
                  ValidationError);
  CHECK_FALSE(db.has_employer());
  CHECK(count(db, "SELECT count(*) FROM employees") == 0);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == entries_before);

  // Without the refusal every change is kept, with its audit entries, and the chain verifies.
  db.all_or_nothing("test", [&] {
    set_employer(db, employer);
    import_employees_csv(db, employees, "employees.csv");
  });
  CHECK(db.has_employer());
  CHECK(count(db, "SELECT count(*) FROM employees") == 12);
  CHECK(count(db, "SELECT count(*) FROM audit_log") > entries_before);
  CHECK(verify_audit(db).ok());
}
