// SPDX-License-Identifier: EUPL-1.2
// What art. 7:626 BW requires on the payslip: the applicable statutory minimum wage (Wml art. 8,
// the hourly amount for the age) and the minimum holiday allowance (Wml art. 15: 8 %), the
// rounding of the basic wage explained, and no internal parameter keys for the employee.
// 32-hour basisbaner born 1975-04-12 (50 years old in February 2026), Wml € 14,71 (2026-01,
// rules/wml.xml); hours a month 261 × 32 / 5 / 12 = 139,2.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

Payslip february_2026(const Employer& er = test::test_employer()) {
  return payslip_with_history(test::payroll_rules(), er, test::basisbaner_32h("2026-01-01"), PayPeriod::parse("2026-02"));
}

}  // namespace

TEST_CASE("the payslip names the applicable minimum wage and minimum holiday allowance", "[payroll][payslip]") {
  const Payslip p = february_2026();
  REQUIRE(p.minimum_hourly_wage);
  CHECK(p.minimum_hourly_wage->str() == "14.71");
  CHECK(p.minimum_wage_age == 50);
  REQUIRE(p.minimum_holiday_allowance_rate);
  CHECK(p.minimum_holiday_allowance_rate->str() == "8%");
  const std::string text = to_text_nl(p);
  CHECK(text.find("Wettelijk minimumuurloon (50 jaar)") != std::string::npos);
  CHECK(text.find("Minimale vakantiebijslag (Wml art. 15)") != std::string::npos);
  const Json j = to_json(p);
  CHECK(j["statutory_minimum"]["hourly"] == "14.71");
  CHECK(j["statutory_minimum"]["age"] == 50);
  CHECK(j["statutory_minimum"]["holiday_allowance_rate"] == "8%");
}

TEST_CASE("the rounding of the basic wage is explained", "[payroll][payslip]") {
  const Payslip p = february_2026();
  // 139,2 × 14,71 = 2.047,632, rounded up to 2.047,64: never below hours × hourly wage (Wml art. 7).
  CHECK(basic_wage_rounding_nl(p) == "139,2 × 14,71 = 2.047,632 → 2.047,64 (naar boven afgerond: nooit minder dan uren × uurloon)");
  CHECK(to_text_nl(p).find("2.047,632 → 2.047,64") != std::string::npos);
  CHECK(to_json(p)["basic_wage_rounding"] == basic_wage_rounding_nl(p));
}

TEST_CASE("unconfirmed rule values get a Dutch note, never their parameter key", "[payroll][payslip]") {
  CHECK(unconfirmed_note_nl("cao.holiday_allowance.rate") == "vakantiebijslag-percentage cao: niet bevestigd");
  CHECK(unconfirmed_note_nl("cao.sick_pay.year1_rate") == "loondoorbetaling bij ziekte eerste jaar cao: niet bevestigd");
  CHECK(unconfirmed_note_nl("something.new") == "een cao-waarde: niet bevestigd");
  const Payslip p = february_2026();
  REQUIRE_FALSE(p.unconfirmed_rules.empty());
  CHECK(to_text_nl(p).find("cao.") == std::string::npos);
}

TEST_CASE("a public employer pays the Ufo premium, by hand", "[payroll][ufo]") {
  Employer er = test::test_employer();
  er.type = EmployerType::Public;
  const Payslip pub = february_2026(er);
  const Payslip priv = february_2026();
  // Ufo 0,68 % (rules/employee_insurance.xml premium.ufo, Wfsv art. 38; Regeling
  // premiepercentages 2026 via admintrend.nl) over the premium wage 2.047,64 = 13,923952 → 13,92.
  const PayslipLine* u = pub.line(LineCode::Ufo);
  REQUIRE(u != nullptr);
  CHECK(u->amount.str() == "13.92");
  CHECK(u->rate_text() == "0.68%");
  CHECK(u->quantity_text() == "2047.64");
  CHECK(priv.line(LineCode::Ufo) == nullptr);
  // An employer charge: the net is the same, the charges 13,92 higher.
  CHECK(pub.net == priv.net);
  CHECK((pub.employer_charges - priv.employer_charges).str() == "13.92");
}
