// SPDX-License-Identifier: EUPL-1.2
// A payslip line's description (LineText) and the unconfirmed rules of a payslip (RuleNameList)
// without an allocation per payslip (issue 18): the texts are the same bytes as before, a fixed
// text is a literal, a built one owned, and the list of unconfirmed rules is the one the period
// made once, in the order compute_payslip built it per payslip before.

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

/// True when the payslip names `rule` among its unconfirmed rules.
bool names_unconfirmed(const Payslip& p, std::string_view rule) {
  const auto& n = p.unconfirmed_rules.names();
  return std::find(n.begin(), n.end(), rule) != n.end();
}

}  // namespace

TEST_CASE("line text: a literal is kept as a view, built text is owned, both compare by their characters", "[payroll][line_text]") {
  const LineText fixed = "Werkgeversheffing Zvw";
  const LineText built(std::string("Werkgeversheffing") + " Zvw");
  CHECK(fixed.is_static());
  CHECK_FALSE(built.is_static());
  CHECK(fixed == built);
  CHECK(fixed == "Werkgeversheffing Zvw");
  CHECK(built == std::string("Werkgeversheffing Zvw"));
  CHECK(built == std::string_view("Werkgeversheffing Zvw"));
  CHECK_FALSE(fixed == "Werkgeversheffing");
  CHECK(fixed.size() == 21U);
  CHECK(fixed.str() == "Werkgeversheffing Zvw");
  std::ostringstream o;
  o << fixed << "|" << built;
  CHECK(o.str() == "Werkgeversheffing Zvw|Werkgeversheffing Zvw");

  // Copies and moves keep the characters; a moved-from text is empty; a copy of owned text owns its own.
  LineText copy = built;
  CHECK(copy == built);
  CHECK_FALSE(copy.is_static());
  CHECK(copy.view().data() != built.view().data());
  LineText moved = std::move(copy);
  CHECK(moved == "Werkgeversheffing Zvw");
  CHECK(copy.empty());  // NOLINT(bugprone-use-after-move): a moved-from text is empty by contract
  moved = fixed;
  CHECK(moved.is_static());
  CHECK(moved.view().data() == fixed.view().data());
  moved = LineText(std::string("Salaris (schaal 3)"));
  CHECK(moved == "Salaris (schaal 3)");
  CHECK(LineText().empty());
  CHECK(LineText() == "");
  CHECK(LineText(std::string()).empty());
}

TEST_CASE("line text: the wage-tax line's description is the built text for every period kind and credit", "[payroll][line_text]") {
  // The descriptions are literals since issue 18; before they were built as below.
  for (const char* period : {"2026-03", "2026-4w03", "2026-w12", "2026-q1"}) {
    const PayPeriod p = PayPeriod::parse(period, "period");
    const PeriodRules rules(test::payroll_rules(), p);
    for (bool credit : {false, true}) {
      Employee e = test::basisbaner_32h("2024-01-01");
      e.payroll_tax_credit = credit;
      PayrollState state;
      const Payslip slip = compute_payslip(rules, test::test_employer(), e, state);
      const PayslipLine* tax = slip.line(LineCode::WageTax);
      REQUIRE(tax != nullptr);
      const std::string built = std::string("Loonheffing (wit, ") + std::string(name_nl(p.kind())) + (credit ? ", met" : ", zonder") + " lhk)";
      CHECK(tax->description == built);
      CHECK(tax->description.is_static());
    }
  }
}

TEST_CASE("line text: every fixed line of a payslip is a literal, the built ones are owned", "[payroll][line_text]") {
  // December 2026 (year-end payment), a public employer (Ufo), travel allowance, a pension
  // share, a scale on the hourly wage and a one-off payment.
  const PeriodRules rules(test::payroll_rules(), PayPeriod::parse("2026-12", "period"));
  Employer employer = test::test_employer();
  employer.type = EmployerType::Public;
  employer.pension_employee_share = Rate::percent(Decimal(50));
  Employee e = test::basisbaner_32h("2024-01-01");
  e.commute_km_per_period = Decimal(400);
  e.one_off_payments.push_back({"2026-12", "Eenmalige uitkering cao", Money::parse("100")});
  PayrollState state;
  const Payslip plain = compute_payslip(rules, employer, e, state);
  for (const auto& l : plain.lines) {
    INFO(code_name(l.code) << ": " << l.description);
    CHECK(l.description.is_static() == (l.code != LineCode::OneOffPayment));
  }
  CHECK(plain.line(LineCode::Ufo) != nullptr);
  CHECK(plain.line(LineCode::YearEndPayment) != nullptr);
  CHECK(plain.line(LineCode::TravelAllowance) != nullptr);
  CHECK(plain.line(LineCode::PensionEmployee) != nullptr);
  e.scale = "schaal 3";
  PayrollState again;
  const Payslip scaled = compute_payslip(rules, employer, e, again);
  CHECK(scaled.line(LineCode::HourlyWage)->description == "Uurloon (schaal 3)");
  CHECK_FALSE(scaled.line(LineCode::HourlyWage)->description.is_static());
}

TEST_CASE("unconfirmed rules: made once per period and shared, in the order built per payslip before", "[payroll][line_text]") {
  const PeriodRules rules(test::payroll_rules(), PayPeriod::parse("2026-03", "period"));
  const Employer employer = test::test_employer();
  Employee healthy = test::basisbaner_32h("2024-01-01");
  Employee sick = healthy;
  SickReport r;
  r.id = "S1";
  r.first_day = parse_date("2025-01-06");
  sick.sick_reports.push_back(r);
  PayrollState s1, s2, s3;
  const Payslip a = compute_payslip(rules, employer, healthy, s1);
  const Payslip b = compute_payslip(rules, employer, healthy, s2);
  Payslip c = compute_payslip(rules, employer, sick, s3);

  // Before issue 18 each payslip copied the cao's list and appended the sick-pay names it lacked.
  std::vector<std::string> expected_healthy = rules.cao().unconfirmed;
  std::vector<std::string> expected_sick = expected_healthy;
  for (const auto& n : rules.unconfirmed_sick_pay_rules()) {
    if (std::find(expected_sick.begin(), expected_sick.end(), n) == expected_sick.end()) expected_sick.push_back(n);
  }
  REQUIRE_FALSE(expected_healthy.empty());
  REQUIRE(expected_sick.size() > expected_healthy.size());
  CHECK(a.unconfirmed_rules.names() == expected_healthy);
  CHECK(c.unconfirmed_rules.names() == expected_sick);
  // Shared, not copied: the two healthy payslips hold the same list.
  CHECK(&a.unconfirmed_rules.names() == &b.unconfirmed_rules.names());
  // Copy on write: a change to one payslip's list does not show in another's.
  Payslip d = a;
  d.unconfirmed_rules.push_back("x.y");
  CHECK(d.unconfirmed_rules.size() == expected_healthy.size() + 1);
  CHECK(a.unconfirmed_rules.names() == expected_healthy);
  CHECK(b.unconfirmed_rules.names() == expected_healthy);
  c.unconfirmed_rules = std::vector<std::string>{"a", "b"};
  CHECK(c.unconfirmed_rules == RuleNameList{"a", "b"});
}

TEST_CASE("unconfirmed rules: a payslip of an employee under 21 names the youth staffel of 2027, an adult's does not", "[payroll][wml]") {
  // rules/wml.xml: the staffel from 2027-01-01 is the draft AMvB's (Rijksoverheid,
  // internetconsultatie verhoging minimumjeugdloon 2027, 2025-12-04: 20 jaar 87,5 %), unconfirmed.
  // 2027 needs wml.hourly past the bundled horizon: the FAKE test layer
  // tests/data/rules-2027-fixture (14,99 — a copy of the latest value, not a legal one).
  const RuleBook book = RuleBook::load_layers({BASISBAAN_TEST_RULES_DIR, BASISBAAN_TEST_RULES_DIR "/../tests/data/rules-2027-fixture"});
  const Employer employer = test::test_employer();
  Employee young = test::basisbaner_32h("2026-01-01");
  young.birth_date = parse_date("2006-06-15");  // 20 on 31 January 2027 and on 31 December 2026
  const Employee adult = test::basisbaner_32h("2026-01-01");
  const auto names_youth = [](const Payslip& p) { return names_unconfirmed(p, "wml.youth_percentage"); };
  {
    const PeriodRules rules(book, PayPeriod::parse("2027-01", "period"));
    CHECK(rules.youth_percentage_unconfirmed());
    PayrollState s1, s2;
    const Payslip y = compute_payslip(rules, employer, young, s1);
    const Payslip a = compute_payslip(rules, employer, adult, s2);
    CHECK(names_youth(y));
    CHECK_FALSE(names_youth(a));
    // 87,5 % of the fixture's 14,99 = 13,11625 → 13,12 (half up, Besluit minimumjeugdloon art. 2 lid 2).
    REQUIRE(y.minimum_hourly_wage);
    CHECK(y.minimum_hourly_wage->str() == "13.12");
    CHECK(unconfirmed_note_nl("wml.youth_percentage") == "percentage minimumjeugdloon: niet bevestigd");
  }
  {
    // December 2026: the staffel of 2019, confirmed; nothing named.
    const PeriodRules rules(book, PayPeriod::parse("2026-12", "period"));
    CHECK_FALSE(rules.youth_percentage_unconfirmed());
    PayrollState s;
    CHECK_FALSE(names_youth(compute_payslip(rules, employer, young, s)));
  }
}

TEST_CASE("unconfirmed rules: from July 2026 a payslip paid the minimum hourly wage names it, one paid above it does not", "[payroll][wml]") {
  // rules/wml.xml: wml.hourly 14,99 from 2026-07-01 is unconfirmed (no Staatscourant regeling
  // found); 14,71 from 2026-01-01 is not. The pay of an employee on scale WML is that value
  // (Wml art. 7, 8 lid 1 onderdeel a), so the payslip says it rests on an unconfirmed value.
  const RuleBook& book = test::payroll_rules();
  const Employer employer = test::test_employer();
  const Employee at_minimum = test::basisbaner_32h("2026-01-01");
  Employee above = test::basisbaner_32h("2026-01-01");
  above.agreed_hourly_wage = Money::parse("15.20", "hourly wage");
  above.scale = "schaal 2, trede 3";
  const auto names_wml = [](const Payslip& p) { return names_unconfirmed(p, "wml.hourly"); };
  {
    const PeriodRules rules(book, PayPeriod::parse("2026-07", "period"));
    CHECK(rules.minimum_hourly_unconfirmed());
    PayrollState s1, s2;
    const Payslip m = compute_payslip(rules, employer, at_minimum, s1);
    const Payslip a = compute_payslip(rules, employer, above, s2);
    REQUIRE(m.minimum_hourly_wage);
    CHECK(m.minimum_hourly_wage->str() == "14.99");
    CHECK(m.hourly_wage.str() == "14.99");
    CHECK(names_wml(m));
    // Made once for the period and shared, like the cao's list (no copy per payslip).
    PayrollState s3;
    const Payslip m2 = compute_payslip(rules, employer, at_minimum, s3);
    CHECK(&m.unconfirmed_rules.names() == &m2.unconfirmed_rules.names());
    CHECK(m.unconfirmed_rules.names().back() == "wml.hourly");
    CHECK(a.hourly_wage.str() == "15.20");
    CHECK_FALSE(names_wml(a));
    CHECK(unconfirmed_note_nl("wml.hourly") == "wettelijk minimumuurloon: niet bevestigd");
  }
  {
    // June 2026: 14,71, confirmed; nothing named.
    const PeriodRules rules(book, PayPeriod::parse("2026-06", "period"));
    CHECK_FALSE(rules.minimum_hourly_unconfirmed());
    PayrollState s;
    CHECK_FALSE(names_wml(compute_payslip(rules, employer, at_minimum, s)));
  }
}
