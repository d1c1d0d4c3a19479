// SPDX-License-Identifier: EUPL-1.2
// Rule errors a program can act on: the code, the parameter, the date and (for a rules file)
// the document and line are members, not only text in the message.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/rule_book.hpp"

using namespace basisbaan;

namespace {

RuleBook book_of(const std::string& body) {
  return RuleBook::from_sources({{"test.xml", "<?xml version=\"1.0\"?>\n<rules area=\"t\" title=\"test\">\n" + body + "</rules>\n"}});
}

const std::string kHourly = R"(  <parameter name="wml.hourly" type="amount" unit="EUR/hour" source="Wml art. 8">
    <value from="2025-01-01" source="Stcrt. 2024">14.06</value>
  </parameter>
)";

template <typename F>
RuleError rule_error_of(F&& f) {
  try {
    f();
  } catch (const RuleError& e) {
    return e;
  }
  FAIL("no RuleError thrown");
  return RuleError("unreachable");
}

}  // namespace

TEST_CASE("a look-up before the first value says rule.no_value with the parameter and the date", "[rules][errors]") {
  const auto book = book_of(kHourly);
  const auto e = rule_error_of([&] { book.amount("wml.hourly", parse_date("2024-12-31")); });
  CHECK(e.code() == ErrorCode::RuleNoValue);
  CHECK(e.where().parameter == "wml.hourly");
  CHECK(e.where().date == parse_date("2024-12-31"));
}

TEST_CASE("an unknown parameter says rule.unknown_parameter with its name", "[rules][errors]") {
  const auto book = book_of(kHourly);
  const auto e = rule_error_of([&] { book.amount("wml.hourly_wage", parse_date("2025-01-01")); });
  CHECK(e.code() == ErrorCode::RuleUnknownParameter);
  CHECK(e.where().parameter == "wml.hourly_wage");
}

TEST_CASE("a parameter used as the wrong type says rule.wrong_type with its file and line", "[rules][errors]") {
  const auto book = book_of(kHourly);
  const auto e = rule_error_of([&] { book.rate("wml.hourly", parse_date("2025-01-01")); });
  CHECK(e.code() == ErrorCode::RuleWrongType);
  CHECK(e.where().parameter == "wml.hourly");
  CHECK(e.where().document == "test.xml");
  CHECK(e.where().line == 3);
}

TEST_CASE("a broken rules file says rule.invalid_file with the file and the line", "[rules][errors]") {
  const auto bad_element = rule_error_of([] { book_of("  <parametr name=\"a.b\" type=\"amount\" source=\"s\"/>\n"); });
  CHECK(bad_element.code() == ErrorCode::RuleInvalidFile);
  CHECK(bad_element.where().document == "test.xml");
  CHECK(bad_element.where().line == 3);
  const auto not_xml = rule_error_of([] { book_of("  <parameter\n"); });
  CHECK(not_xml.code() == ErrorCode::RuleInvalidFile);
  CHECK(not_xml.where().document == "test.xml");
  CHECK(not_xml.where().line);
  const auto no_dir = rule_error_of([] { RuleBook::load_directory("/nonexistent/rules"); });
  CHECK(no_dir.code() == ErrorCode::RuleInvalidFile);
  CHECK(no_dir.where().document == "/nonexistent/rules");
}
