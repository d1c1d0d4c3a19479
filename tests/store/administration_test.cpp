// SPDX-License-Identifier: EUPL-1.2
// The administration in the database: the employee import (all or nothing, naming the row and
// the field), the terms per period from contracts and scale placements, leave and sickness.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

const std::string kHeader = "id,name,birth_date,bsn,iban,employed_since,employed_until,hours_per_week,hourly_wage,scale,permanent_contract\n";
const std::string kGood1 = "A1,A. Een,1980-01-01,999990007,NL04INGB7000000001,2026-01-01,,32,,,ja\n";
const std::string kGood2 = "A2,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,36,15.20,schaal 2,nee\n";

std::string import_error(Database& db, const std::string& csv) {
  try {
    import_employees_csv(db, csv, "staff.csv");
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

}  // namespace

TEST_CASE("employee import: one bad row rejects the whole file, naming the row and the field") {
  TempDb t;
  Database db = Database::create(t.path());
  const auto bad = [&](const std::string& row) { return import_error(db, kHeader + kGood1 + row); };
  CHECK(bad("A2,B. Twee,1985-05-05,999990018,NL41RABO7001234568,2026-01-01,2026-12-31,36,,,nee\n") ==
        "staff.csv row 2 (line 3), field bsn: \"******018\" is not a valid BSN (9 digits passing the 11-test)");
  CHECK(bad("A2,B. Twee,1985-05-05,999990019,NL42RABO7001234568,2026-01-01,2026-12-31,36,,,nee\n") ==
        "staff.csv row 2 (line 3), field iban: \"NL42RABO7001234568\" is not a valid IBAN (mod-97 check failed)");
  CHECK_THAT(bad("A2,B. Twee,1985-02-30,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,36,,,nee\n"),
             Catch::StartsWith("staff.csv row 2 (line 3), field birth_date: \"1985-02-30\""));
  CHECK_THAT(bad("A1,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,36,,,nee\n"),
             Catch::Contains("row 2 (line 3), field id: employee A1 appears twice in the file: also in row 1 (line 2)"));
  CHECK_THAT(bad("A2,B. Twee,1985-05-05,999990007,NL41RABO7001234568,2026-01-01,2026-12-31,36,,,nee\n"),
             Catch::Contains("field bsn: BSN ******007 appears twice in the file: also in row 1 (line 2)"));
  CHECK_THAT(bad("A2,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,,36,,,nee\n"),
             Catch::Contains("field employed_until: is empty; a fixed-term contract"));
  CHECK_THAT(bad("A2,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,72,,,nee\n"),
             Catch::Contains("field hours_per_week: expected hours per week more than 0 and at most 60"));
  CHECK_THAT(bad("A2,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,36,15.2x,,nee\n"),
             Catch::Contains("field hourly_wage: \"15.2x\""));
  CHECK_THAT(bad("A2,B. Twee,1985-05-05,999990019,NL41RABO7001234568,2026-01-01,2026-12-31,36,,,misschien\n"),
             Catch::Contains("field permanent_contract: \"misschien\": expected ja or nee"));
  CHECK_THAT(bad("A2,B. Twee,1985-05-05\n"), Catch::Contains("row 2 (line 3): expected 11 fields, found 3"));
  CHECK_THAT(import_error(db, "id,name,bsn\n"), Catch::Contains("the required columns \"birth_date\", \"iban\", \"employed_since\", \"hours_per_week\" are missing"));
  CHECK_THAT(import_error(db, "id,name,birth_date,bsn,iban,employed_since,hours_per_week,salary\n"),
             Catch::Contains("unknown column \"salary\""));
  // Nothing of the good first row was stored.
  CHECK(count(db, "SELECT count(*) FROM employees") == 0);
  CHECK(count(db, "SELECT count(*) FROM audit_log") == 0);

  CHECK(import_employees_csv(db, kHeader + kGood1 + kGood2, "staff.csv") == 2);
  const auto records = load_employee_records(db);
  REQUIRE(records.size() == 2);
  CHECK(records[1].employee.agreed_hourly_wage == Money::parse("15.20"));
  CHECK(records[1].employee.scale == "schaal 2");
  CHECK(records[0].employee.scale == "WML");
  CHECK_FALSE(records[0].employee.agreed_hourly_wage);
  CHECK(verify_audit(db).ok());
}

TEST_CASE("the terms of a period come from the contract and the placement in force on its last day") {
  TempDb t;
  Database db = Database::create(t.path());
  import_employees_csv(db, kHeader + kGood2, "staff.csv");
  // An amendment from March: 24 hours and a new step; C1 ends the day before.
  Contract c;
  c.start = parse_date("2026-03-01");
  c.end = parse_date("2026-12-31");
  c.hours_per_week = Hours(Decimal(24));
  const auto change = add_contract(db, "A2", c, ScalePlacement{0, c.start, "schaal 2, trede 2", Money::parse("15.60")});
  REQUIRE(change.ended);
  CHECK(to_string(*change.ended->end) == "2026-02-28");
  CHECK(change.added.id == "C2");
  const auto r = load_employee_record(db, "A2");
  const auto feb = employee_terms(r, PayPeriod::parse("2026-02"));
  const auto mar = employee_terms(r, PayPeriod::parse("2026-03"));
  REQUIRE(feb);
  REQUIRE(mar);
  CHECK(feb->hours_per_week.str() == "36");
  CHECK(feb->agreed_hourly_wage == Money::parse("15.20"));
  CHECK(mar->hours_per_week.str() == "24");
  CHECK(mar->agreed_hourly_wage == Money::parse("15.60"));
  CHECK(to_string(mar->employed_since) == "2026-01-01");  // one spell: the contracts follow each other
  CHECK_FALSE(employee_terms(r, PayPeriod::parse("2027-01")));
  CHECK_FALSE(employee_terms(r, PayPeriod::parse("2025-12")));
  // A contract starting before an existing one is refused.
  Contract early;
  early.start = parse_date("2026-02-01");
  early.indefinite = true;
  early.hours_per_week = Hours(Decimal(32));
  CHECK_THROWS_WITH(add_contract(db, "A2", early), Catch::Contains("starts on or after 2026-02-01"));
  // A contract from the same day as the last one replaces it (here: 28 instead of 24 hours).
  Contract fix = c;
  fix.hours_per_week = Hours(Decimal(28));
  const auto replaced = add_contract(db, "A2", fix, ScalePlacement{0, c.start, "schaal 2, trede 2", Money::parse("15.65")});
  REQUIRE(replaced.replaced);
  CHECK(replaced.added.id == "C2");
  const auto again = load_employee_record(db, "A2");
  CHECK(again.contracts.size() == 2);
  CHECK(employee_terms(again, PayPeriod::parse("2026-04"))->hours_per_week.str() == "28");
  CHECK(employee_terms(again, PayPeriod::parse("2026-04"))->agreed_hourly_wage == Money::parse("15.65"));
  CHECK(verify_audit(db).ok());
}

TEST_CASE("leave is checked against the balance, sick reports must not overlap") {
  TempDb t;
  Database db = Database::create(t.path());
  import_employees_csv(db, kHeader + kGood1, "staff.csv");
  const auto b = take_leave(db, store_rules(), "A1", parse_date("2026-03-10"), Hours(Decimal(8)), "dag vrij");
  CHECK(b.total.value().sign() > 0);
  CHECK_THROWS_WITH(take_leave(db, store_rules(), "A1", parse_date("2026-03-11"), Hours(Decimal(400)), ""),
                    Catch::Contains("exceed"));
  CHECK(count(db, "SELECT count(*) FROM leave_taken") == 1);
  // A weekend day has no scheduled hours in basisbaan's model: refused, unless scheduled.
  CHECK_THROWS_WITH(take_leave(db, store_rules(), "A1", parse_date("2026-03-14"), Hours(Decimal(8)), ""),
                    Catch::StartsWith("leave of employee A1, field date: 2026-03-14 is a Saturday, a day without scheduled hours"));
  CHECK_THROWS_WITH(take_leave(db, store_rules(), "A1", parse_date("2026-03-15"), Hours(Decimal(8)), ""), Catch::Contains("is a Sunday"));
  CHECK(count(db, "SELECT count(*) FROM leave_taken") == 1);
  take_leave(db, store_rules(), "A1", parse_date("2026-03-14"), Hours(Decimal(4)), "zaterdagdienst", LeaveOnWeekend::Scheduled);
  CHECK(count(db, "SELECT count(*) FROM leave_taken") == 2);

  SickReport s;
  s.first_day = parse_date("2026-04-01");
  CHECK(report_sick(db, "A1", s).id == "S1");
  SickReport overlapping;
  overlapping.first_day = parse_date("2026-04-10");
  CHECK_THROWS_AS(report_sick(db, "A1", overlapping), InputError);
  const auto recovered = recover_from_sickness(db, "A1", parse_date("2026-04-20"));
  CHECK(to_string(*recovered.recovered) == "2026-04-20");
  CHECK_THROWS_WITH(recover_from_sickness(db, "A1", parse_date("2026-05-01")), Catch::Contains("no open sick report"));
  CHECK_THROWS_WITH(load_employee_record(db, "ZZ"), Catch::Contains("no employee ZZ"));
  CHECK(verify_audit(db).ok());
}

TEST_CASE("an amendment of the running contract keeps its work unless it names other work") {
  // Clerk's review F12: a change of hours (`contract add` from a later day) dropped the job.
  TempDb t;
  Database db = Database::create(t.path());
  hire_employee(db, fixed_term_newcomer("A7", "999990068"), "fietsenmaker");
  Contract more;
  more.start = parse_date("2026-03-01");
  more.end = parse_date("2026-12-31");
  more.hours_per_week = Hours(Decimal(36));
  CHECK(add_contract(db, "A7", more).added.job == "fietsenmaker");
  Contract other = more;
  other.start = parse_date("2026-06-01");
  other.job = "wijkconciërge";
  CHECK(add_contract(db, "A7", other).added.job == "wijkconciërge");
  const auto r = load_employee_record(db, "A7");
  REQUIRE(r.contracts.size() == 3);
  CHECK(r.contracts[1].job == "fietsenmaker");
  CHECK(r.contracts[2].job == "wijkconciërge");
}
