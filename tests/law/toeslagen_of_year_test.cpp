// SPDX-License-Identifier: EUPL-1.2
// ToeslagenOfYear (issue 18): the integer fast path gives exactly the amount paid per year of the
// full Decimal functions, for 100,000 deterministic generated households over the years with
// rules, with incomes, assets and rents on every threshold of the year and one cent either side,
// households outside the fast domain (huge incomes, birth dates, uninsured partners) and invalid
// ones (the same error). The amounts themselves are checked against their publications in
// zorgtoeslag_test.cpp, huurtoeslag_test.cpp and kindgebonden_budget_test.cpp.

#include <catch2/catch.hpp>

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/toeslagen_of_year.hpp"

#include "../rules.hpp"

using namespace basisbaan;

namespace {

using basisbaan::test::rules;

// 64-bit LCG (Knuth's MMIX constants): the same households on every run.
struct Lcg {
  std::uint64_t state = 18;
  std::int64_t below(std::int64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(n));
  }
};

// The amount in cents, or the error's text: both paths must give the same.
std::string outcome(const std::function<Money()>& f) {
  try {
    return f().str();
  } catch (const std::exception& e) {
    return std::string("error: ") + e.what();
  }
}

// The amounts where the formulas of `year` change course, in cents, and one cent either side.
std::vector<std::int64_t> edges(int year, std::initializer_list<const char*> names) {
  const Date on{date::year{year}, date::month{1}, date::day{1}};
  std::vector<std::int64_t> out;
  for (const char* name : names) {
    if (!rules().has(name)) continue;
    std::int64_t c = 0;
    try {
      c = rules().amount(name, on).cents();
    } catch (const Error&) {
      continue;
    }
    for (std::int64_t d : {-100, -1, 0, 1, 100}) out.push_back(c + d);
  }
  return out;
}

}  // namespace

TEST_CASE("toeslagen of a year: the integer path pays what the Decimal functions pay", "[toeslagen][prepared]") {
  const std::vector<int> years = {2022, 2023, 2024, 2025, 2026, 2027};
  Lcg r;
  int households = 0;
  int fast_years = 0;
  std::string fast_text;
  for (int year : years) {
    const ToeslagenOfYear t(rules(), year);
    const auto fast = t.fast_paths();
    fast_years += fast.zorgtoeslag && fast.huurtoeslag && fast.kindgebonden_budget ? 1 : 0;
    fast_text += std::to_string(year) + (fast.zorgtoeslag ? "z" : "") + (fast.huurtoeslag ? "h" : "") +
                 (fast.kindgebonden_budget ? "k" : "") + " ";
    const std::vector<std::int64_t> incomes =
        edges(year, {"zorgtoeslag.threshold_income", "kgb.threshold_income", "zorgtoeslag.max_income.single",
                     "zorgtoeslag.max_income.partner", "huurtoeslag.norm_income"});
    const std::vector<std::int64_t> assets =
        edges(year, {"zorgtoeslag.asset_limit.single", "zorgtoeslag.asset_limit.partner", "toeslagen.asset_limit.single",
                     "toeslagen.asset_limit.partner", "kgb.asset_limit.single", "kgb.asset_limit.partner"});
    const std::vector<std::int64_t> rents = edges(
        year, {"huurtoeslag.max_rent", "huurtoeslag.max_rent_young", "huurtoeslag.quality_discount_limit"});
    const std::vector<std::int64_t> services = edges(year, {"huurtoeslag.max_service_costs"});
    // The table rows: the minimum-inkomensijkpunt per household type, the aftoppingsgrens per size.
    std::vector<std::int64_t> incomes_all = incomes;
    std::vector<std::int64_t> rents_all = rents;
    for (const auto& row : t.huurtoeslag_rules().rows) {
      if (row.min_income_point) {
        for (std::int64_t d : {-100, -1, 0, 1, 100}) incomes_all.push_back(row.min_income_point->cents() + d);
      }
    }
    for (const auto& limit : t.huurtoeslag_rules().capping_by_persons) {
      if (limit) {
        for (std::int64_t d : {-1, 0, 1}) rents_all.push_back(limit->cents() + d);
      }
    }
    for (int i = 0; i < 100'000 / static_cast<int>(years.size()); ++i, ++households) {
      auto pick = [&](const std::vector<std::int64_t>& edge, std::int64_t random_below) {
        return !edge.empty() && r.below(4) == 0 ? edge[static_cast<std::size_t>(r.below(static_cast<std::int64_t>(edge.size())))]
                                                : r.below(random_below);
      };
      const int kind = static_cast<int>(r.below(1000));
      std::int64_t income = pick(incomes_all, 8'000'000);
      if (kind < 5) income = 10'000'000'000 + r.below(1'000'000);  // far above the fast domain
      if (kind >= 5 && kind < 8) income = -1 - r.below(100);       // invalid
      const bool partner = r.below(2) == 0;
      const std::optional<Money> partner_income =
          partner ? std::optional<Money>(Money::from_cents(r.below(3) == 0 ? pick(incomes_all, 1'000'000) : r.below(5'000'000)))
                  : std::nullopt;
      const Money asset_amount = Money::from_cents(r.below(10) == 0 ? pick(assets, 30'000'000) : r.below(3'000'000));
      const int children = static_cast<int>(r.below(5));

      const ZorgtoeslagFacts zf{year, Money::from_cents(income), partner_income, asset_amount, r.below(10) != 0};
      CHECK(outcome([&] { return t.zorgtoeslag(zf); }) == outcome([&] { return zorgtoeslag(rules(), zf).payment.per_year; }));

      HuurtoeslagFacts hf;
      hf.year = year;
      hf.income = Money::from_cents(income);
      hf.partner_income = partner_income;
      hf.co_resident_income = Money::from_cents(r.below(8) == 0 ? r.below(2'000'000) : 0);
      hf.rent = Money::from_cents(pick(rents_all, 120'000));
      hf.service_costs = Money::from_cents(pick(services, 8'000));
      hf.household_size = 1 + (partner ? 1 : 0) + children + (r.below(20) == 0 ? static_cast<int>(r.below(16)) : 0);
      if (kind >= 8 && kind < 10) hf.household_size = 0;  // invalid
      hf.oldest_age = static_cast<int>(r.below(10) == 0 ? r.below(30) : 18 + r.below(80));
      hf.has_children = children > 0;
      hf.aow_household = hf.oldest_age >= 67;
      hf.assets = asset_amount;
      CHECK(outcome([&] { return t.huurtoeslag(hf); }) == outcome([&] { return huurtoeslag(rules(), hf).payment.per_year; }));

      KindgebondenBudgetFacts kf;
      kf.year = year;
      kf.income = Money::from_cents(income);
      kf.partner_income = partner_income;
      kf.assets = asset_amount;
      for (int c = 0; c < children; ++c) {
        KgbChild child;
        child.age = static_cast<int>(r.below(22));
        if (r.below(10) == 0) {
          child.birth_date = Date{date::year{year - static_cast<int>(r.below(19))}, date::month{static_cast<unsigned>(1 + r.below(12))},
                                  date::day{static_cast<unsigned>(1 + r.below(28))}};
        }
        kf.children.push_back(child);
      }
      CHECK(outcome([&] { return t.kindgebonden_budget(kf); }) ==
            outcome([&] { return kindgebonden_budget(rules(), kf).payment.per_year; }));
    }
  }
  CHECK(households >= 99'996);
  // 2024-2026 have the fast path for all three (else this tests nothing); 2022-2023 not for the
  // kindgebonden budget by child rank, 2027 none (no rules yet): the full functions throughout.
  INFO(fast_text);
  CHECK(fast_years >= 3);
}

TEST_CASE("toeslagen of a year: another year's facts get the full function's error", "[toeslagen][prepared]") {
  const ToeslagenOfYear t(rules(), 2024);
  ZorgtoeslagFacts zf{2025, Money::from_cents(2'000'000), std::nullopt, Money{}, true};
  CHECK_THROWS_AS(t.zorgtoeslag(zf), InputError);
  CHECK_THROWS_AS(ToeslagenOfYear(rules(), 1800), InputError);
}
