// SPDX-License-Identifier: EUPL-1.2
// The audit trail: every change is an entry in a hash chain; verify finds rows and entries that
// were altered, inserted or deleted with plain SQL, down to one payslip line.

#include <catch2/catch.hpp>

#include <fstream>

#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

/// A database with the example employer and a closed run of 2026-03.
void prepare(Database& db) {
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  close_period(db, PayPeriod::parse("2026-03"));
}

std::string first_problem(const Database& db) {
  const auto v = verify_audit(db);
  if (v.ok()) return "ok";
  return v.problems.front().where + ": " + v.problems.front().what;
}

bool has_problem(const AuditVerification& v, const std::string& where, const std::string& what) {
  for (const auto& p : v.problems) {
    if (p.where.find(where) != std::string::npos && p.what == what) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("every change is in the chain and an untouched database verifies") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  const auto v = verify_audit(db);
  CHECK(v.ok());
  CHECK(v.entries == count(db, "SELECT count(*) FROM audit_log"));
  CHECK(v.rows > 150);
  const auto entries = audit_entries(db);
  REQUIRE(entries.size() >= 4);
  CHECK(entries.front().prev_hash == std::string(64, '0'));
  CHECK(entries.back().action == "payroll.close");
  CHECK(entries[entries.size() - 2].action == "payroll.run");
  CHECK(verify_audit(db, entries.back().hash).ok());
  CHECK(has_problem(verify_audit(db, std::string(64, 'f')), "audit head", "differs"));
}

TEST_CASE("verify names an altered payslip line of an open run") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  // The run is open: the database lets anyone point a payslip at other lines (schema 10 packs a
  // payslip's lines into one text in payslip_texts).
  add_to_packed_line(db, "employee_id = 'E005'", "wage_tax", 100);
  const auto v = verify_audit(db);
  REQUIRE_FALSE(v.ok());
  CHECK_THAT(v.problems.front().where, Catch::Contains("payslip E005 line 6 wage_tax"));
  CHECK(v.problems.front().what == "altered");
}

TEST_CASE("verify names the altered line of every payslip that uses an edited packed text") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  // E004 and E007 have the same lines in 2026-03 (same hours, wage and tax): one stored text.
  CHECK(count(db, "SELECT count(DISTINCT lines_text) FROM payslips WHERE employee_id IN ('E004', 'E007')") == 1);
  // Refused while the trigger stands, even for an open run.
  CHECK_THROWS_WITH(db.sql().exec("UPDATE payslip_texts SET content = ''"), Catch::Contains("a stored payslip text cannot be changed"));
  CHECK_THROWS_WITH(db.sql().exec("DELETE FROM payslip_texts"), Catch::Contains("a stored payslip text cannot be changed"));
  db.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
  add_to_packed_line(db, "employee_id = 'E004'", "net", -1, true);
  const auto v = verify_audit(db);
  CHECK(has_problem(v, "trigger payslip_texts_immutable_update", "deleted"));
  CHECK(has_problem(v, "payslip E004 line 12 net", "altered"));
  CHECK(has_problem(v, "payslip E007 line 12 net", "altered"));
  CHECK_FALSE(has_problem(v, "payslip E002", "altered"));

  // An edited description is named as well.
  TempDb t2;
  Database db2 = Database::create(t2.path());
  prepare(db2);
  db2.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
  alter_packed_lines(db2, "employee_id = 'E002'", [](std::vector<PackedLineFields>& lines) { lines.at(0).at(1) += "!"; }, true);
  const auto v2 = verify_audit(db2);
  CHECK(has_problem(v2, "payslip E002 line 1 hourly_wage", "altered"));
  // A malformed text (a field removed) is an altered line too, not an error.
  alter_packed_lines(db2, "employee_id = 'E002'", [](std::vector<PackedLineFields>& lines) { lines.at(1).pop_back(); }, true);
  CHECK(has_problem(verify_audit(db2), "payslip E002 line 2 basic_wage", "altered"));
}

TEST_CASE("verify finds changes to closed runs once the triggers are dropped") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  db.sql().exec("DROP TRIGGER closed_payslip_no_update");
  db.sql().exec("UPDATE payslips SET net_cents = net_cents + 1 WHERE employee_id = 'E002'");
  const auto v = verify_audit(db);
  CHECK(has_problem(v, "trigger closed_payslip_no_update", "deleted"));
  CHECK(has_problem(v, "payslip E002", "altered"));

  TempDb t2;
  Database db2 = Database::create(t2.path());
  prepare(db2);
  db2.sql().exec("DROP TRIGGER closed_payslip_no_update");
  alter_packed_lines(db2, "employee_id = 'E009'", [](std::vector<PackedLineFields>& lines) { lines.erase(lines.begin() + 2); });
  CHECK(has_problem(verify_audit(db2), "payslip E009", "lines deleted"));

  // A row put into payslip_lines for a payslip whose lines are packed is an inserted line.
  TempDb t3;
  Database db3 = Database::create(t3.path());
  prepare(db3);
  db3.sql().exec("DROP TRIGGER closed_line_no_insert");
  db3.sql().exec("INSERT INTO payslip_lines VALUES (1, 'E009', 13, 'net', 'Extra', 'info', '', '', 100, '0000000000000000')");
  CHECK(has_problem(verify_audit(db3), "line 13 of employee E009", "inserted"));
}

TEST_CASE("verify finds administration rows altered, inserted or deleted behind the library's back") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  db.sql().exec("UPDATE employees SET iban = 'NL91ABNA0417164300' WHERE id = 'E004'");
  CHECK(first_problem(db) == "employee E004: altered");

  TempDb t2;
  Database db2 = Database::create(t2.path());
  load_example(db2);
  db2.sql().exec("INSERT INTO employees (id, name, birth_date, bsn, iban, payroll_tax_credit) "
                 "VALUES ('E099', 'Spook', '1990-01-01', '999990159', 'NL91ABNA0417164300', 1)");
  CHECK(first_problem(db2) == "employee E099: inserted");

  TempDb t3;
  Database db3 = Database::create(t3.path());
  load_example(db3);
  db3.sql().exec("DELETE FROM sick_reports");
  CHECK_THAT(first_problem(db3), Catch::StartsWith("sick report") && Catch::EndsWith("deleted"));
}

TEST_CASE("verify finds audit entries altered or deleted") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  db.sql().exec("DROP TRIGGER audit_log_append_only_update");
  db.sql().exec("DROP TRIGGER audit_log_append_only_delete");
  db.sql().exec("UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 5");
  auto v = verify_audit(db);
  CHECK(has_problem(v, "audit entry 5", "altered"));

  TempDb t2;
  Database db2 = Database::create(t2.path());
  prepare(db2);
  db2.sql().exec("DROP TRIGGER audit_log_append_only_delete");
  db2.sql().exec("DELETE FROM audit_log WHERE seq = 7");
  v = verify_audit(db2);
  CHECK(has_problem(v, "audit entry 7", "deleted"));
}

// Issue 19: the attacks that fooled audit verify before, each reproduced.

TEST_CASE("verify names a protective trigger replaced by an empty one of the same name") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  db.sql().exec("DROP TRIGGER closed_run_no_update");
  db.sql().exec("CREATE TRIGGER closed_run_no_update BEFORE UPDATE ON payroll_runs WHEN 0 BEGIN SELECT 1; END");
  const auto v = verify_audit(db);
  CHECK(has_problem(v, "trigger closed_run_no_update", "altered"));
  db.sql().exec("CREATE TRIGGER sneaky AFTER INSERT ON payslips BEGIN SELECT 1; END");
  CHECK(has_problem(verify_audit(db), "trigger sneaky", "inserted"));
}

TEST_CASE("verify names a closed run that was reopened in sqlite3 and run again") {
  // The attack of issue 19: with the trigger replaced, `UPDATE payroll_runs SET closed = 0`, then
  // `payroll run` of the period again replaces the closed run; every row then matches its
  // latest entry, but the closing is in the chain: a run changed after it is "reopened".
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  db.sql().exec("DROP TRIGGER closed_run_no_update");
  db.sql().exec("CREATE TRIGGER closed_run_no_update BEFORE UPDATE ON payroll_runs WHEN 0 BEGIN SELECT 1; END");
  db.sql().exec("UPDATE payroll_runs SET closed = 0, closed_at = NULL WHERE period = '2026-03'");
  {
    const auto v = verify_audit(db);
    CHECK(has_problem(v, "payroll run 1 (2026-03, regular)", "reopened"));
  }
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  const auto v = verify_audit(db);
  CHECK(has_problem(v, "payroll run 1 (2026-03)", "reopened"));
  CHECK(has_problem(v, "trigger closed_run_no_update", "altered"));
}

TEST_CASE("verify names a run whose content hash is not the one its payroll.run entry recorded") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  db.sql().exec("UPDATE payroll_runs SET content_hash = '" + std::string(64, 'a') + "'");
  const auto v = verify_audit(db);
  CHECK(has_problem(v, "payroll run 1", "altered"));
  bool names_entry = false;
  for (const auto& p : v.problems) names_entry = names_entry || p.detail.find("content hash is not the one audit entry") != std::string::npos;
  CHECK(names_entry);
}

TEST_CASE("verify accepts a chain that extends the expected head, and names one that does not contain it") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  const auto noted = audit_entries(db).back();
  run_payroll(db, store_rules(), PayPeriod::parse("2026-04"));
  const auto v = verify_audit(db, noted.hash);
  CHECK(v.ok());
  CHECK(v.expected_head_at == noted.seq);
  CHECK(v.head != noted.hash);
  const auto w = verify_audit(db, std::string(64, 'f'));
  CHECK(has_problem(w, "audit head", "differs"));
  CHECK(w.expected_head_at == 0);
}

TEST_CASE("verify names a zeroed index page before the next run breaks on it") {
  TempDb t;
  std::int64_t page = 0;
  std::int64_t page_size = 0;
  {
    Database db = Database::create(t.path());
    prepare(db);
    page = count(db, "SELECT rootpage FROM sqlite_master WHERE name = 'payslips_by_employee'");
    page_size = count(db, "PRAGMA page_size");
  }  // closing the last connection checkpoints the WAL into the file
  REQUIRE(page > 1);
  {
    std::fstream f(t.path(), std::ios::in | std::ios::out | std::ios::binary);
    REQUIRE(f);
    f.seekp((page - 1) * page_size);
    const std::string zeros(static_cast<std::size_t>(page_size), '\0');
    f.write(zeros.data(), static_cast<std::streamsize>(zeros.size()));
  }
  Database db = Database::open(t.path(), Database::Access::ReadOnly);
  const auto v = verify_audit(db);
  REQUIRE_FALSE(v.ok());
  CHECK(v.problems.front().where == "database file");
  CHECK(v.problems.front().what == "damaged");
}

TEST_CASE("verify is one read transaction: a run committed by another connection meanwhile is not half seen") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  Database reader = Database::open(t.path(), Database::Access::ReadOnly);
  // Inside the caller's read transaction verify keeps it (and its snapshot); a run committed by the
  // writer after the snapshot was taken is not seen at all.
  reader.sql().exec("BEGIN");
  const auto before = verify_audit(reader);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  const auto during = verify_audit(reader);
  reader.sql().exec("COMMIT");
  CHECK(before.ok());
  CHECK(during.ok());
  CHECK(during.head == before.head);
  const auto after = verify_audit(reader);
  CHECK(after.ok());
  CHECK(after.entries == before.entries + 2);  // payroll.replace and payroll.run
}
