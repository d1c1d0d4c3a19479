// SPDX-License-Identifier: EUPL-1.2
// The salary payments as pain.001.001.03, validated against the ISO 20022 schema
// (schemas/iso20022/pain.001.001.03.xsd) with xmllint; the control sum and count checked by hand.

#include <catch2/catch.hpp>

#include <pugixml.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/sepa_pain001.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

namespace {
const SepaOptions kOptions{parse_date("2026-03-25"), std::nullopt, std::nullopt};
}

TEST_CASE("the salary payments validate against the ISO 20022 pain.001.001.03 schema", "[export][sepa]") {
  const RunData run = example_run("2026-03");
  const std::string xml = sepa_pain001_xml(run, kOptions);
  CHECK(xmllint_errors(xml, schemas_dir() / "iso20022" / "pain.001.001.03.xsd", "sepa") == "");

  pugi::xml_document doc;
  REQUIRE(doc.load_string(xml.c_str()));
  const auto init = doc.child("Document").child("CstmrCdtTrfInitn");
  // Control sum: the three net wages added by hand.
  Money sum;
  for (const auto& re : run.employees) sum += re.payslip.net;
  CHECK(std::string(init.child("GrpHdr").child_value("NbOfTxs")) == "3");
  CHECK(std::string(init.child("GrpHdr").child_value("CtrlSum")) == sum.str());
  const auto pmt = init.child("PmtInf");
  CHECK(std::string(pmt.child_value("CtrlSum")) == sum.str());
  CHECK(std::string(pmt.child("PmtTpInf").child("CtgyPurp").child_value("Cd")) == "SALA");
  CHECK(std::string(pmt.child_value("ReqdExctnDt")) == "2026-03-25");
  CHECK(std::string(pmt.child("DbtrAcct").child("Id").child_value("IBAN")) == "NL91ABNA0417164300");
  CHECK(std::string(pmt.child("DbtrAgt").child("FinInstnId").child_value("BIC")) == "ABNANL2A");
  // One transaction per employee; the end-to-end id leads back to the payslip.
  int i = 0;
  for (auto tx : pmt.children("CdtTrfTxInf")) {
    const auto& re = run.employees[static_cast<std::size_t>(i++)];
    CHECK(std::string(tx.child("PmtId").child_value("EndToEndId")) == "2026-03-" + re.employee.id);
    CHECK(std::string(tx.child("Amt").child_value("InstdAmt")) == re.payslip.net.str());
    CHECK(std::string(tx.child("CdtrAcct").child("Id").child_value("IBAN")) == re.employee.iban);
  }
  CHECK(i == 3);
  // Names in the SEPA character set.
  CHECK(xml.find("<Nm>A. Ozturk</Nm>") != std::string::npos);
  // Same input, same bytes.
  CHECK(sepa_pain001_xml(run, kOptions) == xml);
}

TEST_CASE("a positive net difference of a correction is paid as its own transaction", "[export][sepa]") {
  RunData run = example_run("2026-04");
  const RunData march = example_run("2026-03");
  CorrectionRun c{march.period, {march.employees[0]}, {march.employees[0]}, {}, {}};
  c.after[0].payslip.net += Money::from_cents(1234);
  run.corrections.push_back(c);
  const std::string xml = sepa_pain001_xml(run, kOptions);
  CHECK(xmllint_errors(xml, schemas_dir() / "iso20022" / "pain.001.001.03.xsd", "sepa-corr") == "");
  CHECK(xml.find("<EndToEndId>2026-04-E001-C2026-03</EndToEndId>") != std::string::npos);
  CHECK(xml.find("<InstdAmt Ccy=\"EUR\">12.34</InstdAmt>") != std::string::npos);
  CHECK(xml.find("<NbOfTxs>4</NbOfTxs>") != std::string::npos);
}

TEST_CASE("bad input for the salary payments names the employee or the field", "[export][sepa]") {
  SECTION("an employee without an IBAN") {
    auto people = example_employees();
    people[1].iban.clear();
    CHECK_THROWS_WITH(sepa_pain001_xml(example_run("2026-03", people), kOptions),
                      Catch::Contains("employee E002 (A. Öztürk), period 2026-03: no IBAN"));
  }
  SECTION("an invalid IBAN") {
    auto people = example_employees();
    people[0].iban = "NL21INGB0001234567";
    CHECK_THROWS_WITH(sepa_pain001_xml(example_run("2026-03", people), kOptions), Catch::Contains("employee E001") && Catch::Contains("not a valid IBAN"));
  }
  SECTION("an invalid BIC of the employer") {
    auto er = example_employer();
    er.bic = "ABN1NL2A";
    CHECK_THROWS_WITH(sepa_pain001_xml(example_run("2026-03", example_employees(), er), kOptions), Catch::Contains("BIC ABN1NL2A is not a valid BIC"));
  }
  SECTION("a run that is not closed") {
    RunData run = example_run("2026-03");
    run.closed = false;
    CHECK_THROWS_WITH(sepa_pain001_xml(run, kOptions), Catch::Contains("period 2026-03: the payroll run is not closed"));
  }
}

TEST_CASE("SEPA text keeps the EPC character set", "[export][sepa]") {
  CHECK(sepa_text("Zoë & Jürgen <b>", 70) == "Zoe . Jurgen .b.");
  CHECK(sepa_text("abcdef", 3) == "abc");
}
