// SPDX-License-Identifier: EUPL-1.2
// Loonheffing on a period wage: worked examples from the official 2026 monthly table with their
// page numbers, the edges (zero wage, bracket and credit boundaries, the highest table wage,
// AOW age) and bad input.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/wage_tax.hpp"

using namespace basisbaan;

namespace {

const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

WageTaxResult month(const char* year_date, const char* wage, bool credit = true, TaxGroup g = TaxGroup::BelowAow,
                    bool single = false) {
  return wage_tax(rules(), parse_date(year_date), PeriodKind::Month, g, {Money::parse(wage), credit, single});
}

}  // namespace

TEST_CASE("2026 monthly examples equal the printed white table (wit_mnd_nl_std_20260101.pdf)", "[wage_tax]") {
  // Source: Belastingdienst, Witte tabel maandloon 2026, Nederland, standaard
  // (download.belastingdienst.nl/belastingdienst/dl/rekenhulpen/loonheffing/2026/v01/pdf/wit_mnd_nl_std_20260101.pdf),
  // rows and pages as checked in the LiquidHR oracle (nl2026-expected.json).
  SECTION("€ 500,00: row 499,50, page 3 — credits capped at the tax") {
    const auto r = month("2026-01-01", "500.00");
    CHECK(r.annual_table_wage.str() == "5994.00");
    CHECK(r.tax_before_credits.str() == "2142.00");
    CHECK(r.algemene_heffingskorting.str() == "2142.00");
    CHECK(r.arbeidskorting.str() == "0.00");
    CHECK(r.wage_tax.str() == "0.00");
  }
  SECTION("€ 1.000,00: row 999,00, page 6") {
    const auto r = month("2026-01-01", "1000.00");
    CHECK(r.annual_table_wage.str() == "11988.00");
    CHECK(r.tax_before_credits.str() == "4285.00");
    CHECK(r.arbeidskorting.str() == "1004.00");
    CHECK(r.wage_tax.str() == "13.83");
    CHECK(r.arbeidskorting_per_period.str() == "83.67");
  }
  SECTION("€ 2.478,00 and € 2.479,50 straddle a table step (page 15)") {
    CHECK(month("2026-01-01", "2477.99").wage_tax.str() == "177.17");
    CHECK(month("2026-01-01", "2479.49").wage_tax.str() == "177.17");
    const auto r = month("2026-01-01", "2479.50");
    CHECK(r.annual_table_wage.str() == "29754.00");
    CHECK(r.algemene_heffingskorting.str() == "3114.00");  // just past the AHK phase-out start 29.736
    CHECK(r.wage_tax.str() == "178.83");
  }
  SECTION("€ 3.000,00: row 2.997,00, page 18") { CHECK(month("2026-01-01", "3000.00").wage_tax.str() == "386.83"); }
  SECTION("€ 4.000,00 with and without loonheffingskorting (page 24)") {
    CHECK(month("2026-01-01", "4000.00").wage_tax.str() == "818.67");
    CHECK(month("2026-01-01", "4000.00", false).wage_tax.str() == "1442.17");
    CHECK(month("2026-01-01", "4000.50").wage_tax.str() == "820.92");
  }
  SECTION("€ 6.538,50: the algemene heffingskorting has run out (page 40)") {
    CHECK(month("2026-01-01", "6535.49").algemene_heffingskorting.str() == "1.00");
    const auto r = month("2026-01-01", "6538.50");
    CHECK(r.algemene_heffingskorting.str() == "0.00");
    CHECK(r.wage_tax.str() == "2101.92");
    CHECK(r.arbeidskorting_per_period.str() == "295.50");
  }
  SECTION("€ 9.000,00 (page 55)") { CHECK(month("2026-01-01", "9000.00").wage_tax.str() == "3480.67"); }
}

TEST_CASE("2026 AOW age, born from 1946: ouderenkorting and the alleenstaande-ouderenkorting", "[wage_tax]") {
  // Witte maandtabel 2026, AOW columns (excl. AOK), table wage 4.000,50: 863,83 without credit,
  // 405,33 with; L 48.006: X1 10.366, AHK 973, ARK 2.762, OUK 1.767; incl. AOK 540: 360,33.
  const auto g = TaxGroup::AowBornFrom1946;
  CHECK(month("2026-01-01", "4000.50", false, g).wage_tax.str() == "863.83");
  const auto r = month("2026-01-01", "4000.50", true, g);
  CHECK(r.tax_before_credits.str() == "10366.00");
  CHECK(r.algemene_heffingskorting.str() == "973.00");
  CHECK(r.arbeidskorting.str() == "2762.00");
  CHECK(r.ouderenkorting.str() == "1767.00");
  CHECK(r.wage_tax.str() == "405.33");
  CHECK(month("2026-01-01", "4000.50", true, g, true).wage_tax.str() == "360.33");
}

TEST_CASE("a zero wage gives zero tax", "[wage_tax]") {
  for (const char* y : {"2024-01-01", "2025-01-01", "2026-01-01"}) {
    CHECK(month(y, "0.00").wage_tax.str() == "0.00");
    CHECK(month(y, "0.00", false).wage_tax.str() == "0.00");
  }
}

TEST_CASE("above the highest table wage the top rate applies to the excess", "[wage_tax]") {
  // 2026: Lmax 133.110 = € 11.092,50 a month. Tax at Lmax: X1 = (133.110 − 78.426) × 49,50 % + 28.752
  // = 55.820,58 → 55.820; no credits at Lmax; / 12 = 4.651,67. A wage of € 12.092,50 adds
  // 1.000 × 49,50 % = 495,00.
  const auto at = month("2026-01-01", "11092.50");
  CHECK(at.wage_tax.str() == "4651.67");
  const auto above = month("2026-01-01", "12092.50");
  CHECK(above.above_table);
  CHECK(above.wage_tax.str() == "5146.67");
}

TEST_CASE("four-weekly and weekly periods use their own period factor", "[wage_tax]") {
  // Annualised with F = 13 and 52 (Rekenvoorschriften tabel 1b); same annual table wage, same
  // annual tax as the monthly table for a wage that annualises to the same amount.
  const auto m = month("2026-01-01", "3000.00");
  const auto w = wage_tax(rules(), parse_date("2026-01-01"), PeriodKind::Week, TaxGroup::BelowAow,
                          {Money::parse("692.31"), true, false});
  CHECK(w.annual_table_wage == m.annual_table_wage);  // 692,31 × 52 = 36.000,12 → 35.964
  CHECK(w.annual_tax == m.annual_tax);
  CHECK(w.wage_tax.str() == "89.27");  // 4.642 / 52 = 89,269 → 89,27
}

TEST_CASE("bad input: a negative wage, a year period, a date before the rules", "[wage_tax]") {
  CHECK_THROWS_WITH(month("2026-01-01", "-1.00"), Catch::Contains("wage") && Catch::Contains("0 or more"));
  CHECK_THROWS_WITH(wage_tax(rules(), parse_date("2026-01-01"), PeriodKind::Year, TaxGroup::BelowAow, {}),
                    Catch::Contains("no year period"));
  CHECK_THROWS_WITH(month("2019-01-01", "1000.00"), Catch::Contains("no value for 2019-01-01"));
}

TEST_CASE("the wage tax explains itself with rules and sources", "[wage_tax]") {
  Trace trace("loonheffing");
  wage_tax(rules(), parse_date("2026-01-01"), PeriodKind::Month, TaxGroup::BelowAow,
           {Money::parse("2500.00"), true, false}, &trace);
  const auto text = trace.to_text();
  CHECK_THAT(text, Catch::Contains("wage_tax.brackets.below_aow"));
  CHECK_THAT(text, Catch::Contains("arbeidskorting (annual)"));
  CHECK_THAT(text, Catch::Contains("rounded down to whole euros"));
}

TEST_CASE("the AOW columns apply from the first day of the month the AOW age is reached", "[wage_tax]") {
  // Born 1959-03-15: AOW age 67 (AOW art. 7a, 2026) reached on 2026-03-15; AOW columns from 2026-03-01.
  const Date birth = parse_date("1959-03-15");
  CHECK(to_string(aow_date(rules(), birth)) == "2026-03-15");
  CHECK(tax_group_on(rules(), birth, parse_date("2026-02-28")) == TaxGroup::BelowAow);
  CHECK(tax_group_on(rules(), birth, parse_date("2026-03-01")) == TaxGroup::AowBornFrom1946);
  CHECK(tax_group_on(rules(), parse_date("1990-06-01"), parse_date("2026-03-01")) == TaxGroup::BelowAow);
  // Born 1961-01-01: 67 would be reached on 2028-01-01, but the AOW age in 2028 is 67 and 3 months.
  CHECK(to_string(aow_date(rules(), parse_date("1961-01-01"))) == "2028-04-01");
}

TEST_CASE("an AOW age not yet fixed: below it until the last fixed age, an error only after", "[wage_tax]") {
  // rules/aow.xml fixes the AOW age up to 2031 (67 years and 3 months, AOW art. 7a). Born
  // 1964-09-30: 67y3m is reached on 2031-12-30, in 2031 → fixed.
  CHECK(to_string(aow_date(rules(), parse_date("1964-09-30"))) == "2031-12-30");
  // Born 1965-01-15: 67y3m would be 2032-04-15, after 2031 — the AOW age of 2032 is not fixed yet.
  // It cannot be lower than 67y3m (art. 7a lid 2 only raises it), so the AOW date is not before
  // 2032-04-15 and every payment before April 2032 is below the AOW age.
  const Date born = parse_date("1965-01-15");
  CHECK_FALSE(fixed_aow_date(rules(), born).has_value());
  CHECK(to_string(earliest_aow_date(rules(), born)) == "2032-04-15");
  CHECK(tax_group_on(rules(), born, parse_date("2026-03-25")) == TaxGroup::BelowAow);
  CHECK(tax_group_on(rules(), born, parse_date("2032-03-31")) == TaxGroup::BelowAow);
  CHECK_FALSE(aow_age_reached(rules(), born, parse_date("2032-04-14")));
  CHECK_THROWS_WITH(tax_group_on(rules(), born, parse_date("2032-04-01")),
                    Catch::Contains("not fixed yet") && Catch::Contains("2031") && Catch::Contains("rules/aow.xml"));
  CHECK_THROWS_WITH(aow_age_reached(rules(), born, parse_date("2032-04-15")), Catch::Contains("not fixed yet"));
}
