// SPDX-License-Identifier: EUPL-1.2
// The beslagvrije voet (Rv art. 475da-475dc, formula as in force from 2026-01-01, and the
// text of 2021-2025 from 2022-01-01, the first date whose parameters are sourced). No official
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
  //   housing I = 60000 − 23425; 36575 × 27 % / 12 = 822.9375, at most
  //        H − J = 932.93 − 202.52                                      =  730.41
  //   sum 2191.4183333333 → 2191.42 = the published maximum 2191.42
  const auto single = beslagvrije_voet(rules(), facts("2026-01-15", BeslagHousehold::Single, "60000"));
  CHECK(single.base.str() == "1331.43");
  CHECK(single.zorg_term.str() == "129.58");
  CHECK(single.housing_term.str() == "730.41");
  CHECK(single.maximum.str() == "2191.42");
  CHECK(single.per_month.str() == "2191.42");
  // Couple, 2026-07, C = 80000: 95 % × 2027.79 = 1926.4005; zorg cap 2 × 2119 / 12 − 106.00 =
  // 247.1666666666; housing min(48500 × 22 % / 12 = 889.1666666666, 932.93 − 200.71 = 732.22);
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
  // (24000 − 23425) × 27 % / 12 = 12.9375; 1331.425 + 12.9375 = 1344.3625 → 1344.36.
  auto f = facts("2026-03-01", BeslagHousehold::Single, "24000");
  Trace t("beslagvrije voet");
  const auto r = beslagvrije_voet(rules(), f, &t);
  CHECK(r.zorg_term.str() == "0.00");
  CHECK(r.housing_term.str() == "12.94");
  CHECK(r.per_month.str() == "1344.36");
  CHECK_FALSE(r.unconfirmed.empty());  // the 2026 minimum-inkomensijkpunt was read only in a transcription
  CHECK(t.to_text().find("Rv art. 475da lid 2") != std::string::npos);

  // Housing costs 1100 (art. 475da lid 5): 1100 − 110 % × 932.93 = 1100 − 1026.223 = 73.777
  // → 73.78; 1344.36 + 73.78 = 1418.14.
  f.housing_costs_per_month = Money::parse("1100");
  CHECK(beslagvrije_voet(rules(), f).housing_increase.str() == "73.78");
  CHECK(beslagvrije_voet(rules(), f).per_month.str() == "1418.14");

  // Income below the protected amount (art. 475dc lid 1): net 1200 a month → 95 % = 1140.00.
  f.housing_costs_per_month = Money();
  f.net_income_per_month = Money::parse("1200");
  const auto low = beslagvrije_voet(rules(), f);
  CHECK(low.income_ceiling_applied);
  CHECK(low.per_month.str() == "1140.00");
}

TEST_CASE("beslagvrije voet: spouse's income and children", "[law][beslag]") {
  // Couple, 2026-05, C = 30000: 1902.0235 + zorg (264 × 13.73 % / 12 = 3.0206) + housing 0
  // (C below the multi-person point 31500) = 1905.0441 → 1905.04; the spouse's 1200 lowers it by
  // at most half: 952.52 (art. 475db lid 1 a) → 952.52.
  auto f = facts("2026-05-01", BeslagHousehold::Couple, "30000");
  f.partner_income_per_month = Money::parse("1200");
  const auto r = beslagvrije_voet(rules(), f);
  CHECK(r.formula.str() == "1905.04");
  CHECK(r.partner_deduction.str() == "952.52");
  CHECK(r.per_month.str() == "952.52");
  // Single parent, 2026-05, C = 40000: 1331.425 + zorg 10264 × 13.73 % / 12 = 117.4372666666
  // + housing (G) (40000 − 31500 = 8500) × 22 % / 12 = 155.8333333333 + child 10264 × 7.60 % / 12
  // = 65.0053333333; sum 1669.7009333332 → 1669.70.
  const auto parent = beslagvrije_voet(rules(), facts("2026-05-01", BeslagHousehold::SingleParent, "40000"));
  CHECK(parent.child_term.str() == "65.01");
  CHECK(parent.per_month.str() == "1669.70");
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

TEST_CASE("beslagvrije voet 2022-2023: the formula of 2021-2025 gives the art. 475da lid 1 maxima (lid 8)", "[law][beslag]") {
  // The maxima are those of art. 475da lid 1 in the law text of each half year
  // (https://wetten.overheid.nl/BWBR0001827/2022-01-01#Artikel475da, /2022-07-01, /2023-01-01,
  // /2023-07-01, read through MinBZK/regelrecht-corpus). A and B: Pw art. 21 a/b of the same date;
  // the zorg cap: standaardpremie / 12 (twice for spouses) − the Pw art. 23 lid 2 amount
  // (https://wetten.overheid.nl/BWBR0015703/2022-01-01#Artikel23: 34.00 / 79.00, 2023-01-01:
  // 3.00 / 50.00); at the income where the normhuur reaches the rekenhuur H (Wht art. 13 lid 1 a:
  // 763.47 in 2022, 808.06 in 2023) the housing term is H − J, J the normhuur at the
  // minimum-inkomensijkpunt (Wht art. 17 lid 2: 220.68 in 2022, 225.54 in 2023).
  //   2022-01 single: 0.95 × 1091.71 = 1037.1245; 1749 / 12 − 34.00 = 111.75; 763.47 − 220.68 = 542.79;
  //     sum 1691.6645 → 1691.66 = the published 1691.66.
  const auto s22 = beslagvrije_voet(rules(), facts("2022-01-15", BeslagHousehold::Single, "80000"));
  CHECK(s22.base.str() == "1037.12");
  CHECK(s22.zorg_term.str() == "111.75");
  CHECK(s22.housing_term.str() == "542.79");
  CHECK(s22.maximum.str() == "1691.66");
  CHECK(s22.per_month.str() == "1691.66");
  //   2022-01 couple: 0.95 × 1559.58 = 1481.601; 2 × 1749 / 12 − 79.00 = 212.50; 542.79;
  //     sum 2236.891 → 2236.89 = the published 2236.89.
  const auto c22 = beslagvrije_voet(rules(), facts("2022-01-15", BeslagHousehold::Couple, "90000"));
  CHECK(c22.zorg_term.str() == "212.50");
  CHECK(c22.housing_term.str() == "542.79");
  CHECK(c22.maximum.str() == "2236.89");
  CHECK(c22.per_month.str() == "2236.89");
  //   2022-07 single: 0.95 × 1101.82 = 1046.729 + 111.75 + 542.79 = 1701.269 → 1701.27 = the published 1701.27.
  const auto s227 = beslagvrije_voet(rules(), facts("2022-07-15", BeslagHousehold::Single, "80000"));
  CHECK(s227.maximum.str() == "1701.27");
  CHECK(s227.per_month.str() == "1701.27");
  //   2022-07 couple: 0.95 × 1574.03 = 1495.3285 + 212.50 + 542.79 = 2250.6185 → 2250.62 = the published 2250.62.
  const auto c227 = beslagvrije_voet(rules(), facts("2022-07-15", BeslagHousehold::Couple, "90000"));
  CHECK(c227.maximum.str() == "2250.62");
  CHECK(c227.per_month.str() == "2250.62");
  //   2023-01 single: 0.95 × 1195.66 = 1135.877; 1889 / 12 − 3.00 = 154.4166666666; 808.06 − 225.54 = 582.52;
  //     sum 1872.8136666666 → 1872.81 = the published 1872.81.
  const auto s23 = beslagvrije_voet(rules(), facts("2023-01-15", BeslagHousehold::Single, "80000"));
  CHECK(s23.base.str() == "1135.88");
  CHECK(s23.zorg_term.str() == "154.42");
  CHECK(s23.housing_term.str() == "582.52");
  CHECK(s23.maximum.str() == "1872.81");
  CHECK(s23.per_month.str() == "1872.81");
  //   2023-01 couple: 0.95 × 1708.08 = 1622.676; 2 × 1889 / 12 − 50.00 = 264.8333333333; 582.52;
  //     sum 2470.0293333333 → 2470.03 = the published 2470.03.
  const auto c23 = beslagvrije_voet(rules(), facts("2023-01-15", BeslagHousehold::Couple, "90000"));
  CHECK(c23.zorg_term.str() == "264.83");
  CHECK(c23.maximum.str() == "2470.03");
  CHECK(c23.per_month.str() == "2470.03");
  //   2023-07 single: 0.95 × 1216.62 = 1155.789 + 154.4166666666 + 582.52 = 1892.7256666666 → 1892.73
  //     = the published 1892.73.
  const auto s237 = beslagvrije_voet(rules(), facts("2023-07-15", BeslagHousehold::Single, "80000"));
  CHECK(s237.maximum.str() == "1892.73");
  CHECK(s237.per_month.str() == "1892.73");
  //   2023-07 couple: 0.95 × 1738.02 = 1651.119 + 264.8333333333 + 582.52 = 2498.4723333333 → 2498.47
  //     = the published 2498.47.
  const auto c237 = beslagvrije_voet(rules(), facts("2023-07-15", BeslagHousehold::Couple, "90000"));
  CHECK(c237.maximum.str() == "2498.47");
  CHECK(c237.per_month.str() == "2498.47");
}

TEST_CASE("beslagvrije voet 2022-2023: hand calculations with the quadratic housing term", "[law][beslag]") {
  // Single, 2022-03, C = 25000 (D = 22356, E = 13.61 %; F = 0.000000596879, G = 0.002363459319:
  // the 2022 normhuur factors of rules/toeslagen.xml, status unconfirmed; J = 220.68):
  //   base 0.95 × 1091.71                                    = 1037.1245
  //   zorg ((25000 − 22356) / 12) × 13.61 % = 359.8484 / 12   =   29.9873666666 (cap 111.75)
  //   housing F × 25000² + G × 25000 = 373.049375 + 59.086482975 = 432.135857975; − 220.68 = 211.455857975
  //   sum 1278.5677246416 → 1278.57
  Trace t("beslagvrije voet");
  const auto r = beslagvrije_voet(rules(), facts("2022-03-01", BeslagHousehold::Single, "25000"), &t);
  CHECK(r.zorg_term.str() == "29.99");
  CHECK(r.housing_term.str() == "211.46");
  CHECK(r.per_month.str() == "1278.57");
  CHECK(t.to_text().find("as in force 2021-2025") != std::string::npos);
  CHECK_FALSE(r.unconfirmed.empty());  // the 2022 normhuur factors and minimum-inkomensijkpunt
  // At the minimum-inkomensijkpunt (17350) the normhuur is J: F × 17350² + G × 17350 =
  // 179.6740087775 + 41.00601918465 = 220.6800279621; the housing term 0.0000279621; zorg 0 (C < D):
  // 1037.1245279621 → 1037.12.
  CHECK(beslagvrije_voet(rules(), facts("2022-03-01", BeslagHousehold::Single, "17350")).per_month.str() == "1037.12");

  // Couple, 2023-09, C = 35000 (D = 25070, E = 13.64 %; H = 0.000000279402, I = 0.001893212113:
  // the 2023 factors for more persons, status unconfirmed; J = 225.54):
  //   base 0.95 × 1738.02                                    = 1651.119
  //   zorg ((35000 − 25070) / 12) × 13.64 % = 1354.452 / 12   =  112.871 (cap 264.8333333333)
  //   housing H × 35000² + I × 35000 = 342.26745 + 66.262423955 = 408.529873955; − 225.54 = 182.989873955
  //   sum 1946.979873955 → 1946.98
  const auto c = beslagvrije_voet(rules(), facts("2023-09-01", BeslagHousehold::Couple, "35000"));
  CHECK(c.base.str() == "1651.12");
  CHECK(c.zorg_term.str() == "112.87");
  CHECK(c.housing_term.str() == "182.99");
  CHECK(c.per_month.str() == "1946.98");
  // The same couple in 2023-01 (B = 1708.08: 0.95 × 1708.08 = 1622.676): 1918.536873955 → 1918.54.
  CHECK(beslagvrije_voet(rules(), facts("2023-01-01", BeslagHousehold::Couple, "35000")).per_month.str() == "1918.54");
}

TEST_CASE("beslagvrije voet: the housing increase of lid 5 until 2022 only at the maximum", "[law][beslag]") {
  // Rv art. 475da lid 5 as in force in 2022 (https://wetten.overheid.nl/BWBR0001827/2022-01-01#Artikel475da):
  // "Indien de beslagvrije voet gelijk is aan het ... in het eerste lid opgenomen bedrag en de
  // geëxecuteerde woonkosten heeft die ten minste 10% meer bedragen dan de ... rekenhuur"; from
  // 2023-01-01 the first condition is gone.
  // 2022-03, single, C = 25000 (formula 1278.57 < maximum 1691.66), housing costs 900 > 110 % × 763.47
  // = 839.817: no increase.
  auto f = facts("2022-03-01", BeslagHousehold::Single, "25000");
  f.housing_costs_per_month = Money::parse("900");
  const auto below = beslagvrije_voet(rules(), f);
  CHECK(below.housing_increase.str() == "0.00");
  CHECK(below.per_month.str() == "1278.57");
  // At the maximum (C = 80000, formula 1691.66): 900 − 839.817 = 60.183 → 60.18; 1691.66 + 60.18 = 1751.84.
  f.taxable_income_per_year = Money::parse("80000");
  const auto at_max = beslagvrije_voet(rules(), f);
  CHECK(at_max.housing_increase.str() == "60.18");
  CHECK(at_max.per_month.str() == "1751.84");
  // 2023-03, single, C = 25000 (below the maximum), housing costs 900 > 110 % × 808.06 = 888.866:
  // 900 − 888.866 = 11.134 → 11.13, added although the formula is below the maximum.
  auto g = facts("2023-03-01", BeslagHousehold::Single, "25000");
  g.housing_costs_per_month = Money::parse("900");
  const auto y23 = beslagvrije_voet(rules(), g);
  CHECK(y23.housing_increase.str() == "11.13");
  CHECK(y23.per_month == y23.formula + y23.housing_increase);
}

TEST_CASE("beslagvrije voet: dates before the first sourced formula and bad input are errors", "[law][beslag]") {
  // 2021: the formula's parameters (Pw art. 23 lid 2, J, the maxima) are not in the rules: a clear
  // error naming the first computable date.
  CHECK_THROWS_AS(beslagvrije_voet(rules(), facts("2021-12-31", BeslagHousehold::Single, "24000")), RuleError);
  CHECK_THROWS_WITH(beslagvrije_voet(rules(), facts("2021-06-01", BeslagHousehold::Single, "24000")),
                    Catch::Contains("computed only from 2022-01-01") && Catch::Contains("enter the amount the bailiff states"));
  CHECK_NOTHROW(beslagvrije_voet(rules(), facts("2022-01-01", BeslagHousehold::Single, "24000")));
  auto f = facts("2026-03-01", BeslagHousehold::Single, "24000");
  f.housing_costs_per_month = Money::parse("-1");
  CHECK_THROWS_WITH(beslagvrije_voet(rules(), f), Catch::Contains("housing_costs_per_month"));
  CHECK(parse_beslag_household("couple-children") == BeslagHousehold::CoupleChildren);
  CHECK_THROWS_AS(parse_beslag_household("family"), InputError);
}

TEST_CASE("J of the 2021-2025 formula is the normhuur at the minimum-inkomensijkpunt of the huurtoeslag rules", "[law][beslag]") {
  // rules/beslag.xml keeps J (beslag.quadratic_j) next to its lid 8 checks; the law's amount is
  // huurtoeslag.normhuur_at_min_income (Wht art. 17 lid 2, rules/toeslagen.xml). They must not
  // drift apart: on the first of every month the formula is read, the two are the same.
  for (int year = 2022; year <= 2025; ++year) {
    for (unsigned month = 1; month <= 12; ++month) {
      const Date on{date::year{year} / date::month{month} / 1};
      INFO(to_string(on));
      CHECK(rules().amount("beslag.quadratic_j", on) == rules().amount("huurtoeslag.normhuur_at_min_income", on));
    }
  }
}
