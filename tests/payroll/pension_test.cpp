// SPDX-License-Identifier: EUPL-1.2
// The PWRI pension premium and its employee share on the payslip, checked against hand
// calculations written out here (issue 12, deliverable 8). What is known of the PWRI scheme is in
// docs/cao-aan-de-slag.md §2.7: premium 23,8 % of the pensioengrondslag, franchise € 13.033 (the
// SW figures PWRI publishes, https://www.pwri.nl/over-pwri/uw-premiebijdrage; unconfirmed for Aan
// de slag), part-time factor against 37 hours (PWRI reglementwijziging 2022). The cao's employee
// share was not found; the employer sets it (here 50 %, a test value).

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;
using basisbaan::test::basisbaner_32h;
using basisbaan::test::payroll_rules;
using basisbaan::test::test_employer;

namespace {

Employer employer_with_share() {
  Employer er = test_employer();
  er.pension_employee_share = Rate::percent(Decimal(50));
  return er;
}

}  // namespace

TEST_CASE("PWRI pension premium with a 50 % employee share, March 2026, by hand", "[payroll][pension]") {
  const Payslip p = payslip_with_history(payroll_rules(), employer_with_share(), basisbaner_32h("2025-01-01"), PayPeriod::parse("2026-03"));
  // Pension base (year, full-time): 14,71 × 37 h × 52 − franchise 13.033 = 28.302,04 − 13.033
  //   = 15.269,04 (2026: the holiday allowance and the end-of-year payment not included, see
  //   the next test); part-time factor 32 / 37 = 0,864865 (6 decimals);
  // premium this month: 15.269,04 × 0,864865 × 23,8 % / 12 = 261,9122… → down 261,91;
  // employee 50 %: 130,955 → down 130,95; employer the rest 130,96.
  CHECK(amount(p, LineCode::PensionEmployee) == "130.95");
  CHECK(amount(p, LineCode::PensionEmployer) == "130.96");
  // The employee's premium is not premium wage, so the WGA recovery is over 2.047,64 − 130,95 =
  //   1.916,69 × 0,35 % = 6,708… → down 6,70 (cao.wga.recovery_on_premium_wage).
  CHECK(amount(p, LineCode::WgaRecovery) == "6.70");
  // The employee's premium lowers the wage for wage tax (as lib/payroll/gross_to_net.cpp does):
  //   2.047,64 − WGA recovery 6,70 − 130,95 = 1.909,99.
  CHECK(p.wage_for_wage_tax.str() == "1909.99");
  // Wage tax: 1.909,99 × 12 = 22.919,88; L = ⌊424,44…⌋ × 54 = 22.896; X1 = ⌊8.185,32⌋ = 8.185;
  // AHK 3.115; ARK = ⌈996 + 31,009 % × 10.931⌉ = ⌈4.385,59379⌉ = 4.386; X = 684; / 12 = 57,00.
  CHECK(amount(p, LineCode::WageTax) == "57.00");
  // Net 1.909,99 − 57,00 = 1.852,99.
  CHECK(p.net.str() == "1852.99");
}

TEST_CASE("from 2027 the PWRI pension base includes the holiday allowance and the end-of-year payment, by hand", "[payroll][pension]") {
  // docs/cao-aan-de-slag.md §2.7 and rules/cao_aan_de_slag.xml cao.pension.base_includes_allowances:
  // PWRI's pensioengevend jaarinkomen is "alle bruto maandsalarissen in een jaar plus toeslagen.
  // Bijvoorbeeld de vakantietoeslag of de eindejaarsuitkering" (https://www.pwri.nl/over-pwri/uw-premiebijdrage).
  // Applied from 2027-01-01; 2026 and earlier keep the base without them (test above).
  // 2027 needs values past the bundled horizon: the FAKE test layer tests/data/rules-2027-fixture
  // (wml.hourly 14,99 — a copy of the latest value, not a legal one); the cao values are bundled
  // (full-time week 36 h and pension part-time basis 36 h from 2027, end-of-year payment € 350).
  const RuleBook rules = RuleBook::load_layers({BASISBAAN_TEST_RULES_DIR, BASISBAAN_TEST_RULES_DIR "/../tests/data/rules-2027-fixture"});
  const Payslip p = payslip_with_history(rules, employer_with_share(), basisbaner_32h("2026-01-01"), PayPeriod::parse("2027-01"), true);
  // Annual wage full-time 14,99 × 36 h × 52 = 28.061,28; holiday allowance 8 % = 2.244,9024;
  // end-of-year payment 350; pensionable 30.656,1824; − franchise 13.033 = 17.623,1824.
  // Part-time factor 32 / 36 = 0,888889. Premium 17.623,1824 × 0,888889 × 23,8 % / 12 =
  // 310,6902… → down 310,69 (without the allowances: 15.028,28 → 264,94).
  // Employee 50 %: 155,345 → down 155,34; employer 155,35.
  CHECK(amount(p, LineCode::PensionEmployee) == "155.34");
  CHECK(amount(p, LineCode::PensionEmployer) == "155.35");
  CHECK_THAT(p.line(LineCode::PensionEmployer)->trace.to_text(), Catch::Contains("17623.1824"));
}

TEST_CASE("PWRI pension premium of a month employed in part follows the weekdays employed, by hand", "[payroll][pension]") {
  // cao.pension.premium_part_period (rules/cao_aan_de_slag.xml, docs/payslip-input.md "Pension"):
  // the premium is owed over the participation, which starts and ends with the employment, so a
  // month employed in part pays the same share of the month's premium as the basic wage does.
  // March 2026 has 22 weekdays (Mon 2 … Tue 31). The year's premium as in the first test:
  // 15.269,04 × 0,864865 × 23,8 % = 3.142,9466705448.
  SECTION("hired on Monday 16 March: 12 of 22 weekdays") {
    const Payslip p = payslip_with_history(payroll_rules(), employer_with_share(), basisbaner_32h("2026-03-16"), PayPeriod::parse("2026-03"));
    // 3.142,9466705448 × 12 / (12 × 22) = 142,8612… → down 142,86; employee 50 % 71,43, employer 71,43
    // (the whole month would be 261,91: the first test).
    CHECK(amount(p, LineCode::PensionEmployee) == "71.43");
    CHECK(amount(p, LineCode::PensionEmployer) == "71.43");
  }
  SECTION("leaving on Friday 13 March: 10 of 22 weekdays") {
    Employee e = basisbaner_32h("2025-01-01");
    e.employed_until = parse_date("2026-03-13");
    const Payslip p = payslip_with_history(payroll_rules(), employer_with_share(), e, PayPeriod::parse("2026-03"));
    // 3.142,9466705448 × 10 / (12 × 22) = 119,0510… → down 119,05; employee 59,525 → down 59,52,
    // employer the rest 59,53.
    CHECK(amount(p, LineCode::PensionEmployee) == "59.52");
    CHECK(amount(p, LineCode::PensionEmployer) == "59.53");
  }
}
