// SPDX-License-Identifier: EUPL-1.2
// Kinderbijslag (AKW) per quarter by the child's age on the first day of the quarter. Amounts:
// SVB figures as quoted by secondary sources (rules/toeslagen.xml; all unconfirmed).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/kinderbijslag.hpp"

using namespace basisbaan;

namespace {
const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}
KinderbijslagChild aged(int a) { return {std::nullopt, a}; }
KinderbijslagChild born(const char* d) { return {parse_date(d), 0}; }
}  // namespace

TEST_CASE("kinderbijslag for children of fixed ages", "[kinderbijslag]") {
  // 2026 (slimgeldbeheer.nl quoting the SVB): 6-11 358.30, 12-17 421.53 a quarter: (358.30 + 421.53) × 4.
  const auto k = kinderbijslag(rules(), 2026, {aged(8), aged(13)});
  CHECK(k.per_year.str() == "3119.32");
  CHECK(k.quarters[2].amount.str() == "779.83");
  // 2025, age 5: 286.45 a quarter; the 2025-07 amounts are a placeholder and the result says so.
  const auto p = kinderbijslag(rules(), 2025, {aged(5)});
  CHECK(p.per_year.str() == "1145.80");
  CHECK(!p.unconfirmed.empty());
}

TEST_CASE("kinderbijslag follows the age on the first day of each quarter", "[kinderbijslag]") {
  // Born 10 February 2025: first counted on 1 April: 3 quarters of 286.45 (2025 amounts).
  CHECK(kinderbijslag(rules(), 2025, {born("2025-02-10")}).per_year.str() == "859.35");
  // Born on 1 April 2025: counted on that first day (peildatum), also 3 quarters.
  CHECK(kinderbijslag(rules(), 2025, {born("2025-04-01")}).per_year.str() == "859.35");
  // Turning 6 on 1 May 2026: 70 % in Q1-Q2, 85 % from 1 July: 2 × 295.07 + 2 × 358.30 = 1306.74.
  CHECK(kinderbijslag(rules(), 2026, {born("2020-05-01")}).per_year.str() == "1306.74");
  // Turning 18 on 1 July 2026: 18 on the first day of Q3, so only Q1-Q2: 2 × 421.53.
  const auto k = kinderbijslag(rules(), 2026, {born("2008-07-01")});
  CHECK(k.per_year.str() == "843.06");
  CHECK(k.quarters[2].children == 0);
}

TEST_CASE("kinderbijslag rejects bad input", "[kinderbijslag]") {
  CHECK_THROWS_WITH(kinderbijslag(rules(), 2026, {aged(-2)}), Catch::Contains("child age"));
  CHECK(kinderbijslag(rules(), 2026, {}).per_year.is_zero());
}

TEST_CASE("kinderbijslag 2022 and 2023", "[kinderbijslag]") {
  // 2022-07-01: Bekendmaking SZW, Stcrt. 2022, 16361: 249,31 / 302,74 / 356,16 a quarter;
  // 2022-01-01 (nibud.nl, secondary): 230,69 / 280,13 / 329,56.
  // Age 8 all year: 2 × 280,13 + 2 × 302,74 = 1.165,74.
  CHECK(kinderbijslag(rules(), 2022, {aged(8)}).per_year.str() == "1165.74");
  // 2023, age 13: 2 × 385,37 (January, Stcrt. 2022, 32251) + 2 × 373,85 (July) = 1.518,44.
  CHECK(kinderbijslag(rules(), 2023, {aged(13)}).per_year.str() == "1518.44");
}
