// SPDX-License-Identifier: EUPL-1.2
// Garnishments in the employer's database (docs/garnishment.md): registering with a clear error
// per bad field, the payroll run withholding in the stored runs, replay, the SEPA transfer to the
// creditor, the journal's payable, the clerk's overview, the annual sum, lifting, the audit chain.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/journal.hpp"
#include "basisbaan/export/sepa_pain001.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/garnishments.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {
PayPeriod P(const char* label) { return PayPeriod::parse(label); }
}  // namespace

TEST_CASE("garnishment store: bad input is refused naming the field", "[store][garnishment]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  Garnishment g = bailiff_garnishment();
  g.iban = "";
  g.creditor = "";
  g.owed = Money();
  try {
    add_garnishment(db, "E001", g);
    FAIL("no error");
  } catch (const ValidationError& e) {
    REQUIRE(e.problems().size() == 3);
    CHECK(e.problems()[0].where.field == std::optional<std::string>("creditor"));
    CHECK(e.problems()[1].where.field == std::optional<std::string>("iban"));
    CHECK(e.problems()[2].where.field == std::optional<std::string>("owed"));
  }
  g = bailiff_garnishment();
  g.iban = "NL91ABNA0417164301";
  CHECK_THROWS_WITH(add_garnishment(db, "E001", g), Catch::Contains("field iban") && Catch::Contains("not a valid IBAN"));
  CHECK_THROWS_AS(add_garnishment(db, "E999", bailiff_garnishment()), InputError);
  g = bailiff_garnishment();
  g.coordinating = true;
  CHECK(add_garnishment(db, "E001", g).garnishment.id == "G1");
  CHECK_THROWS_WITH(add_garnishment(db, "E001", g), Catch::Contains("field coordinating") && Catch::Contains("already has a coordinating bailiff"));
  g.kind = GarnishmentKind::TaxAuthority;
  CHECK_THROWS_WITH(add_garnishment(db, "E002", g), Catch::Contains("only a bailiff"));
  CHECK(count(db, "SELECT count(*) FROM garnishments") == 1);
}

TEST_CASE("garnishment store: withheld in the runs, paid in SEPA, booked, replayed, lifted", "[store][garnishment]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const StoredGarnishment g1 = add_garnishment(db, "E001", bailiff_garnishment());
  CHECK(g1.garnishment.iban == "NL91ABNA0417164300");  // normalized

  run_payroll(db, store_rules(), P("2026-01"));
  close_period(db, P("2026-01"));
  const StoredRun jan = db.load_run(P("2026-01"));
  const StoredPayslip* s = jan.payslip("E001");
  REQUIRE(s != nullptr);
  const Money withheld = s->payslip.garnished();
  CHECK(withheld.sign() > 0);
  // Exactly the net above the beslagvrije voet: net paid = 1338.74 (the net before it is above).
  CHECK(s->payslip.net == Money::parse("1338.74"));
  CHECK(s->payslip.garnishments == std::vector<GarnishmentWithheld>{{"G1", withheld}});
  CHECK(s->employee.garnishments.size() == 1);
  // Employees without a garnishment have none.
  CHECK(jan.payslip("E002")->payslip.garnished().is_zero());

  run_payroll(db, store_rules(), P("2026-02"));
  close_period(db, P("2026-02"));
  const Money feb = db.load_run(P("2026-02")).payslip("E001")->payslip.garnished();
  CHECK(feb.sign() > 0);
  CHECK(replay_period(db, P("2026-01"), nullptr).identical());
  CHECK(replay_period(db, P("2026-02"), nullptr).identical());

  // The overview and the annual sum.
  const auto accounts = garnishment_overview(db);
  REQUIRE(accounts.size() == 1);
  CHECK(accounts[0].paid == withheld + feb);
  CHECK(accounts[0].remaining == Money::parse("3000") - withheld - feb);
  CHECK(accounts[0].last_period == "2026-02");
  CHECK(garnished_in_year(db, 2026).at("E001") == withheld + feb);
  CHECK(garnished_in_year(db, 2025).empty());

  // SEPA: a transfer to the bailiff with the reference; the journal: the payable, balanced.
  const RunData data = load_run_data(db, P("2026-01"));
  SepaOptions o;
  o.execution_date = parse_date("2026-01-25");
  const std::string xml = sepa_pain001_xml(data, o);
  CHECK(xml.find("<EndToEndId>2026-01-E001-G1</EndToEndId>") != std::string::npos);
  CHECK(xml.find("<IBAN>NL91ABNA0417164300</IBAN>") != std::string::npos);
  CHECK(xml.find("Loonbeslag kenmerk 2026-0042 periode 2026-01 personeelsnr E001") != std::string::npos);
  CHECK(xml.find("<InstdAmt Ccy=\"EUR\">" + withheld.str() + "</InstdAmt>") != std::string::npos);
  bool payable = false;
  for (const auto& l : journal_lines(data, ChartOfAccounts::defaults())) {
    if (l.account.number == "1540") {
      payable = true;
      CHECK(l.credit == withheld);
      CHECK(l.employee_id == "E001");
    }
  }
  CHECK(payable);

  // Lifted from 2026-03-01: March withholds nothing.
  lift_garnishment(db, "G1", parse_date("2026-03-01"), "opgeheven door de deurwaarder");
  CHECK_THROWS_WITH(lift_garnishment(db, "G1", parse_date("2026-04-01"), "again"), Catch::Contains("already lifted"));
  run_payroll(db, store_rules(), P("2026-03"));
  CHECK(db.load_run(P("2026-03")).payslip("E001")->payslip.garnished().is_zero());
  CHECK(verify_audit(db).ok());
}

TEST_CASE("garnishment store: a correction raising the wage gives the creditor its share in the paying period", "[store][garnishment]") {
  // docs/garnishment.md "Corrections": the correction's own-net difference is settled on the
  // payslip of the period that pays it, before that period's garnishment; the creditor gets the
  // part above the beslagvrije voet there, and the correction run's recomputed garnishment line
  // is neither paid nor counted. The example employer's E002 (36 h at € 15,50) with a
  // garnishment of beslagvrije voet 1000 (far below the net); January corrected to 38 hours.
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  add_garnishment(db, "E002", bailiff_garnishment({.owed = "10000", .protected_per_month = "1000.00"}));
  for (const char* p : {"2026-01", "2026-02"}) {
    run_payroll(db, store_rules(), P(p));
    close_period(db, P(p));
  }
  const Money jan = db.load_run(P("2026-01")).payslip("E002")->payslip.garnished();
  const Money feb = db.load_run(P("2026-02")).payslip("E002")->payslip.garnished();
  CHECK(jan.sign() > 0);
  Contract c;
  c.start = parse_date("2026-01-01");
  c.indefinite = true;
  c.hours_per_week = Hours(Decimal(38));
  add_contract(db, "E002", c, ScalePlacement{0, c.start, "schaal 2, trede 4", Money::parse("15.50")});
  const CorrectionOutcome corr = correct_period(db, store_rules(), P("2026-01"), "uren met terugwerkende kracht");
  REQUIRE(corr.run);

  run_payroll(db, store_rules(), P("2026-03"));
  close_period(db, P("2026-03"));
  const StoredRun march = db.load_run(P("2026-03"));  // kept: `mar` refers into it
  const Payslip& mar = march.payslip("E002")->payslip;
  const Money settled = mar.corrections_settled();
  CHECK(settled.sign() > 0);  // the raise of January's own net
  // March keeps exactly the beslagvrije voet: everything above it, the settled raise included,
  // goes to the creditor — February's amount (36 h), plus March's own raise to 38 h (the same
  // monthly wage difference as January's), plus January's settled raise. In this run:
  // 1229.74 + 115.78 + 115.78 = 1461.30.
  CHECK(mar.net == Money::parse("1000.00"));
  INFO("jan " << jan.str() << " feb " << feb.str() << " mar " << mar.garnished().str() << " settled " << settled.str()
              << " mar net of period " << mar.net_of_period().str());
  CHECK(mar.garnished() == feb + settled + settled);
  // Paid and counted once: the regular runs' amounts only.
  const auto accounts = garnishment_overview(db);
  REQUIRE(accounts.size() == 1);
  INFO("paid " << accounts[0].paid.str() << " last " << accounts[0].last_period);
  CHECK(accounts[0].paid == jan + feb + mar.garnished());
  CHECK(garnished_in_year(db, 2026).at("E002") == jan + feb + mar.garnished());
  CHECK(replay_period(db, P("2026-03"), nullptr).identical());
}

TEST_CASE("garnishment store: a correction lowering the wage is set off against the creditor's later share", "[store][garnishment]") {
  // docs/garnishment.md "Overpaid by a correction" (issue 15): the creditor was paid January's
  // share from the net before the correction; the correction lowers it. The employee keeps
  // January's net as paid (nothing of the protected income is reclaimed for what the creditor
  // received); the overpayment is carried for the garnishment (garnishment_overpaid) and set off
  // against the creditor's share of the next period, at most the net above that period's
  // beslagvrije voet. The example employer's E002 (36 h at € 15,50) with a beslagvrije voet of
  // 1900.00 a month; January and the months after corrected to 32 hours.
  // Hand calculation (own nets as computed by this run):
  //   January as paid: own net 2229.74 − 1900.00 = 329.74 withheld and paid (February the same).
  //   January corrected: own net 2081.80 − 1900.00 = 181.80; overpaid 329.74 − 181.80 = 147.94;
  //     the employee's settlement: own-net difference −147.94 less garnishment difference −147.94 = 0.
  //   March (32 h, own net 2081.80): withheld 181.80 (owed 10000 − 659.48 + 147.94 is more);
  //     set off min(181.80, 147.94) = 147.94; paid to the creditor 181.80 − 147.94 = 33.86;
  //     the employee gets 1900.00 (the old rule: 2081.80 − 147.94 = 1933.86 → only 33.86 withheld,
  //     so the same here; it differs when the share is below the overpayment, docs).
  //   Overview after March: paid 329.74 + 329.74 + 33.86 = 693.34; remaining 9306.66; to set off 0.
  //   April: withheld and paid 181.80.
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  add_garnishment(db, "E002", bailiff_garnishment({.owed = "10000", .protected_per_month = "1900.00"}));
  for (const char* p : {"2026-01", "2026-02"}) {
    run_payroll(db, store_rules(), P(p));
    close_period(db, P(p));
  }
  CHECK(db.load_run(P("2026-01")).payslip("E002")->payslip.garnished() == Money::parse("329.74"));
  CHECK(db.load_run(P("2026-02")).payslip("E002")->payslip.garnished() == Money::parse("329.74"));
  Contract c;
  c.start = parse_date("2026-01-01");
  c.indefinite = true;
  c.hours_per_week = Hours(Decimal(32));
  add_contract(db, "E002", c, ScalePlacement{0, c.start, "schaal 2, trede 4", Money::parse("15.50")});
  const CorrectionOutcome corr = correct_period(db, store_rules(), P("2026-01"), "uren met terugwerkende kracht");
  REQUIRE(corr.run);
  CHECK(corr.run->payslip("E002")->payslip.garnished() == Money::parse("181.80"));
  // The overview shows the overpayment at once (the correction is paid in March).
  {
    const auto accounts = garnishment_overview(db);
    REQUIRE(accounts.size() == 1);
    CHECK(accounts[0].paid == Money::parse("659.48"));
    CHECK(accounts[0].overpaid == Money::parse("147.94"));
  }

  run_payroll(db, store_rules(), P("2026-03"));
  close_period(db, P("2026-03"));
  const StoredRun march = db.load_run(P("2026-03"));  // kept: `mar` refers into it
  const Payslip& mar = march.payslip("E002")->payslip;
  CHECK(mar.corrections_settled().is_zero());
  CHECK(mar.net == Money::parse("1900.00"));
  CHECK(mar.garnished() == Money::parse("181.80"));
  REQUIRE(mar.garnishments.size() == 1);
  CHECK(mar.garnishments[0].amount == Money::parse("33.86"));  // the SEPA transfer
  {
    const auto accounts = garnishment_overview(db);
    CHECK(accounts[0].paid == Money::parse("693.34"));
    CHECK(accounts[0].remaining == Money::parse("9306.66"));
    CHECK(accounts[0].overpaid.is_zero());
  }
  run_payroll(db, store_rules(), P("2026-04"));
  close_period(db, P("2026-04"));
  const StoredRun april = db.load_run(P("2026-04"));
  const Payslip& apr = april.payslip("E002")->payslip;
  CHECK(apr.net == Money::parse("1900.00"));
  REQUIRE(apr.garnishments.size() == 1);
  CHECK(apr.garnishments[0].amount == Money::parse("181.80"));
  CHECK(garnishment_overview(db)[0].paid == Money::parse("875.14"));
  // Withheld from the employee in the year (the jaaropgaaf): 329.74 + 329.74 + 181.80 + 181.80
  // = 1023.08 = paid 875.14 + set off 147.94.
  CHECK(garnished_in_year(db, 2026).at("E002") == Money::parse("1023.08"));
  CHECK(replay_period(db, P("2026-03"), nullptr).identical());
  CHECK(replay_period(db, P("2026-04"), nullptr).identical());
  CHECK(verify_audit(db).ok());
}
