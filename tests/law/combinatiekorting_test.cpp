// SPDX-License-Identifier: EUPL-1.2
// Inkomensafhankelijke combinatiekorting (Wet IB 2001 art. 8.14a) of 2022-2026, against the
// article's text of each year (wetten.overheid.nl/BWBR0011353/<year>-01-01#Artikel8.14a): "11,45%
// van het arbeidsinkomen, voor zover dat … meer beloopt dan € <threshold>, doch niet meer dan €
// <maximum>" with 2022: 5.219 / 2.534; 2023: 5.547 / 2.694; 2024: 6.073 / 2.950; 2025: 6.145 / 2.986;
// 2026: 6.239 / 3.032.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/annual_settlement.hpp"
#include "basisbaan/law/combinatiekorting.hpp"
#include "../rules.hpp"

using namespace basisbaan;
using basisbaan::test::rules;

namespace {

CombinatiekortingParameters of_year(int year) {
  return CombinatiekortingParameters::load(rules(), Date{date::year{year}, date::January, date::day{1}});
}
std::string iack(int year, const char* labour) { return combinatiekorting(of_year(year), Money::parse(labour)).str(); }

}  // namespace

TEST_CASE("combinatiekorting: the threshold, the build-up and the maximum of each year", "[law][combinatiekorting]") {
  // Not above the threshold (lid 1 a: "meer bedraagt dan"): nothing; one euro above: 11.45 % × 1
  // = 0.1145, rounded up to whole euros like the other heffingskortingen: 1.
  CHECK(iack(2026, "6239") == "0.00");
  CHECK(iack(2026, "6240") == "1.00");
  // 2026, a 32-hour minimum-wage year (labour income 27.046): 11.45 % × (27046 − 6239 = 20807)
  // = 2382.4015 → 2383.
  CHECK(iack(2026, "27046") == "2383.00");
  // The maximum: 6239 + 3032 / 0.1145 = 32718.6; at 40.000: 11.45 % × 33761 = 3865.63 → 3032.
  CHECK(iack(2026, "40000") == "3032.00");
  CHECK(iack(2025, "40000") == "2986.00");
  CHECK(iack(2024, "40000") == "2950.00");
  CHECK(iack(2023, "40000") == "2694.00");
  CHECK(iack(2022, "40000") == "2534.00");
  // 2023 (threshold 5.547): 20.000 → 11.45 % × 14453 = 1654.8685 → 1655.
  CHECK(iack(2023, "20000") == "1655.00");
  // 2022 (threshold 5.219): 10.000 → 11.45 % × 4781 = 547.4245 → 548.
  CHECK(iack(2022, "10000") == "548.00");
}

TEST_CASE("the income-tax assessment gives the combinatiekorting after the other credits, at most the tax left", "[income][combinatiekorting]") {
  // 2026, wage 27.046 (below AOW age): tax before credits 27046 × 35.75 % = 9668.9 → 9668;
  // algemene heffingskorting 3115 (below 29736); arbeidskorting 5324 (as the comparison's golden
  // case, tests/income/comparison_test.cpp); left 1229; combinatiekorting 2383, at most 1229 → 1229;
  // tax 0: everything withheld (1530.75) comes back.
  IncomeTaxYear y;
  y.wage = Money::parse("27046");
  y.wage_tax_withheld = Money::parse("1530.75");
  y.combinatiekorting = true;
  const TaxSettlement with = income_tax_assessment(rules(), 2026, TaxGroup::BelowAow, y);
  CHECK(with.assessment.tax_before_credits.str() == "9668.00");
  CHECK(with.assessment.arbeidskorting.str() == "5324.00");
  CHECK(with.assessment.combinatiekorting.str() == "1229.00");
  CHECK(with.assessment.tax.str() == "0.00");
  CHECK(with.settlement.str() == "1530.75");
  // Without it (a couple, or no child under 12): tax 1229, refund 301.75.
  y.combinatiekorting = false;
  const TaxSettlement without = income_tax_assessment(rules(), 2026, TaxGroup::BelowAow, y);
  CHECK(without.assessment.combinatiekorting.str() == "0.00");
  CHECK(without.settlement.str() == "301.75");
  // The prepared form needs the combinatiekorting's parameters when the person qualifies.
  y.combinatiekorting = true;
  const Date jan1{date::year{2026}, date::January, date::day{1}};
  const auto p = WageTaxParameters::load(rules(), jan1, PeriodKind::Month, TaxGroup::BelowAow);
  CHECK_THROWS_AS(income_tax_assessment(p, y), InputError);
  const auto c = CombinatiekortingParameters::load(rules(), jan1);
  CHECK(income_tax_assessment(p, y, nullptr, &c).settlement.str() == "1530.75");
}
