// SPDX-License-Identifier: EUPL-1.2
// Bijstand (Participatiewet): the norms of every half year 2024-2026 against the consolidated law
// text (art. 21, 22 as in force on each date, wetten.overheid.nl/BWBR0015703/<date>), the holiday-
// allowance split against the municipal norm tables, and the top-up with the earnings disregards
// (worked examples of docs/research/income.md 1.3, computed by hand).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/bijstand.hpp"

using namespace basisbaan;

namespace {
const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}
std::string norm(const char* on, BijstandHousehold h, bool aow = false) {
  return bijstand_norm(rules(), parse_date(on), h, aow).per_month.str();
}
constexpr auto kSingle = BijstandHousehold::Single;
constexpr auto kParent = BijstandHousehold::SingleParent;
constexpr auto kCouple = BijstandHousehold::Couple;

BijstandFacts working(const char* month, BijstandHousehold h, const char* net, int disregard_month, int age = 30) {
  BijstandFacts f;
  f.month = parse_date(month);
  f.household = h;
  f.age = age;
  f.net_earnings = Money::parse(net);
  f.disregard_month = disregard_month;
  return f;
}
}  // namespace

TEST_CASE("bijstand norms for every half year equal the law text", "[bijstand]") {
  // Pw art. 21 sub a / b and art. 22 sub a / b-c, consolidated text on each date.
  struct Row {
    const char* on;
    const char* single;
    const char* couple;
    const char* single_aow;
    const char* couple_aow;
  };
  const std::vector<Row> rows{
      {"2024-01-01", "1283.83", "1834.04", "1425.76", "1932.32"},
      {"2024-07-01", "1308.45", "1869.21", "1456.85", "1976.64"},
      {"2025-01-01", "1345.45", "1922.07", "1501.07", "2053.48"},
      {"2025-07-01", "1369.06", "1955.80", "1530.21", "2094.98"},
      {"2026-01-01", "1401.50", "2002.13", "1564.69", "2144.16"},
      {"2026-07-01", "1419.46", "2027.79", "1587.34", "2176.10"},
  };
  for (const auto& r : rows) {
    INFO("date " << r.on);
    CHECK(norm(r.on, kSingle) == r.single);
    CHECK(norm(r.on, kParent) == r.single);  // a single parent has the single norm (art. 21 sub a)
    CHECK(norm(r.on, kCouple) == r.couple);
    CHECK(norm(r.on, kSingle, true) == r.single_aow);
    CHECK(norm(r.on, kCouple, true) == r.couple_aow);
  }
  // The day before a change still has the old norm.
  CHECK(norm("2025-06-30", kSingle) == "1345.45");
  CHECK(norm("2025-12-31", kCouple) == "1955.80");
}

TEST_CASE("the holiday-allowance part matches the municipal norm tables", "[bijstand]") {
  // gemeente.groningen.nl/bijstandsnormen-gemeente-groningen (2024): single 1283.83 incl. / 1219.64 excl.
  const auto s = bijstand_norm(rules(), parse_date("2024-01-01"), kSingle);
  CHECK(s.holiday_allowance_part.str() == "64.19");
  CHECK(s.excluding_holiday_allowance.str() == "1219.64");
  // rsddeliemers.nl (2024): couple 1834.04 incl. / 1742.34 excl.
  const auto c = bijstand_norm(rules(), parse_date("2024-01-01"), kCouple);
  CHECK(c.excluding_holiday_allowance.str() == "1742.34");
  // The 5 % is 'derived' (the law text reads 4.8 %, docs/income-rules.md); it is not unconfirmed.
  CHECK(s.holiday_allowance_rate.str() == "5%");
}

TEST_CASE("partial bijstand tops up net earnings to the norm with the earnings disregard", "[bijstand]") {
  // docs/research/income.md 1.3, 2026-01: single, 30, net wages 800 a month. Disregard min(25 % × 800, 285)
  // = 200; income counted 600; top-up 1401.50 − 600 = 801.50; the household has 1601.50.
  const auto b = bijstand(rules(), working("2026-01-15", kSingle, "800", 1));
  CHECK(b.earnings_disregard.str() == "200.00");
  CHECK(b.income_counted.str() == "600.00");
  CHECK(b.top_up.str() == "801.50");
  CHECK(b.net_total.str() == "1601.50");
  // 5 % of the top-up is reserved as holiday allowance: 40.075 → 40.08.
  CHECK(b.top_up_holiday_allowance.str() == "40.08");
  // Month 6 still has it; month 7 not: top-up 601.50, total 1401.50 (no gain from working).
  CHECK(bijstand(rules(), working("2026-06-01", kSingle, "800", 6)).top_up.str() == "801.50");
  const auto after = bijstand(rules(), working("2026-07-01", kSingle, "800", 7));
  CHECK(after.earnings_disregard.is_zero());
  CHECK(after.net_total.str() == "1419.46");  // 2026-07 norm: the top-up fills the gap exactly
  // Couple, joint net 1500: disregard capped at 285; 2002.13 − 1215.00 = 787.13.
  CHECK(bijstand(rules(), working("2026-01-01", kCouple, "1500", 2)).top_up.str() == "787.13");
}

TEST_CASE("earnings disregard edges: age 27, the cap, rounding", "[bijstand]") {
  // Pw art. 31 lid 5: not under 27.
  const auto young = bijstand(rules(), working("2026-01-01", kSingle, "800", 1, 26));
  CHECK(young.earnings_disregard.is_zero());
  CHECK(young.top_up.str() == "601.50");
  CHECK(bijstand(rules(), working("2026-01-01", kSingle, "800", 1, 27)).earnings_disregard.str() == "200.00");
  // Cap exactly: 25 % × 1140 = 285 (the 2026 maximum); 1140.04 → 285.01 capped to 285.
  CHECK(bijstand(rules(), working("2026-01-01", kSingle, "1140", 1)).earnings_disregard.str() == "285.00");
  CHECK(bijstand(rules(), working("2026-01-01", kSingle, "1140.04", 1)).earnings_disregard.str() == "285.00");
  // 25 % × 800.02 = 200.005 → 200.01 (half up to the cent).
  CHECK(bijstand(rules(), working("2026-01-01", kSingle, "800.02", 1)).earnings_disregard.str() == "200.01");
  // Not granted (disregard month 0): everything counts.
  CHECK(bijstand(rules(), working("2026-01-01", kSingle, "800", 0)).top_up.str() == "601.50");
}

TEST_CASE("single parent with a child under 12 keeps 12.5 % for 30 months after the first 6", "[bijstand]") {
  // Pw art. 31 lid 2 sub r (2026-01-01): 12.5 % × 800 = 100 (max 177.66); top-up 1401.50 − 700 = 701.50.
  auto f = working("2026-01-01", kParent, "800", 7);
  f.child_under_12 = true;
  const auto b = bijstand(rules(), f);
  CHECK(b.single_parent_disregard.str() == "100.00");
  CHECK(b.top_up.str() == "701.50");
  f.disregard_month = 36;
  CHECK(bijstand(rules(), f).single_parent_disregard.str() == "100.00");
  f.disregard_month = 37;
  CHECK(bijstand(rules(), f).single_parent_disregard.is_zero());
}

TEST_CASE("a net wage above the norm ends the bijstand", "[bijstand]") {
  const auto b = bijstand(rules(), working("2025-07-01", kSingle, "1700", 0));
  CHECK(b.top_up.is_zero());
  CHECK(b.net_total.str() == "1700.00");
}

TEST_CASE("bijstand stops one euro above the asset limit", "[bijstand]") {
  // Pw art. 34 lid 3 sub a (2026-01-01): 8000 for a single person.
  auto f = working("2026-02-01", kSingle, "0", 0);
  f.assets = Money::euros(8000);
  CHECK(bijstand(rules(), f).top_up.str() == "1401.50");
  f.assets = Money::euros(8001);
  const auto b = bijstand(rules(), f);
  CHECK(b.assets_above_limit);
  CHECK(b.top_up.is_zero());
}

TEST_CASE("bijstand rejects bad input, flags unconfirmed values and explains itself", "[bijstand]") {
  CHECK_THROWS_WITH(parse_bijstand_household("family"), Catch::Contains("single, single-parent or couple"));
  CHECK(parse_bijstand_household("single_parent") == kParent);
  CHECK_THROWS_WITH(bijstand(rules(), working("2026-01-01", kSingle, "-1", 0)), Catch::Contains("net earnings"));
  CHECK_THROWS_AS(bijstand_norm(rules(), parse_date("2021-12-31"), kSingle), RuleError);
  // The 2026-07 disregard maximum is unconfirmed in the rules; a result that uses it says so.
  const auto b = bijstand(rules(), working("2026-07-01", kSingle, "2000", 1));
  CHECK(b.earnings_disregard.str() == "285.00");
  REQUIRE(b.unconfirmed.size() == 1);
  CHECK_THAT(b.unconfirmed[0], Catch::Contains("bijstand.earnings_disregard.max_per_month"));
  Trace trace("bijstand");
  bijstand(rules(), working("2026-01-01", kSingle, "800", 1), &trace);
  const std::string text = trace.to_text();
  CHECK_THAT(text, Catch::Contains("bijstand.norm.single = 1401.50"));
  CHECK_THAT(text, Catch::Contains("Pw art. 31 lid 2 sub n"));
  CHECK_THAT(text, Catch::Contains("Pw art. 19 lid 2"));
}

TEST_CASE("bijstand norms 2022 and 2023 equal the law text", "[bijstand]") {
  // Pw art. 21 sub a / b and art. 22 sub a / b-c, consolidated texts 2022-01-01, 2022-07-01,
  // 2023-01-01 (also Normenbrief 1 januari 2023) and 2023-07-01 (wetten.overheid.nl BWBR0015703).
  struct Row {
    const char* on;
    const char* single;
    const char* couple;
    const char* single_aow;
    const char* couple_aow;
  };
  const std::vector<Row> rows{
      {"2022-01-01", "1091.71", "1559.58", "1213.06", "1642.54"},
      {"2022-07-01", "1101.82", "1574.03", "1225.67", "1660.36"},
      {"2023-01-01", "1195.66", "1708.08", "1330.67", "1807.20"},
      {"2023-07-01", "1216.62", "1738.02", "1357.66", "1843.60"},
  };
  for (const auto& r : rows) {
    INFO("date " << r.on);
    CHECK(norm(r.on, kSingle) == r.single);
    CHECK(norm(r.on, kCouple) == r.couple);
    CHECK(norm(r.on, kSingle, true) == r.single_aow);
    CHECK(norm(r.on, kCouple, true) == r.couple_aow);
  }
  CHECK(norm("2023-12-31", kSingle) == "1216.62");
  // Holiday-allowance part at 5 % of the norm incl. allowance (municipal practice, see
  // rules/bijstand.xml): 2023-07 single 5 % × 1.216,62 = 60,831 → 60,83; excl. 1.155,79.
  // Check against gemeente Groningen's energietoeslag table 2023: 120 % × 1.216,62 = 1.459,94.
  const auto s = bijstand_norm(rules(), parse_date("2023-07-01"), kSingle);
  CHECK(s.holiday_allowance_part.str() == "60.83");
  CHECK(s.excluding_holiday_allowance.str() == "1155.79");
}

TEST_CASE("earnings disregard 2023: 25 % up to 246,00 a month", "[bijstand]") {
  // Pw art. 31 lid 2 sub n, text 2023-01-01: 25 % of the earnings, at most EUR 246,00 a month.
  // Net earnings 1.000,00 in the first month: disregard min(250,00; 246,00) = 246,00; counted
  // 754,00; top-up = 1.195,66 − 754,00 = 441,66.
  const auto b = bijstand(rules(), working("2023-03-01", kSingle, "1000.00", 1));
  CHECK(b.earnings_disregard.str() == "246.00");
  CHECK(b.income_counted.str() == "754.00");
  CHECK(b.top_up.str() == "441.66");
}
