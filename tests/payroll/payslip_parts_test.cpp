// SPDX-License-Identifier: EUPL-1.2
// Each part of gross to net on its own, against hand calculations written out here.
// The employee: 32 hours a week at the statutory minimum, born 1975-04-12 (50 in 2026), the
// test employer of support.hpp. Rule values used (rules/*.xml, with their sources there):
//   wml.hourly 2026-01-01: 14.71 (Regeling indexatie wettelijk minimumloon per 1 januari 2026)
//   wml.working_days 2026: 261 (Mondays to Fridays in 2026)
//   wml.holiday_allowance_percentage: 8 (Wml art. 15)
//   cao.working_week.full_time_hours: 37; cao.pension.part_time_basis_hours 2026: 37
//   cao.pension.premium_rate: 23.8 %; cao.pension.franchise: 13033 (both unconfirmed, PWRI SW 2023)
//   cao.year_end_payment.amount 2026: 350 (onderhandelaarsresultaat 2026-2027, unconfirmed)
//   cao.travel_allowance.per_km 2024-: 0.21; wage_tax.tax_free_travel_allowance_per_km 2024-2025: 0.23,
//   2026-: 0.25 (besluit of 17 May 2026, Stcrt. 2026, 18302, unconfirmed)
//   cao.wga.recover_from_employee until 2026-06-30: 1; cao.wga.employee_share: 50 %
//   cao.sick_pay.year2_rate: 70 % (art. 7:629 lid 1 BW minimum)

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/payroll/payslip_parts.hpp"
#include "support.hpp"

namespace basisbaan {
namespace {

Money eur(const char* s) { return Money::parse(s); }

struct Fixture {
  Employer employer = test::test_employer();
  Employee employee = test::basisbaner_32h("2024-01-01");
  PeriodRules rules;
  explicit Fixture(const char* period) : rules(test::payroll_rules(), PayPeriod::parse(period, "period")) {}
  PayslipFacts facts() const { return payslip_facts(rules, employer, employee, false); }
};

}  // namespace

TEST_CASE("payslip facts: age, tax group and the weekdays employed are derived once", "[payroll][parts]") {
  Fixture x("2026-03");
  x.employee.employed_since = parse_date("2026-03-16");
  const PayslipFacts f = x.facts();
  CHECK(f.age == 50);  // born 1975-04-12, pay date 2026-03-31
  CHECK(f.tax_group == TaxGroup::BelowAow);
  CHECK(f.insured);
  CHECK(f.periods_per_year == 12);
  CHECK(f.period_weekdays == 22);    // March 2026: 2–6, 9–13, 16–20, 23–27, 30–31
  CHECK(f.employed_weekdays == 12);  // from Monday 16 March: 16–20, 23–27, 30–31
}

TEST_CASE("payslip facts: a period without a day employed is an input error", "[payroll][parts]") {
  Fixture x("2026-03");
  x.employee.employed_since = parse_date("2026-04-01");
  CHECK_THROWS_AS(x.facts(), InputError);
}

TEST_CASE("base wage: 32 hours at 14.71 a month is 1670.4 / 12 hours, 2047.64 rounded up", "[payroll][parts]") {
  // Hours per year = 261 × 32 / 5 = 1670.4; per month 139.2.
  // 1670.4 × 14.71 / 12 = 2047.632 → rounded up to the cent (Wml art. 7): 2047.64.
  Fixture x("2026-03");
  std::vector<PayslipLine> lines;
  const BaseWage b = base_wage(x.facts(), lines);
  CHECK(b.hourly == eur("14.71"));
  CHECK(b.period_basic == eur("2047.64"));
  CHECK(b.basic == eur("2047.64"));
  REQUIRE(lines.size() == 2);
  CHECK(lines[0].code == LineCode::HourlyWage);
  CHECK(lines[1].code == LineCode::BasicWage);
  REQUIRE(lines[1].quantity);
  CHECK(lines[1].quantity->unit == QuantityUnit::Hours);
  CHECK(lines[1].quantity->value == Decimal::parse("139.2"));
  CHECK(lines[1].rate->per_unit == eur("14.71"));
}

TEST_CASE("base wage: a part month is pro rata to the weekdays employed", "[payroll][parts]") {
  // 12 of 22 weekdays: fraction 0.545455 (6 decimals, half up);
  // 2047.64 × 0.545455 = 1116.895... → rounded up: 1116.90. Hours 139.2 × 12 / 22 = 75.9273.
  Fixture x("2026-03");
  x.employee.employed_since = parse_date("2026-03-16");
  std::vector<PayslipLine> lines;
  const BaseWage b = base_wage(x.facts(), lines);
  CHECK(b.period_basic == eur("2047.64"));
  CHECK(b.basic == eur("1116.90"));
  CHECK(lines[1].quantity->value == Decimal::parse("75.9273"));
}

TEST_CASE("base wage: an agreed wage below the minimum is raised to the minimum", "[payroll][parts]") {
  Fixture x("2026-03");
  x.employee.agreed_hourly_wage = eur("14.00");
  std::vector<PayslipLine> lines;
  CHECK(base_wage(x.facts(), lines).hourly == eur("14.71"));
  x.employee.agreed_hourly_wage = eur("15.00");
  CHECK(base_wage(x.facts(), lines).hourly == eur("15.00"));
}

TEST_CASE("sick pay: in the second year of sickness 70 % is paid on every sick weekday", "[payroll][parts]") {
  // Sick since Monday 2025-01-06: March 2026 lies in the second year (70 %, cao.sick_pay.year2_rate).
  // 22 sick weekdays: 2047.64 × 22 × 30 % / 22 = 614.292 → rounded down: 614.29.
  Fixture x("2026-03");
  SickReport r;
  r.id = "S1";
  r.first_day = parse_date("2025-01-06");
  x.employee.sick_reports.push_back(r);
  const PayslipFacts f = x.facts();
  std::vector<PayslipLine> base_lines;
  std::vector<PayslipLine> lines;
  const SickPay s = sick_pay(f, lines, base_wage(f, base_lines));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].code == LineCode::SickPayReduction);
  CHECK(lines[0].amount == eur("-614.29"));
  CHECK(lines[0].quantity == LineQuantity::days(22));
  CHECK(lines[0].rate->percentage == Rate::percent(Decimal(70)));
  CHECK(s.paid_basic == eur("1433.35"));  // 2047.64 − 614.29
  CHECK_FALSE(s.unconfirmed.empty());     // the cao sick-pay values are unconfirmed
}

TEST_CASE("sick pay: no sick report, no line and the basic wage unchanged", "[payroll][parts]") {
  Fixture x("2026-03");
  const PayslipFacts f = x.facts();
  std::vector<PayslipLine> base_lines;
  std::vector<PayslipLine> lines;
  const SickPay s = sick_pay(f, lines, base_wage(f, base_lines));
  CHECK(lines.empty());
  CHECK(s.paid_basic == eur("2047.64"));
}

TEST_CASE("holiday allowance: 8 % reserved each month and paid with May", "[payroll][parts]") {
  // 2047.64 × 8 % = 163.8112 → rounded up (Wml art. 15): 163.82.
  Fixture march("2026-03");
  std::vector<PayslipLine> lines;
  const HolidayAllowance h = holiday_allowance(march.facts(), lines, eur("2047.64"), eur("327.64"));
  CHECK(h.accrual == eur("163.82"));
  CHECK(h.reserved == eur("163.82"));
  CHECK(h.special.is_zero());
  CHECK(h.balance_after == eur("491.46"));  // 327.64 + 163.82
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].code == LineCode::HolidayAllowanceReserved);

  Fixture may("2026-05");
  std::vector<PayslipLine> may_lines;
  const HolidayAllowance m = holiday_allowance(may.facts(), may_lines, eur("2047.64"), eur("1800.00"));
  CHECK(m.special == eur("1963.82"));  // the reserve 1800.00 + this month's 163.82
  CHECK(m.balance_after.is_zero());
  CHECK(may_lines[0].code == LineCode::HolidayAllowancePayment);
}

TEST_CASE("holiday allowance: paid every period, it is regular wage and nothing is reserved", "[payroll][parts]") {
  Fixture x("2026-03");
  x.employer.holiday_allowance = HolidayAllowancePayment::EveryPeriod;
  std::vector<PayslipLine> lines;
  const HolidayAllowance h = holiday_allowance(x.facts(), lines, eur("2047.64"), eur("0"));
  CHECK(h.regular == eur("163.82"));
  CHECK(h.reserved.is_zero());
  CHECK(h.balance_after.is_zero());
  CHECK(lines[0].code == LineCode::HolidayAllowance);
}

TEST_CASE("year-end payment: 350 full-time × 32/37 in December, nothing in other months", "[payroll][parts]") {
  // Part-time fraction 32/37 = 0.864865 (6 decimals); days fraction 1 (employed all year);
  // 350 × 0.864865 = 302.70275 → half up: 302.70.
  Fixture dec("2026-12");
  std::vector<PayslipLine> lines;
  const IrregularPay y = year_end_payment(dec.facts(), lines);
  CHECK(y.total == eur("302.70"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].kind == LineKind::SpecialEarning);
  Fixture nov("2026-11");
  std::vector<PayslipLine> nov_lines;
  CHECK(year_end_payment(nov.facts(), nov_lines).total.is_zero());
  CHECK(nov_lines.empty());
}

TEST_CASE("one-off payment: the full-time amount pro rata to the contract hours, only in its period", "[payroll][parts]") {
  // 500 × 0.864865 = 432.4325 → half up: 432.43.
  Fixture x("2026-03");
  x.employee.one_off_payments.push_back({"2026-03", "Eenmalige uitkering cao", eur("500")});
  x.employee.one_off_payments.push_back({"2026-04", "Not this month", eur("999")});
  std::vector<PayslipLine> lines;
  const IrregularPay o = one_off_payments(x.facts(), lines);
  CHECK(o.total == eur("432.43"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].description == "Eenmalige uitkering cao");
  CHECK_FALSE(lines[0].description.is_static());  // the employee's own text, owned
}

TEST_CASE("travel allowance: 120 km × 0.21 is tax-free under 0.25 a km", "[payroll][parts]") {
  // 120 × 0.21 = 25.20; tax-free up to 120 × 0.25 = 30.00, so all 25.20 is untaxed.
  Fixture x("2026-03");
  x.employee.commute_km_per_period = Decimal(120);
  std::vector<PayslipLine> lines;
  const TravelAllowance t = travel_allowance(x.facts(), lines);
  CHECK(t.untaxed == eur("25.20"));
  CHECK(t.taxed.is_zero());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].quantity == LineQuantity::kilometres(Decimal(120)));
  CHECK(lines[0].description == "Reiskostenvergoeding (onbelast)");
  CHECK(lines[0].description.is_static());  // a fixed text: no allocation
}

TEST_CASE("pension: PWRI premium over the full-time base minus franchise, part-time, per month", "[payroll][parts]") {
  // Base: 14.71 × 37 × 52 − 13033 = 15269.04; part-time 32/37 = 0.864865;
  // 15269.04 × 0.864865 × 23.8 % / 12 = 261.912222 (6 decimals, down) → 261.91 (down).
  // No employee share chosen: the employer pays it all.
  Fixture x("2026-03");
  std::vector<PayslipLine> lines;
  const Pension p = pension(x.facts(), lines, eur("14.71"));
  CHECK(p.employer == eur("261.91"));
  CHECK(p.employee.is_zero());
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].code == LineCode::PensionEmployer);

  // With a 50 % employee share: 261.91 × 50 % = 130.955 → down 130.95; employer 130.96.
  x.employer.pension_employee_share = Rate::percent(Decimal(50));
  std::vector<PayslipLine> q_lines;
  const Pension q = pension(x.facts(), q_lines, eur("14.71"));
  CHECK(q.employee == eur("130.95"));
  CHECK(q.employer == eur("130.96"));
  CHECK(q_lines.front().code == LineCode::PensionEmployee);
}

TEST_CASE("WGA recovery: half the employer's WGA rate over the premium wage until July 2026", "[payroll][parts]") {
  // 2047.64 × 0.70 % × 50 % = 7.16674 → rounded down (employee's favour): 7.16.
  Fixture march("2026-03");
  std::vector<PayslipLine> lines;
  const WgaRecovery w = wga_recovery(march.facts(), lines, eur("2047.64"), eur("2047.64"), YearToDate{});
  CHECK(w.amount == eur("7.16"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].quantity == LineQuantity::euros(eur("2047.64")));
  // From 2026-07-01 the cao ends the recovery (cao.wga.recover_from_employee 0).
  Fixture july("2026-07");
  std::vector<PayslipLine> july_lines;
  CHECK(wga_recovery(july.facts(), july_lines, eur("2047.64"), eur("2047.64"), YearToDate{}).amount.is_zero());
  CHECK(july_lines.empty());
}

TEST_CASE("WGA recovery: never more than half the employer's WGA premium above the maximum premium wage",
          "[payroll][parts]") {
  // Wfsv art. 34 lid 2 (cao.wga.recovery_on_premium_wage): the recovery is a share of the
  // employer's WGA premium, which is owed over the premium wage up to the cumulative maximum.
  // 2026: premium.max_premium_wage 79,409 a year (rules/employee_insurance.xml, Stcrt. 2025,
  // 38055 as quoted there). March: 79,409 × 3 / 12 = 19,852.25 may be counted to date; January
  // and February counted 6,617.41 and 6,617.42 (13,234.83), so 6,617.42 is left. A gross of
  // 10,147.68 (36 h at € 60 an hour with 8 % holiday allowance, an independent check's case):
  // 6,617.42 × 0.70 % × 50 % = 23.16097 → 23.16 (down), half of the employer's 6,617.42 × 0.70 %
  // = 46.32 — not 10,147.68 × 0.35 % = 35.51.
  Fixture march("2026-03");
  YearToDate so_far;
  so_far.premium_wage = eur("13234.83");
  std::vector<PayslipLine> lines;
  const WgaRecovery w = wga_recovery(march.facts(), lines, eur("10147.68"), eur("10147.68"), so_far);
  CHECK(w.amount == eur("23.16"));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].quantity == LineQuantity::euros(eur("6617.42")));

  // The employee's own pension premium is not premium wage: 2,047.64 − 130.95 = 1,916.69;
  // 1,916.69 × 0.35 % = 6.708415 → 6.70.
  std::vector<PayslipLine> pension_lines;
  CHECK(wga_recovery(march.facts(), pension_lines, eur("2047.64"), eur("1916.69"), YearToDate{}).amount == eur("6.70"));
}

TEST_CASE("wage tax part: only the table line without irregular pay", "[payroll][parts]") {
  Fixture x("2026-03");
  std::vector<PayslipLine> lines;
  const PayslipWageTax t = payslip_wage_tax(x.facts(), lines, eur("2040.48"), Money(), eur("163.82"), Money(), {});
  REQUIRE(lines.size() == 1);
  CHECK(lines[0].code == LineCode::WageTax);
  CHECK(t.wage_tax == lines[0].amount);
}

TEST_CASE("employer premiums: Zvw and the four premium lines for an insured employee", "[payroll][parts]") {
  Fixture x("2026-03");
  std::vector<PayslipLine> lines;
  const EmployerPremiums p = employer_premiums(x.facts(), lines, eur("2047.64"), YearToDate{});
  REQUIRE(lines.size() == 5);
  CHECK(lines[0].code == LineCode::Zvw);
  CHECK(lines[4].code == LineCode::Whk);
  CHECK(p.zvw_wage == eur("2047.64"));
  CHECK(p.premium_wage == eur("2047.64"));
  Money sum;
  for (const auto& l : lines) sum += l.amount;
  CHECK(p.total == sum);
}

TEST_CASE("compute_payslip leaves the state unchanged when a part throws", "[payroll][parts]") {
  Fixture x("2026-03");
  PayrollState state;
  state.year = 2025;
  state.holiday_allowance_balance = eur("100.00");
  x.employee.employed_since = parse_date("2026-04-01");  // not employed in March
  CHECK_THROWS_AS(compute_payslip(x.rules, x.employer, x.employee, state), InputError);
  CHECK(state.year == 2025);
  CHECK(state.holiday_allowance_balance == eur("100.00"));
}

TEST_CASE("payslip lines: quantities and rates keep their stored text", "[payroll][parts]") {
  CHECK(LineQuantity::hours(Decimal::parse("139.2")).str() == "139.2 uur");
  CHECK(LineQuantity::days(1).str() == "1 dag");
  CHECK(LineQuantity::days(22).str() == "22 dagen");
  CHECK(LineQuantity::kilometres(Decimal(120)).str() == "120 km");
  CHECK(LineQuantity::euros(Money::parse("2047.6")).str() == "2047.60");
  for (const char* text : {"139.2 uur", "1 dag", "22 dagen", "120 km", "2047.60", "-3.50"}) {
    CHECK(LineQuantity::parse(text).str() == text);
  }
  CHECK(LineRate::amount(Money::parse("14.71")).str() == "14.71");
  CHECK(LineRate::of(Rate::percent(Decimal::parse("0.35"))).str() == "0.35%");
  for (const char* text : {"14.71", "8%", "70%", "0.35%", "13.2%"}) CHECK(LineRate::parse(text).str() == text);
  CHECK_THROWS_AS(LineQuantity::parse("veel uur"), InputError);
  for (std::size_t i = 0; i < kLineCodeCount; ++i) {
    const auto c = static_cast<LineCode>(i);
    CHECK(line_code_from_name(code_name(c)) == c);
  }
  CHECK_FALSE(line_code_from_name("no_such_line"));
}

}  // namespace basisbaan
