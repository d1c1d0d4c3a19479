// SPDX-License-Identifier: EUPL-1.2
// The beslagvrije voet (Rv art. 475da-475dc, formula as in force from 2026-01-01, and the
// text of 2021-2025 from 2024-01-01, the first date whose parameters are sourced). No official
// worked example with numbers was found (docs/garnishment.md "Sources"); the golden values are
// hand calculations from the law text written out below, and the check of lid 8: at a high
// income the formula must give exactly the maxima of lid 1 published in the law text
// (https://wetten.overheid.nl/BWBR0001827/2026-01-01#Artikel475da and /2026-07-01).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/beslagvrije_voet.hpp"

using namespace basisbaan;

namespace {
const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}
BeslagvrijeVoetFacts facts(const char* on, BeslagHousehold h, const char* income_per_year) {
  BeslagvrijeVoetFacts f;
  f.on = parse_date(on);
  f.household = h;
  f.taxable_income_per_year = Money::parse(income_per_year);
  return f;
}
}  // namespace

TEST_CASE("beslagvrije voet: at a high income the formula gives the art. 475da lid 1 maxima (lid 8)", "[law][beslag]") {
  // Single, 2026-01, C = 60000:
  //   base 95 % × 1401.50 (Pw art. 21 a)                               = 1331.425
  //   zorg ((60000 − 29736) / 12) × 13.73 % = 346.2706, capped at
  //        2119 / 12 − 47.00 (Pw art. 23 lid 2)                         =  129.5833333333
  //   housing I = 60000 − 23675; 36325 × 27 % / 12 = 817.3125, at most
  //        H − J = 932.93 − 202.52                                      =  730.41
  //   sum 2191.4183333333 → 2191.42 = the published maximum 2191.42
  const auto single = beslagvrije_voet(rules(), facts("2026-01-15", BeslagHousehold::Single, "60000"));
  CHECK(single.base.str() == "1331.43");
  CHECK(single.zorg_term.str() == "129.58");
  CHECK(single.housing_term.str() == "730.41");
  CHECK(single.maximum.str() == "2191.42");
  CHECK(single.per_month.str() == "2191.42");
  // Couple, 2026-07, C = 80000: 95 % × 2027.79 = 1926.4005; zorg cap 2 × 2119 / 12 − 106.00 =
  // 247.1666666666; housing min(48225 × 22 % / 12 = 884.125, 932.93 − 200.71 = 732.22);
  // sum 2905.7871666666 → 2905.79 = the published maximum 2905.79.
  const auto couple = beslagvrije_voet(rules(), facts("2026-07-15", BeslagHousehold::Couple, "80000"));
  CHECK(couple.per_month.str() == "2905.79");
  CHECK(couple.maximum.str() == "2905.79");
  // Single 2026-07: 95 % × 1419.46 = 1348.487 + 129.5833333333 + 730.41 = 2208.4803 → 2208.48.
  CHECK(beslagvrije_voet(rules(), facts("2026-07-15", BeslagHousehold::Single, "60000")).per_month.str() == "2208.48");
  // Couple 2026-01: 1902.0235 + 247.1666666666 + 732.22 = 2881.4101666666 → 2881.41.
  CHECK(beslagvrije_voet(rules(), facts("2026-01-15", BeslagHousehold::Couple, "80000")).per_month.str() == "2881.41");
}

TEST_CASE("beslagvrije voet: a single employee at the minimum wage", "[law][beslag]") {
  // Single, 2026-03, C = 24000: zorg D = min(29736, 24000) = C → 0; housing
  // (24000 − 23675) × 27 % / 12 = 7.3125; 1331.425 + 7.3125 = 1338.7375 → 1338.74.
  auto f = facts("2026-03-01", BeslagHousehold::Single, "24000");
  Trace t("beslagvrije voet");
  const auto r = beslagvrije_voet(rules(), f, &t);
  CHECK(r.zorg_term.str() == "0.00");
  CHECK(r.housing_term.str() == "7.31");
  CHECK(r.per_month.str() == "1338.74");
  CHECK_FALSE(r.unconfirmed.empty());  // the 2026 minimum-inkomensijkpunt is an estimate
  CHECK(t.to_text().find("Rv art. 475da lid 2") != std::string::npos);

  // Housing costs 1100 (art. 475da lid 5): 1100 − 110 % × 932.93 = 1100 − 1026.223 = 73.777
  // → 73.78; 1338.74 + 73.78 = 1412.52.
  f.housing_costs_per_month = Money::parse("1100");
  CHECK(beslagvrije_voet(rules(), f).housing_increase.str() == "73.78");
  CHECK(beslagvrije_voet(rules(), f).per_month.str() == "1412.52");

  // Income below the protected amount (art. 475dc lid 1): net 1200 a month → 95 % = 1140.00.
  f.housing_costs_per_month = Money();
  f.net_income_per_month = Money::parse("1200");
  const auto low = beslagvrije_voet(rules(), f);
  CHECK(low.income_ceiling_applied);
  CHECK(low.per_month.str() == "1140.00");
}

TEST_CASE("beslagvrije voet: spouse's income and children", "[law][beslag]") {
  // Couple, 2026-05, C = 30000: 1902.0235 + zorg (264 × 13.73 % / 12 = 3.0206) + housing 0
  // (C below the multi-person point 31775) = 1905.0441 → 1905.04; the spouse's 1200 lowers it by
  // at most half: 952.52 (art. 475db lid 1 a) → 952.52.
  auto f = facts("2026-05-01", BeslagHousehold::Couple, "30000");
  f.partner_income_per_month = Money::parse("1200");
  const auto r = beslagvrije_voet(rules(), f);
  CHECK(r.formula.str() == "1905.04");
  CHECK(r.partner_deduction.str() == "952.52");
  CHECK(r.per_month.str() == "952.52");
  // Single parent, 2026-05, C = 40000: 1331.425 + zorg 10264 × 13.73 % / 12 = 117.4372666666
  // + housing (G) 8225 × 22 % / 12 = 150.7916666666 + child 10264 × 7.60 % / 12 = 65.0053333333
  // = 1664.6592666665 → 1664.66.
  const auto parent = beslagvrije_voet(rules(), facts("2026-05-01", BeslagHousehold::SingleParent, "40000"));
  CHECK(parent.child_term.str() == "65.01");
  CHECK(parent.per_month.str() == "1664.66");
}

TEST_CASE("beslagvrije voet 2024-2025: the formula of 2021-2025 gives the art. 475da lid 1 maxima (lid 8)", "[law][beslag]") {
  // The text in force until 2025 (https://wetten.overheid.nl/BWBR0001827/2025-01-01#Artikel475da):
  // (95% × A) + (((C − D) / 12) × E) + ((F × C² + G × C) − J); lid 8: the maxima of lid 1 are the
  // result where F × C² + G × C reaches the rekenhuur H. At a high income the parts are the base,
  // the zorg cap (standaardpremie / 12 − Pw art. 23 lid 2) and H − J; their exact sum must round
  // to the published maximum.
  //   2025-01 single: 0.95 × 1345.45 = 1278.1775; 2112 / 12 − 45.00 = 131.00; 900.07 − 238.01 = 662.06;
  //     sum 2071.2375 → 2071.24 = the published 2071.24.
  const auto s25 = beslagvrije_voet(rules(), facts("2025-01-15", BeslagHousehold::Single, "80000"));
  CHECK(s25.base.str() == "1278.18");
  CHECK(s25.zorg_term.str() == "131.00");
  CHECK(s25.housing_term.str() == "662.06");
  CHECK(s25.maximum.str() == "2071.24");
  CHECK(s25.per_month.str() == "2071.24");
  //   2025-01 couple: 0.95 × 1922.07 = 1825.9665; 2 × 2112 / 12 − 101.00 = 251.00; 662.06;
  //     sum 2739.0265 → 2739.03 = the published 2739.03.
  const auto c25 = beslagvrije_voet(rules(), facts("2025-01-15", BeslagHousehold::Couple, "90000"));
  CHECK(c25.base.str() == "1825.97");
  CHECK(c25.zorg_term.str() == "251.00");
  CHECK(c25.housing_term.str() == "662.06");
  CHECK(c25.maximum.str() == "2739.03");
  //   2025-07 single: 0.95 × 1369.06 = 1300.607 + 131.00 + 662.06 = 2093.667 → 2093.67.
  const auto s257 = beslagvrije_voet(rules(), facts("2025-07-15", BeslagHousehold::Single, "80000"));
  CHECK(s257.base.str() == "1300.61");
  CHECK(s257.housing_term.str() == "662.06");
  CHECK(s257.maximum.str() == "2093.67");
  //   2024-01 single: 0.95 × 1283.83 = 1219.6385; 1987 / 12 − 42.00 = 123.5833333333;
  //     879.66 − 226.67 = 652.99; sum 1996.2118333333 → 1996.21 = the published 1996.21.
  const auto s24 = beslagvrije_voet(rules(), facts("2024-01-15", BeslagHousehold::Single, "80000"));
  CHECK(s24.zorg_term.str() == "123.58");
  CHECK(s24.housing_term.str() == "652.99");
  CHECK(s24.maximum.str() == "1996.21");
  //   2024-07 couple: 0.95 × 1869.21 = 1775.7495; 2 × 1987 / 12 − 95.00 = 236.1666666666;
  //     652.99; sum 2664.9061666666 → 2664.91 = the published 2664.91.
  const auto c247 = beslagvrije_voet(rules(), facts("2024-07-15", BeslagHousehold::Couple, "90000"));
  CHECK(c247.zorg_term.str() == "236.17");
  CHECK(c247.housing_term.str() == "652.99");
  CHECK(c247.maximum.str() == "2664.91");
}

TEST_CASE("beslagvrije voet 2025: hand calculations with the quadratic housing term", "[law][beslag]") {
  // Single, 2025-03, C = 30000 (F = 0.000000438698, G = 0.000446392665: the normhuur factors of
  // rules/toeslagen.xml, status unconfirmed; J = 238.01):
  //   base 0.95 × 1345.45                                  = 1278.1775
  //   zorg ((30000 − 28406) / 12) × 13.7 %                 =   18.1981666666 (cap 131.00)
  //   housing F × 30000² + G × 30000 = 394.8282 + 13.39177995 = 408.21997995; − 238.01 = 170.20997995
  //   sum 1466.5856466166 → 1466.59
  Trace t("beslagvrije voet");
  const auto r = beslagvrije_voet(rules(), facts("2025-03-01", BeslagHousehold::Single, "30000"), &t);
  CHECK(r.zorg_term.str() == "18.20");
  CHECK(r.housing_term.str() == "170.21");
  CHECK(r.per_month.str() == "1466.59");
  CHECK(t.to_text().find("as in force 2021-2025") != std::string::npos);
  CHECK_FALSE(r.unconfirmed.empty());  // the 2025 normhuur factors
  // Couple, 2025-09, C = 40000 (H = 0.000000298184, I = −0.001382497146):
  //   base 0.95 × 1955.80 = 1858.01; zorg ((40000 − 28406) / 12) × 13.7 % = 132.3648333333;
  //   housing 477.09440 − 55.29988584 = 421.79451416 − 238.01 = 183.78451416;
  //   sum 2174.1593474933 → 2174.16
  const auto c = beslagvrije_voet(rules(), facts("2025-09-01", BeslagHousehold::Couple, "40000"));
  CHECK(c.housing_term.str() == "183.78");
  CHECK(c.per_month.str() == "2174.16");
  // Below the minimum-inkomensijkpunt (22700 for one person) C counts as that point:
  // F × 22700² + G × 22700 = 236.19 (rounded) < J: the housing term is 0; zorg 0 (C < D):
  // 1278.1775 → 1278.18.
  CHECK(beslagvrije_voet(rules(), facts("2025-03-01", BeslagHousehold::Single, "15000")).per_month.str() == "1278.18");
}

TEST_CASE("beslagvrije voet: dates before the first sourced formula and bad input are errors", "[law][beslag]") {
  // 2021-2023: the formula's parameters (Pw art. 23 lid 2, J) are not sourced: a clear error.
  CHECK_THROWS_AS(beslagvrije_voet(rules(), facts("2023-12-31", BeslagHousehold::Single, "24000")), RuleError);
  CHECK_THROWS_WITH(beslagvrije_voet(rules(), facts("2021-06-01", BeslagHousehold::Single, "24000")),
                    Catch::Contains("computed only from 2024-01-01") && Catch::Contains("enter the amount the bailiff states"));
  auto f = facts("2026-03-01", BeslagHousehold::Single, "24000");
  f.housing_costs_per_month = Money::parse("-1");
  CHECK_THROWS_WITH(beslagvrije_voet(rules(), f), Catch::Contains("housing_costs_per_month"));
  CHECK(parse_beslag_household("couple-children") == BeslagHousehold::CoupleChildren);
  CHECK_THROWS_AS(parse_beslag_household("family"), InputError);
}
