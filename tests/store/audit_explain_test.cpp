// SPDX-License-Identifier: EUPL-1.2
// What audit verify and replay tell an auditor about a change behind the library's back (the
// auditor's review, F7, F8, F10, F12, F14): a row whose entry was deleted is not a row added behind
// the library's back, a run whose closing entry was removed is not "altered", a payslip names the
// part that no longer matches (input snapshot, totals, lines), replay does not call the stored
// amounts wrong when the input was altered, and an employee row names the field that differs.

#include <catch2/catch.hpp>

#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "basisbaan/store/payroll_replay.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

/// The example employer with 2026-01 to 2026-03 run and closed.
void three_closed_periods(Database& db) {
  load_example(db);
  for (const char* p : {"2026-01", "2026-02", "2026-03"}) {
    run_payroll(db, store_rules(), PayPeriod::parse(p));
    close_period(db, PayPeriod::parse(p));
  }
}

/// The problems whose `where` contains `where`.
std::vector<AuditProblem> problems_at(const AuditVerification& v, const std::string& where) {
  std::vector<AuditProblem> out;
  for (const auto& p : v.problems) {
    if (p.where.find(where) != std::string::npos) out.push_back(p);
  }
  return out;
}

/// E010's input snapshot (shared by its payslips of runs 1 to 3) with the commute 60 km made 90.
void alter_e010_commute(Database& db) {
  db.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
  const int changed = db.sql().exec(
      "UPDATE payslip_texts SET content = replace(content, '\"commute_km_per_period\":\"60\"', '\"commute_km_per_period\":\"90\"') "
      "WHERE id = (SELECT employee_text FROM payslips WHERE employee_id = 'E010' AND run_id = 3)");
  REQUIRE(changed == 1);
}

}  // namespace

TEST_CASE("verify: an employee whose import entry was deleted is unrecorded, with the deleted entry named, not inserted") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const std::int64_t seq = audit_entries_of_entity(db, "employee:E007").front().seq;
  db.sql().exec("DROP TRIGGER audit_log_append_only_delete");
  db.sql().exec("DELETE FROM audit_log WHERE seq = " + std::to_string(seq));
  const auto v = verify_audit(db);
  const auto e007 = problems_at(v, "employee E007");
  REQUIRE(e007.size() == 1);
  CHECK(e007[0].what == "unrecorded");
  CHECK_THAT(e007[0].detail, Catch::Contains("audit entry " + std::to_string(seq) + ", deleted (above), may have recorded it"));
  CHECK(problems_at(v, "audit entry " + std::to_string(seq)).at(0).what == "deleted");
  // The first entry (the employer's) deleted: the same, without a gap before it.
  db.sql().exec("DELETE FROM audit_log WHERE seq = 1");
  const auto employer = problems_at(verify_audit(db), "employer 1");
  REQUIRE(employer.size() == 1);
  CHECK(employer[0].what == "unrecorded");
  CHECK_THAT(employer[0].detail, Catch::Contains("audit entries 1 and " + std::to_string(seq)));
}

TEST_CASE("verify: a row inserted when no entry is missing is still inserted behind the library's back") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  db.sql().exec("INSERT INTO employees (id, name, birth_date, bsn, iban, payroll_tax_credit) "
                "VALUES ('E099', 'Spook', '1990-01-01', '999990159', 'NL91ABNA0417164300', 1)");
  const auto e099 = problems_at(verify_audit(db), "employee E099");
  REQUIRE(e099.size() == 1);
  CHECK(e099[0].what == "inserted");
  CHECK_THAT(e099[0].detail, Catch::Contains("added behind the library's back"));
}

TEST_CASE("verify: a run whose closing entry (the last) was deleted is closed without an entry, not altered") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  close_period(db, PayPeriod::parse("2026-03"));
  const auto last = audit_entries(db, 1).back();
  REQUIRE(last.action == "payroll.close");
  db.sql().exec("DROP TRIGGER audit_log_append_only_delete");
  db.sql().exec("DELETE FROM audit_log WHERE seq = " + std::to_string(last.seq));
  const auto v = verify_audit(db);
  REQUIRE(v.problems.size() == 2);  // the trigger dropped, and the run
  CHECK(v.problems[0].where == "trigger audit_log_append_only_delete");
  const auto run = problems_at(v, "payroll run 1 (2026-03, regular)");
  REQUIRE(run.size() == 1);
  CHECK(run[0].what == "closed without an entry");
  CHECK_THAT(run[0].detail, Catch::Contains("no audit entry closed it") && Catch::Contains("as the last entry"));
  // A run closed and otherwise changed too: both are named.
  db.sql().exec("DROP TRIGGER closed_run_no_update");
  db.sql().exec("UPDATE payroll_runs SET computed_at = '2020-01-01T00:00:00Z' WHERE id = 1");
  const auto w = problems_at(verify_audit(db), "payroll run 1 (2026-03, regular)");
  REQUIRE(w.size() == 2);
  CHECK(w[0].what == "closed without an entry");
  CHECK(w[1].what == "altered");
}

TEST_CASE("verify: a payslip whose input snapshot was altered names the input snapshot, for every payslip that uses it") {
  TempDb t;
  Database db = Database::create(t.path());
  three_closed_periods(db);
  alter_e010_commute(db);
  const auto v = verify_audit(db);
  for (const char* run : {"payroll run 1 (2026-01, regular)", "payroll run 2 (2026-02, regular)", "payroll run 3 (2026-03, regular)"}) {
    const auto p = problems_at(v, std::string(run) + " payslip E010");
    REQUIRE(p.size() == 1);
    CHECK(p[0].where == std::string(run) + " payslip E010 input snapshot");
    CHECK(p[0].what == "altered");
    CHECK_THAT(p[0].detail, Catch::Contains("its input snapshot (payslip text ") &&
                                Catch::Contains("no longer matches the key it was stored under") &&
                                Catch::Contains("the stored amounts were not changed by it"));
  }
}

TEST_CASE("verify: a payslip whose net was altered names its totals and the run's total that no longer fits") {
  TempDb t;
  Database db = Database::create(t.path());
  three_closed_periods(db);
  db.sql().exec("DROP TRIGGER closed_payslip_no_update");
  db.sql().exec("UPDATE payslips SET net_cents = net_cents + 10000 WHERE employee_id = 'E010' AND run_id = 3");
  const auto p = problems_at(verify_audit(db), "payslip E010");
  REQUIRE(p.size() == 1);
  CHECK(p[0].where == "payroll run 3 (2026-03, regular) payslip E010 totals");
  CHECK_THAT(p[0].detail, Catch::Contains("the texts it refers to (input snapshot, states, lines) still match") &&
                              Catch::Contains("the run's total net is ") && Catch::Contains("(+100.00)"));
  CHECK_THAT(p[0].detail, !Catch::Contains("total gross"));
}

TEST_CASE("verify: an employee row altered names the field that differs from what its entries recorded") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  EmployeeChange c;
  c.bsn = "999990160";
  change_employee(db, "E004", c);
  const std::int64_t change = audit_entries(db, 1).back().seq;
  db.sql().exec("UPDATE employees SET bsn = '999990172', name = 'X. Anders' WHERE id = 'E004'");
  const auto p = problems_at(verify_audit(db), "employee E004");
  REQUIRE(p.size() == 1);
  CHECK(p[0].what == "altered");
  CHECK_THAT(p[0].detail, Catch::Contains("field bsn: audit entry " + std::to_string(change) + " recorded \"******160\", the row holds \"******172\""));
  CHECK_THAT(p[0].detail, Catch::Contains("field name: audit entry ") && Catch::Contains("the row holds \"X. Anders\""));
  CHECK_THAT(p[0].detail, !Catch::Contains("999990"));  // a BSN only masked
}

TEST_CASE("verify: an employee field no entry recorded is named against the latest payslip's input snapshot") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-01"));
  const std::int64_t run_entry = audit_entries(db, 1).back().seq;
  // The BSN and birth date of an imported employee: no entry recorded them, the payslip did.
  db.sql().exec("UPDATE employees SET bsn = '999990160', birth_date = '1959-04-11' WHERE id = 'E004'");
  auto p = problems_at(verify_audit(db), "employee E004");
  REQUIRE(p.size() == 1);
  const std::string used = "payroll run 1 (2026-01) used ";
  const std::string by = " (its payslip's input snapshot, recorded by audit entry " + std::to_string(run_entry) + ")";
  CHECK_THAT(p[0].detail, Catch::Contains("field bsn: " + used + "\"******044\"" + by + ", the row holds \"******160\""));
  CHECK_THAT(p[0].detail, Catch::Contains("field birth_date: " + used + "\"1959-04-10\"" + by + ", the row holds \"1959-04-11\""));
  CHECK_THAT(p[0].detail, !Catch::Contains("field name") && !Catch::Contains("field iban"));
  // A change after the run is what the row must hold since: it is named against the change.
  db.sql().exec("UPDATE employees SET bsn = '999990044', birth_date = '1959-04-10' WHERE id = 'E004'");
  EmployeeChange c;
  c.bsn = "999990160";
  change_employee(db, "E004", c);
  const std::int64_t change = audit_entries(db, 1).back().seq;
  db.sql().exec("UPDATE employees SET bsn = '999990172' WHERE id = 'E004'");
  p = problems_at(verify_audit(db), "employee E004");
  REQUIRE(p.size() == 1);
  CHECK_THAT(p[0].detail, Catch::Contains("field bsn: audit entry " + std::to_string(change) + " recorded \"******160\", the row holds \"******172\""));
  CHECK_THAT(p[0].detail, !Catch::Contains("payroll run 1"));
}

TEST_CASE("verify: a deleted trigger is explained by what it protects") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  db.sql().exec("DROP TRIGGER payslip_texts_immutable_update");
  db.sql().exec("DROP TRIGGER audit_log_append_only_delete");
  const auto v = verify_audit(db);
  CHECK_THAT(problems_at(v, "trigger payslip_texts_immutable_update").at(0).detail, Catch::Contains("stored payslip texts"));
  CHECK_THAT(problems_at(v, "trigger audit_log_append_only_delete").at(0).detail, Catch::Contains("the audit log is append-only"));
}

TEST_CASE("a replaced open run's entry names the run that replaced it, and the chain verifies") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  const auto entries = audit_entries_of_entity(db, "run:1");
  REQUIRE(entries.size() == 2);
  CHECK(entries.back().action == "payroll.replace");
  CHECK(entries.back().detail == R"({"period":"2026-03","replaced_by":"run:2"})");
  CHECK(audit_entries_of_entity(db, "run:2").front().seq == entries.back().seq + 1);  // payroll.run follows, as before
  CHECK(verify_audit(db).ok());
}

TEST_CASE("replay: differences of a payslip whose input snapshot was altered are recomputed from the altered input") {
  TempDb t;
  Database db = Database::create(t.path());
  three_closed_periods(db);
  alter_e010_commute(db);
  const ReplayReport r = replay_period(db, PayPeriod::parse("2026-03"), nullptr, std::string("E010"));
  REQUIRE(r.runs.size() == 1);
  const auto& d = r.runs[0].differences;
  REQUIRE(d.size() >= 3);
  CHECK_THAT(d[0], Catch::StartsWith("E010 D. Bakker: its stored input snapshot (payslip text ") &&
                       Catch::Contains("was altered after the run") && Catch::Contains("do not show that the stored amounts are wrong"));
  bool travel = false;
  for (std::size_t i = 1; i < d.size(); ++i) {
    CHECK_THAT(d[i], Catch::Contains(", recomputed from the altered input "));
    travel = travel || d[i].find("travel_allowance") != std::string::npos;
  }
  CHECK(travel);
  // The run's totals sum the recomputed payslips: with every employee they say so as well.
  const auto all = replay_period(db, PayPeriod::parse("2026-03"), nullptr).runs.at(0).differences;
  bool total = false;
  for (const auto& x : all) total = total || x.find("run 3 (2026-03): total net: stored ") == 0;
  CHECK(total);
  for (const auto& x : all) {
    if (x.find("run 3 (2026-03): ") == 0) CHECK_THAT(x, Catch::Contains(", recomputed from the altered input (E010) "));
  }
}

TEST_CASE("replay: a state after that differs is named field by field") {
  TempDb t;
  Database db = Database::create(t.path());
  three_closed_periods(db);
  db.sql().exec("DROP TRIGGER closed_payslip_no_update");
  // E010's March payslip pointed at its February state after: every year-to-date amount differs
  // by one month, the year does not.
  db.sql().exec("UPDATE payslips SET after_text = (SELECT after_text FROM payslips WHERE employee_id = 'E010' AND run_id = 2) "
                "WHERE employee_id = 'E010' AND run_id = 3");
  const auto d = replay_period(db, PayPeriod::parse("2026-03"), nullptr, std::string("E010")).runs.at(0).differences;
  REQUIRE_FALSE(d.empty());
  bool net = false;
  for (const auto& x : d) {
    CHECK_THAT(x, Catch::StartsWith("E010 D. Bakker: year-to-date cumulatives or reserve after the period differ, "));
    CHECK_THAT(x, !Catch::Contains("{"));
    net = net || x.find(", year_to_date.net: stored ") != std::string::npos;
    CHECK_THAT(x, !Catch::Contains(", year: "));
  }
  CHECK(net);
}
