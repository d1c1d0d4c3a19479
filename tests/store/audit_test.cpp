// SPDX-License-Identifier: EUPL-1.2
// The audit trail: every change is an entry in a hash chain; verify finds rows and entries that
// were altered, inserted or deleted with plain SQL, down to one payslip line.

#include <catch2/catch.hpp>

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
  db.sql().exec("UPDATE payslip_lines SET amount_cents = amount_cents + 100 WHERE employee_id = 'E005' AND code = 'wage_tax'");
  const auto v = verify_audit(db);
  REQUIRE_FALSE(v.ok());
  CHECK_THAT(v.problems.front().where, Catch::Contains("payslip E005 line") && Catch::Contains("wage_tax"));
  CHECK(v.problems.front().what == "altered");
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
  db2.sql().exec("DROP TRIGGER closed_line_no_delete");
  db2.sql().exec("DELETE FROM payslip_lines WHERE employee_id = 'E009' AND seq = 3");
  CHECK(has_problem(verify_audit(db2), "payslip E009", "lines deleted"));
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
