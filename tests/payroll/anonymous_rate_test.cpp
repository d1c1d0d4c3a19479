// SPDX-License-Identifier: EUPL-1.2
// The anoniementarief (art. 26b Wet LB 1964): an employee who is not identified pays wage tax at
// the anonymous rate over the whole wage, regular and irregular, with no heffingskorting.
// Rule value: wage_tax.anonymous_rate 52 % (rules/wage_tax.xml: art. 26b Wet LB 1964;
// Rekenvoorschriften 2026 section 4.3). Other values as in payslip_test.cpp.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

Employee anonymous_2026() {
  Employee e = test::basisbaner_32h("2026-01-01");
  e.identified = false;
  return e;
}

}  // namespace

TEST_CASE("anoniementarief: 52 % of the whole wage, no credit, February 2026, by hand", "[payroll][anonymous]") {
  const Payslip p = payslip_with_history(test::payroll_rules(), test::test_employer(), anonymous_2026(), PayPeriod::parse("2026-02"));
  // As the identified employee of payslip_test.cpp: basic wage 2.047,64, WGA recovery 7,16,
  // wage for wage tax 2.047,64 − 7,16 = 2.040,48.
  CHECK(p.wage_for_wage_tax.str() == "2040.48");
  // Anoniementarief: 2.040,48 × 52 % = 1.061,0496 → down to 1.061,04 (no AHK, no ARK);
  // the identified employee pays 63,17 with the credit.
  const PayslipLine* tax = p.line(LineCode::WageTax);
  REQUIRE(tax != nullptr);
  CHECK(tax->amount.str() == "1061.04");
  CHECK(tax->rate_text() == "52%");
  CHECK(tax->quantity_text() == "2040.48");
  CHECK(tax->description.view().find("anoniementarief") != std::string::npos);
  CHECK(p.year_to_date.arbeidskorting.is_zero());
  // Net: 2.040,48 − 1.061,04 = 979,44.
  CHECK(p.net.str() == "979.44");
}

TEST_CASE("anoniementarief also over irregular pay: the May holiday allowance 2026, by hand", "[payroll][anonymous]") {
  const Payslip p = payslip_with_history(test::payroll_rules(), test::test_employer(), anonymous_2026(), PayPeriod::parse("2026-05"));
  // Holiday allowance: 8 % × 2.047,64 = 163,8112 → up to 163,82 a month; January to May
  // reserved: 5 × 163,82 = 819,10, paid in May as irregular pay.
  CHECK(p.holiday_allowance_paid().str() == "819.10");
  CHECK(p.special_wage_for_wage_tax.str() == "819.10");
  // Bijzonder tarief replaced by the anonymous rate: 819,10 × 52 % = 425,932 → 425,93.
  const PayslipLine* special = p.line(LineCode::WageTaxSpecial);
  REQUIRE(special != nullptr);
  CHECK(special->amount.str() == "425.93");
  CHECK(special->rate_text() == "52%");
  // Regular: WGA recovery over the gross 2.047,64 + 819,10 = 2.866,74 × 0,70 % × 50 % =
  // 10,03359 → 10,03; regular wage 2.047,64 − 10,03 = 2.037,61 × 52 % = 1.059,5572 → 1.059,55.
  CHECK(p.regular_wage_for_wage_tax.str() == "2037.61");
  CHECK(p.line(LineCode::WageTax)->amount.str() == "1059.55");
  // Net: 2.037,61 + 819,10 − 1.059,55 − 425,93 = 1.371,23.
  CHECK(p.net.str() == "1371.23");
}

TEST_CASE("anoniementarief: the trace names art. 26b and the missing credit", "[payroll][anonymous]") {
  const Payslip p = payslip_with_history(test::payroll_rules(), test::test_employer(), anonymous_2026(), PayPeriod::parse("2026-02"), true);
  const std::string text = to_text_nl(p);
  CHECK(text.find("anoniementarief") != std::string::npos);
  const Trace& t = p.line(LineCode::WageTax)->trace;
  bool names_article = false;
  for (const auto& e : t.entries()) names_article = names_article || e.rule.find("art. 26b") != std::string::npos;
  CHECK(names_article);
}

TEST_CASE("identified is read from the employee JSON and kept out of the snapshot when true", "[payroll][anonymous]") {
  Employee e = anonymous_2026();
  CHECK(to_canonical_json(e).at("identified") == false);
  e.identified = true;
  CHECK_FALSE(to_canonical_json(e).contains("identified"));
}
