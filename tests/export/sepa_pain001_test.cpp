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
  const std::string xml = sepa_pain001_xml(run, {parse_date("2026-04-24"), std::nullopt, std::nullopt});
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

TEST_CASE("an execution date before the paid period is refused and one long after it is warned about", "[export][sepa]") {
  const PayPeriod april = PayPeriod::parse("2026-04");
  // In the period (the 24th, the last day) and up to a week after its last day: no remark.
  for (const char* d : {"2026-04-01", "2026-04-24", "2026-04-30", "2026-05-07"}) {
    INFO(d);
    CHECK_FALSE(sepa_execution_date_problem(april, parse_date(d)));
    CHECK_FALSE(sepa_execution_date_warning(april, parse_date(d)));
  }
  // Before the period: a year typed wrong (clerk's review F15), or the day before it.
  for (const char* d : {"2025-01-01", "2026-03-31"}) {
    INFO(d);
    const auto m = sepa_execution_date_problem(april, parse_date(d));
    REQUIRE(m);
    CHECK(*m == "execution date " + std::string(d) + " is before period 2026-04 (2026-04-01 … 2026-04-30): its wages are paid on a "
                "day in the period or after it, and a bank refuses an execution date in the past");
  }
  // More than seven days after the period's last day: the wettelijke verhoging (art. 7:625 BW).
  const auto w = sepa_execution_date_warning(april, parse_date("2026-05-08"));
  REQUIRE(w);
  CHECK(*w == "execution date 2026-05-08 is 8 days after the last day of period 2026-04 (2026-04-30, the pay date on the "
              "payslips): unless a later day was agreed in writing (art. 7:623 lid 2 BW) the wages are paid late and the "
              "employees are owed the wettelijke verhoging (art. 7:625 BW)");
  // A week period: the same rule from its own first and last day.
  const PayPeriod week = PayPeriod::parse("2026-w12");
  CHECK(sepa_execution_date_problem(week, add_days(week.start(), -1)));
  CHECK_FALSE(sepa_execution_date_problem(week, week.start()));
  CHECK_FALSE(sepa_execution_date_warning(week, add_days(week.end(), kSepaLatePaymentDays)));
  CHECK(sepa_execution_date_warning(week, add_days(week.end(), kSepaLatePaymentDays + 1)));
  // The document itself refuses a date before the period, naming it.
  CHECK_THROWS_WITH(sepa_pain001_xml(example_run("2026-03"), {parse_date("2025-03-25"), std::nullopt, std::nullopt}),
                    Catch::StartsWith("period 2026-03: execution date 2025-03-25 is before period 2026-03"));
}

TEST_CASE("SEPA text keeps the EPC character set", "[export][sepa]") {
  CHECK(sepa_text("Zoë & Jürgen <b>", 70) == "Zoe . Jurgen .b.");
  CHECK(sepa_text("abcdef", 3) == "abc");
}
