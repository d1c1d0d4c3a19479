// SPDX-License-Identifier: EUPL-1.2
// Benchmark of issue 18: the three toeslagen (zorgtoeslag, huurtoeslag, kindgebonden budget) for
// 10,000 households of 2024, rules prepared once per year, against looking the rules up by name
// on every call. The households are read from a JSON file (written first, deterministically, when
// it does not exist) so that the JavaScript peer of bench/peer/ computes the very same ones.
//   toeslagen_bench [HOUSEHOLDS.json [RESULTS.json [--prepared-only | --fast-only]]]   (default: households-2024.json)
// RESULTS.json gets each household's three yearly amounts, for bench/peer/ to compare answers.

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "basisbaan/law/huurtoeslag.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"
#include "basisbaan/law/toeslagen_of_year.hpp"
#include "basisbaan/law/zorgtoeslag.hpp"
#include "bench_util.hpp"

using namespace basisbaan;

namespace {

constexpr int kYear = 2024;
constexpr int kHouseholds = 10000;

// A small deterministic generator (64-bit LCG, Knuth's MMIX constants): the same file everywhere.
struct Lcg {
  std::uint64_t state = 20240101;
  std::int64_t below(std::int64_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::int64_t>((state >> 33) % static_cast<std::uint64_t>(n));
  }
};

// Amounts in cents, so that no side reads a binary fraction.
nlohmann::json generate() {
  Lcg r;
  nlohmann::json all = nlohmann::json::array();
  for (int i = 0; i < kHouseholds; ++i) {
    nlohmann::json h;
    const bool partner = r.below(2) == 0;
    h["income_cents"] = r.below(6'000'000);
    h["partner_income_cents"] = partner ? nlohmann::json(r.below(4'000'000)) : nlohmann::json(nullptr);
    h["assets_cents"] = r.below(20) == 0 ? 20'000'000 + r.below(10'000'000) : r.below(3'000'000);
    h["rent_cents"] = 30'000 + r.below(65'000);
    h["service_costs_cents"] = r.below(4'000);
    const int children = static_cast<int>(r.below(4));
    nlohmann::json ages = nlohmann::json::array();
    for (int c = 0; c < children; ++c) ages.push_back(r.below(18));
    h["children_ages"] = ages;
    const std::int64_t oldest = children > 0 ? 25 + r.below(30) : 23 + r.below(60);
    h["oldest_age"] = oldest;
    h["aow"] = oldest >= 67;
    h["persons"] = 1 + (partner ? 1 : 0) + children;
    all.push_back(h);
  }
  return all;
}

struct Household {
  ZorgtoeslagFacts zorg;
  HuurtoeslagFacts huur;
  KindgebondenBudgetFacts kgb;
};

std::vector<Household> read_households(const nlohmann::json& all) {
  std::vector<Household> out;
  for (const auto& j : all) {
    Household h;
    const Money income = Money::from_cents(j["income_cents"].get<std::int64_t>());
    std::optional<Money> partner;
    if (!j["partner_income_cents"].is_null()) partner = Money::from_cents(j["partner_income_cents"].get<std::int64_t>());
    const Money assets = Money::from_cents(j["assets_cents"].get<std::int64_t>());
    h.zorg = {kYear, income, partner, assets, true};
    h.huur.year = kYear;
    h.huur.income = income;
    h.huur.partner_income = partner;
    h.huur.rent = Money::from_cents(j["rent_cents"].get<std::int64_t>());
    h.huur.service_costs = Money::from_cents(j["service_costs_cents"].get<std::int64_t>());
    h.huur.household_size = j["persons"].get<int>();
    h.huur.oldest_age = j["oldest_age"].get<int>();
    h.huur.has_children = !j["children_ages"].empty();
    h.huur.aow_household = j["aow"].get<bool>();
    h.huur.assets = assets;
    h.kgb.year = kYear;
    h.kgb.income = income;
    h.kgb.partner_income = partner;
    h.kgb.assets = assets;
    for (const auto& a : j["children_ages"]) h.kgb.children.push_back(KgbChild{std::nullopt, a.get<int>()});
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("basisbaan toeslagen benchmark (one core)\n");
  const std::string path = argc > 1 ? argv[1] : "households-2024.json";
  const bool prepared_only = argc > 3 && std::string(argv[3]) == "--prepared-only";  // for a profile
  const bool fast_only = argc > 3 && std::string(argv[3]) == "--fast-only";  // for a profile
  if (!std::ifstream(path)) {
    std::ofstream(path) << generate().dump() << "\n";
    std::printf("wrote %d households to %s\n", kHouseholds, path.c_str());
  }
  std::ifstream in(path);
  const std::vector<Household> households = read_households(nlohmann::json::parse(in));
  const RuleBook rules = RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR);
  const std::size_t n_households = households.size();

  const ZorgtoeslagRules zorg(rules, kYear);
  const HuurtoeslagRules huur(rules, kYear);
  const KindgebondenBudgetRules kgb(rules, kYear);
  const ToeslagenOfYear fast(rules, kYear);
  const ToeslagenOfYear::FastPaths paths = fast.fast_paths();
  std::printf("integer fast paths for %d: zorgtoeslag %s, huurtoeslag %s, kindgebonden budget %s\n", kYear,
              paths.zorgtoeslag ? "yes" : "no", paths.huurtoeslag ? "yes" : "no", paths.kindgebonden_budget ? "yes" : "no");
  std::int64_t total = 0;
  nlohmann::json results = nlohmann::json::array();
  for (const Household& h : households) {
    const std::int64_t z = zorgtoeslag(zorg, h.zorg).payment.per_year.cents();
    const std::int64_t t = huurtoeslag(huur, h.huur).payment.per_year.cents();
    const std::int64_t k = h.kgb.children.empty() ? 0 : kindgebonden_budget(kgb, h.kgb).payment.per_year.cents();
    // The same answers through the RuleBook API (a check, not a test: the suite compares them too).
    if (!prepared_only && !fast_only && (z != zorgtoeslag(rules, h.zorg).payment.per_year.cents() || t != huurtoeslag(rules, h.huur).payment.per_year.cents() ||
        (!h.kgb.children.empty() && k != kindgebonden_budget(rules, h.kgb).payment.per_year.cents()))) {
      std::printf("prepared and unprepared answers differ\n");
      return 1;
    }
    // The integer path (ToeslagenOfYear) must pay the same (the suite compares 100,000 households).
    if (z != fast.zorgtoeslag(h.zorg).cents() || t != fast.huurtoeslag(h.huur).cents() ||
        (!h.kgb.children.empty() && k != fast.kindgebonden_budget(h.kgb).cents())) {
      std::printf("integer and Decimal answers differ\n");
      return 1;
    }
    total += z + t + k;
    results.push_back({{"zorgtoeslag", z / 100}, {"huurtoeslag", t / 100}, {"kindgebonden_budget", k / 100}});
  }
  std::printf("%zu households of %d: %lld.%02lld euros of toeslagen a year in all\n", n_households, kYear,
              static_cast<long long>(total / 100), static_cast<long long>(total % 100));
  if (argc > 2 && std::string(argv[2]) != "-") std::ofstream(argv[2]) << results.dump() << "\n";

  // Households without children get no kindgebonden budget; as in a comparison, it is not computed.
  bench::measure("3 toeslagen per household, amounts only (ToeslagenOfYear)", [&](std::uint64_t n) {
    std::int64_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
      const Household& h = households[i % n_households];
      sum += fast.zorgtoeslag(h.zorg).cents();
      sum += fast.huurtoeslag(h.huur).cents();
      if (!h.kgb.children.empty()) sum += fast.kindgebonden_budget(h.kgb).cents();
    }
    bench::keep(sum);
  });
  if (fast_only) return 0;
  bench::measure("3 toeslagen per household, rules prepared per year", [&](std::uint64_t n) {
    std::int64_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
      const Household& h = households[i % n_households];
      sum += zorgtoeslag(zorg, h.zorg).payment.per_year.cents();
      sum += huurtoeslag(huur, h.huur).payment.per_year.cents();
      if (!h.kgb.children.empty()) sum += kindgebonden_budget(kgb, h.kgb).payment.per_year.cents();
    }
    bench::keep(sum);
  });
  if (prepared_only) return 0;
  bench::measure("3 toeslagen per household, RuleBook look-ups", [&](std::uint64_t n) {
    std::int64_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) {
      const Household& h = households[i % n_households];
      sum += zorgtoeslag(rules, h.zorg).payment.per_year.cents();
      sum += huurtoeslag(rules, h.huur).payment.per_year.cents();
      if (!h.kgb.children.empty()) sum += kindgebonden_budget(rules, h.kgb).payment.per_year.cents();
    }
    bench::keep(sum);
  });
  return 0;
}
