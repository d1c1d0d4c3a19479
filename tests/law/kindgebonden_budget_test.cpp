// SPDX-License-Identifier: EUPL-1.2
// Kindgebonden budget (Wet op het kindgebonden budget art. 2) for 2025 and 2026: hand calculations
// from the law's amounts (no official worked example was found; docs/research/income.md section 6).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"

using namespace basisbaan;

namespace {
const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}
KgbChild aged(int age) { return KgbChild{std::nullopt, age}; }
KgbChild born(const char* d) { return KgbChild{parse_date(d), 0}; }
KindgebondenBudget single_parent(int year, const char* income, std::vector<KgbChild> children,
                                 const char* assets = "0") {
  return kindgebonden_budget(rules(), {year, Money::parse(income), std::nullopt, std::move(children), Money::parse(assets)});
}
KindgebondenBudget couple(int year, const char* income, const char* partner, std::vector<KgbChild> children) {
  return kindgebonden_budget(rules(), {year, Money::parse(income), Money::parse(partner), std::move(children), Money{}});
}
}  // namespace

TEST_CASE("single parent with one young child: the maximum up to the drempelinkomen", "[kgb]") {
  // Wkb 2025-01-01 art. 2 lid 2 and 6: 2511 per child + alleenstaande-ouderkop 3389 = 5900 a year,
  // for income up to the drempelinkomen 28.406 (also exactly at it); 5900 / 12 = 491.67 → 491 a month.
  const auto k = single_parent(2025, "28406", {aged(5)});
  CHECK(k.payment.per_year.str() == "5900.00");
  CHECK(k.payment.per_month.str() == "491.00");
  CHECK(single_parent(2025, "0", {aged(5)}).payment.per_year.str() == "5900.00");
}

TEST_CASE("the kindgebonden budget is reduced above the drempelinkomen", "[kgb]") {
  // 2025: 5900 − 7.10 % × (35000 − 28406) = 5900 − 468.174 = 5431.826 → 5432.
  const auto a = single_parent(2025, "35000", {aged(5)});
  CHECK(a.reduction_per_year == Decimal::parse("468.174"));
  CHECK(a.payment.per_year.str() == "5432.00");
  // 2026: 2580 + 3416 − 7.60 % × (35000 − 29736) = 5996 − 400.064 = 5595.936 → 5596.
  CHECK(single_parent(2026, "35000", {aged(5)}).payment.per_year.str() == "5596.00");
  // 2026 couple, children 8 and 13, joint income 45.000: 2580 + (2580 + 724) = 5884;
  // threshold 29736 + 9405 = 39141; 5884 − 7.6 % × 5859 = 5438.716 → 5439.
  const auto c = couple(2026, "30000", "15000", {aged(8), aged(13)});
  CHECK(c.threshold_income.str() == "39141.00");
  CHECK(c.maximum_per_year == Decimal(5884));
  CHECK(c.payment.per_year.str() == "5439.00");
}

TEST_CASE("supplements for children of 12-15 and 16-17, and none from 18", "[kgb]") {
  // 2025 couple, low income: 2511 + (2511 + 703) + (2511 + 936) = 9172; a child of 18 does not count.
  const auto k = couple(2025, "20000", "0", {aged(5), aged(12), aged(16), aged(18)});
  CHECK(k.maximum_per_year == Decimal(9172));
  CHECK(k.payment.per_year.str() == "9172.00");
  CHECK(k.children_counted == 3);
  CHECK(!k.notes.empty());
}

TEST_CASE("a birthday counts from the month after it (Awir art. 5)", "[kgb]") {
  // 2025 single parent, low income, child turning 12 on 15 March 2025: January-March 2511 + 3389,
  // April-December + 703: (3 × 5900 + 9 × 6603) / 12 = 6427.25 → 6427.
  const auto k = single_parent(2025, "20000", {born("2013-03-15")});
  CHECK(k.maximum_per_year == Decimal::parse("6427.25"));
  CHECK(k.payment.per_year.str() == "6427.00");
  // A child born on 10 June 2025 counts from July: 6 × 5900 / 12 = 2950.
  CHECK(single_parent(2025, "20000", {born("2025-06-10")}).payment.per_year.str() == "2950.00");
  // Born on 1 July: from August (5 months): 5 × 5900 / 12 = 2458.33 → 2458.
  CHECK(single_parent(2025, "20000", {born("2025-07-01")}).payment.per_year.str() == "2458.00");
  // Turning 18 on 20 May 2025: counts January-May (aged 17: 2511 + 936 + 3389 = 6836): 5 × 6836 / 12 = 2848.33.
  CHECK(single_parent(2025, "20000", {born("2007-05-20")}).payment.per_year.str() == "2848.00");
}

TEST_CASE("the minimum payment of 24 euro a year", "[kgb]") {
  // 2025 single parent, one child: 5900 − 7.1 % × (Y − 28406) falls under 23.50 above Y = 111173.6.
  // Y = 111.173: 5900 − 5876.457 = 23.543 → 24, paid; Y = 111.174: 23.472 → 23, not paid.
  CHECK(single_parent(2025, "111173", {aged(5)}).payment.per_year.str() == "24.00");
  const auto none = single_parent(2025, "111174", {aged(5)});
  CHECK(none.payment.per_year.is_zero());
  CHECK(none.payment.below_payout_threshold);
}

TEST_CASE("the kindgebonden budget stops one euro above the asset limit", "[kgb]") {
  // Wkb art. 1 lid 4 (2025-01-01): 141.896 without partner.
  CHECK(single_parent(2025, "20000", {aged(5)}, "141896").payment.per_year.str() == "5900.00");
  const auto over = single_parent(2025, "20000", {aged(5)}, "141897");
  CHECK(over.assets_above_limit);
  CHECK(over.payment.per_year.is_zero());
}

TEST_CASE("no children, no kindgebonden budget and no alleenstaande-ouderkop", "[kgb]") {
  CHECK(single_parent(2025, "0", {}).payment.per_year.is_zero());
}

TEST_CASE("kindgebonden budget rejects bad input and explains itself", "[kgb]") {
  CHECK_THROWS_WITH(single_parent(2025, "-3", {aged(3)}), Catch::Contains("income"));
  CHECK_THROWS_WITH(single_parent(2025, "0", {aged(-1)}), Catch::Contains("child age"));
  Trace trace("kgb");
  kindgebonden_budget(rules(), {2025, Money::euros(35000), std::nullopt, {aged(5)}, Money{}}, &trace);
  const std::string text = trace.to_text();
  CHECK_THAT(text, Catch::Contains("kgb.single_parent_supplement = 3389"));
  CHECK_THAT(text, Catch::Contains("Wkb art. 2 lid 7"));
}

TEST_CASE("kindgebonden budget 2022 and 2023: an amount by the child's rank (Wkb art. 2 lid 2 before 2024)", "[kgb]") {
  // Wkb 2022-01-01 art. 2 lid 2: 1.220 for one child, 2.326 for two (1.106 for the second), 3.327
  // for three; + 251 for a child of 12-15. Couple, children 5 and 13, joint income 30.000 (under
  // 22.356 + 17.240 = 39.596): 1.220 + 1.106 + 251 = 2.577.
  CHECK(couple(2022, "30000", "0", {aged(5), aged(13)}).payment.per_year.str() == "2577.00");
  // Joint income 45.000: 2.577 − 6,75 % × (45.000 − 39.596) = 2.577 − 364,77 = 2.212,23 → 2.212.
  CHECK(couple(2022, "45000", "0", {aged(5), aged(13)}).payment.per_year.str() == "2212.00");
  // Wkb 2023-01-01 art. 2 lid 2 and 6: 1.653 first child + alleenstaande-ouderkop 3.848 = 5.501,
  // up to the drempelinkomen 25.070 (108 % × 12 × 1.934,40 = 25.069,82).
  CHECK(single_parent(2023, "25070", {aged(5)}).payment.per_year.str() == "5501.00");
  // Two children, 5 and 16: 1.653 + 1.532 + 476 (16-17, indexed, proefberekening) + 3.848 = 7.509;
  // income 30.000: 7.509 − 6,75 % × 4.930 = 7.509 − 332,775 = 7.176,225 → 7.176.
  const auto k = single_parent(2023, "30000", {aged(5), aged(16)});
  CHECK(k.payment.per_year.str() == "7176.00");
  CHECK(!k.unconfirmed.empty());  // the indexed 16-17 extra is not in the law text
}
