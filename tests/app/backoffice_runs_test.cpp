// SPDX-License-Identifier: EUPL-1.2
// The application layer's reads and payroll operations as the command line uses them: a back
// office without rules, run options passed through, stored runs, replay of several periods, the
// exports' summary figures, the audit log, and the JSON documents of replay and audit.

#include <catch2/catch.hpp>

#include <sstream>
#include <stdexcept>

#include "../store/support.hpp"
#include "basisbaan/app/audit_json.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/export_summary.hpp"
#include "basisbaan/app/replay_json.hpp"
#include "basisbaan/app/run_json.hpp"
#include "basisbaan/app/run_summary.hpp"
#include "basisbaan/export/journal.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

TEST_CASE("a back office without rules reads and closes but refuses to compute", "[app]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  app::Backoffice office(db);
  CHECK_FALSE(office.has_rules());
  CHECK(office.employees().size() == 12);
  CHECK(office.employee("E007").sick_reports.size() == 1);
  CHECK_THROWS_AS(office.rules(), std::logic_error);
  CHECK_THROWS_AS(office.run_payroll(PayPeriod::parse("2026-03")), std::logic_error);
  CHECK(office.runs().empty());
  CHECK(app::Backoffice(db, store_rules()).has_rules());
}

TEST_CASE("run_payroll passes the run options through, runs, close, replay and the exports' figures", "[app]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  app::Backoffice office(db, store_rules());

  std::vector<std::size_t> progress;
  std::ostringstream profile;
  RunOptions options;
  options.progress = [&progress](std::size_t stored, std::size_t) { progress.push_back(stored); };
  options.profile = &profile;
  const RunOutcome march = office.run_payroll(PayPeriod::parse("2026-03"), options);
  REQUIRE_FALSE(progress.empty());
  CHECK(progress.front() == 0);
  CHECK(progress.back() == march.run.payslips.size());
  CHECK(profile.str().find("profile run:") != std::string::npos);

  // Without rules: the stored run, closing it and the exports' run data.
  app::Backoffice reader(db);
  CHECK(reader.runs().size() == 1);
  const StoredRun stored = reader.run(PayPeriod::parse("2026-03"));
  CHECK(stored.payslips.size() == 12);
  const auto versions = app::payslip_versions(stored, "E001");
  REQUIRE(versions.size() == 1);  // no correction yet: the regular run's payslip only
  CHECK(versions[0].run == &stored);
  CHECK(versions[0].payslip->payslip.employee_id == "E001");
  CHECK(app::payslip_versions(stored, "E999").empty());
  const Json vj = app::payslip_versions_json(versions);
  CHECK(vj[0]["run"] == stored.id);
  CHECK(vj[0]["run_kind"] == "regular");
  CHECK_THROWS_AS(reader.closed_run_data(PayPeriod::parse("2026-03")), InputError);  // not closed yet
  CHECK(reader.close_period(PayPeriod::parse("2026-03")).closed);
  const RunData data = reader.closed_run_data(PayPeriod::parse("2026-03"));
  const app::RunDataTotals totals = app::run_data_totals(data);
  CHECK(totals.income_relationships == 12);
  CHECK(totals.corrected_periods == 0);
  // The net wages the SEPA file pays are the payslips' net wages: the run's own total.
  CHECK(totals.net_wages == app::run_totals(reader.run(PayPeriod::parse("2026-03"))).net);
  const auto lines = journal_lines(data, ChartOfAccounts::defaults());
  Money credit;
  for (const auto& l : lines) credit += l.credit;
  CHECK(app::journal_debit_total(lines) == credit);  // a balanced journal
  CHECK(app::journal_debit_total({}) == Money());

  // Replay of the stored periods of the year, with the stored rules and with the back office's.
  CHECK(reader.stored_periods(2026).size() == 1);
  const ReplayReport as_applied = reader.replay(reader.stored_periods(2026));
  CHECK(as_applied.identical());
  CHECK(app::replay_differences(as_applied) == 0);
  CHECK_THROWS_AS(reader.replay(reader.stored_periods(2026), true), std::logic_error);
  const ReplayReport current = office.replay(office.stored_periods(2026), true, std::string("E004"));
  REQUIRE(current.runs.size() == 1);
  CHECK(current.runs[0].payslips == 1);
  const Json j = app::replay_json("2026", current);
  CHECK(j.dump().find(R"({"period":"2026","identical":true,"runs":[{"run":)") == 0);
  CHECK(j["runs"][0]["rules"] == "current");

  // The audit log: the close is the latest entry; the JSON documents keep their keys in order.
  const auto last = reader.audit_log(1);
  REQUIRE(last.size() == 1);
  CHECK(last[0].action == "payroll.close");
  CHECK(reader.audit_log().size() > 12);
  const Json log = app::audit_log_json(last);
  CHECK(log["entries"][0]["action"] == "payroll.close");
  CHECK(log["entries"][0]["detail"].is_object());
  const Json v = app::audit_verification_json(reader.verify_audit());
  CHECK(v.dump().find(R"({"ok":true,"entries":)") == 0);
  CHECK(v["problems"].empty());
  CHECK(v["head"] == last[0].hash);
}

TEST_CASE("closed runs of a year and the leave balance through the back office", "[app]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  app::Backoffice office(db, store_rules());
  office.run_payroll(PayPeriod::parse("2026-03"));
  std::vector<std::string> open;
  CHECK(office.closed_runs_of_year(2026, &open).empty());
  CHECK(open == std::vector<std::string>{"2026-03"});
  office.close_period(PayPeriod::parse("2026-03"));
  open.clear();
  CHECK(office.closed_runs_of_year(2026, &open).size() == 1);
  CHECK(open.empty());

  const LeaveBalance before = office.leave_balance("E001", parse_date("2026-04-01"));
  office.take_leave("E001", parse_date("2026-04-02"), Hours(Decimal(8)), "vrije dag");
  const LeaveBalance after = office.leave_balance("E001", parse_date("2026-04-02"));
  CHECK(before.total - after.total == Hours(Decimal(8)));  // the day taken; no accrual between (months credited at their start)
}
