// SPDX-License-Identifier: EUPL-1.2
// The municipal schemes with a municipality's rules prepared once (issue 18: the income sweep
// tests 41 incomes of one household) give what municipal_schemes(RuleBook, ...) gives: for both
// municipalities with rules, dates from 2023 to 2027, every household type with and without AOW
// age, one preparation used for many incomes, ages, persons and children gives the same schemes,
// notes (the UNCONFIRMED ones included), trace and errors; an unknown municipality is the same
// input error; a provisional book records the same carried-forward parameters. The amounts are
// checked against the municipalities' publications in municipal_schemes_test.cpp (which calls the
// RuleBook function, now the prepared one with the rules prepared on each call).

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <string>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/municipal_schemes.hpp"

#include "../lcg.hpp"
#include "../rules.hpp"

using namespace basisbaan;

namespace {

using basisbaan::test::rules;

using basisbaan::test::Lcg;

Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }

std::string text(const MunicipalSchemes& m) {
  std::string s = m.municipality + "|" + m.display_name + "|" + m.norm.parameter + "|" + m.norm.per_month.str() + "|" +
                  m.total_per_year.str() + "|" + (m.confirmed ? "confirmed" : "") + "\n";
  for (const auto& sc : m.schemes) {
    s += sc.scheme + "|" + sc.title + "|" + (sc.in_rules ? "in" : "") + "|" + (sc.eligible ? "eligible" : "") + "|" +
         sc.amount_per_year.str() + "|" + sc.value_per_year.str() + "|" + sc.threshold_percentage.str() + "|" +
         sc.threshold_per_month.str() + "|" + (sc.confirmed ? "confirmed" : "") + "|";
    for (const auto& n : sc.notes) s += n + ";";
    s += "\n";
  }
  return s;
}

std::string outcome(const std::function<MunicipalSchemes(Trace*)>& f, bool traced) {
  try {
    if (!traced) return text(f(nullptr));
    Trace t("gemeente");
    const std::string r = text(f(&t));
    return r + t.to_text();
  } catch (const RuleError& e) {
    return std::string("RuleError: ") + e.what();
  } catch (const InputError& e) {
    return std::string("InputError: ") + e.what();
  }
}

}  // namespace

TEST_CASE("prepared municipal schemes: one preparation gives the RuleBook answers, notes, traces and errors",
          "[municipal][prepared]") {
  Lcg g{41};
  int compared = 0;
  int errors = 0;
  int unconfirmed = 0;
  for (const char* municipality : {"groningen", "Rotterdam"}) {
    for (int year = 2023; year <= 2027; ++year) {
      for (const unsigned month : {1U, 3U, 7U, 11U}) {
        const Date on = ymd(year, month, 1 + g.below(28));
        for (const auto household : {BijstandHousehold::Single, BijstandHousehold::SingleParent, BijstandHousehold::Couple}) {
          for (const bool aow : {false, true}) {
            const MunicipalRules prepared(rules(), municipality, on, household, aow);
            for (int k = 0; k < 8; ++k) {
              MunicipalFacts f;
              f.municipality = municipality;
              f.on = on;
              f.household = household;
              f.aow_age = aow;
              f.has_children = g.below(2) == 0;
              f.age = 18 + static_cast<int>(g.below(50));
              f.persons = 1 + static_cast<int>(g.below(5));
              f.net_income_per_month = Money::from_cents(static_cast<std::int64_t>(g.below(400'000)));
              f.low_income_months = static_cast<int>(g.below(60));
              for (unsigned c = g.below(3); c > 0; --c) f.children_birth_dates.push_back(ymd(year - 1 - static_cast<int>(g.below(17)), 1 + g.below(12), 1));
              if (k == 7) f.persons = 0;  // a bad fact: the same input error
              const bool traced = k % 2 == 0;
              INFO(municipality << " " << to_string(on) << " " << to_string(household) << (aow ? " aow" : "") << " income "
                                << f.net_income_per_month.str());
              const std::string by_name = outcome([&](Trace* t) { return municipal_schemes(rules(), f, t); }, traced);
              CHECK(outcome([&](Trace* t) { return municipal_schemes(prepared, f, t); }, traced) == by_name);
              if (by_name.rfind("RuleError", 0) == 0) ++errors;
              if (by_name.find("UNCONFIRMED") != std::string::npos) ++unconfirmed;
              ++compared;
            }
          }
        }
      }
    }
  }
  CHECK(compared == 2 * 5 * 4 * 3 * 2 * 8);
  CHECK(errors > 0);
  CHECK(unconfirmed > 0);
}

TEST_CASE("prepared municipal schemes: an unknown municipality and facts of another household", "[municipal][prepared]") {
  MunicipalFacts f;
  f.municipality = "Atlantis";
  f.on = ymd(2026, 1, 1);
  const MunicipalRules nowhere(rules(), f.municipality, f.on, f.household, f.aow_age);
  std::string prepared_error;
  std::string book_error;
  try {
    municipal_schemes(nowhere, f);
  } catch (const InputError& e) {
    prepared_error = e.what();
  }
  try {
    municipal_schemes(rules(), f);
  } catch (const InputError& e) {
    book_error = e.what();
  }
  CHECK_FALSE(book_error.empty());
  CHECK(prepared_error == book_error);
  f.municipality = "groningen";
  const MunicipalRules groningen(rules(), "Groningen", f.on, BijstandHousehold::Couple, false);
  // What the rules are prepared for can be read, not changed (the data is private).
  CHECK(groningen.name() == "groningen");
  CHECK(groningen.known());
  CHECK(groningen.on() == ymd(2026, 1, 1));
  CHECK(groningen.norm().household() == BijstandHousehold::Couple);
  CHECK_FALSE(nowhere.known());
  CHECK_THROWS_AS(municipal_schemes(groningen, f), InputError);  // a single household
  f.household = BijstandHousehold::Couple;
  CHECK_NOTHROW(municipal_schemes(groningen, f));
  f.on = ymd(2026, 1, 2);
  CHECK_THROWS_AS(municipal_schemes(groningen, f), InputError);
}

TEST_CASE("prepared municipal schemes: a provisional book records what was used, not what was prepared",
          "[municipal][prepared][horizon]") {
  RuleBook prepared_book = rules();
  prepared_book.set_options({.allow_provisional = true});
  RuleBook plain_book = rules();
  plain_book.set_options({.allow_provisional = true});
  MunicipalFacts f;
  f.municipality = "groningen";
  f.on = ymd(2040, 3, 1);
  f.net_income_per_month = Money::euros(1500);
  const MunicipalRules prepared(prepared_book, f.municipality, f.on, f.household, f.aow_age);
  CHECK(prepared_book.carried_forward().empty());
  CHECK(text(municipal_schemes(prepared, f)) == text(municipal_schemes(plain_book, f)));
  CHECK(prepared_book.carried_forward() == plain_book.carried_forward());
  CHECK_FALSE(plain_book.carried_forward().empty());
}
