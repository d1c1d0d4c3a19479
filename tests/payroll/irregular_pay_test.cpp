// SPDX-License-Identifier: EUPL-1.2
// The end-of-year payment and a one-off payment, taxed at the bijzonder tarief, checked against
// hand calculations written out here (issue 12, deliverable 8).
// The rate comes from the official 2026 tabel bijzondere beloningen (wit_bb_nl_std_20260101,
// rules/wage_tax.xml wage_tax.special_rate.*, docs/research/bijzonder-tarief.md): the row from
// jaarloon € 23.931 below AOW age with loonheffingskorting is 35,75 % − 1,95 % = 33,80 % (up to the
// next row, € 29.737: 40,20 %). The tax is rounded down to cents (docs/wage-tax.md).
// The jaarloon of an employee employed all of last year is last year's wage for wage tax
// (Handboek Loonheffingen 2026, "jaarloon bijzondere beloningen"). For the 32-hour basisbaner at
// the minimum wage, employed since 2025-01-01, by hand:
//   basic wage January–June 2025: 1.670,4 h × 14,06 / 12 = 1.957,16 a month (× 6 = 11.742,96);
//   July–December 2025 at € 14,40: 1.670,4 × 14,40 / 12 = 2.004,48 a month (× 6 = 12.026,88);
//   holiday allowance paid in May 2025: 5 × (1.957,16 × 8 % = 156,5728 → up 156,58) = 782,90;
//   WGA recovery (0,70 % × 50 %, down): 6,85 × 5 (1.957,16) + 9,59 (May, (1.957,16 + 782,90) ×
//   0,35 % = 9,59021) + 7,01 × 6 (2.004,48 × 0,35 % = 7,01568) = 34,25 + 9,59 + 42,06 = 85,90;
//   wage for wage tax 2025 = 11.742,96 + 12.026,88 + 782,90 − 85,90 = 24.466,84 → row 23.931: 33,80 %.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;
using basisbaan::test::basisbaner_32h;
using basisbaan::test::payroll_rules;
using basisbaan::test::test_employer;

namespace {

}  // namespace

TEST_CASE("the end-of-year payment in December 2026 at the bijzonder tarief, by hand", "[payroll][irregular_pay]") {
  const Payslip p = payslip_with_history(payroll_rules(), test_employer(), basisbaner_32h("2025-01-01"), PayPeriod::parse("2026-12"), true);
  // cao from 2026: € 350 a year full-time (rules/cao_aan_de_slag.xml, unconfirmed), pro rata:
  //   hours 32 / 37 = 0,864865 (6 decimals); days employed in 2026: 365 / 365 = 1;
  //   350 × 0,864865 × 1 = 302,70275 → half up 302,70.
  CHECK(amount(p, LineCode::YearEndPayment) == "302.70");
  CHECK(p.special_wage_for_wage_tax.str() == "302.70");
  REQUIRE(p.line(LineCode::WageTaxSpecial) != nullptr);
  CHECK_THAT(p.line(LineCode::WageTaxSpecial)->trace.to_text(), Catch::Contains("jaarloon bijzondere beloningen = 24466.84"));
  // 302,70 × 33,80 % = 102,3126 → down 102,31.
  CHECK(amount(p, LineCode::WageTaxSpecial) == "102.31");
}

TEST_CASE("a one-off payment in March 2026 at the bijzonder tarief, by hand", "[payroll][irregular_pay]") {
  Employee e = basisbaner_32h("2025-01-01");
  e.one_off_payments.push_back({"2026-03", "Eenmalige uitkering cao", Money::parse("150.00")});
  const Payslip with = payslip_with_history(payroll_rules(), test_employer(), e, PayPeriod::parse("2026-03"), true);
  const Payslip without = payslip_with_history(payroll_rules(), test_employer(), basisbaner_32h("2025-01-01"), PayPeriod::parse("2026-03"));
  // € 150 full-time × 32 / 37 (0,864865) = 129,72975 → half up 129,73.
  CHECK(amount(with, LineCode::OneOffPayment) == "129.73");
  CHECK(with.special_wage_for_wage_tax.str() == "129.73");
  REQUIRE(with.line(LineCode::WageTaxSpecial) != nullptr);
  CHECK_THAT(with.line(LineCode::WageTaxSpecial)->trace.to_text(), Catch::Contains("jaarloon bijzondere beloningen = 24466.84"));
  // 129,73 × 33,80 % = 43,84874 → down 43,84.
  CHECK(amount(with, LineCode::WageTaxSpecial) == "43.84");
  // The table tax on the regular wage is that of the month without the payment (63,17, as in
  // tests/payroll/payslip_test.cpp February 2026); the WGA recovery over the higher gross is
  // (2.047,64 + 129,73) × 0,35 % = 7,620795 → 7,62 instead of 7,16, 0,46 more.
  CHECK(amount(with, LineCode::WageTax) == amount(without, LineCode::WageTax));
  CHECK(amount(with, LineCode::WgaRecovery) == "7.62");
  // Net: 129,73 − 43,84 − 0,46 = 85,43 more than without.
  CHECK((with.net - without.net).str() == "85.43");
}
