// SPDX-License-Identifier: EUPL-1.2
// RuleBook: loading, look-ups by date, and one test per kind of error, each asserting that the
// message names the file and line (or the parameter and date) and says what was expected.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/rule_book.hpp"

using namespace basisbaan;

namespace {

RuleBook load(const std::string& body, const std::string& file = "test.xml") {
  return RuleBook::from_sources({{file, "<?xml version=\"1.0\"?>\n<rules area=\"t\" title=\"test\">\n" + body + "</rules>\n"}});
}

const std::string kGood = R"(  <parameter name="wml.hourly" type="amount" unit="EUR/hour" source="Wml art. 8">
    <value from="2025-01-01" source="Stcrt. 2024">14.06</value>
    <value from="2025-07-01" status="official">14.40</value>
  </parameter>
  <parameter name="t.brackets" type="table" source="RV tabel 2">
    <column name="from" type="amount"/>
    <column name="rate" type="percentage"/>
    <value from="2026-01-01">
      <row from="0" rate="35.75"/>
      <row from="38883" rate="37.56"/>
    </value>
  </parameter>
  <parameter name="t.days" type="integer" source="x"><value from="2024-01-01">261</value></parameter>
)";

Date d(const char* s) { return parse_date(s); }

}  // namespace

TEST_CASE("a value applies from its date until the next value's date", "[rules]") {
  const auto book = load(kGood);
  CHECK(book.amount("wml.hourly", d("2025-01-01")).str() == "14.06");
  CHECK(book.amount("wml.hourly", d("2025-06-30")).str() == "14.06");
  CHECK(book.amount("wml.hourly", d("2025-07-01")).str() == "14.40");
  CHECK(book.amount("wml.hourly", d("2030-01-01")).str() == "14.40");
  CHECK(book.integer("t.days", d("2025-01-01")) == 261);
  const Table& t = book.table("t.brackets", d("2026-05-01"));
  CHECK(t.size() == 2);
  CHECK(t.money(1, "from").str() == "38883.00");
  CHECK(t.rate(1, "rate").fraction().str() == "0.3756");
}

TEST_CASE("a look-up with a trace records the parameter, its date and its source", "[rules]") {
  const auto book = load(kGood);
  Trace trace("t");
  book.amount("wml.hourly", d("2025-03-01"), &trace);
  REQUIRE(trace.entries().size() == 1);
  CHECK(trace.entries()[0].name == "wml.hourly");
  CHECK(trace.entries()[0].value == "14.06");
  CHECK(trace.entries()[0].rule == "from 2025-01-01; Stcrt. 2024");
}

TEST_CASE("the fingerprint is stable and changes with any value", "[rules]") {
  const auto a = load(kGood);
  const auto b = load("<!-- a comment changes nothing -->\n" + kGood);
  CHECK(a.fingerprint() == b.fingerprint());
  CHECK(a.fingerprint().starts_with("sha256:"));
  std::string changed = kGood;
  changed.replace(changed.find("14.40"), 5, "14.41");
  CHECK(load(changed).fingerprint() != a.fingerprint());
}

TEST_CASE("error: a date before the first value names the parameter and the date", "[rules][errors]") {
  const auto book = load(kGood);
  CHECK_THROWS_WITH(book.amount("wml.hourly", d("2024-12-31")),
                    Catch::Contains("the rules cover wml.hourly from 2025-01-01") &&
                        Catch::Contains("no value for 2024-12-31") && Catch::Contains("test.xml:4"));
}

TEST_CASE("error: an unknown parameter is named, with near names", "[rules][errors]") {
  const auto book = load(kGood);
  CHECK_THROWS_WITH(book.amount("wml.hourly_wage", d("2025-01-01")),
                    Catch::Contains("unknown parameter \"wml.hourly_wage\"") && Catch::Contains("wml.hourly"));
}

TEST_CASE("error: a parameter used as the wrong type", "[rules][errors]") {
  const auto book = load(kGood);
  CHECK_THROWS_WITH(book.rate("wml.hourly", d("2025-01-01")),
                    Catch::Contains("test.xml:3") && Catch::Contains("is of type amount"));
}

TEST_CASE("error: missing source", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\">\n    <value from=\"2025-01-01\">1</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:3:") && Catch::Contains("needs the attribute \"source\""));
}

TEST_CASE("error: unknown element", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parametr name=\"a.b\" type=\"amount\" source=\"s\"/>\n"),
                    Catch::Contains("test.xml:3:") && Catch::Contains("unknown element <parametr>"));
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n    <vaule from=\"2025-01-01\">1</vaule>\n  </parameter>\n"),
                    Catch::Contains("test.xml:4:") && Catch::Contains("unknown element <vaule>"));
}

TEST_CASE("error: unknown attribute", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\" srouce=\"t\">\n    <value from=\"2025-01-01\">1</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:3:") && Catch::Contains("unknown attribute \"srouce\""));
}

TEST_CASE("error: unordered dates", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n"
                         "    <value from=\"2025-07-01\">1</value>\n"
                         "    <value from=\"2025-01-01\">2</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:5:") && Catch::Contains("strictly increasing") &&
                        Catch::Contains("line 4"));
}

TEST_CASE("error: overlapping dates (two values for one date)", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n"
                         "    <value from=\"2025-01-01\">1</value>\n"
                         "    <value from=\"2025-01-01\">2</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:5:") && Catch::Contains("two values for one date"));
}

TEST_CASE("error: malformed numbers", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n    <value from=\"2025-01-01\">14,06</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:4:") && Catch::Contains("\"14,06\""));
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n    <value from=\"2025-01-01\">14.065</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:4:") && Catch::Contains("at most two decimals"));
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"integer\" source=\"s\">\n    <value from=\"2025-01-01\">2.5</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:4:") && Catch::Contains("whole number"));
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n    <value from=\"2025-13-01\">1</value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:4:") && Catch::Contains("no such day"));
}

TEST_CASE("error: a table row that does not match the columns", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.t\" type=\"table\" source=\"s\">\n    <column name=\"from\" type=\"amount\"/>\n"
                         "    <value from=\"2025-01-01\">\n      <row form=\"1\"/>\n    </value>\n  </parameter>\n"),
                    Catch::Contains("test.xml:6:") && Catch::Contains("no cell for column \"from\""));
}

TEST_CASE("error: a parameter defined twice, in two files", "[rules][errors]") {
  const std::string p = "<rules area=\"t\" title=\"t\">\n<parameter name=\"a.b\" type=\"integer\" source=\"s\"><value from=\"2025-01-01\">1</value></parameter>\n</rules>\n";
  CHECK_THROWS_WITH(RuleBook::from_sources({{"one.xml", p}, {"two.xml", p}}),
                    Catch::Contains("two.xml:2:") && Catch::Contains("defined twice (also in one.xml:2)"));
}

TEST_CASE("error: XML that is not well-formed", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"amount\" source=\"s\">\n    <value from=\"2025-01-01\">1</value>\n"),
                    Catch::Contains("test.xml:") && Catch::Contains("not well-formed XML"));
}

TEST_CASE("error: an unknown type and a bad name", "[rules][errors]") {
  CHECK_THROWS_WITH(load("  <parameter name=\"a.b\" type=\"money\" source=\"s\"><value from=\"2025-01-01\">1</value></parameter>\n"),
                    Catch::Contains("test.xml:3:") && Catch::Contains("unknown type \"money\""));
  CHECK_THROWS_WITH(load("  <parameter name=\"A b\" type=\"amount\" source=\"s\"><value from=\"2025-01-01\">1</value></parameter>\n"),
                    Catch::Contains("test.xml:3:") && Catch::Contains("lowercase words joined by dots"));
}

TEST_CASE("the bundled rules load and every parameter has a source", "[rules]") {
  const auto book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  CHECK_FALSE(book.parameters().empty());
  for (const Parameter* p : book.parameters()) {
    INFO(p->name);
    CHECK_FALSE(p->source.empty());
  }
  CHECK(RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR).fingerprint() == book.fingerprint());
}
