// SPDX-License-Identifier: EUPL-1.2
// The wage-tax return for an employee at the anoniementarief (LbTab 940, no credit) and for a
// public employer (the Ufo premium, PrLnUfo / PrUFO). E001 of run_fixture.hpp in March 2026:
// 32 h at € 14,71, basic wage 2.047,64, WGA recovery 7,16, wage for wage tax 2.040,48.
// Anoniementarief 52 % (rules/wage_tax.xml, art. 26b Wet LB 1964): 2.040,48 × 52 % = 1.061,0496
// → 1.061,04. Ufo 0,68 % (rules/employee_insurance.xml premium.ufo, Regeling premiepercentages
// 2026 via admintrend.nl): 2.047,64 × 0,68 % = 13,923952 → 13,92 (premiums down to the cent).

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "basisbaan/export/journal.hpp"
#include "basisbaan/export/loonaangifte.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

namespace {

// The Belastingdienst's own schema (schemas/README.md).
std::filesystem::path schema() { return schemas_dir() / "belastingdienst" / "Loonaangifte2026v2.0.xsd"; }


pugi::xml_node first_ikv(const pugi::xml_document& doc) {
  return doc.child("Loonaangifte").child("AdministratieveEenheid").child("TijdvakAangifte").child("VolledigeAangifte").child(
      "InkomstenverhoudingInitieel");
}

}  // namespace

TEST_CASE("an employee at the anoniementarief is reported with LbTab 940 and no credit", "[export][loonaangifte][anonymous]") {
  auto people = example_employees();
  people[0].identified = false;
  const RunData run = example_run("2026-03", people);
  const std::string xml = loonaangifte_xml(run, filed());
  CHECK(xmllint_errors(xml, schema(), "loonaangifte-anonymous") == "");
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  const auto ikv = first_ikv(doc);
  CHECK(std::string(ikv.child("Inkomstenperiode").child_value("LbTab")) == "940");
  CHECK(std::string(ikv.child("Inkomstenperiode").child_value("IndLhKort")) == "N");
  CHECK(std::string(ikv.child("Werknemersgegevens").child_value("IngLbPh")) == "1061.04");
  // The other employees keep the white table.
  CHECK(std::string(ikv.next_sibling("InkomstenverhoudingInitieel").child("Inkomstenperiode").child_value("LbTab")) == "012");
}

TEST_CASE("an anonymous employee without a BSN is reported without SofiNr", "[export][loonaangifte][anonymous]") {
  auto people = example_employees();
  people[0].identified = false;
  people[0].bsn.clear();
  const std::string xml = loonaangifte_xml(example_run("2026-03", people), filed());
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  CHECK_FALSE(first_ikv(doc).child("NatuurlijkPersoon").child("SofiNr"));
}

TEST_CASE("a public employer's return carries the Ufo premium wage and premium", "[export][loonaangifte][ufo]") {
  Employer er = example_employer();
  er.type = EmployerType::Public;
  const RunData run = example_run("2026-03", example_employees(), er);
  const std::string xml = loonaangifte_xml(run, filed());
  CHECK(xmllint_errors(xml, schema(), "loonaangifte-ufo") == "");
  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  const auto w = first_ikv(doc).child("Werknemersgegevens");
  CHECK(std::string(w.child_value("PrLnUfo")) == "2047.64");
  CHECK(std::string(w.child_value("PrUFO")) == "13.92");
  // Collective: the Ufo premiums of the insured employees (E003 is past the AOW age: none).
  Money ufo, wage;
  for (const auto& re : run.employees) {
    ufo += re.payslip.ufo();
    if (const auto* l = re.payslip.line(LineCode::Ufo)) wage += Money::exact(l->quantity->value);
  }
  const auto coll = doc.child("Loonaangifte").child("AdministratieveEenheid").child("TijdvakAangifte").child("VolledigeAangifte").child(
      "CollectieveAangifte");
  CHECK(std::string(coll.child_value("PrUFO")) == std::to_string(ufo.cents() / 100));
  CHECK(std::string(coll.child_value("PrLnUFO")) == std::to_string(wage.cents() / 100));
  // The journal books it with the other premiums and still balances.
  CHECK_NOTHROW(journal_lines(run, ChartOfAccounts::defaults()));
}

TEST_CASE("a private employer owes no Ufo", "[export][loonaangifte][ufo]") {
  const RunData run = example_run("2026-03");
  for (const auto& re : run.employees) CHECK(re.payslip.line(LineCode::Ufo) == nullptr);
  pugi::xml_document doc;
  REQUIRE(doc.load_string(loonaangifte_xml(run, filed()).c_str()));
  CHECK(std::string(first_ikv(doc).child("Werknemersgegevens").child_value("PrUFO")) == "0.00");
}
