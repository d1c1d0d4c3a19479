// SPDX-License-Identifier: EUPL-1.2
// The sweep in plain words (the coach's review F6, sweep_summary.hpp): the page and the table
// must not say "about the same" where the household has more, nor "more hours give less" where
// the household is simply below its current income. A sweep written out by hand, so that every
// group is known; then the couple with two children of comparison_test.cpp.

#include <catch2/catch.hpp>

#include <algorithm>

#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/sweep_summary.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

using income_test::example;
using income_test::rules;

Hours hours(int h) { return Hours(Decimal(h)); }

// A sweep 0..6 hours with the current income 12000 a year (1000 a month) and tax_settlement as
// the only line. Net per year at 0..6 hours, against now (noise threshold 120 a year):
//   0: 12000 (now)        1: 11800 (−200: less)  2: 11700 (−300: less)  3: 12050 (+50: about the same)
//   4: 12400 (+400: more) 5: 12200 (+200: more, but 200 below 4 hours: a dip)  6: 12600 (more)
// Bijstand tops up from 1 to 3 hours; at 3 hours the assessment asks 150 back (more than 120).
Sweep hand_sweep() {
  Sweep s;
  s.range = SweepRange{hours(0), hours(6), hours(1)};
  s.line_codes = {"tax_settlement", "bijstand"};
  s.current_net_per_year = Money::parse("12000");
  s.current_net_per_month = Money::parse("1000");
  const char* nets[] = {"12000", "11800", "11700", "12050", "12400", "12200", "12600"};
  for (int h = 0; h <= 6; ++h) {
    SweepPoint p;
    p.hours = hours(h);
    p.net_per_year = Money::parse(nets[h]);
    p.lines_per_year = {h == 3 ? Money::parse("-150") : Money(), Money()};
    s.points.push_back(p);
  }
  s.top_up_until = hours(3);
  s.best_hours = hours(6);
  // sweep(): points where fewer hours gave at least the noise threshold more: 1 and 2 (below the
  // 12000 of 0 hours) and 5 (below the 12400 of 4 hours).
  s.worse_than_fewer_hours = {hours(1), hours(2), hours(5)};
  return s;
}

}  // namespace

TEST_CASE("the sweep summary groups the hours against the current income with the noise threshold", "[income][sweep]") {
  const SweepGroups g = sweep_groups(hand_sweep());
  CHECK(g.less_than_now == std::vector<Hours>{hours(1), hours(2)});
  CHECK(g.more_than_now == std::vector<Hours>{hours(4), hours(5), hours(6)});
  CHECK(g.dips == std::vector<Hours>{hours(5)});  // 1 and 2 are already "less than now"
}

TEST_CASE("the sweep summary in Dutch and English says each group once, without contradiction", "[income][sweep]") {
  const Sweep s = hand_sweep();
  CHECK(sweep_summary_nl(s) ==
        "Tot en met 3 uur per week vult de bijstand uw loon aan; wel moet u dan na het jaar belasting terugbetalen. "
        "Bij 1 tot en met 2 uur per week houdt u minder over dan nu. Bij 4 tot en met 6 uur per week houdt u meer over dan nu. "
        "Let op: bij 5 uur houdt u minder over dan met minder uren. Het hoogste inkomen is er bij 6 uur.");
  CHECK(sweep_summary_en(s) ==
        "bijstand tops up the wage up to 3 h (income tax to pay back after the year); less than now at 1-2 h; "
        "more than now at 4-6 h; less than with fewer hours at 5 h; highest net income at 6 h");
  Sweep never = s;
  for (auto& p : never.points) p.net_per_year = Money::parse("11000");
  never.top_up_until.reset();
  never.worse_than_fewer_hours.clear();
  never.best_hours = hours(0);
  CHECK(sweep_summary_nl(never) ==
        "Bij 1 tot en met 6 uur per week houdt u minder over dan nu. Bij geen van de berekende uren houdt u meer over dan nu. "
        "Het hoogste inkomen is er bij 0 uur.");
}

TEST_CASE("the couple with two children: the top-up hours and the better-off hours no longer contradict", "[income][sweep]") {
  // The reviewer's h3 (the bundled example): bijstand tops up until 30 hours and the household is
  // better off from 29 hours. The old page said "until 30 hours your income stays about the same"
  // and "from 29 hours better off"; now every point is in exactly one group.
  const Household h = read_household(rules(), example("couple-two-children-groningen.json"), "c.json");
  const Sweep s = sweep(IncomeModel(rules(), h), SweepRange::standard());
  const SweepGroups g = sweep_groups(s);
  for (const auto& p : s.points) {
    if (p.hours.value().sign() == 0) continue;
    const Money diff = p.net_per_year - s.current_net_per_year;
    const bool less = std::find(g.less_than_now.begin(), g.less_than_now.end(), p.hours) != g.less_than_now.end();
    const bool more = std::find(g.more_than_now.begin(), g.more_than_now.end(), p.hours) != g.more_than_now.end();
    INFO(p.hours.str() << " " << diff.str());
    CHECK(less == (-diff >= noise_threshold_per_month() * 12));
    CHECK(more == (diff >= noise_threshold_per_month() * 12));
  }
  const std::string nl = sweep_summary_nl(s);
  CHECK(nl.find("ongeveer gelijk") == std::string::npos);
  CHECK(nl.find("Tot en met 30 uur per week vult de bijstand uw loon aan") != std::string::npos);
  REQUIRE(s.break_even_hours);
  CHECK(nl.find("Bij " + s.break_even_hours->str() + " tot en met") != std::string::npos);
}
