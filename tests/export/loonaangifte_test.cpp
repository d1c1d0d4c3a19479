// SPDX-License-Identifier: EUPL-1.2
// The wage-tax return (aangifte loonheffingen) for March 2026, validated with xmllint against the
// schema written from the Gegevensspecificaties aangifte loonheffingen 2026 (schemas/belastingdienst).
// Amounts of E001 (32 h at the 2026 minimum wage, born 1975) by hand, as in tests/payroll/payslip_test:
// basic wage 14,71 × 32 × 261 / 5 / 12 = 2.047,64; WGA recovery 2.047,64 × 0,70 % × 50 % = 7,16;
// loon LB/PH 2.040,48; wage tax (Rekenvoorschriften 2026, white monthly table) 63,17;
// Zvw 6,10 % × 2.047,64 = 124,90; Aof high 7,63 % = 156,23; AWf high 7,74 % = 158,487 → 158,48;
// Wko 0,50 % = 10,238 → 10,23; Whk 1,52 % = 31,124 → 31,12 (premiums rounded down to the cent).

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/loonaangifte.hpp"
#include "basisbaan/export/person_name.hpp"
#include "../payroll/support.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

namespace {

// The Belastingdienst's own schema (schemas/README.md).
std::filesystem::path schema() { return schemas_dir() / "belastingdienst" / "Loonaangifte2026v2.0.xsd"; }


std::string value(const pugi::xml_node& n, const char* name) { return n.child_value(name); }

std::int64_t whole_euros(Money m) { return m.cents() / 100; }

// IngLbPh and TotTeBet of a return's own period.
struct CollectiveFigures {
  std::string wage_tax, due;
};
CollectiveFigures doc_collective(const std::string& xml) {
  pugi::xml_document d;
  d.load_string(xml.c_str());
  const auto c = d.child("Loonaangifte").child("AdministratieveEenheid").child("TijdvakAangifte").child("VolledigeAangifte").child("CollectieveAangifte");
  return {c.child_value("IngLbPh"), c.child_value("TotTeBet")};
}

}  // namespace

TEST_CASE("the wage-tax return validates against the schema and carries the hand-computed amounts", "[export][loonaangifte]") {
  const RunData run = example_run("2026-03");
  const std::string xml = loonaangifte_xml(run, filed());
  CHECK(xmllint_errors(xml, schema(), "loonaangifte") == "");

  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  const auto root = doc.child("Loonaangifte");
  CHECK(std::string(root.attribute("xmlns").value()) == "http://xml.belastingdienst.nl/schemas/Loonaangifte/2026/01");
  const auto unit = root.child("AdministratieveEenheid");
  CHECK(value(unit, "LhNr") == "123456782L01");
  const auto tv = unit.child("TijdvakAangifte");
  CHECK(value(tv, "DatAanvTv") == "2026-03-01");
  CHECK(value(tv, "DatEindTv") == "2026-03-31");

  const auto full = tv.child("VolledigeAangifte");
  auto ikv = full.child("InkomstenverhoudingInitieel");
  CHECK(value(ikv, "NumIV") == "1");
  CHECK(value(ikv.child("NatuurlijkPersoon"), "SofiNr") == "111222333");
  // "J. de Vries": initials, prefix and the significant part of the surname in their own elements.
  CHECK(value(ikv.child("NatuurlijkPersoon"), "Voorl") == "J");
  CHECK(value(ikv.child("NatuurlijkPersoon"), "Voorv") == "de");
  CHECK(value(ikv.child("NatuurlijkPersoon"), "SignNm") == "Vries");
  const auto period = ikv.child("Inkomstenperiode");
  CHECK(value(period, "SrtIV") == "15");
  CHECK(value(period, "LbTab") == "012");  // white (1), monthly (2) table, kind 0: "Codes voor de aangifte loonheffingen"
  CHECK(value(period, "IndArbovOnbepTd") == "N");
  CHECK(value(period, "IndWW") == "J");
  CHECK(value(period, "CdZvw") == "K");
  const auto w = ikv.child("Werknemersgegevens");
  CHECK(value(w, "LnLbPh") == "2040.48");
  CHECK(value(w, "LnSV") == "2047.64");
  CHECK(value(w, "PrlnAofAnwHg") == "2047.64");
  CHECK(value(w, "PrlnAwfAnwHg") == "2047.64");
  CHECK(value(w, "PrlnAwfAnwLg") == "0.00");
  CHECK(value(w, "IngLbPh") == "63.17");
  CHECK(value(w, "WghZvw") == "124.90");
  CHECK(value(w, "PrAofHg") == "156.23");
  CHECK(value(w, "PrAwfHg") == "158.48");
  CHECK(value(w, "OpslWko") == "10.23");
  CHECK(value(w, "PrGediffWhk") == "31.12");
  CHECK(value(w, "AantCtrcturenPWk") == "32");

  // E002: permanent contract, so the premium wage counts for the low AWf rate.
  ikv = ikv.next_sibling("InkomstenverhoudingInitieel");
  CHECK(value(ikv, "NumIV") == "2");
  CHECK(value(ikv.child("Inkomstenperiode"), "IndArbovOnbepTd") == "J");
  CHECK(value(ikv.child("Werknemersgegevens"), "PrlnAwfAnwHg") == "0.00");
  CHECK(value(ikv.child("Werknemersgegevens"), "PrlnAwfAnwLg") != "0.00");
  // E003: past the AOW age, not insured for the employee insurances.
  ikv = ikv.next_sibling("InkomstenverhoudingInitieel");
  CHECK(value(ikv.child("Inkomstenperiode"), "IndWW") == "N");
  CHECK(value(ikv.child("Werknemersgegevens"), "LnSV") == "0.00");

  // The collective part: the sums of the income relationships in whole euros, cents dropped.
  Money lb, tax, zvw;
  for (const auto& re : run.employees) {
    lb += re.payslip.wage_for_wage_tax;
    tax += re.payslip.wage_tax;
    zvw += re.payslip.line(LineCode::Zvw)->amount;
  }
  const auto c = full.child("CollectieveAangifte");
  CHECK(value(c, "TotLnLbPh") == std::to_string(whole_euros(lb)));
  CHECK(value(c, "IngLbPh") == std::to_string(whole_euros(tax)));
  CHECK(value(c, "TotWghZvw") == std::to_string(whole_euros(zvw)));
  std::int64_t due = 0;
  for (const char* k : {"IngLbPh", "TotPrAofLg", "TotPrAofHg", "TotOpslWko", "TotPrGediffWhk", "TotPrAwfLg", "TotPrAwfHg", "IngBijdrZvw", "TotWghZvw"}) {
    due += std::stoll(value(c, k));
  }
  CHECK(value(c, "TotTeBet") == std::to_string(due));
  CHECK(value(c, "TotGen") == std::to_string(due));
  // Same input, same bytes.
  CHECK(loonaangifte_xml(run, filed()) == xml);
}

TEST_CASE("a correction of an earlier period gets its own part and a saldo", "[export][loonaangifte]") {
  RunData run = example_run("2026-04");
  const RunData march = example_run("2026-03");
  CorrectionRun corr{march.period, {march.employees[0]}, {march.employees[0]}, {}, {}};
  // A forgotten payment of 100 euros wage tax more in March (the figures are what counts here).
  corr.after[0].payslip.wage_tax += Money::euros(100);
  for (auto& l : corr.after[0].payslip.lines) {
    if (l.code == LineCode::WageTax) l.amount += Money::euros(100);
  }
  // The whole of March as filed and as corrected: the correction's own collective part.
  corr.period_before = march.employees;
  corr.period_after = march.employees;
  corr.period_after[0] = corr.after[0];
  run.corrections.push_back(corr);
  const std::string xml = loonaangifte_xml(run, filed());
  CHECK(xmllint_errors(xml, schema(), "loonaangifte-corr") == "");
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  const auto unit = doc.child("Loonaangifte").child("AdministratieveEenheid");
  const auto c = unit.child("TijdvakAangifte").child("VolledigeAangifte").child("CollectieveAangifte");
  const auto saldo = c.child("SaldoCorrectiesVoorgaandTijdvak");
  CHECK(value(saldo, "DatAanvTv") == "2026-03-01");
  CHECK(value(saldo, "Saldo") == "100");
  CHECK(std::stoll(value(c, "TotGen")) == std::stoll(value(c, "TotTeBet")) + 100);
  const auto tc = unit.child("TijdvakCorrectie");
  CHECK(value(tc, "DatEindTv") == "2026-03-31");
  // March's collective part as corrected: 100 euros more wage tax than March as filed.
  const auto march_filed = doc_collective(loonaangifte_xml(march, filed()));
  CHECK(std::stoll(value(tc.child("CollectieveAangifte"), "IngLbPh")) == std::stoll(march_filed.wage_tax) + 100);
  CHECK(std::stoll(value(tc.child("CollectieveAangifte"), "TotTeBet")) == std::stoll(march_filed.due) + 100);
  CHECK(value(tc.child("InkomstenverhoudingInitieel").child("Werknemersgegevens"), "IngLbPh") == "163.17");
}

TEST_CASE("bad input for the wage-tax return names the employee or the field", "[export][loonaangifte]") {
  SECTION("an invalid BSN") {
    auto people = example_employees();
    people[2].bsn = "123456789";
    CHECK_THROWS_WITH(loonaangifte_xml(example_run("2026-03", people), filed()), Catch::Contains("employee E003 (M. Jansen): BSN '******789'"));
  }
  SECTION("two personnel numbers with the same digits (issue 19: A001 and B001 were both NumIV 1)") {
    auto people = example_employees();
    people[0].id = "A001";
    people[1].id = "B001";
    CHECK_THROWS_WITH(loonaangifte_xml(example_run("2026-03", people), filed()),
                      Catch::Contains("employees A001 and B001: both personnel numbers give the income relationship number (NumIV) 1"));
  }
  SECTION("a personnel number whose digits do not fit NumIV (at most 4 digits in Loonaangifte2026v2.0.xsd)") {
    auto people = example_employees();
    people[1].id = "E12345";
    CHECK_THROWS_WITH(loonaangifte_xml(example_run("2026-03", people), filed()),
                      Catch::Contains("employee E12345 (A. Öztürk): the income relationship number (NumIV)") &&
                          Catch::Contains("at most 4 digits"));
    people[1].id = "E9999";  // the largest that fits
    CHECK_NOTHROW(loonaangifte_xml(example_run("2026-03", people), filed()));
  }
  SECTION("a malformed loonheffingennummer") {
    auto er = example_employer();
    er.payroll_tax_number = "12345678L01";
    CHECK_THROWS_WITH(loonaangifte_xml(example_run("2026-03", example_employees(), er)), Catch::Contains("loonheffingennummer '12345678L01'"));
  }
  SECTION("a run that is not closed") {
    RunData run = example_run("2026-03");
    run.closed = false;
    CHECK_THROWS_AS(loonaangifte_xml(run, filed()), InputError);
  }
}

TEST_CASE("hours without any wage (after 104 weeks of sickness) are not reported as hours paid", "[export][loonaangifte]") {
  // 36 h at € 16,00 (cao scale), March 2026: 261 × 36 / 5 / 12 = 156,6 hours, basic wage 2.505,60,
  // 22 weekdays. Sick since 2024-03-13: weeks 1–104 end on 2026-03-10, so 7 weekdays are paid at
  // 70 % (wage continued: hours paid) and 15 weekdays get no wage at all (not hours paid):
  // 2.505,60 × 15 / 22 = 1.708,36 off → unpaid share 1.708,36 / 2.505,60 = 0,681816...;
  // hours paid 156,6 × (1 − 0,6818167...) = 49,83 → 50 (AantVerlU, whole hours).
  Employee e = test::basisbaner_32h("2024-01-01");
  e.hours_per_week = Hours(Decimal(36));
  e.agreed_hourly_wage = Money::parse("16.00");
  SickReport r;
  r.id = "S1";
  r.first_day = parse_date("2024-03-13");
  e.sick_reports = {r};
  PayrollState state;
  const PeriodRules pr(test::payroll_rules(), PayPeriod::parse("2026-03"));
  RunEmployee re{e, compute_payslip(pr, test::test_employer(), e, state), std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}};
  CHECK(re.payslip.line(LineCode::BasicWage)->quantity_text() == "156.6 uur");
  CHECK(income_relationship_amounts(re).hours_paid.str() == "50");
  // Healthy, the same employee is paid all 156,6 hours → 157.
  e.sick_reports.clear();
  state = PayrollState{};
  re.payslip = compute_payslip(pr, test::test_employer(), e, state);
  CHECK(income_relationship_amounts(re).hours_paid.str() == "157");
}

TEST_CASE("names are split into initials, prefix and surname for the return", "[export][loonaangifte]") {
  auto split = [](const char* n) {
    const PersonName p = split_person_name(n);
    return p.initials + "|" + p.prefix + "|" + p.surname;
  };
  CHECK(split("J. de Vries") == "J|de|Vries");
  CHECK(split("J.A. van der Berg") == "JA|van der|Berg");
  CHECK(split("Jan Willem van den Heuvel") == "JW|van den|Heuvel");
  CHECK(split("Jan-Willem Jansen") == "JW||Jansen");
  CHECK(split("A. Öztürk") == "A||Öztürk");
  CHECK(split("F. el Amrani") == "F|el|Amrani");
  CHECK(split("van Dijk") == "|van|Dijk");
  CHECK(split("Jansen") == "||Jansen");
  CHECK(split("  ") == "||");
}

TEST_CASE("the wage-tax table code (LbTab) follows the period of the table applied", "[export][loonaangifte]") {
  RunData run = example_run("2026-03");
  RunEmployee re = run.employees[0];
  CHECK(wage_tax_table_code(re) == "012");
  re.payslip.period = PayPeriod::parse("2026-w12");
  CHECK(wage_tax_table_code(re) == "013");
  re.payslip.period = PayPeriod::parse("2026-4w03");
  CHECK(wage_tax_table_code(re) == "014");
  re.payslip.period = PayPeriod::parse("2026-q1");
  CHECK(wage_tax_table_code(re) == "011");
  re.payslip.regular_wage_for_wage_tax = Money();
  re.payslip.special_wage_for_wage_tax = Money::parse("500.00");
  CHECK(wage_tax_table_code(re) == "010");  // only the tabel bijzondere beloningen applied
  re.employee.identified = false;
  CHECK(wage_tax_table_code(re) == "940");
}
