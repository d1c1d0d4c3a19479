// SPDX-License-Identifier: EUPL-1.2
// The final payslip in a stored run (docs/store.md "The final payslip"): the run writes
// final_settlement (the leave hours left on the last day) into the input snapshot of the period
// holding the last day of employment; the payslip pays them and the holiday-allowance reserve;
// the May run has no payslip for the leaver; replay reproduces the payslip from the snapshot; the
// wage-tax return and the annual statement count the amounts.
//
// Hand calculation for E005 of the example employer (A. Jansen, 24 h at the minimum wage, € 14,71
// an hour in 2026, employed from 2026-01-01), terminated on Wednesday 2026-04-15, 8 hours of leave
// taken on 2026-03-02:
//   leave: statutory 4 × 24 = 96 h a year (labour.leave.statutory_weeks; no extra hours), pro
//     rata to the 105 days in service of 2026 (31 + 28 + 31 + 15): 96 × 105 / 365 = 27,6164… →
//     27,62 (the ledger's rounding, half up to hundredths); less 8 taken = 19,62 h left;
//     payout 19,62 × 14,71 = 288,6102 → 288,61 (half up to cents).
//   basic wage January–March 24 × 261 / 5 / 12 = 104,40 h × 14,71 = 1.535,724 → 1.535,73 (up);
//     reserved 1.535,73 × 8 % = 122,8584 → 122,86 (up) a month.
//   April: 11 of 22 weekdays: 1.535,73 × 0,5 = 767,865 → 767,87 (up); reserved 767,87 × 8 % =
//     61,4296 → 61,43; on the payout 288,61 × 8 % = 23,0888 → 23,09.
//   Reserve paid: 3 × 122,86 + 61,43 + 23,09 = 453,10; bijzondere beloningen 288,61 + 453,10 = 741,71.

#include <catch2/catch.hpp>

#include <algorithm>

#include "basisbaan/export/jaaropgaaf.hpp"
#include "basisbaan/export/loonaangifte.hpp"
#include "basisbaan/export/loonstaat.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

std::string amount_text(const Payslip& p, LineCode code) {
  const PayslipLine* l = p.line(code);
  return l == nullptr ? "(none)" : l->amount.str();
}

/// The example employer with E005 leaving on 2026-04-15 after 8 hours of leave, run January–May.
void leaver_run(Database& db) {
  load_example(db);
  take_leave(db, store_rules(), "E005", parse_date("2026-03-02"), Hours(Decimal(8)), "");
  ContractEnding ending;
  ending.reason = EndReason::MutualAgreement;
  terminate_employment(db, "E005", parse_date("2026-04-15"), "mutual agreement", ending);
  for (int m = 1; m <= 5; ++m) run_payroll(db, store_rules(), PayPeriod(PeriodKind::Month, 2026, m));
}

}  // namespace

TEST_CASE("a stored run pays a leaver's leave and holiday-allowance reserve on the final payslip", "[store][final_settlement]") {
  TempDb t;
  Database db = Database::create(t.path());
  leaver_run(db);

  const StoredRun april = db.load_run(PayPeriod::parse("2026-04"));
  const StoredPayslip* s = april.payslip("E005");
  REQUIRE(s != nullptr);
  // The snapshot carries what the engine settles.
  REQUIRE(s->employee.final_settlement);
  CHECK(s->employee.final_settlement->leave_hours.str() == "19.62");
  const Payslip& p = s->payslip;
  CHECK(amount_text(p, LineCode::LeavePayout) == "288.61");
  CHECK(p.line(LineCode::LeavePayout)->quantity_text() == "19.62 uur");
  CHECK(amount_text(p, LineCode::HolidayAllowancePayment) == "453.10");
  CHECK(p.line(LineCode::HolidayAllowancePayment)->description == "Uitbetaling vakantiebijslag bij einde dienstverband");
  CHECK(p.special_wage_for_wage_tax.str() == "741.71");
  CHECK(p.holiday_allowance_balance.sign() == 0);

  // Others in April: no settlement in their snapshots.
  CHECK_FALSE(april.payslip("E001")->employee.final_settlement);

  // May: no payslip for the leaver, so nothing is paid twice.
  const StoredRun may = db.load_run(PayPeriod::parse("2026-05"));
  CHECK(may.payslip("E005") == nullptr);
  CHECK(may.payslip("E001")->payslip.line(LineCode::HolidayAllowancePayment) != nullptr);

  // Replay from the snapshot alone: identical.
  CHECK(replay_period(db, PayPeriod::parse("2026-04"), nullptr).identical());

  // The exports: the wage-tax return counts the amounts as bijzondere beloningen and holiday
  // allowance paid; the leave balance shown after the payout is zero (the return is of a closed run).
  for (int m = 1; m <= 4; ++m) close_period(db, PayPeriod(PeriodKind::Month, 2026, m));
  const RunData data = load_wage_tax_return_data(db, PayPeriod::parse("2026-04"), &store_rules());
  const RunEmployee* re = nullptr;
  for (const auto& x : data.employees) {
    if (x.employee.id == "E005") re = &x;
  }
  REQUIRE(re != nullptr);
  const IncomeRelationshipAmounts a = income_relationship_amounts(*re);
  CHECK(a.special_wage.str() == "741.71");
  CHECK(a.holiday_allowance_paid.str() == "453.10");
  REQUIRE(re->leave_balance_hours);
  CHECK(re->leave_balance_hours->sign() == 0);
  const std::string xml = loonaangifte_xml(data);
  CHECK(xml.find("<VakBsl>453.10</VakBsl>") != std::string::npos);
}

TEST_CASE("the annual statement of a leaver includes the final settlement", "[store][final_settlement][jaaropgaaf]") {
  TempDb t;
  Database db = Database::create(t.path());
  leaver_run(db);
  for (int m = 1; m <= 5; ++m) close_period(db, PayPeriod(PeriodKind::Month, 2026, m));
  const std::vector<RunData> runs = load_closed_runs_of_year(db, 2026);
  Money wage;
  for (const RunData& r : runs) {
    for (const auto& re : r.employees) {
      if (re.employee.id == "E005") wage += re.payslip.wage_for_wage_tax;
    }
  }
  for (const Jaaropgaaf& j : jaaropgaven(2026, runs)) {
    if (j.employee_id != "E005") continue;
    CHECK(j.wage_for_wage_tax == wage);
    CHECK(j.wage_for_wage_tax.sign() > 0);
    CHECK(std::find(j.tables.begin(), j.tables.end(), "tabel bijzondere beloningen") != j.tables.end());
  }
}

TEST_CASE("a leaver hired again later is settled for the spell that ended", "[store][final_settlement]") {
  // E005 leaves on 2026-04-15 (8 h of leave taken, as above) and is hired again from 2026-07-01.
  // April settles the first spell alone: 27,62 − 8 = 19,62 h, as for a leaver who does not come
  // back (the leave ledger of the later spell starts from zero); the rehire changes nothing in April.
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  take_leave(db, store_rules(), "E005", parse_date("2026-03-02"), Hours(Decimal(8)), "");
  terminate_employment(db, "E005", parse_date("2026-04-15"), "mutual agreement");
  Contract again;
  again.start = parse_date("2026-07-01");
  again.indefinite = true;
  again.hours_per_week = Hours(Decimal(24));
  add_contract(db, "E005", again);
  for (int m = 1; m <= 4; ++m) run_payroll(db, store_rules(), PayPeriod(PeriodKind::Month, 2026, m));
  const StoredRun april = db.load_run(PayPeriod::parse("2026-04"));
  const StoredPayslip* s = april.payslip("E005");
  REQUIRE(s != nullptr);
  REQUIRE(s->employee.final_settlement);
  CHECK(s->employee.final_settlement->leave_hours.str() == "19.62");
  CHECK(amount_text(s->payslip, LineCode::HolidayAllowancePayment) == "453.10");
}
