// SPDX-License-Identifier: EUPL-1.2
// Art. 7:673 lid 7 onder a BW: no transition payment when the employee is under 18 and worked on
// average at most 12 hours a week (labour.transition_payment.minor_age / minor_max_weekly_hours).

#include <catch2/catch.hpp>

#include "basisbaan/employment/young_part_timer.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

namespace {

std::vector<Contract> contracts(const char* second_half_hours) {
  Contract a = fixed("C1", "2026-01-01", "2026-06-30");
  a.hours_per_week = Hours(Decimal(10));
  Contract b = fixed("C2", "2026-07-01", "2026-12-31");
  b.hours_per_week = Hours(Decimal::parse(second_half_hours));
  return {a, b};
}

const ContractEnding kNotContinued{EndReason::FixedTermExpired, EndInitiative::Employer, false, false};

}  // namespace

TEST_CASE("art. 7:673 lid 7 onder a BW: under 18 and at most 12 hours a week on average", "[employment][transition]") {
  // 10 hours for 2026-01-01 … 06-30 (181 days) and 13.9 hours for 07-01 … 12-31 (184 days):
  // 10 × 181 + 13.9 × 184 = 1810 + 2557.6 = 4367.6 ≤ 12 × 365 = 4380: on average at most 12.
  // Born 2009-03-01: 17 on the last day 2026-12-31. Not due.
  TransitionEntitlement t = transition_entitlement(rules(), kNotContinued, contracts("13.9"), d("2009-03-01"), d("2026-12-31"));
  CHECK_FALSE(t.due);
  CHECK(t.why.find("art. 7:673 lid 7 onder a BW") != std::string::npos);
  // 14 hours in the second half: 1810 + 2576 = 4386 > 4380: more than 12 on average. Due.
  CHECK(transition_entitlement(rules(), kNotContinued, contracts("14"), d("2009-03-01"), d("2026-12-31")).due);
  // 18 on the last day (born 2008-12-31): the exception does not apply. Due.
  CHECK(transition_entitlement(rules(), kNotContinued, contracts("13.9"), d("2008-12-31"), d("2026-12-31")).due);
  // Born a day later (2009-01-01): still 17 on 2026-12-31. Not due.
  CHECK_FALSE(transition_entitlement(rules(), kNotContinued, contracts("13.9"), d("2009-01-01"), d("2026-12-31")).due);
  // Not due for another reason stays not due, with that reason (a termination agreement, 7:670b).
  const ContractEnding agreed{EndReason::MutualAgreement, EndInitiative::Employer, false, false};
  CHECK(transition_entitlement(rules(), agreed, contracts("13.9"), d("2009-03-01"), d("2026-12-31")).why.find("7:670b") !=
        std::string::npos);
}
