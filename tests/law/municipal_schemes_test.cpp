// SPDX-License-Identifier: EUPL-1.2
// Municipal minima schemes: Groningen and Rotterdam from their rules files, and a test
// municipality ("Teststad", an in-memory rules file) that proves the cliff logic and that adding
// a municipality is adding a file. Thresholds are % of the bijstand norm (docs/research/income.md 8).

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/municipal_schemes.hpp"

using namespace basisbaan;

namespace {
const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// The real bijstand rules plus a municipality with an energietoeslag of 500 in 2025 up to 120 %,
// 250 between 120 % and 130 %, and kwijtschelding at 100 % with real (made-up, confirmed) tariffs.
const RuleBook& teststad() {
  static const RuleBook book = RuleBook::from_sources({
      {"bijstand.xml", read(std::string(BASISBAAN_TEST_RULES_DIR) + "/bijstand.xml")},
      {"municipalities/teststad.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<rules area="municipality" title="Teststad" known_until="open">
  <parameter name="municipality.teststad.display_name" type="text" source="test">
    <value from="2024-01-01">Teststad</value>
  </parameter>
  <parameter name="municipality.teststad.energietoeslag.amount" type="amount" source="test">
    <value from="2024-01-01">0</value>
    <value from="2025-01-01">500</value>
  </parameter>
  <parameter name="municipality.teststad.energietoeslag.threshold_percentage" type="percentage" source="test">
    <value from="2024-01-01">120</value>
  </parameter>
  <parameter name="municipality.teststad.energietoeslag.partial_amount" type="amount" source="test">
    <value from="2024-01-01">250</value>
  </parameter>
  <parameter name="municipality.teststad.energietoeslag.partial_threshold_percentage" type="percentage" source="test">
    <value from="2024-01-01">130</value>
  </parameter>
  <parameter name="municipality.teststad.energietoeslag.min_age" type="integer" source="test">
    <value from="2024-01-01">21</value>
  </parameter>
  <parameter name="municipality.teststad.kwijtschelding.norm_percentage" type="percentage" source="test">
    <value from="2024-01-01">100</value>
  </parameter>
  <parameter name="municipality.teststad.kwijtschelding.afvalstoffenheffing" type="table" source="test">
    <column name="from_persons" type="integer"/>
    <column name="amount" type="amount"/>
    <value from="2024-01-01">
      <row from_persons="1" amount="300"/>
      <row from_persons="2" amount="400"/>
    </value>
  </parameter>
</rules>
)"},
  });
  return book;
}

MunicipalFacts facts(const char* municipality, const char* on, const char* income,
                     BijstandHousehold h = BijstandHousehold::Single) {
  MunicipalFacts f;
  f.municipality = municipality;
  f.on = parse_date(on);
  f.household = h;
  f.net_income_per_month = Money::parse(income);
  return f;
}
const MunicipalScheme& scheme(const MunicipalSchemes& m, const std::string& name) {
  for (const auto& s : m.schemes) {
    if (s.scheme == name) return s;
  }
  FAIL("no scheme " << name);
  throw std::logic_error("unreachable");
}
}  // namespace

TEST_CASE("the municipalities are the ones with a rules file", "[municipal]") {
  CHECK(known_municipalities(rules()) == std::vector<std::string>{"groningen", "rotterdam"});
  CHECK(known_municipalities(teststad()) == std::vector<std::string>{"teststad"});
}

TEST_CASE("an unknown municipality names the known ones", "[municipal]") {
  CHECK_THROWS_WITH(municipal_schemes(rules(), facts("Utrecht", "2025-03-01", "1300")),
                    Catch::Contains("unknown \"Utrecht\"") && Catch::Contains("groningen, rotterdam"));
  // Names are case-insensitive.
  CHECK(municipal_schemes(rules(), facts("Groningen", "2025-03-01", "1300")).municipality == "groningen");
}

TEST_CASE("the energietoeslag cliff: full, reduced, then nothing", "[municipal]") {
  // 2025-01 single norm 1345.45: 120 % = 1614.54, 130 % = 1749.085.
  auto at = [](const char* income) { return scheme(municipal_schemes(teststad(), facts("teststad", "2025-03-01", income)), "energietoeslag"); };
  CHECK(at("1614.54").amount_per_year.str() == "500.00");  // exactly at the limit: still eligible
  CHECK(at("1614.55").amount_per_year.str() == "250.00");  // one cent above: reduced band
  CHECK(at("1749.08").amount_per_year.str() == "250.00");
  const auto lost = at("1749.09");
  CHECK(!lost.eligible);
  CHECK(lost.amount_per_year.is_zero());
  CHECK(lost.value_per_year.str() == "500.00");
  CHECK(lost.threshold_per_month.str() == "1614.54");
  CHECK(lost.confirmed);
  // Under 21: not eligible whatever the income.
  auto young = facts("teststad", "2025-03-01", "1000");
  young.age = 20;
  CHECK(!scheme(municipal_schemes(teststad(), young), "energietoeslag").eligible);
  // 2024: amount 0 = no scheme that year.
  CHECK(!scheme(municipal_schemes(teststad(), facts("teststad", "2024-03-01", "1000")), "energietoeslag").in_rules);
}

TEST_CASE("kwijtschelding up to 100 % of the norm, by number of residents", "[municipal]") {
  auto f = facts("teststad", "2025-03-01", "1922.07", BijstandHousehold::Couple);
  f.persons = 2;
  const auto m = municipal_schemes(teststad(), f);
  CHECK(scheme(m, "kwijtschelding").amount_per_year.str() == "400.00");
  CHECK(m.total_per_year.str() == "900.00");  // energietoeslag 500 (couple norm × 120 %) + kwijtschelding 400
  // One cent above the kosten van bestaan (100 % of the couple norm 1922.07, 2025-01): the
  // betalingscapaciteit is 12 × 0.01 = 0.12 a year; 80 % of it (URI art. 11, the default when the
  // municipality sets no capacity_percentage) = 0.096 is paid first: 400 − 0.096 = 399.904,
  // waived rounded down to the cent: 399.90.
  f.net_income_per_month = Money::parse("1922.08");
  CHECK(scheme(municipal_schemes(teststad(), f), "kwijtschelding").amount_per_year.str() == "399.90");
  // € 20 a month above: capacity 12 × 20 = 240, 80 % = 192; kwijtschelding 400 − 192 = 208.00.
  f.net_income_per_month = Money::parse("1942.07");
  CHECK(scheme(municipal_schemes(teststad(), f), "kwijtschelding").amount_per_year.str() == "208.00");
  // € 50 a month above: capacity 600, 80 % = 480 ≥ 400: nothing is waived.
  f.net_income_per_month = Money::parse("1972.07");
  const auto none = municipal_schemes(teststad(), f);
  CHECK(!scheme(none, "kwijtschelding").eligible);
  CHECK(scheme(none, "kwijtschelding").amount_per_year.is_zero());
}

TEST_CASE("Rotterdam waives at most 76.5 % of the afvalstoffenheffing", "[municipal]") {
  // Couple with one child (3 persons), 2026, income at the couple norm 2002.13 (2026-01): no
  // payment capacity. Afvalstoffenheffing for 3 or more persons 437.30 (rotterdam.nl, 2024
  // tariffs, continued); Rotterdam waives 76.5 %: 437.30 × 0.765 = 334.5345, rounded down 334.53
  // (the same 334,53 as on rotterdam.nl/kwijtschelding-afvalstoffenheffing-aanvragen).
  auto f = facts("rotterdam", "2026-01-01", "2002.13", BijstandHousehold::Couple);
  f.persons = 3;
  const auto m = municipal_schemes(rules(), f);
  const auto& k = scheme(m, "kwijtschelding");
  CHECK(k.eligible);
  CHECK(k.value_per_year.str() == "334.53");
  CHECK(k.amount_per_year.str() == "334.53");
  CHECK(!k.confirmed);  // the 2024 tariffs continue into 2026
  // One person: 337.10 × 0.765 = 257.8815 → 257.88.
  auto single = facts("rotterdam", "2026-01-01", "1401.50");
  CHECK(scheme(municipal_schemes(rules(), single), "kwijtschelding").amount_per_year.str() == "257.88");
  // The 2023 tariffs are the verordening's (CVDR683785): 2 persons 354.60 × 0.765 = 271.269 → 271.26.
  auto y2023 = facts("rotterdam", "2023-03-01", "1000", BijstandHousehold::Couple);
  y2023.persons = 2;
  CHECK(scheme(municipal_schemes(rules(), y2023), "kwijtschelding").amount_per_year.str() == "271.26");
}

TEST_CASE("Groningen 2025: placeholder values are surfaced, never silently zero", "[municipal]") {
  const auto m = municipal_schemes(rules(), facts("groningen", "2025-03-01", "1345.45"));
  CHECK(m.display_name == "Groningen");
  CHECK(m.norm.per_month.str() == "1345.45");
  CHECK(!m.confirmed);
  // No energietoeslag after 2023 (amount 0, unconfirmed): not a scheme this year, and flagged.
  const auto& e = scheme(m, "energietoeslag");
  CHECK(!e.in_rules);
  CHECK(!e.confirmed);
  // Kwijtschelding: full at bijstand level (NBK norm 100 % of the bijstand norm, no payment
  // capacity): the afvalstoffenheffing for one person, 310.90 (2024, derived from secondary
  // sources and continued into 2025: unconfirmed, but a value, not a placeholder).
  const auto& k = scheme(m, "kwijtschelding");
  CHECK(k.eligible);
  CHECK(!k.confirmed);
  CHECK(k.amount_per_year.str() == "310.90");
  // 2023 still has the placeholder 0, and says so.
  const auto m2023 = municipal_schemes(rules(), facts("groningen", "2023-03-01", "1000"));
  const auto& k2023 = scheme(m2023, "kwijtschelding");
  bool placeholder_noted = false;
  for (const auto& n : k2023.notes) placeholder_noted = placeholder_noted || n.find("placeholder") != std::string::npos;
  CHECK(placeholder_noted);
  // A couple in 2023 (2 persons): the afvalstoffenheffing for 2 or more persons, 374,52 (VEH 2023
  // via oogtv.nl, unconfirmed); 2023 is the year the council waived it in full for every
  // household on a minimum income (gemeenteraad.groningen.nl, 2022-11-16): income 1000 is below
  // the couple norm, no payment capacity, kwijtschelding 100 % × 374.52 = 374.52.
  auto couple2023 = facts("groningen", "2023-03-01", "1000", BijstandHousehold::Couple);
  couple2023.persons = 2;
  const auto m_couple2023 = municipal_schemes(rules(), couple2023);
  const auto& kc = scheme(m_couple2023, "kwijtschelding");
  CHECK(kc.eligible);
  CHECK(kc.amount_per_year.str() == "374.52");
  // In 2022 full kwijtschelding came only after three years on a minimum income (council
  // decision of 2020): the 100 % is flagged as unconfirmed with that reason.
  auto couple2022 = couple2023;
  couple2022.on = parse_date("2022-03-01");
  bool three_years_noted = false;
  const auto m_couple2022 = municipal_schemes(rules(), couple2022);
  for (const auto& n : scheme(m_couple2022, "kwijtschelding").notes) {
    three_years_noted = three_years_noted || n.find("three years") != std::string::npos;
  }
  CHECK(three_years_noted);
  // IIT (2016 rules, unconfirmed): 100 % of the norm for 60 months; value 378 for a single person.
  const auto& iit = scheme(m, "individuele_inkomenstoeslag");
  CHECK(iit.value_per_year.str() == "378.00");
  CHECK(!iit.eligible);  // 0 months of low income given
  auto long_term = facts("groningen", "2025-03-01", "1345.45");
  long_term.low_income_months = 60;
  CHECK(scheme(municipal_schemes(rules(), long_term), "individuele_inkomenstoeslag").amount_per_year.str() == "378.00");
  // A job with net 1700 a month: above 100 % and 120 % — IIT, kwijtschelding and minimaregelingen lost.
  auto job = long_term;
  job.net_income_per_month = Money::parse("1700");
  const auto w = municipal_schemes(rules(), job);
  CHECK(!scheme(w, "individuele_inkomenstoeslag").eligible);
  CHECK(!scheme(w, "kwijtschelding").eligible);
  CHECK(!scheme(w, "minimaregelingen").eligible);
  CHECK(w.total_per_year.is_zero());
}

TEST_CASE("Rotterdam's IIT exists only from its verordening of July 2025", "[municipal]") {
  // Rules (rules/municipalities/rotterdam.xml, 2025-07-01, unconfirmed: jou-nieuwsblad.nl
  // 2025-07-08 and waterkant.net 2025-11-26): a low income for more than 12 months, limit 130 %
  // of the applicable norm; single 200, single parent 300, couple 350, couple with children 450.
  auto f = facts("rotterdam", "2025-03-01", "1345.45");
  f.low_income_months = 12;
  CHECK(!scheme(municipal_schemes(rules(), f), "individuele_inkomenstoeslag").in_rules);
  f.on = parse_date("2025-08-01");
  // Single norm 2025-07 1369.06 (Pw art. 21 sub a); 130 % = 1779.778: 1779.77 is within.
  f.net_income_per_month = Money::parse("1779.77");
  const auto schemes = municipal_schemes(rules(), f);
  const auto& iit = scheme(schemes, "individuele_inkomenstoeslag");
  CHECK(iit.eligible);
  CHECK(iit.threshold_per_month.str() == "1779.77");
  CHECK(iit.amount_per_year.str() == "200.00");
  CHECK(!iit.confirmed);
  // One cent more is above the limit: the toeslag is lost.
  f.net_income_per_month = Money::parse("1779.78");
  CHECK(!scheme(municipal_schemes(rules(), f), "individuele_inkomenstoeslag").eligible);
  // 11 months of low income is not enough.
  f.net_income_per_month = Money::parse("1369.06");
  f.low_income_months = 11;
  CHECK(!scheme(municipal_schemes(rules(), f), "individuele_inkomenstoeslag").eligible);
  // A couple with children: couple norm 2025-07 1955.80 (art. 21 sub b); 130 % = 2542.54;
  // income 2500 is within: 450 a year.
  auto family = facts("rotterdam", "2025-08-01", "2500", BijstandHousehold::Couple);
  family.has_children = true;
  family.persons = 3;
  family.low_income_months = 12;
  const auto m_family = municipal_schemes(rules(), family);
  const auto& fam = scheme(m_family, "individuele_inkomenstoeslag");
  CHECK(fam.eligible);
  CHECK(fam.threshold_per_month.str() == "2542.54");
  CHECK(fam.amount_per_year.str() == "450.00");
  // Without children: 350.
  family.has_children = false;
  family.persons = 2;
  CHECK(scheme(municipal_schemes(rules(), family), "individuele_inkomenstoeslag").amount_per_year.str() == "350.00");
}

TEST_CASE("Rotterdam's kwijtschelding rules of 2023 are the verordening's", "[municipal]") {
  // Verordening kwijtschelding gemeentelijke belastingen 2023 (CVDR683786) art. 1: at most
  // 76,5 % of the afvalstoffenheffing, kosten van bestaan 100 % of the norm. Single 2023-07,
  // income 50.00 a month above the single norm N: capacity 12 × 50 = 600, 80 % = 480 (URI
  // art. 11, national minimum, unconfirmed); waivable 296.00 × 0.765 = 226.44 (CVDR683785
  // art. 4: one person 296,00); 226.44 − 480 < 0: no kwijtschelding. At the norm: 226.44.
  auto f = facts("rotterdam", "2023-08-01", "0");
  const auto at_norm = municipal_schemes(rules(), f);
  f.net_income_per_month = at_norm.norm.per_month;
  const auto m2023 = municipal_schemes(rules(), f);
  const auto& k = scheme(m2023, "kwijtschelding");
  CHECK(k.amount_per_year.str() == "226.44");
  CHECK(k.threshold_percentage == Rate::percent(Decimal(100)));
  f.net_income_per_month = at_norm.norm.per_month + Money::parse("50.00");
  CHECK(!scheme(municipal_schemes(rules(), f), "kwijtschelding").eligible);
  // Only the capacity percentage (national 80 %) is still unconfirmed in 2023.
  std::size_t unconfirmed = 0;
  for (const auto& n : k.notes) unconfirmed += n.rfind("UNCONFIRMED", 0) == 0 ? 1U : 0U;
  CHECK(unconfirmed == 1);
}

TEST_CASE("Rotterdam's Jeugdtegoed: per child by age, each age band with its own income limit", "[municipal]") {
  // rules/municipalities/rotterdam.xml, minimaregelingen.per_child (unconfirmed: the pass year
  // 2020-2021 as announced, persberichtenrotterdam.nl): 275 a year for a child aged 4-11 up to
  // 110 % of the norm, 500 for 12-17 up to 130 %; the age counts on 1 March, the first day of
  // the Rotterdampas year (rotterdam.nl/loket/jeugdtegoed). The household part of the other
  // schemes is still a placeholder 0, up to the common limit of 120 %.
  // Couple norm 2025-07 1955.80 (Pw art. 21 sub b): 110 % = 2151.38, 120 % = 2346.96,
  // 130 % = 2542.54.
  auto f = facts("rotterdam", "2025-08-01", "2151.38", BijstandHousehold::Couple);
  f.has_children = true;
  f.persons = 6;
  f.children_birth_dates = {parse_date("2012-05-10"),   // 12 on 2025-03-01: 500
                            parse_date("2017-06-01"),   // 7: 275
                            parse_date("2021-04-01"),   // 3 on 1 March (4 by August): nothing this pass year
                            parse_date("2007-02-01")};  // 18: nothing
  auto other = [&] { return scheme(municipal_schemes(rules(), f), "minimaregelingen"); };
  CHECK(other().amount_per_year.str() == "775.00");  // 500 + 275, at 110 % exactly
  CHECK(other().eligible);
  CHECK(!other().confirmed);
  f.net_income_per_month = Money::parse("2151.39");  // one cent above 110 %: the 7-year-old's 275 is lost
  CHECK(other().amount_per_year.str() == "500.00");
  f.net_income_per_month = Money::parse("2400.00");  // above the common 120 %, within 130 %
  const auto teen_only = other();
  CHECK(teen_only.amount_per_year.str() == "500.00");
  CHECK(teen_only.eligible);
  CHECK(std::find(teen_only.notes.begin(), teen_only.notes.end(),
                  "income above the common limit: the schemes other than per child are lost") != teen_only.notes.end());
  f.net_income_per_month = Money::parse("2542.55");  // above 130 %: everything lost
  CHECK(other().amount_per_year.str() == "0.00");
  CHECK(!other().eligible);
  // Before 1 March the pass year of the previous March counts: born 2013-02-20 is 11 on
  // 2024-03-01 (275), 12 on 2025-03-01 (500). Couple norm 2025-01 is below 2025-07's; an income
  // of 1000 is within every limit.
  f.net_income_per_month = Money::parse("1000.00");
  f.children_birth_dates = {parse_date("2013-02-20")};
  f.on = parse_date("2025-02-15");
  CHECK(other().amount_per_year.str() == "275.00");
  f.on = parse_date("2025-03-01");
  CHECK(other().amount_per_year.str() == "500.00");
  // Groningen has no per-child credits: children change nothing there.
  auto g = facts("groningen", "2025-08-01", "1000.00", BijstandHousehold::Couple);
  g.has_children = true;
  const Money without = scheme(municipal_schemes(rules(), g), "minimaregelingen").amount_per_year;
  g.children_birth_dates = {parse_date("2012-05-10")};
  CHECK(scheme(municipal_schemes(rules(), g), "minimaregelingen").amount_per_year == without);
}

TEST_CASE("municipal schemes reject bad input and explain themselves", "[municipal]") {
  auto f = facts("groningen", "2025-03-01", "-1");
  CHECK_THROWS_WITH(municipal_schemes(rules(), f), Catch::Contains("net income"));
  Trace trace("municipal schemes");
  municipal_schemes(rules(), facts("groningen", "2025-03-01", "1345.45"), &trace);
  CHECK_THAT(trace.to_text(), Catch::Contains("municipality.groningen.minimaregelingen.threshold_percentage = 120%"));
}
