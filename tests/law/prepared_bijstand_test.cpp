// SPDX-License-Identifier: EUPL-1.2
// Bijstand with the rules of a month prepared once (issue 18: the income sweep computes twelve
// months for 41 numbers of hours) gives what the RuleBook functions give: for every month of
// 2023-2027, every household type, with and without AOW age, one preparation used for many facts
// (cost sharers, earnings, disregard months, ages, assets) gives the same result, notes,
// unconfirmed entries, trace and errors as bijstand(RuleBook, ...), bijstand_norm(RuleBook, ...)
// and kostendelersnorm(RuleBook, ...) called each time; a provisional book records the same
// carried-forward parameters. The amounts themselves are checked against the published norms in
// bijstand_test.cpp (which calls the RuleBook functions, now the prepared ones with the rules
// prepared on each call).

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <string>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/bijstand.hpp"

#include "../lcg.hpp"
#include "../rules.hpp"

using namespace basisbaan;

namespace {

using basisbaan::test::rules;

using basisbaan::test::Lcg;

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& e : v) s += e + ";";
  return s;
}

std::string text(const BijstandNorm& n) {
  return to_string(n.on) + "|" + std::string(to_string(n.household)) + "|" + (n.aow_age ? "aow" : "") + "|" + n.parameter +
         "|" + std::to_string(n.cost_sharers) + "|" + n.per_month.str() + "|" + n.holiday_allowance_rate.str() + "|" +
         n.holiday_allowance_part.str() + "|" + n.excluding_holiday_allowance.str() + "|" + joined(n.unconfirmed);
}

std::string text(const Bijstand& b) {
  return text(b.norm) + "\n" + b.earnings_disregard.str() + "|" + b.single_parent_disregard.str() + "|" +
         b.income_counted.str() + "|" + b.asset_limit.str() + "|" + (b.assets_above_limit ? "above" : "") + "|" +
         b.top_up.str() + "|" + b.top_up_holiday_allowance.str() + "|" + b.net_total.str() + "|" + joined(b.notes) + "|" +
         joined(b.unconfirmed);
}

// The text of the result and of its trace, or the error's kind and message.
std::string outcome(const std::function<std::string(Trace*)>& f, bool traced) {
  try {
    if (!traced) return f(nullptr);
    Trace t("bijstand");
    const std::string r = f(&t);
    return r + "\n" + t.to_text();
  } catch (const RuleError& e) {
    return std::string("RuleError: ") + e.what();
  } catch (const InputError& e) {
    return std::string("InputError: ") + e.what();
  }
}

Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }

}  // namespace

TEST_CASE("prepared bijstand: one preparation per month gives the RuleBook answers, traces and errors", "[bijstand][prepared]") {
  Lcg g{20261207};
  int compared = 0;
  int errors = 0;
  int disregards = 0;
  for (int year = 2023; year <= 2027; ++year) {
    for (unsigned month = 1; month <= 12; ++month) {
      for (const auto household : {BijstandHousehold::Single, BijstandHousehold::SingleParent, BijstandHousehold::Couple}) {
        for (const bool aow : {false, true}) {
          // Any day of the month: the rules are those of its first day.
          const Date day = ymd(year, month, 1 + g.below(28));
          const BijstandRules prepared(rules(), day, household, aow);
          for (int k = 0; k < 10; ++k) {
            BijstandFacts f;
            f.month = ymd(year, month, 1 + g.below(28));
            f.household = household;
            f.aow_age = aow;
            f.age = g.below(5) == 0 ? 23 : 27 + static_cast<int>(g.below(40));
            f.net_earnings = Money::from_cents(g.below(3) == 0 ? 0 : static_cast<std::int64_t>(g.below(250'000)));
            f.other_net_income = Money::from_cents(g.below(2) == 0 ? 0 : static_cast<std::int64_t>(g.below(120'000)));
            f.disregard_month = g.below(3) == 0 ? 0 : 1 + static_cast<int>(g.below(45));
            f.child_under_12 = g.below(2) == 0;
            f.assets = Money::euros(g.below(4) == 0 ? 60'000 : static_cast<std::int64_t>(g.below(9'000)));
            f.cost_sharers = g.below(2) == 0 ? 0 : static_cast<int>(g.below(4));
            const bool traced = k % 2 == 0;
            INFO(to_string(f.month) << " " << to_string(household) << (aow ? " aow" : "") << " sharers " << f.cost_sharers);
            const std::string by_name = outcome([&](Trace* t) { return text(bijstand(rules(), f, t)); }, traced);
            CHECK(outcome([&](Trace* t) { return text(bijstand(prepared, f, t)); }, traced) == by_name);
            CHECK(outcome([&](Trace* t) { return text(kostendelersnorm(prepared.norm(), f.cost_sharers, t)); }, traced) ==
                  outcome([&](Trace* t) { return text(kostendelersnorm(rules(), first_of_month(f.month), household, aow, f.cost_sharers, t)); }, traced));
            if (by_name.rfind("RuleError", 0) == 0) ++errors;
            if (by_name.find("earnings disregard") != std::string::npos || by_name.find("disregard has run out") != std::string::npos) {
              ++disregards;
            }
            ++compared;
          }
          const BijstandNormRules norm_rules(rules(), day, household, aow);
          CHECK(outcome([&](Trace* t) { return text(bijstand_norm(norm_rules, t)); }, true) ==
                outcome([&](Trace* t) { return text(bijstand_norm(rules(), day, household, aow, t)); }, true));
        }
      }
    }
  }
  // The inputs reach the errors (past the rules' horizon, 2027) and the disregards.
  CHECK(compared == 3600);
  CHECK(errors > 0);
  CHECK(errors < compared);
  CHECK(disregards > 50);
}

TEST_CASE("prepared bijstand: facts of another month or household are refused", "[bijstand][prepared]") {
  const BijstandRules prepared(rules(), ymd(2026, 3, 17), BijstandHousehold::Couple, false);
  // What the rules are prepared for can be read, not changed (the data is private).
  CHECK(prepared.norm().on() == ymd(2026, 3, 1));
  CHECK(prepared.norm().household() == BijstandHousehold::Couple);
  CHECK_FALSE(prepared.norm().aow_age());
  BijstandFacts f;
  f.month = ymd(2026, 4, 1);
  f.household = BijstandHousehold::Couple;
  CHECK_THROWS_AS(bijstand(prepared, f), InputError);
  f.month = ymd(2026, 3, 31);
  CHECK_NOTHROW(bijstand(prepared, f));
  f.household = BijstandHousehold::Single;
  CHECK_THROWS_AS(bijstand(prepared, f), InputError);
  f.household = BijstandHousehold::Couple;
  f.aow_age = true;
  CHECK_THROWS_AS(bijstand(prepared, f), InputError);
  // Bad facts are reported as such, before the month is checked (as by the RuleBook function).
  f.aow_age = false;
  f.net_earnings = Money::from_cents(-1);
  CHECK_THROWS_WITH(bijstand(prepared, f), Catch::Contains("net earnings"));
}

TEST_CASE("prepared bijstand: a provisional book records what was used, not what was prepared", "[bijstand][prepared][horizon]") {
  RuleBook prepared_book = rules();
  prepared_book.set_options({.allow_provisional = true});
  RuleBook plain_book = rules();
  plain_book.set_options({.allow_provisional = true});
  const Date month = ymd(2040, 5, 1);
  const BijstandRules prepared(prepared_book, month, BijstandHousehold::Single, false);
  CHECK(prepared_book.carried_forward().empty());
  BijstandFacts f;
  f.month = month;
  f.net_earnings = Money::euros(500);
  CHECK(text(bijstand(prepared, f)) == text(bijstand(plain_book, f)));
  CHECK(prepared_book.carried_forward() == plain_book.carried_forward());
  f.disregard_month = 2;
  CHECK(text(bijstand(prepared, f)) == text(bijstand(plain_book, f)));
  CHECK(prepared_book.carried_forward() == plain_book.carried_forward());
  CHECK_FALSE(plain_book.carried_forward().empty());
}
