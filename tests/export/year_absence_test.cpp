// SPDX-License-Identifier: EUPL-1.2
// The absence figures the year's reports read (load_closed_runs_of_year, issue 19): computed once
// per employment-in-period for employees who were never sick, they must be exactly what
// absence_figures gives for each employee and period alone, as before.

#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "../store/support.hpp"
#include "basisbaan/employment/absence.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/payroll_run.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

TEST_CASE("the absence figures of a year are those of each employee and period computed alone", "[export][programme]") {
  TempDb file;
  Database db = Database::create(file.path());
  load_example(db);
  const RuleBook& rules = store_rules();
  for (int m = 1; m <= 12; ++m) {
    const PayPeriod p = PayPeriod::parse("2026-" + std::string(m < 10 ? "0" : "") + std::to_string(m));
    run_payroll(db, rules, p);
    close_period(db, p);
  }
  const auto runs = load_closed_runs_of_year(db, 2026, nullptr, &rules);
  REQUIRE(runs.size() == 12);
  int never_sick = 0;
  std::set<std::string> values;
  for (const auto& run : runs) {
    for (const auto& re : run.employees) {
      const EmployeeRecord record = load_employee_record(db, re.employee.id);
      if (!record.sick_reports.empty()) continue;
      ++never_sick;
      const Employee& e = re.employee;
      const AbsenceEmployee alone{e.id, {EmploymentSpell{e.employed_since, e.employed_until, e.hours_per_week}}, {}};
      const Decimal expected = absence_figures(rules, {alone}, run.period.start(), run.period.end()).verzuimpercentage;
      INFO(e.id << " " << run.period.label());
      REQUIRE(re.absence_percentage);
      CHECK(*re.absence_percentage == expected);
      CHECK(re.absence_percentage->str() == expected.str());  // the same digits in the report
      CHECK_FALSE(re.wage_continuation);
      values.insert(re.absence_percentage->str());
    }
  }
  // The example: 11 employees never sick, most employed all year (the employee sick since the
  // autumn before is left out above).
  CHECK(never_sick >= 100);
  CHECK(values.count("0") == 1);
}
