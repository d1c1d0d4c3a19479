// SPDX-License-Identifier: EUPL-1.2
// Horizons (issue 11): a look-up past the last day a value is known to hold is a HorizonError,
// before the first value a BeforeRulesError; provisional books carry the value and record it;
// local layers add values with <extend>; the loader demands a horizon of every parameter once a
// set declares any, and reads older stored copies (no horizons at all) as before.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <thread>

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/rule_book.hpp"

using namespace basisbaan;

namespace {

Date d(const char* s) { return parse_date(s); }

std::string file(const std::string& rules_attrs, const std::string& body) {
  return "<?xml version=\"1.0\"?>\n<rules area=\"t\" title=\"test\"" + rules_attrs + ">\n" + body + "</rules>\n";
}

const std::string kBody = R"(  <parameter name="t.hourly" type="amount" source="law">
    <value from="2025-01-01" source="a">14.06</value>
    <value from="2026-07-01" source="b">14.99</value>
  </parameter>
  <parameter name="t.rate" type="percentage" known_until="open" source="law">
    <value from="2024-01-01">8</value>
  </parameter>
)";

RuleBook book() { return RuleBook::from_sources({{"t.xml", file(" known_until=\"2026-12-31\"", kBody)}}); }

}  // namespace

TEST_CASE("horizon: a value holds up to its horizon, not a day longer", "[rules][horizon]") {
  const auto b = book();
  CHECK(b.amount("t.hourly", d("2026-12-31")).str() == "14.99");
  CHECK(b.parameter("t.hourly").known_until == d("2026-12-31"));
  CHECK_FALSE(b.parameter("t.rate").known_until.has_value());
  CHECK(horizon_text(b.parameter("t.rate")) == "open");
  CHECK(b.rate("t.rate", d("2090-01-01")).percent().str() == "8");  // open: no horizon
  try {
    (void)b.amount("t.hourly", d("2027-01-01"));
    FAIL("expected a HorizonError");
  } catch (const HorizonError& e) {
    CHECK(e.parameter() == "t.hourly");
    CHECK(e.date() == d("2027-01-01"));
    CHECK(e.horizon() == d("2026-12-31"));
    const std::string m = e.what();
    CHECK(m.find("t.hourly is known only until 2026-12-31 (t.xml:2)") != std::string::npos);
    CHECK(m.find("2027-01-01") != std::string::npos);
    CHECK(m.find("local rules directory") != std::string::npos);
  }
}

TEST_CASE("horizon: before the first value the message says where the rules start", "[rules][horizon]") {
  const auto b = book();
  try {
    (void)b.amount("t.hourly", d("2022-01-31"));
    FAIL("expected a BeforeRulesError");
  } catch (const BeforeRulesError& e) {
    CHECK(e.parameter() == "t.hourly");
    CHECK(e.date() == d("2022-01-31"));
    CHECK(e.first() == d("2025-01-01"));
    CHECK_THAT(e.what(), Catch::Contains("the rules cover t.hourly from 2025-01-01") && Catch::Contains("2022-01-31"));
  }
}

TEST_CASE("horizon: a provisional book carries the value forward and records it", "[rules][horizon]") {
  auto b = book();
  CHECK(b.carried_forward().empty());
  b.set_options(RuleBookOptions{true});
  CHECK(b.amount("t.hourly", d("2026-12-31")).str() == "14.99");
  CHECK(b.carried_forward().empty());  // inside the horizon: nothing carried
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&b] {
      for (int k = 0; k < 100; ++k) (void)b.amount("t.hourly", d("2031-01-01"));
    });
  }
  for (auto& t : threads) t.join();
  CHECK(b.amount("t.hourly", d("2031-01-01")).str() == "14.99");
  CHECK(b.carried_forward() == std::vector<std::string>{"t.hourly"});
  // Switching provisional on again starts an empty record.
  b.set_options(RuleBookOptions{true});
  CHECK(b.carried_forward().empty());
  b.set_options(RuleBookOptions{});
  CHECK_THROWS_AS(b.amount("t.hourly", d("2031-01-01")), HorizonError);
}

TEST_CASE("horizon: once a set declares one every parameter needs one", "[rules][horizon][errors]") {
  const std::string body = R"(  <parameter name="t.a" type="integer" known_until="2026-12-31" source="x"><value from="2024-01-01">1</value></parameter>
  <parameter name="t.b" type="integer" source="x"><value from="2024-01-01">2</value></parameter>
)";
  CHECK_THROWS_WITH(RuleBook::from_sources({{"t.xml", file("", body)}}),
                    Catch::Contains("t.xml:4: parameter t.b: says nothing about how far its latest value is known to hold"));
  // A set without any horizon (a rules copy stored before horizons existed) reads as before,
  // with the same fingerprint as without the horizon feature.
  const auto legacy = RuleBook::from_sources({{"t.xml", file("", kBody.substr(0, kBody.find("  <parameter name=\"t.rate\"")))}});
  CHECK(legacy.amount("t.hourly", d("2040-01-01")).str() == "14.99");
  CHECK(legacy.canonical_text().find("known_until") == std::string::npos);
}

TEST_CASE("horizon: bad horizons are named with file and line", "[rules][horizon][errors]") {
  CHECK_THROWS_WITH(RuleBook::from_sources({{"t.xml", file(" known_until=\"someday\"", kBody)}}),
                    Catch::Contains("t.xml:2: rules file: known_until must be a date YYYY-MM-DD"));
  CHECK_THROWS_WITH(RuleBook::from_sources({{"t.xml", file(" known_until=\"2026-06-30\"", kBody)}}),
                    Catch::Contains("parameter t.hourly: known_until 2026-06-30 is before its latest value, from 2026-07-01"));
}

TEST_CASE("horizon: the bundled rules declare a horizon for every parameter", "[rules][horizon]") {
  const auto b = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  for (const Parameter* p : b.parameters()) {
    INFO(p->name);
    CHECK_FALSE(p->horizon_file.empty());
  }
  CHECK(b.parameter("wml.hourly").known_until == d("2026-12-31"));
  CHECK(b.parameter("wage_tax.brackets.below_aow").known_until == d("2026-12-31"));
  CHECK_FALSE(b.parameter("wml.holiday_allowance_percentage").known_until.has_value());
  CHECK_THROWS_AS(b.amount("wml.hourly", d("2031-01-01")), HorizonError);
}

TEST_CASE("layers: a local file adds values with their sources and moves the horizon", "[rules][horizon][layers]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "basisbaan_horizon_layers_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "bundled");
  fs::create_directories(dir / "local");
  std::ofstream(dir / "bundled" / "t.xml") << file(" known_until=\"2026-12-31\"", kBody);
  std::ofstream(dir / "local" / "t2027.xml") << file(" known_until=\"2027-12-31\"", R"(  <extend name="t.hourly">
    <value from="2027-01-01" source="Stcrt. 2026, 1">15.20</value>
  </extend>
  <parameter name="t.new" type="integer" source="x"><value from="2027-01-01">3</value></parameter>
)");
  const auto bundled = RuleBook::load_layers({dir / "bundled"});
  const auto layered = RuleBook::load_layers({dir / "bundled", dir / "local"});
  CHECK(layered.amount("t.hourly", d("2027-03-01")).str() == "15.20");
  CHECK(layered.amount("t.hourly", d("2026-12-01")).str() == "14.99");
  CHECK(layered.parameter("t.hourly").known_until == d("2027-12-31"));
  CHECK(layered.value_at("t.hourly", d("2027-03-01")).file == "local/t2027.xml");
  CHECK(layered.value_at("t.hourly", d("2026-12-01")).file == "t.xml");
  CHECK(layered.integer("t.new", d("2027-06-01")) == 3);
  CHECK(layered.fingerprint() != bundled.fingerprint());
  CHECK_THROWS_AS(layered.amount("t.hourly", d("2028-01-01")), HorizonError);
  // The stored copy (sources()) rebuilds the same layered set.
  CHECK(RuleBook::from_sources(layered.sources()).fingerprint() == layered.fingerprint());

  // A value for a date that already has one, or an unknown parameter, is an error naming both.
  std::ofstream(dir / "local" / "t2027.xml") << file(" known_until=\"2027-12-31\"", R"(  <extend name="t.hourly">
    <value from="2026-07-01" source="x">15.00</value>
  </extend>
)");
  CHECK_THROWS_WITH(RuleBook::load_layers({dir / "bundled", dir / "local"}),
                    Catch::Contains("local/t2027.xml:4: extend t.hourly, value from 2026-07-01: the parameter already has a value from that date (t.xml:5)"));
  std::ofstream(dir / "local" / "t2027.xml") << file(" known_until=\"2027-12-31\"", R"(  <extend name="t.nothing">
    <value from="2027-01-01" source="x">1</value>
  </extend>
)");
  CHECK_THROWS_WITH(RuleBook::load_layers({dir / "bundled", dir / "local"}),
                    Catch::Contains("local/t2027.xml:3: extend t.nothing: no rules file defines the parameter t.nothing"));
  fs::remove_all(dir);
}
