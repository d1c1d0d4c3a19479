// SPDX-License-Identifier: EUPL-1.2
// The payroll run's wage continuation with pregnancy and maternity leave (Wazo) and with the
// extensions of the 104 weeks (art. 7:629 lid 11 BW), and the UWV benefit paid on by the employer
// during the leave (art. 3:8 Wazo). Golden values by hand below.
//
// The employee: 36 hours, cao scale € 16,00 per hour, March 2026 (as wage_continuation_pay_test):
// 22 weekdays; basic wage 261 × 36 / 5 × 16,00 / 12 = 2.505,60; day wage 2.505,60 / 22.
// Year 1 of sickness: 70 % × 16,00 = 11,20 < Wml 14,71, so 14,71 / 16,00 = 91,9375 % is paid:
// not paid 2.505,60 × 22 × 0,080625 / 22 = 202,014 → 202,01. Weeks 53–104 (and the extension):
// 70 %: not paid 2.505,60 × 22 × 30 % / 22 = 751,68. After 104 weeks: nothing, 2.505,60 not paid.
//
// Leave (art. 3:1 Wazo): pregnancy leave from 6 to 4 weeks before the day after the expected
// birth, then 10 weeks from the day after the birth, plus the days the pregnancy leave fell short
// of 6 weeks. No wage continuation during it (art. 7:629 lid 4 BW); sickness directly before and
// after it is one period (art. 7:629 lid 10 BW), the leave days not counted.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;

namespace {

const RuleBook& rules() { return test::payroll_rules(); }

Employee on_scale() {
  Employee e = test::basisbaner_32h("2023-01-01");
  e.id = "E002";
  e.hours_per_week = Hours(Decimal(36));
  e.agreed_hourly_wage = Money::parse("16.00");
  e.birth_date = parse_date("1995-04-12");
  return e;
}

SickReport open_report(const char* first_day) {
  SickReport r;
  r.id = "S1";
  r.first_day = parse_date(first_day);
  return r;
}

MaternityLeaveFacts leave(const char* expected_birth, const char* start) {
  MaternityLeaveFacts f;
  f.expected_birth = parse_date(expected_birth);
  f.leave_start = parse_date(start);
  return f;
}

Payslip march(const Employee& e) {
  return payslip_with_history(rules(), test::test_employer(), e, PayPeriod::parse("2026-03"));
}

std::vector<const PayslipLine*> lines_of(const Payslip& p, LineCode code) {
  std::vector<const PayslipLine*> out;
  for (const auto& l : p.lines) {
    if (l.code == code) out.push_back(&l);
  }
  return out;
}

}  // namespace

TEST_CASE("Wazo leave all month: no wage, the UWV benefit paid on instead (art. 3:8 Wazo)", "[payroll][sick_pay][wazo]") {
  // Expected birth 2026-03-20; the day after is 03-21; six weeks before it: 2026-02-07 (the
  // earliest start). Pregnancy leave 02-07 … 03-20 (42 days), maternity leave 70 days: 03-21 …
  // 05-29. All 22 weekdays of March are leave days.
  Employee e = on_scale();
  e.maternity_leave = {leave("2026-03-20", "2026-02-07")};
  const Payslip p = march(e);
  const auto no_wage = lines_of(p, LineCode::WazoLeaveNoWage);
  const auto benefit = lines_of(p, LineCode::WazoBenefit);
  REQUIRE(no_wage.size() == 1);
  REQUIRE(benefit.size() == 1);
  // Not paid by the employer: 2.505,60 × 22 / 22 = 2.505,60 (art. 7:629 lid 4 BW).
  CHECK(no_wage[0]->amount.str() == "-2505.60");
  CHECK(no_wage[0]->quantity_text() == "22 dagen");
  // Benefit: day wage 2.505,60 / 22 = 113,8909… → 113,89 (below the maximum daily wage 304,25
  // of 2026, labour.sick_pay.max_daily_wage), × 22 = 2.505,58 (art. 3:13 Wazo: 100 %).
  CHECK(benefit[0]->amount.str() == "2505.58");
  CHECK(benefit[0]->rate_text() == "113.89");
  CHECK(benefit[0]->description == "Zwangerschaps- en bevallingsuitkering (UWV) — 22 dagen");
  CHECK(lines_of(p, LineCode::SickPayReduction).empty());
  CHECK(amount(p, LineCode::BasicWage) == "2505.60");
  // Gross 2.505,60 − 2.505,60 + 2.505,58.
  CHECK(p.gross.str() == "2505.58");
}

TEST_CASE("Wazo leave for part of the month: only its weekdays", "[payroll][sick_pay][wazo]") {
  // Expected birth 2026-04-24: earliest start 04-25 − 42 days = 2026-03-14, latest 04-25 − 28 =
  // 2026-03-28. Start 2026-03-23: weekdays of leave in March 23–27, 30–31 = 7.
  Employee e = on_scale();
  e.maternity_leave = {leave("2026-04-24", "2026-03-23")};
  const Payslip p = march(e);
  // Not paid: 2.505,60 × 7 / 22 = 797,2363… → down to 797,23; benefit 113,89 × 7 = 797,23.
  CHECK(amount(p, LineCode::WazoLeaveNoWage) == "-797.23");
  CHECK(amount(p, LineCode::WazoBenefit) == "797.23");
  CHECK(p.gross.str() == "2505.60");
}

TEST_CASE("the leave days are no sick days: the 104 weeks move by the leave (art. 7:629 lid 4 BW)", "[payroll][sick_pay][wazo]") {
  // Sick from 2025-03-03, still sick. Expected birth 2025-06-20: earliest start 06-21 − 42 =
  // 2025-05-10; leave 05-10 … 06-20 (42 days) and 06-21 … 08-29 (70 days).
  // Sick days before the leave 03-03 … 05-09: 68; after it from 08-30. 2026-03-02 is sick day
  // 68 + (08-30 … 03-02: 185 days) = 253: week 37, year 1 → 91,9375 %, 202,01 not paid.
  // Without the leave it would be day 365 (week 53): 70 %, 751,68.
  Employee e = on_scale();
  e.sick_reports = {open_report("2025-03-03")};
  Employee without = e;
  e.maternity_leave = {leave("2025-06-20", "2025-05-10")};
  CHECK(amount(march(e), LineCode::SickPayReduction) == "-202.01");
  CHECK(amount(march(without), LineCode::SickPayReduction) == "-751.68");
}

TEST_CASE("sickness directly before and after the leave is one period (art. 7:629 lid 10 BW)", "[payroll][sick_pay][wazo]") {
  // Sick 2024-11-04 … 2025-05-09 (187 days: 27 + 31 + 31 + 28 + 31 + 30 + 9), leave 2025-05-10 …
  // 08-29 as above, sick again from 08-30. One period: 2026-03-02 is sick day 187 + 185 = 372,
  // week 54 → 70 %: 751,68 not paid. Counted as a new period from 08-30 it would be day 185 (year 1).
  Employee e = on_scale();
  SickReport before = open_report("2024-11-04");
  before.recovered = parse_date("2025-05-10");
  SickReport after = open_report("2025-08-30");
  after.id = "S2";
  e.sick_reports = {before, after};
  e.maternity_leave = {leave("2025-06-20", "2025-05-10")};
  CHECK(amount(march(e), LineCode::SickPayReduction) == "-751.68");
  // The same sickness after a recovery of more than four weeks before the leave is a new period.
  Employee apart = e;
  apart.sick_reports[0].recovered = parse_date("2025-04-01");
  CHECK(amount(march(apart), LineCode::SickPayReduction) == "-202.01");
}

TEST_CASE("an extension of the 104 weeks: wage continuation goes on (art. 7:629 lid 11 BW)", "[payroll][sick_pay][extension]") {
  // Sick from 2024-02-26: sick day 728 is 2024-02-26 + 727 = 2026-02-22, the last day of the
  // 104 weeks; in March 2026 nothing is paid: 2.505,60 not paid.
  Employee e = on_scale();
  e.sick_reports = {open_report("2024-02-26")};
  CHECK(amount(march(e), LineCode::SickPayReduction) == "-2505.60");
  SECTION("a wage sanction of 52 weeks (onder c): up to 2027-02-21, 70 %") {
    e.sickness_extensions = {{parse_date("2025-12-01"), {ExtensionKind::WageSanction, 364, "UWV 2025-12-01"}}};
    const Payslip p = march(e);
    CHECK(amount(p, LineCode::SickPayReduction) == "-751.68");
    CHECK(lines_of(p, LineCode::SickPayReduction).front()->description == "Loondoorbetaling bij ziekte 70% — 22 dagen");
  }
  SECTION("a postponement of 14 days (onder b): up to 2026-03-08, then nothing") {
    e.sickness_extensions = {{parse_date("2025-12-01"), {ExtensionKind::AgreedPostponement, 14, ""}}};
    const Payslip p = march(e);
    const auto lines = lines_of(p, LineCode::SickPayReduction);
    REQUIRE(lines.size() == 2);
    // March 2–6 (5 weekdays) at 70 %: 2.505,60 × 5 × 30 % / 22 = 170,8363… → 170,83.
    CHECK(lines[0]->amount.str() == "-170.83");
    // 17 weekdays from March 9 at 0 %: 2.505,60 × 17 / 22 = 1.936,1454… → 1.936,14.
    CHECK(lines[1]->amount.str() == "-1936.14");
  }
  SECTION("an extension dated in another, earlier period of sickness does not count") {
    e.sick_reports.insert(e.sick_reports.begin(), open_report("2023-03-01"));
    e.sick_reports[0].id = "S0";
    e.sick_reports[0].recovered = parse_date("2023-04-01");
    e.sickness_extensions = {{parse_date("2023-03-15"), {ExtensionKind::WageSanction, 364, ""}}};
    CHECK(amount(march(e), LineCode::SickPayReduction) == "-2505.60");
  }
}

TEST_CASE("the employee JSON carries leave, steps and extensions only when there are any", "[payroll][wazo][json]") {
  Employee e = on_scale();
  const std::string plain = to_canonical_json(e).dump();
  CHECK(plain.find("maternity_leave") == std::string::npos);
  CHECK(plain.find("sickness_extensions") == std::string::npos);
  CHECK(plain.find("reintegration_steps") == std::string::npos);
  e.bsn = "999990019";
  e.iban = "NL41RABO7001234568";
  e.sick_reports = {open_report("2024-02-26")};
  e.maternity_leave = {leave("2026-03-20", "2026-02-07")};
  e.reintegration_steps = {{ReintegrationStepKind::WiaApplication, parse_date("2026-01-10"), "received"}};
  e.sickness_extensions = {{parse_date("2025-12-01"), {ExtensionKind::WageSanction, 364, "UWV"}}};
  const Json j = to_json(e);
  const Json doc = parse_json_exact(j.dump(), "employee.json");
  const Employee back = read_employee(JsonField(doc, "employee.json", ""));
  CHECK(to_json(back).dump() == j.dump());
  REQUIRE(back.maternity_leave.size() == 1);
  CHECK(to_string(back.maternity_leave[0].leave_start) == "2026-02-07");
  REQUIRE(back.sickness_extensions.size() == 1);
  CHECK(back.sickness_extensions[0].extension.days == 364);
  REQUIRE(back.reintegration_steps.size() == 1);
  CHECK(back.reintegration_steps[0].kind == ReintegrationStepKind::WiaApplication);
}
