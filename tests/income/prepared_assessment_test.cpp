// SPDX-License-Identifier: EUPL-1.2
// The income-tax assessment with the year's wage-tax parameters loaded once (issue 18: the sweep
// assesses 40 situations of one year) gives what income_tax_assessment(RuleBook, ...) gives —
// the same settlement, notes, trace and errors — for the years 2023-2027, every table group and
// many wages, benefits and withholdings. The amounts themselves are checked by hand in
// comparison_test.cpp ("income-tax assessment").

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <string>

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/annual_settlement.hpp"
#include "support.hpp"

#include "../lcg.hpp"

using namespace basisbaan;

namespace {

using basisbaan::test::Lcg;

std::string text(const TaxSettlement& t) {
  std::string s = t.assessment.taxable_income.str() + "|" + t.assessment.tax_before_credits.str() + "|" +
                  t.assessment.algemene_heffingskorting.str() + "|" + t.assessment.arbeidskorting.str() + "|" +
                  t.assessment.tax.str() + "|" + t.withheld.str() + "|" + t.settlement.str() + "|";
  for (const auto& n : t.notes) s += n + ";";
  return s;
}

std::string outcome(const std::function<TaxSettlement(Trace*)>& f) {
  try {
    Trace trace("inkomstenbelasting");
    const TaxSettlement t = f(&trace);
    return text(t) + "\n" + trace.to_text() + "\n" + text(f(nullptr));
  } catch (const RuleError& e) {
    return std::string("RuleError: ") + e.what();
  } catch (const InputError& e) {
    return std::string("InputError: ") + e.what();
  }
}

}  // namespace

TEST_CASE("prepared assessment: the year's parameters loaded once give the RuleBook answers", "[income][prepared]") {
  const RuleBook& rules = income_test::rules();
  Lcg g{18};
  int compared = 0;
  int loaded = 0;
  for (int year = 2023; year <= 2027; ++year) {
    for (const auto group : {TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946}) {
      std::optional<WageTaxParameters> p;
      try {
        p = WageTaxParameters::load(rules, Date{date::year{year}, date::January, date::day{1}}, PeriodKind::Month, group);
        ++loaded;
      } catch (const RuleError&) {
        // The RuleBook form throws this error itself (checked below): nothing to prepare.
      }
      for (int k = 0; k < 40; ++k) {
        IncomeTaxYear y;
        y.wage = Money::from_cents(g.below(4) == 0 ? 0 : static_cast<std::int64_t>(g.below(9'000'000)));
        y.wage_tax_withheld = Money::from_cents(static_cast<std::int64_t>(g.below(2'500'000)));
        y.benefits = Money::from_cents(g.below(2) == 0 ? 0 : static_cast<std::int64_t>(g.below(2'000'000)));
        y.benefits_tax_withheld = Money::from_cents(static_cast<std::int64_t>(g.below(300'000)));
        y.payers_with_credit = 1 + static_cast<int>(g.below(2));
        if (k == 39) y.benefits = Money::from_cents(-1);  // a bad amount: the same InputError
        INFO(year << " " << static_cast<int>(group) << " wage " << y.wage.str() << " benefits " << y.benefits.str());
        const std::string by_name = outcome([&](Trace* t) { return income_tax_assessment(rules, year, group, y, t); });
        if (p) {
          CHECK(outcome([&](Trace* t) { return income_tax_assessment(*p, y, t); }) == by_name);
        } else {
          CHECK((by_name.rfind("RuleError", 0) == 0 || by_name.rfind("InputError", 0) == 0));
        }
        ++compared;
      }
    }
  }
  CHECK(compared == 600);
  CHECK(loaded >= 9);  // 2024-2026 at least
}

TEST_CASE("prepared assessment: parameters of another date or period kind are refused", "[income][prepared]") {
  const RuleBook& rules = income_test::rules();
  IncomeTaxYear y;
  y.wage = Money::from_cents(2'400'000);
  y.wage_tax_withheld = Money::from_cents(150'000);
  const Date jan1{date::year{2026}, date::January, date::day{1}};
  const auto january = WageTaxParameters::load(rules, jan1, PeriodKind::Month, TaxGroup::BelowAow);
  CHECK_NOTHROW(income_tax_assessment(january, y));
  // A payslip's parameters (its pay date, its period kind) are not the year's.
  const auto july = WageTaxParameters::load(rules, Date{date::year{2026}, date::July, date::day{31}}, PeriodKind::Month,
                                            TaxGroup::BelowAow);
  CHECK_THROWS_WITH(income_tax_assessment(july, y),
                    Catch::Contains("expected the wage-tax parameters of 1 January for monthly periods") &&
                        Catch::Contains("got those of 2026-07-31 for pay period kind month"));
  const auto second = WageTaxParameters::load(rules, Date{date::year{2026}, date::January, date::day{2}},
                                              PeriodKind::Month, TaxGroup::BelowAow);
  CHECK_THROWS_AS(income_tax_assessment(second, y), InputError);
  const auto weekly = WageTaxParameters::load(rules, jan1, PeriodKind::Week, TaxGroup::BelowAow);
  CHECK_THROWS_WITH(income_tax_assessment(weekly, y), Catch::Contains("got those of 2026-01-01 for pay period kind week"));
  // A bad amount is reported as such first, as by the RuleBook form.
  y.wage = Money::from_cents(-1);
  CHECK_THROWS_WITH(income_tax_assessment(weekly, y), Catch::Contains("expected amounts of 0 or more"));
}
