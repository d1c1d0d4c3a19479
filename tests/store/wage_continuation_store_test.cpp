// SPDX-License-Identifier: EUPL-1.2
// Wage continuation in a stored payroll run: the run gives the payslip the employee's sick reports
// from the administration (those that overlap the period and the earlier ones added together with
// them, art. 7:629 lid 10 BW), stores them in the input snapshot, and replay reproduces the payslip
// from the snapshot alone. Snapshots without sick reports keep their old text.
//
// Hand calculation for E002 of the example employer (J. de Boer, 36 h, € 15,20 per hour), sick from
// 2026-02-23, March 2026 (22 weekdays; sick days 8–37, year 1):
//   basic wage 261 × 36 / 5 = 1.879,2 hours × 15,20 / 12 = 2.380,32;
//   70 % × 15,20 = 10,64 < Wml 14,71, so the sick hour is paid 14,71 = 14,71 / 15,20 = 0,96776315…
//   of the wage, rounded up to six decimals 0,967764 (never below the minimum wage);
//   not paid 0,032236 × 2.380,32 × 22 / 22 = 76,7319955… → down to 76,73.

#include <catch2/catch.hpp>

#include "../../lib/store/codec.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

SickReport sick_from(const char* first_day, const char* recovered = nullptr) {
  SickReport r;
  r.first_day = parse_date(first_day);
  if (recovered != nullptr) r.recovered = parse_date(recovered);
  return r;
}

}  // namespace

TEST_CASE("a run applies wage continuation below 100 %, notes it, and replays it from the snapshot", "[store][sick_pay]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  report_sick(db, "E002", sick_from("2026-02-23"));
  // E006: two reports 14 fit days apart (fewer than 28: one period); only the second is in March.
  report_sick(db, "E006", sick_from("2026-01-05", "2026-02-02"));
  report_sick(db, "E006", sick_from("2026-02-16"));
  // E009: sick and recovered long before March: no part of the March payslip.
  report_sick(db, "E009", sick_from("2026-01-05", "2026-01-10"));

  const RunOutcome r = run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  const StoredRun run = db.load_run(PayPeriod::parse("2026-03"));  // with the lines
  const auto* s = run.payslip("E002");
  REQUIRE(s != nullptr);
  REQUIRE(s->payslip.hourly_wage.str() == "15.20");
  const PayslipLine* line = s->payslip.line(LineCode::SickPayReduction);
  REQUIRE(line != nullptr);
  CHECK(line->amount.str() == "-76.73");
  CHECK(line->description == "Loondoorbetaling bij ziekte 96,7764% — 22 dagen");
  CHECK(s->payslip.line(LineCode::BasicWage)->amount.str() == "2380.32");

  // The note says what was applied, and nothing is left to correct by hand.
  bool e002 = false;
  bool e007 = false;
  for (const auto& n : r.notes) {
    CHECK(n.find("NOT applied") == std::string::npos);
    if (n.rfind("E002 J. de Boer: sick in 2026-03", 0) == 0) {
      e002 = true;
      CHECK_THAT(n, Catch::Contains("96.7764%") && Catch::Contains("applied on the payslip: Loondoorbetaling bij ziekte 96,7764% — 22 dagen (-76.73)"));
    }
    if (n.rfind("E007", 0) == 0) {
      e007 = true;  // at the minimum wage: 100 % in year 1
      CHECK_THAT(n, Catch::Contains("every sick weekday of the period is paid in full"));
    }
    CHECK(n.rfind("E009", 0) != 0);
  }
  CHECK(e002);
  CHECK(e007);

  // The snapshot holds the reports that matter, and only those.
  const auto e002_snapshot = stored_snapshot(db, r.run.id, "E002");
  CHECK_THAT(e002_snapshot, Catch::Contains(R"("sick_reports":[{"first_day":"2026-02-23","id":"S1")"));
  const Employee e006 = store_detail::employee_from_json(store_detail::parse_stored(stored_snapshot(db, r.run.id, "E006"), "test"));
  REQUIRE(e006.sick_reports.size() == 2);
  CHECK(to_string(e006.sick_reports[0].first_day) == "2026-01-05");
  CHECK(to_string(*e006.sick_reports[0].recovered) == "2026-02-02");
  CHECK(stored_snapshot(db, r.run.id, "E009").find("sick_reports") == std::string::npos);
  CHECK(stored_snapshot(db, r.run.id, "E001").find("sick_reports") == std::string::npos);

  // Replay from the snapshot alone: identical. Without the administration's reports, too: the
  // snapshot is all replay reads.
  db.sql().exec("DELETE FROM sick_reports");
  const ReplayReport replay = replay_period(db, PayPeriod::parse("2026-03"), nullptr);
  CHECK(replay.identical());
  // The stored payslip reads back with its sick reports (exports and corrections see them).
  CHECK(s->employee.sick_reports.size() == 1);
}

TEST_CASE("an employee snapshot without sick reports keeps its old text and reads back with none", "[store][sick_pay]") {
  Employee e;
  e.id = "E1";
  e.name = "N";
  e.birth_date = parse_date("1980-01-01");
  e.employed_since = parse_date("2025-01-01");
  e.hours_per_week = Hours(Decimal(32));
  const std::string healthy = store_detail::canonical(store_detail::employee_json(e));
  CHECK(healthy.find("sick_reports") == std::string::npos);
  CHECK(store_detail::employee_from_json(store_detail::parse_stored(healthy, "test")).sick_reports.empty());

  SickReport r = sick_from("2026-02-02", "2026-03-09");
  r.id = "S1";
  r.initial_incapacity = Rate::percent(Decimal(80));
  r.changes.push_back({parse_date("2026-02-16"), Rate::percent(Decimal::parse("37.5"))});
  r.pregnancy = true;
  e.sick_reports = {r};
  const std::string text = store_detail::canonical(store_detail::employee_json(e));
  const Employee back = store_detail::employee_from_json(store_detail::parse_stored(text, "test"));
  REQUIRE(back.sick_reports.size() == 1);
  CHECK(back.sick_reports[0].id == "S1");
  CHECK(back.sick_reports[0].initial_incapacity == Rate::percent(Decimal(80)));
  REQUIRE(back.sick_reports[0].changes.size() == 1);
  CHECK(back.sick_reports[0].changes[0].incapacity == Rate::percent(Decimal::parse("37.5")));
  CHECK(back.sick_reports[0].pregnancy);
  CHECK(store_detail::canonical(store_detail::employee_json(back)) == text);
}
