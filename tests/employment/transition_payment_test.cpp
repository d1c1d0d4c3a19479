// SPDX-License-Identifier: EUPL-1.2
// The transition payment (art. 7:673 BW) with the wage concept of the Besluit loonbegrip.

#include <catch2/catch.hpp>

#include "basisbaan/employment/service_length.hpp"
#include "basisbaan/employment/transition_payment.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

TEST_CASE("service is counted in whole years, whole months and loose days", "[employment][transition]") {
  // magontslag.nl example (labour-law.md §3.4 ex. 2): 2019-01-09 … 2021-01-31 is 2 years and the
  // loose days 2021-01-09 … 2021-01-31 (23 days); 2021-04-01 … 2022-07-31 is 1 year 4 months.
  auto s = service_length(d("2019-01-09"), d("2021-01-31"));
  CHECK(s.years == 2);
  CHECK(s.months == 0);
  CHECK(s.days == 23);
  s = service_length(d("2021-04-01"), d("2022-07-31"));
  CHECK(s.years == 1);
  CHECK(s.months == 4);
  CHECK(s.days == 0);
  // Start 2018-01-10, end 2021-12-07: 3 years, 10 months (to 2021-11-09), then 2021-11-10 …
  // 2021-12-07 = 28 loose days counted inclusively (the Rijksoverheid text says "between 11
  // November and 7 December are 27 days"; we count both ends, as in the 23-day example above).
  s = service_length(d("2018-01-10"), d("2021-12-07"));
  CHECK(s.years == 3);
  CHECK(s.months == 10);
  CHECK(s.days == 28);
}

TEST_CASE("two contracts with a two-month gap count together", "[employment][transition]") {
  std::vector<Contract> cs = {fixed("C1", "2019-01-09", "2021-01-31"), fixed("C2", "2021-04-01", "2022-07-31")};
  const auto tp = transition_payment(rules(), cs, d("2022-07-31"));
  CHECK(tp.counted_contracts.size() == 2);
  CHECK(tp.service.years == 3);
  CHECK(tp.service.months == 4);
  CHECK(tp.service.days == 23);
}

TEST_CASE("basisbaner at the 2026 minimum wage, 6 years 3 months", "[employment][transition]") {
  // labour-law.md §3.4 ex. 5 (derived): WML 2026 EUR 14.71, 32 h/week -> M0 = 2,039.79;
  // with 8 % holiday allowance M = 2,202.97 (without the year-end payment);
  // TV = 6 × M / 3 + 3 × M / 36 = 75 × 2,202.97 / 36 = 4,589.52.
  std::vector<Contract> cs = {fixed("C1", "2020-03-01", "2026-05-31")};
  TransitionWageFacts facts;
  facts.year_end_payment_per_year = Money();
  auto tp = transition_payment(rules(), cs, d("2026-05-31"), facts);
  CHECK(tp.monthly_wage.str() == "2202.97");
  CHECK(tp.service.years == 6);
  CHECK(tp.service.months == 3);
  CHECK(tp.amount.str() == "4589.52");
  CHECK(tp.claim_deadline == d("2026-08-31"));
  // With the cao's 2026 year-end payment EUR 350 × 32/37 / 12 = 25.2252 added to M:
  // M = 2,039.79 + 163.1832 + 25.2252 = 2,228.20 and TV = 75 × 2,228.20 / 36 = 4,642.08.
  tp = transition_payment(rules(), cs, d("2026-05-31"));
  CHECK(tp.monthly_wage.str() == "2228.20");
  CHECK(tp.amount.str() == "4642.08");
}

TEST_CASE("loose days: the wage earned over them divided by 36", "[employment][transition]") {
  // magontslag.nl (labour-law.md §3.4 ex. 3): 2019-07-01 … 2020-01-15 = 6 whole months and 15 loose
  // days with EUR 1,250 earned: TV = 6 × M / 36 + 1,250 / 36. With M = 3,000.00:
  // 500.00 + 34.722… = 534.72.
  std::vector<Contract> cs = {fixed("C1", "2019-07-01", "2020-01-15")};
  TransitionWageFacts facts;
  facts.base_monthly_wage = Money::parse("3000.00");
  facts.holiday_allowance_rate = Rate::percent(Decimal(0));
  facts.year_end_payment_per_year = Money();
  facts.loose_days_wage = Money::parse("1250.00");
  const auto tp = transition_payment(rules(), cs, d("2020-01-15"), facts);
  CHECK(tp.service.months == 6);
  CHECK(tp.service.days == 15);
  CHECK(tp.amount.str() == "534.72");
}

TEST_CASE("the transition payment is capped at the maximum of the year, or one year's wage if higher", "[employment][transition]") {
  // 45 years (1980-01-01 … 2024-12-31) at M = 7,000: uncapped 45 × 7,000 / 3 = 105,000. The
  // maximum in force on the end date (2024: 94,000, labour.transition_payment.maximum) is higher
  // than one year's wage (12 × 7,000 = 84,000), so the cap is 94,000.
  std::vector<Contract> cs = {fixed("C1", "1980-01-01", "2024-12-31")};
  TransitionWageFacts facts;
  facts.base_monthly_wage = Money::parse("7000.00");
  facts.holiday_allowance_rate = Rate::percent(Decimal(0));
  facts.year_end_payment_per_year = Money();
  const auto tp = transition_payment(rules(), cs, d("2024-12-31"), facts);
  CHECK(tp.service.years == 45);
  CHECK(tp.uncapped.str() == "105000.00");
  CHECK(tp.maximum.str() == "94000.00");  // the 2024 maximum: the end date decides
  CHECK(tp.amount.str() == "94000.00");
}
