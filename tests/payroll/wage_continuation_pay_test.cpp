// SPDX-License-Identifier: EUPL-1.2
// Wage continuation during sickness on the payslip (art. 7:629 BW, cao Aan de Slag
// cao.sick_pay.*): the sick weekdays of the period paid below 100 % lower the wage by one line per
// share paid; days paid in full change nothing. Golden values by hand below.
//
// Rule values used (each with its source in rules/): Wml € 14,71 per hour (2026-01); 261 workable
// days in 2026; 70 % in weeks 1–52 but at least the minimum wage, 70 % in weeks 53–104, nothing
// after 104 weeks (labour.sick_pay.*; the cao supplements are unconfirmed and 70 %); no waiting
// days (cao.sick_pay.waiting_days 0); holiday allowance 8 %; WGA recovery 0,70 % × 50 %.
//
// The employee of the hand calculations: 36 hours, cao scale € 16,00 per hour, March 2026.
// March 2026 has 22 weekdays (2–6, 9–13, 16–20, 23–27, 30–31; the 1st is a Sunday).
// Hours per year 261 × 36 / 5 = 1.879,2; basic wage 1.879,2 × 16,00 / 12 = 2.505,60 exactly.
// Day wage = 2.505,60 / 22.
// Year 1: 70 % × 16,00 = 11,20 < 14,71, so the sick hour is paid 14,71 = 91,9375 % of 16,00.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;

namespace {

const RuleBook& rules() { return test::payroll_rules(); }
Employer employer() { return test::test_employer(); }
Employee at_minimum_wage() { return test::basisbaner_32h("2024-01-01"); }

Employee on_scale() {
  Employee e = at_minimum_wage();
  e.id = "E002";
  e.hours_per_week = Hours(Decimal(36));
  e.agreed_hourly_wage = Money::parse("16.00");
  e.scale = "schaal 3, trede 2";
  return e;
}

SickReport report(const char* first_day, const char* recovered = nullptr, int incapacity = 100) {
  SickReport r;
  r.id = "S1";
  r.first_day = parse_date(first_day);
  r.initial_incapacity = Rate::percent(Decimal(incapacity));
  if (recovered != nullptr) r.recovered = parse_date(recovered);
  return r;
}

Payslip march(const Employee& e) { return payslip_with_history(rules(), employer(), e, PayPeriod::parse("2026-03")); }

std::vector<const PayslipLine*> sick_lines(const Payslip& p) {
  std::vector<const PayslipLine*> out;
  for (const auto& l : p.lines) {
    if (l.code == LineCode::SickPayReduction) out.push_back(&l);
  }
  return out;
}


}  // namespace

TEST_CASE("a minimum-wage employee sick in year 1 gets exactly the healthy payslip", "[payroll][sick_pay]") {
  // 70 % × 14,71 is raised to the minimum wage 14,71: 100 % of the wage on every sick day.
  Employee sick = at_minimum_wage();
  sick.sick_reports = {report("2026-01-12")};
  const Payslip healthy = march(at_minimum_wage());
  const Payslip p = march(sick);
  CHECK(sick_lines(p).empty());
  CHECK(to_json(p).dump() == to_json(healthy).dump());
  CHECK(to_text_nl(p) == to_text_nl(healthy));
}

TEST_CASE("above the minimum wage, sick all month in year 1: 70 % raised to the minimum wage", "[payroll][sick_pay]") {
  Employee e = on_scale();
  e.sick_reports = {report("2026-02-23")};  // sick days 8–37 in March: weeks 1–52
  const Payslip p = march(e);
  // Share paid 14,71 / 16,00 = 0,919375; not paid 0,080625 of 22 day wages:
  // 2.505,60 × 22 × 0,080625 / 22 = 202,014 → down to 202,01.
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]->amount.str() == "-202.01");
  CHECK(lines[0]->description == "Loondoorbetaling bij ziekte 91,9375% — 22 dagen");
  CHECK(lines[0]->quantity_text() == "22 dagen");
  CHECK(lines[0]->kind == LineKind::Earning);
  CHECK(amount(p, LineCode::BasicWage) == "2505.60");  // the basic wage line is unchanged
  // Gross 2.505,60 − 202,01 = 2.303,59; holiday allowance 8 % of it = 184,2872 → up to 184,29.
  CHECK(p.gross.str() == "2303.59");
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "184.29");
  // WGA recovery 2.303,59 × 0,70 % × 50 % = 8,0626 → down to 8,06.
  CHECK(amount(p, LineCode::WgaRecovery) == "8.06");
  // The pension base comes from the hourly wage: the same premium as when healthy.
  CHECK(amount(p, LineCode::PensionEmployer) == amount(march(on_scale()), LineCode::PensionEmployer));
  CHECK(std::find(p.unconfirmed_rules.begin(), p.unconfirmed_rules.end(), "cao.sick_pay.year1_rate") != p.unconfirmed_rules.end());
}

TEST_CASE("above the minimum wage, sick in weeks 53–104: 70 %", "[payroll][sick_pay]") {
  Employee e = on_scale();
  // 2025-02-24 + 364 days = 2026-02-23 is sick day 365, the first of week 53; 2026-03-02 is day 372.
  e.sick_reports = {report("2025-02-24")};
  const Payslip p = march(e);
  // 2.505,60 × 22 × 30 % / 22 = 751,68 exactly.
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]->amount.str() == "-751.68");
  CHECK(lines[0]->description == "Loondoorbetaling bij ziekte 70% — 22 dagen");
  CHECK(lines[0]->rate_text() == "70%");
  // Gross 1.753,92; holiday allowance 8 % = 140,3136 → up to 140,32.
  CHECK(p.gross.str() == "1753.92");
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "140.32");
}

TEST_CASE("sick for part of the month: only the sick weekdays", "[payroll][sick_pay]") {
  Employee e = on_scale();
  e.sick_reports = {report("2026-03-16", "2026-03-28")};  // sick weekdays 16–20 and 23–27: 10
  const Payslip p = march(e);
  // 2.505,60 × 10 × 0,080625 / 22 = 2.020,14 / 22 = 91,8245… → down to 91,82.
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]->amount.str() == "-91.82");
  CHECK(lines[0]->description == "Loondoorbetaling bij ziekte 91,9375% — 10 dagen");
  CHECK(p.gross.str() == "2413.78");  // 2.505,60 − 91,82
}

TEST_CASE("partially unfit (50 %): the fit half is paid in full", "[payroll][sick_pay]") {
  Employee e = on_scale();
  e.sick_reports = {report("2026-02-23", nullptr, 50)};
  const Payslip p = march(e);
  // Share paid 50 % + 50 % × 0,919375 = 0,9596875; not paid 0,0403125:
  // 2.505,60 × 0,0403125 = 101,007 → down to 101,00.
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]->amount.str() == "-101.00");
  CHECK(lines[0]->description == "Loondoorbetaling bij ziekte 95,96875% — 22 dagen");
  CHECK(p.gross.str() == "2404.60");
}

TEST_CASE("the 104th week ends in the month: 70 % up to it, nothing after", "[payroll][sick_pay]") {
  Employee e = on_scale();
  // From 2024-03-13, 2026-03-11 is sick day 729 (728 days later): weeks 1–104 end on 2026-03-10.
  e.sick_reports = {report("2024-03-13")};
  const Payslip p = march(e);
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 2);
  // 2–6 and 9–10 March, 7 weekdays at 70 %: 2.505,60 × 7 × 30 % / 22 = 5.261,76 / 22 = 239,1709… → 239,17.
  CHECK(lines[0]->description == "Loondoorbetaling bij ziekte 70% — 7 dagen");
  CHECK(lines[0]->amount.str() == "-239.17");
  // 11 March to 31 March, 15 weekdays at 0 %: 2.505,60 × 15 / 22 = 1.708,3636… → 1.708,36.
  CHECK(lines[1]->description == "Loondoorbetaling bij ziekte 0% — 15 dagen");
  CHECK(lines[1]->amount.str() == "-1708.36");
  // Gross 2.505,60 − 239,17 − 1.708,36 = 558,07.
  CHECK(p.gross.str() == "558.07");
}

TEST_CASE("after 104 weeks the whole month is unpaid", "[payroll][sick_pay]") {
  Employee e = on_scale();
  e.sick_reports = {report("2024-03-04")};  // 2026-03-02 is sick day 729
  const Payslip p = march(e);
  // 2.505,60 × 22 × 100 % / 22 = 2.505,60.
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 1);
  CHECK(lines[0]->amount.str() == "-2505.60");
  CHECK(p.gross.str() == "0.00");
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "0.00");
  CHECK(p.wage_tax.str() == "0.00");
}

TEST_CASE("the wage continuation trace names the article and the days", "[payroll][sick_pay]") {
  Employee e = on_scale();
  e.sick_reports = {report("2026-03-16", "2026-03-28")};
  const Payslip p = payslip_with_history(rules(), employer(), e, PayPeriod::parse("2026-03"), true);
  const auto lines = sick_lines(p);
  REQUIRE(lines.size() == 1);
  const std::string text = lines[0]->trace.to_text();
  CHECK_THAT(text, Catch::Contains("art. 7:629 lid 1 BW"));
  CHECK_THAT(text, Catch::Contains("2026-03-16, 2026-03-17"));
  CHECK_THAT(text, Catch::Contains("2026-03-27"));
  CHECK_THAT(text, Catch::Contains("rounded down to the cent"));
}

TEST_CASE("the employee document accepts sick reports and names the field of an error", "[payroll][sick_pay]") {
  const auto read = [](const std::string& sick) {
    const std::string text = R"({"employer": {"name": "X", "whk_rate": "1.52"},
      "employee": {"id": "E9", "name": "N", "birth_date": "1980-01-01", "employed_since": "2025-01-01",
                   "hours_per_week": 36, "hourly_wage": "16.00", "sick_reports": )" + sick + "}}";
    const Json doc = parse_json_exact(text, "e.json");
    return read_payroll_input(JsonField(doc, "e.json", "")).employee;
  };
  const Employee e = read(R"([{"first_day": "2026-03-16", "recovered": "2026-03-28", "incapacity": 50,
                               "partial": [{"from": "2026-03-23", "incapacity": 25}]}])");
  REQUIRE(e.sick_reports.size() == 1);
  CHECK(e.sick_reports[0].id == "S1");
  CHECK(e.sick_reports[0].initial_incapacity == Rate::percent(Decimal(50)));
  CHECK(e.sick_reports[0].changes.size() == 1);
  CHECK_THROWS_WITH(read(R"([{"first_day": "2026-03-16", "recovered": "2026-03-16"}])"),
                    Catch::StartsWith("e.json: field employee.sick_reports[0].recovered: the recovery 2026-03-16 is not after"));
  CHECK_THROWS_WITH(read(R"([{"first_day": "2026-03-16"}, {"first_day": "2026-03-20"}])"),
                    Catch::StartsWith("e.json: field employee.sick_reports[1].first_day:") && Catch::Contains("overlaps"));
  CHECK_THROWS_WITH(read(R"([{"first_day": "2026-03-16", "incapacity": 0}])"),
                    Catch::StartsWith("e.json: field employee.sick_reports[0].incapacity:"));
  CHECK_THROWS_WITH(read(R"([{"first_dag": "2026-03-16"}])"), Catch::Contains("employee.sick_reports[0]") && Catch::Contains("first_dag"));
  CHECK_THROWS_WITH(read(R"([{"first_day": "2026-13-16"}])"), Catch::Contains("employee.sick_reports[0].first_day"));
}
