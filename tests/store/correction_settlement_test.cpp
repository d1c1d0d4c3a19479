// SPDX-License-Identifier: EUPL-1.2
// A correction of an earlier period is settled on the payslip of the period that pays it (the
// correction_earlier_period line); the bank file pays the net after the correction and the net
// wages account (1530) is left with exactly what the bank file pays (docs/store.md
// "Corrections"). The example employer; E002's January is corrected from 36 to 32 hours at
// € 15,50 (net difference −147,94, as tests/cli/store_cli.sh shows).

#include <catch2/catch.hpp>

#include "basisbaan/export/journal.hpp"
#include "basisbaan/export/loonstaat.hpp"
#include "basisbaan/export/payslip_html.hpp"
#include "basisbaan/export/sepa_pain001.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

PayPeriod P(const char* label) { return PayPeriod::parse(label); }

Money ctrl_sum(const std::string& xml) {
  const auto b = xml.find("<CtrlSum>");
  const auto e = xml.find("</CtrlSum>");
  REQUIRE(b != std::string::npos);
  return Money::parse(xml.substr(b + 9, e - b - 9));
}

}  // namespace

TEST_CASE("a negative correction is reclaimed on the next payslip, SEPA and journal agree", "[store][settlement]") {
  TempDb t;
  Database db = Database::create(t.path());
  const CorrectionOutcome jan = example_with_january_corrected(db);
  REQUIRE(jan.run);
  REQUIRE(jan.run->differences.size() == 1);
  const Money diff = jan.run->differences[0].net;
  CHECK(diff.str() == "-147.94");

  run_payroll(db, store_rules(), P("2026-03"));
  close_period(db, P("2026-03"));
  const StoredRun mar = db.load_run(P("2026-03"));
  const Payslip& slip = mar.payslip("E002")->payslip;
  // The line: the correction's net difference; net = the period's own net − 147,94.
  REQUIRE(slip.line(LineCode::CorrectionEarlierPeriod) != nullptr);
  CHECK(slip.corrections_settled() == diff);
  CHECK(slip.net == slip.net_of_period() + diff);
  // Only E002 has a correction.
  CHECK(mar.payslip("E001")->payslip.line(LineCode::CorrectionEarlierPeriod) == nullptr);

  const RunData run = load_run_data(db, P("2026-03"));
  Money nets;
  for (const auto& re : run.employees) nets += re.payslip.net;
  // The bank file pays the sum of the payslips' net after corrections, one transaction each.
  const std::string xml = sepa_pain001_xml(run, {parse_date("2026-03-25"), std::nullopt, std::nullopt});
  CHECK(ctrl_sum(xml) == nets);
  CHECK(xml.find("-C2026-01") == std::string::npos);
  // The journal balances and leaves on 1530 (net wages payable) exactly what the bank pays.
  Money payable;
  for (const auto& l : journal_lines(run, ChartOfAccounts::defaults())) {
    if (l.account.number == "1530") payable += l.credit - l.debit;
  }
  CHECK(payable == nets);

  // The stored payslips replay identically, the paying period and the corrected one.
  CHECK(replay_period(db, P("2026-03"), nullptr).identical());
  CHECK(replay_period(db, P("2026-01"), nullptr).identical());

  // The loonstaat's kolom 17 (and the jaaropgaaf's "uitbetaald") counts the correction once:
  // January's row is its corrected version, March's row its own net without the settlement, so
  // the year's total is what the three bank files paid (January and February as first paid,
  // March after the −147,94).
  Money paid_by_bank;
  for (const char* p : {"2026-01", "2026-02", "2026-03"}) {
    for (const auto& re : load_run_data(db, P(p)).employees) paid_by_bank += re.payslip.net;
  }
  // load_run_data gives a period's regular run as first paid: its payslips' nets are what each
  // bank file paid.
  Money loonstaat_paid;
  for (const auto& s : loonstaten(2026, load_closed_runs_of_year(db, 2026))) loonstaat_paid += s.total.paid;
  CHECK(loonstaat_paid == paid_by_bank);
  for (const auto& s : loonstaten(2026, load_closed_runs_of_year(db, 2026))) {
    if (s.employee.id != "E002") continue;
    const auto& rows = s.rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[2].amounts.paid == slip.net_of_period());  // March: without the −147,94
  }
}

#include "../../lib/store/codec.hpp"

TEST_CASE("a net carried forward is kept in the state text, canonical and read back", "[store][settlement]") {
  using namespace basisbaan::store_detail;
  PayrollState s;
  s.year = 2026;
  s.net_settlement = Money::parse("-1022.69");
  const std::string text = state_text(s);
  CHECK(text == canonical(state_json(s)));
  CHECK(text.find("\"net_settlement\":\"-1022.69\"") != std::string::npos);
  CHECK(state_from_text(text).net_settlement == s.net_settlement);
  CHECK(state_from_json(state_json(s)).net_settlement == s.net_settlement);
  // Zero: not written, as in every state stored before settlements existed.
  s.net_settlement = Money();
  CHECK(state_text(s).find("net_settlement") == std::string::npos);
}

TEST_CASE("a later loonheffingskorting change does not reach back into a corrected closed period", "[store][settlement]") {
  // Clerk's review F5: E001 withdraws the loonheffingskorting after February is closed; a
  // correction of January made for another employee's reason recomputed every payslip with the
  // new choice and withheld the whole credit again for January. The employee withdraws in writing
  // from a date on (Handboek Loonheffingen §23.1), so a correction keeps the choice the period was
  // paid with (its snapshot); the next open period applies the new one.
  TempDb t;
  Database db = Database::create(t.path());
  example_with_two_closed_months(db);
  EmployeeChange withdraw;
  withdraw.payroll_tax_credit = false;
  change_employee(db, "E001", withdraw);
  backdate_e002_to_32_hours(db);
  const CorrectionOutcome jan = correct_period(db, store_rules(), P("2026-01"), "uren met terugwerkende kracht");
  REQUIRE(jan.run);
  // Only E002's hours changed January: E001 is not among the differences.
  REQUIRE(jan.run->differences.size() == 1);
  CHECK(jan.run->differences[0].employee_id == "E002");
  CHECK(jan.run->differences[0].net.str() == "-147.94");

  // March, the first period after the change, is computed without the credit: more wage tax than
  // February for the same wage.
  run_payroll(db, store_rules(), P("2026-03"));
  const StoredRun feb_run = db.load_run(P("2026-02"));
  const StoredRun mar_run = db.load_run(P("2026-03"));
  const Payslip& feb = feb_run.payslip("E001")->payslip;
  const Payslip& mar = mar_run.payslip("E001")->payslip;
  CHECK(mar.gross == feb.gross);
  CHECK(mar.amount_of(LineCode::WageTax) > feb.amount_of(LineCode::WageTax));
}

TEST_CASE("the payslip that settles a correction explains it per corrected period", "[store][settlement]") {
  // Clerk's review F13: the printable payslip showed only "Correcties eerdere perioden (netto)
  // −147,94", with no period, reason or gross and tax. E002's January, corrected from 36 to
  // 32 hours at € 15,50, is settled in March.
  TempDb t;
  Database db = Database::create(t.path());
  const CorrectionOutcome jan = example_with_january_corrected(db);
  REQUIRE(jan.run);
  const PayslipDifference& d = jan.run->differences.at(0);
  run_payroll(db, store_rules(), P("2026-03"));
  close_period(db, P("2026-03"));
  const RunData run = load_run_data(db, P("2026-03"));
  for (const RunEmployee& re : run.employees) {
    if (re.employee.id != "E002") {
      CHECK(re.corrections_settled.empty());
      continue;
    }
    REQUIRE(re.corrections_settled.size() == 1);
    const SettledCorrection& c = re.corrections_settled[0];
    CHECK(c.period.label() == "2026-01");
    CHECK(c.reason == "uren met terugwerkende kracht");
    CHECK(c.net == d.net);
    CHECK(c.net.str() == "-147.94");
    CHECK(c.gross == d.gross);
    CHECK(c.wage_tax == d.wage_tax);
    const std::string html = payslip_html(run.employer, re);
    CHECK_THAT(html, Catch::Contains("<h2>Correcties eerdere perioden</h2>"));
    CHECK_THAT(html, Catch::Contains("<tr><td>2026-01 (uren met terugwerkende kracht)</td><td class=\"n\">" + d.gross.str_nl() +
                                     "</td><td class=\"n\">" + d.wage_tax.str_nl() + "</td><td class=\"n\">-147,94</td></tr>"));
  }
}
