// SPDX-License-Identifier: EUPL-1.2
// Payroll runs in the database: one run per period with its inputs, rules and payslips; the
// state carried from period to period; replacing an open run deterministically; corrections of
// a closed period; replay to the cent with the rules as applied or as they are now.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/rules/horizon_error.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

PayPeriod P(const char* label) { return PayPeriod::parse(label); }

Money line(const StoredRun& run, const std::string& employee, LineCode code) {
  const auto* s = run.payslip(employee);
  REQUIRE(s != nullptr);
  const auto* l = s->payslip.line(code);
  REQUIRE(l != nullptr);
  return l->amount;
}

/// The rules with the 2026 minimum wage changed to 14.81 (a "current" rule set that differs).
RuleBook changed_rules() {
  std::vector<RuleSource> sources = store_rules().sources();
  for (auto& s : sources) {
    if (s.path == "wml.xml") {
      const auto pos = s.content.find(">14.71<");
      REQUIRE(pos != std::string::npos);
      s.content.replace(pos, 7, ">14.81<");
    }
  }
  return RuleBook::from_sources(std::move(sources));
}

}  // namespace

TEST_CASE("a run stores every active employee's payslip with its inputs and the rules used") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const RunOutcome r = run_payroll(db, store_rules(), P("2026-03"));
  CHECK_FALSE(r.replaced);
  CHECK(r.run.payslips.size() == 12);
  CHECK_FALSE(r.run.closed);
  CHECK(r.run.rules_fingerprint == store_rules().fingerprint());
  CHECK(r.run.employer.name == db.employer().name);
  CHECK(count(db, "SELECT count(*) FROM rule_files") == static_cast<int>(store_rules().sources().size()));
  // Stored exactly as computed: the same payslip as the single-employee computation gives.
  const StoredRun stored = db.load_run(P("2026-03"));
  const auto* s = stored.payslip("E001");
  REQUIRE(s != nullptr);
  const Payslip direct = payslip_with_history(store_rules(), db.employer(), s->employee, P("2026-03"));
  CHECK(s->payslip.net == direct.net);
  CHECK(s->payslip.wage_tax == direct.wage_tax);
  CHECK(s->payslip.lines.size() == direct.lines.size());
  CHECK(s->payslip.year_to_date.gross == direct.year_to_date.gross);
  // The read API gives the same run.
  const StoredRun loaded = db.load_run(P("2026-03"));
  CHECK(loaded.content_hash == r.run.content_hash);
  CHECK(loaded.payslips.size() == 12);
  CHECK_THROWS_WITH(db.load_run(P("2026-04")), Catch::Contains("no payroll run for period 2026-04"));
  // A long-term sick employee is noted.
  bool sick_note = false;
  for (const auto& n : r.notes) sick_note = sick_note || n.rfind("E007", 0) == 0;
  CHECK(sick_note);
}

TEST_CASE("running an open period again replaces it deterministically, periods run in order") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const RunOutcome first = run_payroll(db, store_rules(), P("2026-01"));
  const RunOutcome again = run_payroll(db, store_rules(), P("2026-01"));
  CHECK(again.replaced);
  CHECK(again.run.content_hash == first.run.content_hash);
  CHECK(again.run.id != first.run.id);
  CHECK(count(db, "SELECT count(*) FROM payroll_runs") == 1);
  CHECK_THROWS_WITH(run_payroll(db, store_rules(), P("2026-03")), Catch::Contains("period 2026-02 has not been run"));
  run_payroll(db, store_rules(), P("2026-02"));
  CHECK_THROWS_WITH(run_payroll(db, store_rules(), P("2026-01")), Catch::Contains("period 2026-02 has already been run"));
  CHECK_THROWS_WITH(close_period(db, P("2026-02")), Catch::Contains("period 2026-01 is still open"));
  close_period(db, P("2026-01"));
  CHECK(verify_audit(db).ok());
}

TEST_CASE("the year to date and the holiday reserve are carried from the stored previous period") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  const RunOutcome jan = run_payroll(db, store_rules(), P("2026-01"));
  const RunOutcome feb = run_payroll(db, store_rules(), P("2026-02"));
  const auto* j = jan.run.payslip("E001");
  const auto* f = feb.run.payslip("E001");
  REQUIRE(j != nullptr);
  REQUIRE(f != nullptr);
  CHECK(f->payslip.year_to_date.gross == j->payslip.year_to_date.gross + f->payslip.gross);
  CHECK(f->payslip.year_to_date.periods == 2);
  CHECK(f->payslip.holiday_allowance_balance == j->payslip.holiday_allowance_balance + f->payslip.holiday_allowance_reserved);
  // E008 starts in March: not in January or February.
  CHECK(jan.run.payslip("E008") == nullptr);
}

TEST_CASE("a back-dated contract change is corrected in a correction run paid in the first open period") {
  TempDb t;
  Database db = Database::create(t.path());
  example_with_two_closed_months(db);
  CHECK_FALSE(correct_period(db, store_rules(), P("2026-01"), "nothing changed yet").run);
  // E002 goes from 36 to 32 hours and a higher step from 1 January, decided in March.
  backdate_e002_to_32_hours(db);
  const CorrectionOutcome jan = correct_period(db, store_rules(), P("2026-01"), "uren met terugwerkende kracht");
  REQUIRE(jan.run);
  CHECK_FALSE(jan.pay_in_run_is_stale);
  CHECK(jan.run->kind == RunKind::Correction);
  CHECK(jan.run->closed);
  CHECK(jan.run->pay_in->label() == "2026-03");
  REQUIRE(jan.run->differences.size() == 1);
  const PayslipDifference& d = jan.run->differences[0];
  CHECK(d.employee_id == "E002");
  const StoredRun original = db.load_run(P("2026-01"));
  REQUIRE(original.corrections.size() == 1);
  CHECK(d.net == jan.run->payslip("E002")->payslip.net - original.payslip("E002")->payslip.net);
  CHECK(d.gross.sign() < 0);
  // The original stays as it was.
  CHECK(line(original, "E002", LineCode::BasicWage) == line(db.load_run(P("2026-01")), "E002", LineCode::BasicWage));
  // The March run carries the differences into the cumulatives.
  const RunOutcome mar = run_payroll(db, store_rules(), P("2026-03"));
  const StoredRun feb = db.load_run(P("2026-02"));  // kept: payslip() points into it
  const auto* feb_slip = feb.payslip("E002");
  const auto* mar_slip = mar.run.payslip("E002");
  CHECK(mar_slip->payslip.year_to_date.gross == feb_slip->payslip.year_to_date.gross + d.gross + mar_slip->payslip.gross);
  CHECK(db.corrections_paid_in(P("2026-03")).size() == 1);
  // Correcting again without a new change stores nothing.
  CHECK_FALSE(correct_period(db, store_rules(), P("2026-01"), "").run);
  CHECK_THROWS_WITH(correct_period(db, store_rules(), P("2026-03"), ""), Catch::Contains("is open: compute it again instead"));
  // A correction made after the paying period was computed must be included before closing.
  correct_period(db, store_rules(), P("2026-02"), "uren");
  CHECK_THROWS_WITH(close_period(db, P("2026-03")), Catch::Contains("run the period again first"));
  run_payroll(db, store_rules(), P("2026-03"));
  CHECK_NOTHROW(close_period(db, P("2026-03")));
  CHECK(verify_audit(db).ok());
  CHECK(replay_period(db, P("2026-01"), nullptr).identical());
}

TEST_CASE("replay recomputes a stored period to the cent") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), P("2026-03"));
  close_period(db, P("2026-03"));

  const ReplayReport same = replay_period(db, P("2026-03"), nullptr);
  REQUIRE(same.runs.size() == 1);
  CHECK(same.identical());
  CHECK(same.runs[0].payslips == 12);
  CHECK(same.runs[0].lines > 100);
  CHECK(replay_period(db, P("2026-03"), nullptr, std::string("E004")).runs[0].payslips == 1);
  // The current rules equal the applied ones here.
  CHECK(replay_period(db, P("2026-03"), &store_rules()).identical());

  // Other rules: every employee at the minimum wage differs, and the diff says where.
  const RuleBook other = changed_rules();
  const ReplayReport diff = replay_period(db, P("2026-03"), &other);
  CHECK_FALSE(diff.identical());
  bool named = false;
  for (const auto& line_diff : diff.runs[0].differences) {
    named = named || line_diff.find("E001 F. el Amrani: line 2 basic_wage (Salaris): stored 2047.64, recomputed") == 0;
  }
  CHECK(named);

  // A stored amount changed behind the library's back (triggers dropped) no longer replays.
  db.sql().exec("DROP TRIGGER closed_payslip_no_update");
  add_to_packed_line(db, "employee_id = 'E003'", "net", 1);
  const ReplayReport tampered = replay_period(db, P("2026-03"), nullptr);
  REQUIRE(tampered.runs[0].differences.size() == 1);
  CHECK_THAT(tampered.runs[0].differences[0], Catch::Contains("E003") && Catch::Contains("net") && Catch::Contains("(-0.01)"));
  CHECK_THROWS_WITH(replay_period(db, P("2025-03"), nullptr), Catch::Contains("no payroll run for period 2025-03"));
}

TEST_CASE("a whole year replays, period by period, also on several threads") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  for (const char* p : {"2026-01", "2026-02", "2026-03", "2026-04"}) run_payroll(db, store_rules(), P(p));
  const auto periods = stored_periods(db, 2026);
  REQUIRE(periods.size() == 4);
  const ReplayReport year = replay_periods(db, periods, nullptr);
  CHECK(year.identical());
  REQUIRE(year.runs.size() == 4);
  CHECK(year.runs[3].period == "2026-04");
  CHECK(year.runs[2].payslips == 12);
  alter_packed_lines(db, "employee_id = 'E010' AND run_id = (SELECT id FROM payroll_runs WHERE period = '2026-02')",
                     [](std::vector<PackedLineFields>& lines) {
                       for (auto& l : lines) {
                         if (l.at(0) == "basic_wage") l.at(5) = "0";
                       }
                     });
  const ReplayReport tampered = replay_periods(db, periods, nullptr);
  CHECK_FALSE(tampered.identical());
  CHECK(tampered.runs[1].differences.size() == 1);
  CHECK(tampered.runs[0].differences.empty());
}

TEST_CASE("a stored rules copy that was altered is refused by the replay") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), P("2026-03"));
  db.sql().exec("DROP TRIGGER rule_files_immutable_update");
  db.sql().exec("UPDATE rule_files SET content = replace(content, '>14.71<', '>14.81<') WHERE path = 'wml.xml'");
  CHECK_THROWS_WITH(replay_period(db, P("2026-03"), nullptr), Catch::Contains("it was altered"));
}

TEST_CASE("a payroll run past a rule's horizon stops with the HorizonError itself, and stores nothing",
          "[store][horizon]") {
  // The bundled rules know the 2026 values until 2026-12-31 (known_until); January 2027 needs
  // the 2027 values. The library's caller gets the typed error with the parameter and the date.
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  try {
    run_payroll(db, store_rules(), P("2027-01"));
    FAIL("no error");
  } catch (const HorizonError& e) {
    CHECK_FALSE(e.parameter().empty());
    CHECK(e.date() == parse_date("2027-01-31"));
    CHECK(e.code() == ErrorCode::RuleBeyondHorizon);
    CHECK_THAT(std::string(e.what()), Catch::Contains(e.parameter()) && Catch::Contains("2027-01-31") &&
                                          Catch::Contains("--rules-local"));
  }
  CHECK(db.list_runs().empty());
}
