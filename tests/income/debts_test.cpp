// SPDX-License-Identifier: EUPL-1.2
// The coach's view of debts (issue 15, deliverable 5): the beslagvrije voet, what is withheld and
// what is left to live on, on bijstand and with the job. Hand calculations with the 2026 values of
// rules/bijstand.xml and rules/beslag.xml (Pw art. 21 norms single 1401.50 from 2026-01-01 and
// 1419.46 from 2026-07-01, incl. holiday allowance; Rv art. 475da lid 2: 95 % of the norm; art.
// 475dc lid 1: at most 95 % of the income; https://wetten.overheid.nl/BWBR0001827/2026-01-01).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/comparison_csv.hpp"
#include "basisbaan/income/comparison_json.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/law/beslagvrije_voet.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

using income_test::example;
using income_test::rules;

Money eur(const char* text) { return Money::parse(text); }

Household single_with(std::vector<HouseholdDebt> debts) {
  Household h = read_household(rules(), example("single-groningen-32h.json"), "single-groningen-32h.json");
  h.debts = std::move(debts);
  return h;
}

}  // namespace

TEST_CASE("debts on bijstand: 5 % of the bijstand is withheld, the beslagvrije voet is 95 %", "[income][debts]") {
  const Comparison c = compare_income(rules(), single_with({HouseholdDebt{"deurwaarder", std::nullopt, std::nullopt}}));
  REQUIRE(c.debts);
  const DebtSituation& now = c.debts->current;
  // Beslagvrije voet 2026-01: 95 % × 1401.50 = 1331.425; zorg term 0 (C, the gross bijstand
  // 21474, is below the drempelinkomen 29736); housing term 0 (C below the
  // minimum-inkomensijkpunt 23425): 1331.425 → 1331.43 (half up).
  CHECK(now.protected_per_month == eur("1331.43"));
  // January-June: income 1401.50, 95 % = 1331.425 → 1331.43 = the beslagvrije voet:
  // withheld 1401.50 − 1331.43 = 70.07. July-December: 95 % × 1419.46 = 1348.487 → 1348.49 (the
  // beslagvrije voet of 2026-07 is the same 1348.487 → 1348.49): withheld 1419.46 − 1348.49 = 70.97.
  REQUIRE(now.withheld_months.size() == 12);
  CHECK(now.withheld_months[0] == eur("70.07"));
  CHECK(now.withheld_months[5] == eur("70.07"));
  CHECK(now.withheld_months[6] == eur("70.97"));
  CHECK(now.withheld_months[11] == eur("70.97"));
  // 6 × 70.07 + 6 × 70.97 = 420.42 + 425.82 = 846.24; per month 846.24 / 12 = 70.52.
  CHECK(now.withheld_per_year == eur("846.24"));
  CHECK(now.withheld_per_month == eur("70.52"));
  // Left: the net household income now (23896.66, tests/income/comparison_test.cpp) − 846.24.
  CHECK(c.current.net_per_year == eur("23896.66"));
  CHECK(now.left_per_year == eur("23050.42"));
  CHECK(now.left_per_month == c.current.net_per_month - eur("70.52"));
  CHECK_FALSE(now.debts.at(0).remaining);  // amount owed not known
}

TEST_CASE("debts with the job: everything above the beslagvrije voet goes to the creditor until paid", "[income][debts]") {
  const Comparison c = compare_income(rules(), single_with({HouseholdDebt{"CJIB", eur("3000"), std::nullopt}}));
  REQUIRE(c.debts);
  REQUIRE(c.job.payroll);
  const DebtSituation& job = c.debts->job;
  // Beslagvrije voet with the job, 2026-01 (Rv art. 475da lid 2), C = the toetsingsinkomen with
  // the job: the wage for the wage taxes 27046.04 (comparison_test.cpp), no bijstand, in whole
  // euros: 27046.
  const Money income = c.job.toetsingsinkomen;
  CHECK(c.job.payroll->wage_for_wage_tax == eur("27046.04"));
  CHECK(income == eur("27046"));
  // Housing term (27046 − 23425) × 27 % / 12 = 3621 × 0.27 / 12 = 81.4725; 1331.425 + 81.4725 =
  // 1412.8975 → 1412.90.
  CHECK(job.protected_per_month == eur("1412.90"));
  //   base 95 % × 1401.50 = 1331.425; zorg term: C below the drempel 29736: 0;
  //   housing term: (C − 23425) × 27 % / 12 (less than H − J); total half up to the cent.
  REQUIRE(income < eur("29736"));
  const Decimal housing = divide((income - eur("23425")) * Decimal::parse("0.27"), Decimal(12), 10, Rounding::TowardZero);
  const Money bvv = Money::round(Decimal::parse("1331.425") + housing, NamedRounding{2, Rounding::HalfUp, "test: half up"});
  CHECK(job.protected_per_month == bvv);
  // The same as the law function with these facts.
  BeslagvrijeVoetFacts f;
  f.on = Date{date::year{2026}, date::January, date::day{1}};
  f.taxable_income_per_year = income;
  f.housing_costs_per_month = eur("650");
  CHECK(beslagvrije_voet(rules(), f).per_month == bvv);
  // Each month: the net paid − the beslagvrije voet (the 95 % ceiling does not bite: the net is
  // far above it), until 3000 is paid; then nothing.
  Money paid;
  for (std::size_t m = 0; m < 12; ++m) {
    const Money net = c.job.payroll->paid_per_month[m];
    const Money room = net - (m < 6 ? bvv : job.protected_per_month);
    const Money expect = min(room, eur("3000") - paid);
    CHECK(job.withheld_months[m] == max(Money(), expect));
    paid += job.withheld_months[m];
  }
  CHECK(job.withheld_per_year == eur("3000"));
  CHECK(job.debts.at(0).remaining == Money());
  // On bijstand the same debt gets only 846.24 in the year (the case above): 2153.76 remains.
  CHECK(c.debts->current.withheld_per_year == eur("846.24"));
  CHECK(c.debts->current.debts.at(0).remaining == eur("2153.76"));
  // The verdict compares what is left to live on.
  CHECK(c.debts->difference_left_per_year == (c.job.net_per_year - eur("3000")) - (c.current.net_per_year - eur("846.24")));
  CHECK(c.verdict_nl.find("na de inhouding voor schulden") != std::string::npos);
  CHECK(c.verdict_nl.find("Voor uw schulden wordt nu € 70,52 en met de baan € 250,00 per maand ingehouden.") != std::string::npos);
  // The trace names the articles.
  CHECK(job.trace.to_text().find("Rv art. 475da lid 2") != std::string::npos);
  CHECK(job.trace.to_text().find("art. 475dc lid 1") != std::string::npos);
}

TEST_CASE("a fixed monthly deduction and a second debt in the order given", "[income][debts]") {
  const Comparison c = compare_income(
      rules(), single_with({HouseholdDebt{"budgetbeheer", std::nullopt, eur("50")}, HouseholdDebt{"DUO", eur("100"), std::nullopt}}));
  REQUIRE(c.debts);
  const DebtSituation& now = c.debts->current;
  // January on bijstand: room 70.07; the budget manager first: 50; DUO gets the rest 20.07.
  // Over the year DUO gets 20.07 × 4 = 80.28 by April, then 19.72 in May (100 owed), then
  // nothing; the budget manager 50 every month = 600. Total 700.
  CHECK(now.withheld_months[0] == eur("70.07"));
  CHECK(now.withheld_months[4] == eur("69.72"));
  CHECK(now.withheld_months[5] == eur("50.00"));
  CHECK(now.debts.at(0).per_year == eur("600"));
  CHECK(now.debts.at(1).per_year == eur("100"));
  CHECK(now.debts.at(1).remaining == Money());
  CHECK(now.withheld_per_year == eur("700"));
}

TEST_CASE("without debts the comparison and its outputs are unchanged, and debts are read and checked", "[income][debts]") {
  const Household plain = single_with({});
  const Comparison c = compare_income(rules(), plain);
  CHECK_FALSE(c.debts);
  CHECK(to_json(c).dump().find("\"debts\"") == std::string::npos);
  CHECK(comparison_csv(c, CsvDialect::Dutch).find("left_to_live_on") == std::string::npos);

  const Comparison d = compare_income(rules(), single_with({HouseholdDebt{"x", eur("10"), std::nullopt}}));
  CHECK(comparison_csv(d, CsvDialect::English).find("left_to_live_on,Left to live on,") != std::string::npos);
  CHECK(to_json(d)["debts"]["current"]["withheld_per_year"] == "10.00");
  // The lines themselves do not change with debts; only the verdict may.
  CHECK(d.current.net_per_year == c.current.net_per_year);
  CHECK(d.job.net_per_year == c.job.net_per_year);

  std::string text = example("single-groningen-32h.json");
  text.insert(text.rfind('}'), R"(, "debts": [{"creditor": "CJIB", "owed": "3000.00"}, {"monthly": 25}])");
  const Household h = read_household(rules(), text, "h.json");
  REQUIRE(h.debts.size() == 2);
  CHECK(h.debts[0].creditor == "CJIB");
  CHECK(h.debts[0].owed == eur("3000"));
  CHECK(h.debts[1].monthly == eur("25"));

  std::string bad = example("single-groningen-32h.json");
  bad.insert(bad.rfind('}'), R"(, "debts": [{"owed": "0"}])");
  try {
    read_household(rules(), bad, "h.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("h.json: field debts[0].owed: expected an amount owed of more than 0") != std::string::npos);
  }
}
