// SPDX-License-Identifier: EUPL-1.2
// The run that run_payroll returns (RunOutcome::run) is built from what it has just written
// instead of being read back (issue 18): it must be exactly what Database::load_run_by_id reads
// for that run without lines — header, payslips in employee order, each employee snapshot, every
// total, the year to date, the unconfirmed rules, what each garnishment got, the payslip hash.
// And replay, which now reuses each period's recomputed states and parses each snapshot once by
// its text id, still finds every difference it found before.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/store/garnishments.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

PayPeriod P(const char* label) { return PayPeriod::parse(label); }

/// Every field of a stored payslip that a reader can see, as one text.
std::string everything(const StoredPayslip& s) {
  const Payslip& p = s.payslip;
  std::string out = to_canonical_json(s.employee).dump() + "\n" + to_json(p).dump() + "\n" + s.hash + "\n" + p.employee_name + "\n" +
                    p.period.label() + "\n";
  for (const auto& u : p.unconfirmed_rules) out += "unconfirmed " + u + "\n";
  for (const auto& g : p.garnishments) out += "garnished " + g.garnishment_id + " " + g.amount.str() + "\n";
  for (const auto& c : p.carried_forward) out += "carried " + c + "\n";
  out += "lines " + std::to_string(p.lines.size()) + " minimum " + (p.minimum_hourly_wage ? p.minimum_hourly_wage->str() : "-") + " " +
         std::to_string(p.minimum_wage_age) + " " + (p.minimum_holiday_allowance_rate ? p.minimum_holiday_allowance_rate->percent().str() : "-");
  const YearToDate& y = p.year_to_date;
  for (const Money m : {y.gross, y.wage_for_wage_tax, y.wage_tax, y.zvw_wage, y.premium_wage, y.net, y.employer_charges, y.arbeidskorting}) {
    out += " " + m.str();
  }
  return out + " " + std::to_string(y.periods);
}

void check_same_as_stored(const Database& db, const RunOutcome& o) {
  const StoredRun stored = db.load_run_by_id(o.run.id, false);
  const StoredRun& r = o.run;
  CHECK(r.kind == stored.kind);
  CHECK(r.period.label() == stored.period.label());
  CHECK(r.pay_in == stored.pay_in);
  CHECK(r.corrects_run == stored.corrects_run);
  CHECK(r.reason == stored.reason);
  CHECK(r.closed == stored.closed);
  CHECK(r.computed_at == stored.computed_at);
  CHECK(r.closed_at == stored.closed_at);
  CHECK(r.rules_fingerprint == stored.rules_fingerprint);
  CHECK(r.content_hash == stored.content_hash);
  CHECK(r.employer.name == stored.employer.name);
  CHECK(r.differences.empty());
  CHECK(r.corrections.size() == stored.corrections.size());
  REQUIRE(r.payslips.size() == stored.payslips.size());
  for (std::size_t i = 0; i < r.payslips.size(); ++i) {
    INFO("payslip " << i << " " << stored.payslips[i].payslip.employee_id);
    CHECK(everything(r.payslips[i]) == everything(stored.payslips[i]));
  }
}

}  // namespace

TEST_CASE("run outcome: the returned run is the stored run, also with garnishments, sickness and replaced runs", "[store][run]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);  // sick reports included (E007 long-term sick)
  add_garnishment(db, "E001", bailiff_garnishment());

  for (const char* month : {"2026-01", "2026-02", "2026-03"}) {
    const RunOutcome o = run_payroll(db, store_rules(), P(month));
    check_same_as_stored(db, o);
    // Garnished in the run: the returned payslip says what the garnishment got (from the states
    // before and after), as the stored one does.
    REQUIRE(o.run.payslip("E001")->payslip.garnishments.size() == 1);
    CHECK(o.run.payslip("E001")->payslip.garnishments[0].amount.sign() > 0);
  }
  // The open period run again: the replacing run is returned as stored too.
  const RunOutcome again = run_payroll(db, store_rules(), P("2026-03"));
  CHECK(again.replaced);
  check_same_as_stored(db, again);

  // The replay of the three periods on one thread (states carried between them) is identical.
  const ReplayReport r = replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 1);
  CHECK(r.runs.size() == 3);
  CHECK(r.identical());
}

TEST_CASE("replay: a payslip whose stored opening state is not the previous state after starts from its own text", "[store][run]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), P("2026-01"));
  run_payroll(db, store_rules(), P("2026-02"));
  // Point E002's February opening state at another (new) text: the January state after with a
  // net cumulative of 1 euro more. Replay must start February from that text, not from the
  // state it recomputed for January (which it reuses only for the very text it equals).
  std::string opening;
  {
    SQLite::Statement q(db.sql(),
                        "SELECT t.content FROM payslips p JOIN payroll_runs r ON r.id = p.run_id JOIN payslip_texts t ON t.id = p.opening_text "
                        "WHERE r.period = '2026-02' AND p.employee_id = 'E002'");
    REQUIRE(q.executeStep());
    opening = q.getColumn(0).getString();
  }
  const auto net = opening.find("\"net\":\"");
  REQUIRE(net != std::string::npos);
  std::string altered = opening;
  altered.insert(net + 7, "1");  // "net":"1…": a different amount
  db.sql().exec("INSERT INTO payslip_texts (key, content) VALUES (0, '" + altered + "')");
  db.sql().exec("UPDATE payslips SET opening_text = last_insert_rowid() WHERE employee_id = 'E002' AND run_id = "
                "(SELECT id FROM payroll_runs WHERE period = '2026-02')");
  const ReplayReport r = replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 1);
  REQUIRE(r.runs.size() == 2);
  CHECK(r.runs[0].differences.empty());
  // The new text does not have the key of its content: a note that the input was altered, then the
  // state after's year-to-date net (one field).
  REQUIRE(r.runs[1].differences.size() == 2);
  CHECK_THAT(r.runs[1].differences[0], Catch::StartsWith("E002 ") && Catch::Contains(": its stored opening state (payslip text "));
  CHECK_THAT(r.runs[1].differences[1], Catch::StartsWith("E002 ") && Catch::Contains("after the period differ, year_to_date.net: stored "));
}
