// SPDX-License-Identifier: EUPL-1.2
// Payslip lines checked against hand calculations written out here (issue 12): the maximum
// premium wage and Zvw contribution wage for a wage above them, as the cumulative period maximum
// (Wfsv art. 17; Zvw art. 45: the maximum of the year × periods so far / periods in the year,
// less what was counted before); the holiday allowance paid with every period's wage; the travel
// allowance within the tax-free amount.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::basisbaner_32h;
using basisbaan::test::payroll_rules;
using basisbaan::test::test_employer;

TEST_CASE("a wage above the maximum premium wage is capped cumulatively per period", "[payroll][premium_cap]") {
  Employee e = basisbaner_32h("2025-01-01");
  e.agreed_hourly_wage = Money::parse("60.00");  // 32 h × 4,35 × 60 = 8.352,00 a month, above the maximum
  // Maximum 2026 (rules/employee_insurance.xml premium.max_premium_wage and zvw.max_contribution_wage,
  // Stcrt. 2025, 38055 as quoted): € 79.409 a year. Cumulative maximum to date, rounded down to cents:
  //   January:  79.409 × 1 / 12 = 6.617,4166… → 6.617,41; counted before 0        → 6.617,41
  //   February: 79.409 × 2 / 12 = 13.234,8333… → 13.234,83; less 6.617,41         → 6.617,42
  //   March:    79.409 × 3 / 12 = 19.852,25;               less 13.234,83         → 6.617,42
  //   year to date after March: 6.617,41 + 6.617,42 + 6.617,42 = 19.852,25
  PayrollState state;
  const char* expected[] = {"6617.41", "6617.42", "6617.42"};
  for (int m = 1; m <= 3; ++m) {
    const PayPeriod p(PeriodKind::Month, 2026, m);
    const Payslip slip = compute_payslip(PeriodRules(payroll_rules(), p), test_employer(), e, state);
    INFO(p.label());
    REQUIRE(slip.gross > Money::parse("6617.42"));
    REQUIRE(slip.line(LineCode::Awf) != nullptr);
    CHECK(slip.line(LineCode::Awf)->quantity->value.str() == expected[m - 1]);
    CHECK(slip.line(LineCode::Zvw)->quantity->value.str() == expected[m - 1]);
    if (m == 3) {
      CHECK(slip.year_to_date.premium_wage.str() == "19852.25");
      CHECK(slip.year_to_date.zvw_wage.str() == "19852.25");
    }
  }
}

TEST_CASE("holiday allowance paid with every period's wage: 8 % of the basic wage, rounded up", "[payroll][holiday_allowance]") {
  Employer er = test_employer();
  er.holiday_allowance = HolidayAllowancePayment::EveryPeriod;
  const Employee e = basisbaner_32h("2025-01-01");
  // January 2026 at the minimum wage (€ 14,71 an hour from 1 January 2026):
  //   hours 32 × 4,35 = 139,20; basic wage 139,20 × 14,71 = 2.047,632 → 2.047,64 (rounded up)
  //   holiday allowance 2.047,64 × 8 % = 163,8112 → 163,82 (rounded up: never less than 8 %, Wml art. 15)
  // May: the same line, and no May payment of a reserve (nothing is reserved).
  PayrollState state;
  for (int m = 1; m <= 5; ++m) {
    const PayPeriod p(PeriodKind::Month, 2026, m);
    const Payslip slip = compute_payslip(PeriodRules(payroll_rules(), p), er, e, state);
    INFO(p.label());
    CHECK(slip.contract_wage().str() == "2047.64");
    CHECK(slip.amount_of(LineCode::HolidayAllowance).str() == "163.82");
    CHECK(slip.line(LineCode::HolidayAllowancePayment) == nullptr);
    CHECK(slip.holiday_allowance_balance.sign() == 0);
    CHECK(slip.special_wage_for_wage_tax.sign() == 0);
  }
}

TEST_CASE("travel allowance within the tax-free amount: paid net, no tax on it", "[payroll][travel_allowance]") {
  // March 2026, 400 km a month: cao € 0,21 a km (rules/cao_aan_de_slag.xml), tax-free up to
  // € 0,25 a km in 2026 (Wet LB 1964 art. 31a lid 2 sub b; besluit of 17 May 2026, Stcrt. 2026,
  // 18302, unconfirmed; rules/werkkostenregeling.xml):
  //   allowance 400 × 0,21 = 84,00; tax-free 400 × 0,25 = 100,00 ≥ 84,00 → all 84,00 untaxed.
  // The wage for wage tax and the wage tax are those of the same month without travel; the net
  // is 84,00 higher.
  Employee with = basisbaner_32h("2025-01-01");
  with.commute_km_per_period = Decimal(400);
  const Employee without = basisbaner_32h("2025-01-01");
  auto march = [](const Employee& e) {
    PayrollState state;
    for (int m = 1; m <= 2; ++m) {
      (void)compute_payslip(PeriodRules(payroll_rules(), PayPeriod(PeriodKind::Month, 2026, m)), test_employer(), e, state);
    }
    return compute_payslip(PeriodRules(payroll_rules(), PayPeriod(PeriodKind::Month, 2026, 3)), test_employer(), e, state);
  };
  const Payslip a = march(with);
  const Payslip b = march(without);
  CHECK(a.amount_of(LineCode::TravelAllowance).str() == "84.00");
  CHECK(a.line(LineCode::TravelAllowanceTaxed) == nullptr);
  CHECK(a.untaxed.str() == "84.00");
  CHECK(a.wage_for_wage_tax == b.wage_for_wage_tax);
  CHECK(a.wage_tax == b.wage_tax);
  CHECK((a.net - b.net).str() == "84.00");
}
