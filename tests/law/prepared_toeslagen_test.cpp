// SPDX-License-Identifier: EUPL-1.2
// The toeslagen with rules prepared once per year (issue 18) give what the RuleBook functions
// give: the same results and traces for many households computed with one preparation, the same
// errors at the same moment (a missing value is reported when used, not when prepared), and the
// same carried-forward record of a provisional book. The amounts themselves are checked against
// their publications in zorgtoeslag_test.cpp, huurtoeslag_test.cpp and kindgebonden_budget_test.cpp.

#include <catch2/catch.hpp>

#include <functional>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/huurtoeslag.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"
#include "basisbaan/law/zorgtoeslag.hpp"

#include "../rules.hpp"

using namespace basisbaan;

namespace {

using basisbaan::test::rules;

std::string traced(const std::function<void(Trace*)>& f) {
  Trace t("toeslag");
  f(&t);
  return t.to_text();
}

std::string payment_text(const ToeslagPayment& p) {
  return p.computed_per_year.str() + "|" + p.rounded_per_year.str() + "|" + (p.below_payout_threshold ? "below" : "") + "|" +
         p.per_year.str() + "|" + p.per_month.str();
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& e : v) s += e + ";";
  return s;
}

}  // namespace

TEST_CASE("prepared toeslagen: one preparation per year gives the RuleBook answers and traces", "[toeslagen][prepared]") {
  for (int year : {2024, 2025, 2026}) {
    const ZorgtoeslagRules zr(rules(), year);
    const HuurtoeslagRules hr(rules(), year);
    const KindgebondenBudgetRules kr(rules(), year);
    for (int i = 0; i < 60; ++i) {
      const Money income = Money::from_cents(150'000 * i + 37);
      const std::optional<Money> partner = i % 3 == 0 ? std::optional<Money>(Money::from_cents(90'000 * (i % 7))) : std::nullopt;
      const Money assets = Money::from_cents(i % 11 == 0 ? 25'000'000 : 100'000 * i);
      const ZorgtoeslagFacts zf{year, income, partner, assets, i % 5 != 0};
      const Zorgtoeslag a = zorgtoeslag(zr, zf);
      const Zorgtoeslag b = zorgtoeslag(rules(), zf);
      CHECK(payment_text(a.payment) == payment_text(b.payment));
      CHECK(a.normpremie == b.normpremie);
      CHECK(joined(a.unconfirmed) == joined(b.unconfirmed));
      CHECK(traced([&](Trace* t) { zorgtoeslag(zr, zf, t); }) == traced([&](Trace* t) { zorgtoeslag(rules(), zf, t); }));

      HuurtoeslagFacts hf;
      hf.year = year;
      hf.income = income;
      hf.partner_income = partner;
      hf.rent = Money::from_cents(35'000 + 1'300 * i);
      hf.service_costs = Money::from_cents(700 * (i % 9));
      hf.household_size = (partner ? 2 : 1) + i % 4;
      hf.oldest_age = 18 + (i * 7) % 70;
      hf.has_children = i % 4 != 0;
      hf.aow_household = hf.oldest_age >= 67;
      hf.assets = assets;
      const Huurtoeslag c = huurtoeslag(hr, hf);
      const Huurtoeslag d = huurtoeslag(rules(), hf);
      CHECK(payment_text(c.payment) == payment_text(d.payment));
      CHECK(c.household_type == d.household_type);
      CHECK(c.computed_per_month == d.computed_per_month);
      CHECK(joined(c.notes) == joined(d.notes));
      CHECK(joined(c.unconfirmed) == joined(d.unconfirmed));
      CHECK(traced([&](Trace* t) { huurtoeslag(hr, hf, t); }) == traced([&](Trace* t) { huurtoeslag(rules(), hf, t); }));

      KindgebondenBudgetFacts kf;
      kf.year = year;
      kf.income = income;
      kf.partner_income = partner;
      kf.assets = assets;
      for (int c2 = 0; c2 < i % 4; ++c2) kf.children.push_back(KgbChild{std::nullopt, (i * 5 + c2 * 7) % 20});
      if (i % 6 == 1) kf.children.push_back(KgbChild{Date{date::year{year - 17}, date::month{6}, date::day{15}}, 0});
      const KindgebondenBudget e = kindgebonden_budget(kr, kf);
      const KindgebondenBudget g = kindgebonden_budget(rules(), kf);
      CHECK(payment_text(e.payment) == payment_text(g.payment));
      CHECK(e.maximum_per_year == g.maximum_per_year);
      CHECK(e.children_counted == g.children_counted);
      CHECK(joined(e.notes) == joined(g.notes));
      CHECK(traced([&](Trace* t) { kindgebonden_budget(kr, kf, t); }) ==
            traced([&](Trace* t) { kindgebonden_budget(rules(), kf, t); }));
    }
  }
}

TEST_CASE("prepared toeslagen: a missing value is reported when used, as before", "[toeslagen][prepared]") {
  // 1950 is before every toeslag parameter: preparing succeeds, computing fails with the
  // RuleBook's own error.
  const ZorgtoeslagRules zr(rules(), 1950);
  const ZorgtoeslagFacts zf{1950, Money::from_cents(2'000'000), std::nullopt, Money{}, true};
  std::string prepared_error;
  std::string book_error;
  try {
    zorgtoeslag(zr, zf);
  } catch (const RuleError& e) {
    prepared_error = e.what();
  }
  try {
    zorgtoeslag(rules(), zf);
  } catch (const RuleError& e) {
    book_error = e.what();
  }
  CHECK_FALSE(prepared_error.empty());
  CHECK(prepared_error == book_error);
  // The year must be the one prepared; an impossible year is an input error when preparing.
  CHECK_THROWS_AS(zorgtoeslag(ZorgtoeslagRules(rules(), 2025), ZorgtoeslagFacts{2024, Money{}, std::nullopt, Money{}, true}),
                  InputError);
  CHECK_THROWS_AS(HuurtoeslagRules(rules(), 1800), InputError);
}

TEST_CASE("prepared toeslagen: a provisional book records what was used, not what was prepared", "[toeslagen][prepared][horizon]") {
  RuleBook prepared_book = rules();
  prepared_book.set_options({.allow_provisional = true});
  RuleBook plain_book = rules();
  plain_book.set_options({.allow_provisional = true});
  const int year = 2040;
  const ZorgtoeslagRules zr(prepared_book, year);
  const HuurtoeslagRules hr(prepared_book, year);
  CHECK(prepared_book.carried_forward().empty());
  // Assets above the limit: only the asset limit and the Awir rules are used.
  const ZorgtoeslagFacts zf{year, Money::from_cents(2'000'000), std::nullopt, Money::from_cents(50'000'000), true};
  CHECK(payment_text(zorgtoeslag(zr, zf).payment) == payment_text(zorgtoeslag(plain_book, zf).payment));
  CHECK(prepared_book.carried_forward() == plain_book.carried_forward());
  HuurtoeslagFacts hf;
  hf.year = year;
  hf.income = Money::from_cents(2'000'000);
  hf.rent = Money::from_cents(60'000);
  CHECK(payment_text(huurtoeslag(hr, hf).payment) == payment_text(huurtoeslag(plain_book, hf).payment));
  CHECK(prepared_book.carried_forward() == plain_book.carried_forward());
}
