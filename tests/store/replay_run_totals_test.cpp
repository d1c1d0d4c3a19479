// SPDX-License-Identifier: EUPL-1.2
// Replay compares what a run stores about its payslips as a whole (docs/store.md "Replay"): the
// run's row (employees, gross, wage tax, net, employer cost) with the recomputed payslips' count
// and sums, and a correction's stored differences (correction_totals, correction_lines) with the
// recomputed ones. Each test alters one of them behind the library's back (the protecting trigger
// dropped) and checks the difference replay names; untouched, every run replays identical.

#include <catch2/catch.hpp>

#include "basisbaan/store/payroll_correction.hpp"
#include "basisbaan/store/payroll_replay.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

PayPeriod P(const char* s) { return PayPeriod::parse(s); }

/// The example employer with 2026-01 and 2026-02 closed and a correction of 2026-01 (E002's
/// contract back-dated to 1 January). Returns the correction run's id.
std::int64_t corrected_january(Database& db) {
  const CorrectionOutcome jan = example_with_january_corrected(db);
  REQUIRE(jan.run);
  return jan.run->id;
}

/// Every difference of the replay of `period`, of all its runs.
std::vector<std::string> differences(const Database& db, const char* period, const std::optional<std::string>& employee = std::nullopt) {
  std::vector<std::string> out;
  for (const auto& r : replay_period(db, P(period), nullptr, employee).runs) out.insert(out.end(), r.differences.begin(), r.differences.end());
  return out;
}

}  // namespace

TEST_CASE("replay: an untouched corrected period is identical, the correction's differences included", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  corrected_january(db);
  CHECK(differences(db, "2026-01").empty());
  CHECK(differences(db, "2026-01", std::string("E002")).empty());
  CHECK(differences(db, "2026-02").empty());
}

TEST_CASE("replay: a run's stored totals are compared with the sums of its recomputed payslips", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  corrected_january(db);
  db.sql().exec("DROP TRIGGER closed_run_no_update");
  db.sql().exec("UPDATE payroll_runs SET net_cents = net_cents + 100000, employees = employees + 1 WHERE id = 1");
  const int payslips = count(db, "SELECT count(*) FROM payslips WHERE run_id = 1");
  const auto d = differences(db, "2026-01");
  REQUIRE(d.size() == 2);
  CHECK(d[0] == "run 1 (2026-01): employees: stored " + std::to_string(payslips + 1) + ", recomputed " + std::to_string(payslips));
  CHECK_THAT(d[1], Catch::StartsWith("run 1 (2026-01): total net: stored ") && Catch::EndsWith(" (-1000.00)"));
  // One employee's replay does not compare the run's totals, which cover every employee.
  CHECK(differences(db, "2026-01", std::string("E004")).empty());
}

TEST_CASE("replay: a correction's stored totals and differences are compared with the recomputed ones", "[store][replay]") {
  TempDb t;
  Database db = Database::create(t.path());
  const std::int64_t id = corrected_january(db);
  const std::string run = "run " + std::to_string(id) + " (2026-01): ";
  db.sql().exec("DROP TRIGGER closed_run_no_update");
  db.sql().exec("DROP TRIGGER closed_correction_totals_no_update");
  db.sql().exec("DROP TRIGGER closed_correction_lines_no_update");

  SECTION("the correction run's header") {
    db.sql().exec("UPDATE payroll_runs SET gross_cents = gross_cents - 1 WHERE id = " + std::to_string(id));
    const auto d = differences(db, "2026-01");
    REQUIRE(d.size() == 1);
    CHECK_THAT(d[0], Catch::StartsWith(run + "total gross: stored ") && Catch::EndsWith(" (+0.01)"));
  }
  SECTION("a difference in net") {
    db.sql().exec("UPDATE correction_totals SET net_cents = net_cents + 100000 WHERE employee_id = 'E002'");
    const auto d = differences(db, "2026-01");
    REQUIRE(d.size() == 1);
    CHECK_THAT(d[0], Catch::StartsWith(run + "E002: difference in net: stored ") && Catch::EndsWith(" (-1000.00)"));
    CHECK(differences(db, "2026-01", std::string("E002")) == d);
  }
  SECTION("a line's difference: its amount after, and its description") {
    db.sql().exec("UPDATE correction_lines SET after_cents = after_cents + 500, description = 'x' WHERE employee_id = 'E002' AND seq = 1");
    const auto d = differences(db, "2026-01");
    REQUIRE(d.size() == 2);
    CHECK_THAT(d[0], Catch::StartsWith(run + "E002: difference line 1 ") && Catch::Contains(": description stored \"x\", recomputed \""));
    CHECK_THAT(d[1], Catch::StartsWith(run + "E002: difference line 1 ") && Catch::Contains(": after stored ") && Catch::EndsWith(" (-5.00)"));
  }
  SECTION("a difference stored for an employee the correction does not have") {
    db.sql().exec("DROP TRIGGER closed_correction_totals_no_insert");
    db.sql().exec("INSERT INTO correction_totals VALUES (" + std::to_string(id) + ", 'E004', 0, 0, 0, 100, 0)");
    const auto d = differences(db, "2026-01");
    REQUIRE(d.size() == 1);
    CHECK(d[0] == run + "E004: the correction's differences are stored but the employee has no payslip in it");
  }
}
