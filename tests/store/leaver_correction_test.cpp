// SPDX-License-Identifier: EUPL-1.2
// A correction of a leaver's earlier period that changes the holiday-allowance reserve, after
// the final period is closed (docs/store.md "Corrections of a leaver's earlier periods"): the
// reserve is owed with the final settlement, and no later payslip of the leaver carries it, so
// the final period is corrected too, for the leaver only.
//
// Hand calculation for E005 of the example employer (A. Jansen, 24 h at the minimum wage,
// € 14,71 an hour in 2026, employed from 2026-01-01), terminated on Wednesday 2026-04-15,
// January–April closed; then the hours raised to 32 back-dated from 1 March:
//   January, February (24 h): basic 24 × 261 / 5 / 12 = 104,40 h × 14,71 = 1.535,724 → 1.535,73
//     (up); reserved 8 % = 122,8584 → 122,86 (up) a month.
//   March (32 h): 32 × 261 / 5 / 12 = 139,20 h × 14,71 = 2.047,632 → 2.047,64; reserved
//     163,8112 → 163,82 — 40,96 more than the 122,86 first reserved.
//   April: 11 of 22 weekdays: 2.047,64 × 0,5 = 1.023,82; reserved 81,9056 → 81,91.
//   Leave: 4 × 24 = 96 h a year for the 59 days of January–February, 4 × 32 = 128 h a year for
//     the 46 days of 1 March – 15 April: 96 × 59 / 365 + 128 × 46 / 365 = 15,5178 + 16,1315 =
//     31,649… → 31,65 h; paid 31,65 × 14,71 = 465,5715 → 465,57; reserved 8 % = 37,2456 → 37,25.
//   Reserve paid with the final settlement: 2 × 122,86 + 163,82 + 81,91 + 37,25 = 528,70
//   (without March's 40,96 it would be 487,74).

#include <catch2/catch.hpp>

#include "basisbaan/store/employment_changes.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

PayPeriod P(const char* label) { return PayPeriod::parse(label); }

/// The example employer with E005 leaving on 2026-04-15, January–April run and closed, then
/// E005's hours raised to 32 from 1 March.
void leaver_with_backdated_hours(Database& db) {
  load_example(db);
  ContractEnding ending;
  ending.reason = EndReason::MutualAgreement;
  terminate_employment(db, "E005", parse_date("2026-04-15"), "mutual agreement", ending);
  for (const char* p : {"2026-01", "2026-02", "2026-03", "2026-04"}) {
    run_payroll(db, store_rules(), P(p));
    close_period(db, P(p));
  }
  Contract c;
  c.start = parse_date("2026-03-01");
  c.end = parse_date("2026-04-15");
  c.hours_per_week = Hours(Decimal(32));
  add_contract(db, "E005", c, std::nullopt);
}

std::string amount(const StoredRun& run, const char* employee, LineCode code) {
  const StoredPayslip* s = run.payslip(employee);
  if (s == nullptr) return "(no payslip)";
  const PayslipLine* l = s->payslip.line(code);
  return l == nullptr ? "(none)" : l->amount.str();
}

}  // namespace

TEST_CASE("a correction of a leaver's earlier period pays the reserve change out with the final settlement",
          "[store][correction][final_settlement]") {
  TempDb t;
  Database db = Database::create(t.path());
  leaver_with_backdated_hours(db);

  const CorrectionOutcome march = correct_period(db, store_rules(), P("2026-03"), "uren met terugwerkende kracht");
  REQUIRE(march.run);
  CHECK(amount(*march.run, "E005", LineCode::BasicWage) == "2047.64");
  CHECK(amount(*march.run, "E005", LineCode::HolidayAllowanceReserved) == "163.82");

  // The final period, corrected with it for the leaver alone and paid in the same period.
  REQUIRE(march.final_periods.size() == 1);
  const StoredRun& april = march.final_periods.front();
  CHECK(april.period.label() == "2026-04");
  CHECK(april.pay_in == march.run->pay_in);
  CHECK(april.payslips.size() == 1);
  CHECK(amount(april, "E005", LineCode::BasicWage) == "1023.82");
  CHECK(amount(april, "E005", LineCode::LeavePayout) == "465.57");
  CHECK(amount(april, "E005", LineCode::HolidayAllowancePayment) == "528.70");
  CHECK(april.payslip("E005")->payslip.holiday_allowance_balance.sign() == 0);
  CHECK(april.reason.find("2026-03") != std::string::npos);

  // The state it started from names where the extra reserve came from.
  SQLite::Statement q(db.sql(), "SELECT opening_note FROM payslips WHERE run_id = ? AND employee_id = 'E005'");
  q.bind(1, april.id);
  REQUIRE(q.executeStep());
  CHECK(q.getColumn(0).getString().find("reserve 40.96 more by correction run " + std::to_string(march.run->id)) !=
        std::string::npos);

  // Replay reproduces the corrected final payslip from what was stored.
  CHECK(replay_period(db, P("2026-04"), nullptr).identical());

  // Correcting April again finds nothing more to pay: the reserve is not paid twice.
  CHECK_FALSE(correct_period(db, store_rules(), P("2026-04"), "").run);
}

TEST_CASE("the final period corrected before the earlier period still pays the whole reserve",
          "[store][correction][final_settlement]") {
  // The clerk corrects April first (its own hours: reserve paid 81,91 + 37,25 for April and the
  // leave, but March's 122,86), then March: the correction of March corrects April again for
  // the 40,96 that March adds, so the final settlement pays 528,70 in all.
  TempDb t;
  Database db = Database::create(t.path());
  leaver_with_backdated_hours(db);
  const CorrectionOutcome april = correct_period(db, store_rules(), P("2026-04"), "");
  REQUIRE(april.run);
  CHECK(amount(*april.run, "E005", LineCode::HolidayAllowancePayment) == "487.74");  // 528,70 − 40,96
  CHECK(april.final_periods.empty());
  const CorrectionOutcome march = correct_period(db, store_rules(), P("2026-03"), "");
  REQUIRE(march.final_periods.size() == 1);
  CHECK(amount(march.final_periods.front(), "E005", LineCode::HolidayAllowancePayment) == "528.70");
  CHECK(replay_period(db, P("2026-04"), nullptr).identical());
}

TEST_CASE("a correction that leaves the reserve as it was corrects no final period", "[store][correction][final_settlement]") {
  // E002 is not a leaver: the reserve change of its correction is carried by the next payslip.
  TempDb t;
  Database db = Database::create(t.path());
  const CorrectionOutcome jan = example_with_january_corrected(db);
  REQUIRE(jan.run);
  CHECK(jan.final_periods.empty());
}
