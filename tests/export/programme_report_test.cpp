// SPDX-License-Identifier: EUPL-1.2
// The programme report: per participant and in total, the employer cost beside the bijstand norm
// the participant would otherwise receive; CSV and HTML; the HTML renders in headless Chromium.

#include <catch2/catch.hpp>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/export/programme_report.hpp"
#include "render_check.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

namespace {

std::vector<RunData> first_quarter() { return {example_run("2026-01"), example_run("2026-02"), example_run("2026-03")}; }

}  // namespace

TEST_CASE("the programme report adds up the runs of the year and sets the bijstand beside them", "[export][programme]") {
  auto runs = first_quarter();
  runs[0].employees[0].absence_percentage = Decimal(10);
  runs[1].employees[0].absence_percentage = Decimal(0);
  const auto report = programme_report(rules(), 2026, runs, {{"E003", BijstandHousehold::Couple}});
  REQUIRE(report.participants.size() == 3);
  const auto& a = report.participants[0];
  CHECK(a.employee_id == "E001");
  CHECK(a.periods == 3);
  Money cost, gross;
  for (const auto& run : runs) {
    cost += run.employees[0].payslip.employer_cost;
    gross += run.employees[0].payslip.gross;
  }
  CHECK(a.employer_cost == cost);
  CHECK(a.wages == gross);
  CHECK(a.wages + a.employer_charges + a.pension + a.travel_allowance == a.employer_cost);
  // Bijstand: three times the single norm of 2026 (Pw art. 21, rules/bijstand.xml).
  const Money single = bijstand_norm(rules(), parse_date("2026-03-31"), BijstandHousehold::Single).per_month;
  CHECK(a.bijstand_avoided == single * 3);
  CHECK(a.net_cost == a.employer_cost - a.bijstand_avoided);
  REQUIRE(a.absence_percentage);
  CHECK(a.absence_percentage->str() == "5");
  CHECK(report.participants[2].household == BijstandHousehold::Couple);
  CHECK(report.total.employer_cost == report.participants[0].employer_cost + report.participants[1].employer_cost +
                                          report.participants[2].employer_cost);
  CHECK(report.total.net_cost == report.total.employer_cost - report.total.bijstand_avoided);

  const std::string csv = programme_report_csv(report);
  const auto records = parse_csv(csv, "report");
  REQUIRE(records.size() == 5);
  CHECK(records[4].fields[1] == "totaal");
  CHECK(records[1].fields[10] == a.employer_cost.str());
}

TEST_CASE("the programme report refuses open runs and runs of another year", "[export][programme]") {
  auto runs = first_quarter();
  runs[1].closed = false;
  CHECK_THROWS_WITH(programme_report(rules(), 2026, runs), Catch::Contains("period 2026-02: the payroll run is not closed"));
  CHECK_THROWS_WITH(programme_report(rules(), 2025, first_quarter()), Catch::Contains("period 2026-01: not in the report year 2025"));
}

TEST_CASE("the programme report page renders in headless Chromium", "[export][programme][browser]") {
  const auto report = programme_report(rules(), 2026, first_quarter());
  const std::string html = programme_report_html(report);
  CHECK(html.find("Programmarapportage basisbanen 2026") != std::string::npos);
  const auto result = render_in_chromium(html, "programme");
  INFO(result.message);
  CHECK(result.ok);
}
