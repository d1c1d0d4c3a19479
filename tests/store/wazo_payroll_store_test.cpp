// SPDX-License-Identifier: EUPL-1.2
// The payroll run reads the pregnancy and maternity leave from the administration (art. 3:1 Wazo),
// pays the UWV benefit on for the leave days instead of the wage (art. 3:8 Wazo; art. 7:629 lid 4
// BW), stores the leave in the employee snapshot, and replays from the snapshot alone. Leave
// agreements (art. 7:640a BW; leave in advance) are stored and govern the leave ledger.
//
// E002 of the example employer (J. de Boer, 36 h, € 15,20 per hour), March 2026 (22 weekdays):
// basic wage 261 × 36 / 5 = 1.879,2 hours × 15,20 / 12 = 2.380,32. Leave with the expected birth
// 2026-03-20 from 2026-02-07 (six weeks before 03-21) to 05-29: all 22 weekdays of March.
// Not paid 2.380,32 × 22 / 22 = 2.380,32; day wage 2.380,32 / 22 = 108,1963… → 108,20 (below the
// maximum daily wage 304,25), benefit 108,20 × 22 = 2.380,40.

#include <catch2/catch.hpp>

#include <algorithm>

#include "../../lib/store/codec.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/leave_agreements.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "basisbaan/store/sickness_records.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

TEST_CASE("a run pays the Wazo benefit on for the leave days and replays it from the snapshot", "[store][wazo]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  MaternityLeaveFacts f;
  f.expected_birth = parse_date("2026-03-20");
  f.leave_start = parse_date("2026-02-07");
  add_maternity_leave(db, store_rules(), "E002", f);

  const RunOutcome r = run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  const StoredRun run = db.load_run(PayPeriod::parse("2026-03"));
  const auto* s = run.payslip("E002");
  REQUIRE(s != nullptr);
  CHECK(s->payslip.line(LineCode::BasicWage)->amount.str() == "2380.32");
  REQUIRE(s->payslip.line(LineCode::WazoLeaveNoWage) != nullptr);
  CHECK(s->payslip.line(LineCode::WazoLeaveNoWage)->amount.str() == "-2380.32");
  REQUIRE(s->payslip.line(LineCode::WazoBenefit) != nullptr);
  CHECK(s->payslip.line(LineCode::WazoBenefit)->amount.str() == "2380.40");
  CHECK(s->payslip.gross.str() == "2380.40");

  // The leave is in E002's snapshot, and in nobody else's.
  CHECK_THAT(stored_snapshot(db, r.run.id, "E002"), Catch::Contains(R"("maternity_leave":[{"expected_birth":"2026-03-20")"));
  CHECK(stored_snapshot(db, r.run.id, "E001").find("maternity_leave") == std::string::npos);
  CHECK(s->employee.maternity_leave.size() == 1);

  // Replay reads the snapshot alone.
  db.sql().exec("DELETE FROM maternity_leaves");
  CHECK(replay_period(db, PayPeriod::parse("2026-03"), nullptr).identical());
}

TEST_CASE("the exports count a sickness as the run does: Wazo leave days are no sick days", "[store][wazo]") {
  // E002 reported sick on 2026-01-12 and not recovered; the leave above runs from 2026-02-07 to
  // 05-29, so every day of March is a leave day: no wage continuation (art. 7:629 lid 4 BW) and no
  // sick hours in the absence figure (the national standard leaves the leave out).
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  SickReport sick;
  sick.first_day = parse_date("2026-01-12");
  report_sick(db, "E002", sick);
  MaternityLeaveFacts f;
  f.expected_birth = parse_date("2026-03-20");
  f.leave_start = parse_date("2026-02-07");
  add_maternity_leave(db, store_rules(), "E002", f);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));

  const RunData data = load_run_data(db, PayPeriod::parse("2026-03"), &store_rules());
  const auto e002 = std::find_if(data.employees.begin(), data.employees.end(), [](const RunEmployee& re) { return re.employee.id == "E002"; });
  REQUIRE(e002 != data.employees.end());
  CHECK(e002->payslip.line(LineCode::WazoBenefit) != nullptr);
  CHECK_FALSE(e002->wage_continuation.has_value());
  REQUIRE(e002->absence_percentage.has_value());
  CHECK(*e002->absence_percentage == Decimal(0));
}

TEST_CASE("a run leaves out a Wazo leave that neither overlaps the period nor lies inside its sickness", "[store][wazo]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  MaternityLeaveFacts f;
  f.expected_birth = parse_date("2026-09-10");
  f.leave_start = parse_date("2026-07-31");
  add_maternity_leave(db, store_rules(), "E003", f);
  const RunOutcome r = run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  CHECK(stored_snapshot(db, r.run.id, "E003").find("maternity_leave") == std::string::npos);
}

TEST_CASE("a leave agreement is stored, audited and governs the ledger (art. 7:640a BW)", "[store][leave]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  // E001 is employed from 2026-01-01 at 32 hours: 4 × 32 = 128 statutory hours a year, accrued
  // per month; 40 hours on 2026-01-05 exceed what has accrued.
  CHECK_THROWS_AS(take_leave(db, store_rules(), "E001", parse_date("2026-01-05"), Hours(Decimal(40)), ""), InputError);
  LeaveAgreement a;
  a.agreed_on = parse_date("2026-01-02");
  a.statutory_expiry_months = 18;
  a.advance_allowed = Hours(Decimal(40));
  a.note = "signed, in the personnel file";
  add_leave_agreement(db, store_rules(), "E001", a);
  take_leave(db, store_rules(), "E001", parse_date("2026-01-05"), Hours(Decimal(40)), "");
  const LeaveLedger l = leave_ledger_of(load_employee_record(db, "E001"));
  REQUIRE(l.agreed_statutory_expiry_months);
  CHECK(*l.agreed_statutory_expiry_months == 18);
  CHECK(l.advance_allowed.str() == Hours(Decimal(40)).str());
  // A later agreement replaces it; one that the leave taken no longer fits is refused.
  LeaveAgreement none;
  none.agreed_on = parse_date("2026-02-01");
  CHECK_THROWS_AS(add_leave_agreement(db, store_rules(), "E001", none), InputError);
  LeaveAgreement bad = a;
  bad.statutory_expiry_months = 0;
  CHECK_THROWS_AS(add_leave_agreement(db, store_rules(), "E001", bad), InputError);
  CHECK(verify_audit(db).ok());
}
