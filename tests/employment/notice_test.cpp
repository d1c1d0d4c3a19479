// SPDX-License-Identifier: EUPL-1.2
// Notice on (non-)renewal (aanzegging, art. 7:668 BW) and probation (art. 7:652 BW).

#include <catch2/catch.hpp>

#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/probation.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

TEST_CASE("the last day for written notice is one month before the last day of the contract", "[employment][notice]") {
  // 7:668 lid 1: "uiterlijk een maand voordat de arbeidsovereenkomst van rechtswege eindigt".
  // The contract ends at the start of the day after its last day; a month before that is the start
  // of the same day a month earlier, so notice is due the day before (docs/employment.md, issue 13):
  // ends 2026-06-30 -> 2026-07-01 - 1 month = 2026-06-01 -> notice by 2026-05-31 (the research note's
  // 2026-05-30 was a day early); ends 2026-03-31 -> 2026-04-01 - 1 month - 1 day = 2026-02-28.
  Contract c = fixed("C1", "2025-07-01", "2026-06-30");
  auto n = renewal_notice(rules(), c, d("2026-05-01"));
  CHECK(n.state == NoticeState::Due);
  CHECK(*n.last_day == d("2026-05-31"));
  c = fixed("C1", "2025-04-01", "2026-03-31");
  CHECK(*renewal_notice(rules(), c, d("2026-01-01")).last_day == d("2026-02-28"));
}

TEST_CASE("notice given one day late costs one day's share of a month's wage", "[employment][notice]") {
  // Contract 2025-07-01 … 2026-06-30, 32 h at EUR 14.71. Wage per month (Besluit loonbegrip art. 2):
  // 14.71 × 32 × 52 / 12 = 14.71 × 138.6667 h = 2039.7871 -> EUR 2,039.79.
  // Notice on 2026-06-01, one day after 2026-05-31. Notice days: 2026-05-31 -> 2026-06-30 = 30.
  // Aanzegvergoeding pro rata (lid 3): 2,039.79 × 1 / 30 = 67.993 -> EUR 67.99.
  Contract c = fixed("C1", "2025-07-01", "2026-06-30");
  c.notice_given = d("2026-06-01");
  const auto n = renewal_notice(rules(), c, d("2026-06-01"));
  CHECK(n.state == NoticeState::GivenLate);
  CHECK(n.days_late == 1);
  CHECK(n.notice_days == 30);
  CHECK(n.monthly_wage->str() == "2039.79");
  CHECK(n.penalty->str() == "67.99");
  // On time: no penalty.
  c.notice_given = d("2026-05-31");
  CHECK(renewal_notice(rules(), c, d("2026-06-01")).state == NoticeState::GivenOnTime);
  CHECK_FALSE(renewal_notice(rules(), c, d("2026-06-01")).penalty);
}

TEST_CASE("notice 15 days late and notice missed", "[employment][notice]") {
  // Notice on 2026-06-15 for an end on 2026-06-30: 15 days after the deadline 2026-05-31, out of
  // 30 notice days: 2,039.79 × 15 / 30 = 1,019.895 -> 1,019.90 (the research note's figure for 15
  // days late, labour-law.md §2).
  Contract c = fixed("C1", "2025-07-01", "2026-06-30");
  c.notice_given = d("2026-06-15");
  auto n = renewal_notice(rules(), c, d("2026-07-01"));
  CHECK(n.days_late == 15);
  CHECK(n.penalty->str() == "1019.90");
  // No notice at all and the contract has ended: one month's wage (lid 3).
  c.notice_given.reset();
  n = renewal_notice(rules(), c, d("2026-07-01"));
  CHECK(n.state == NoticeState::Missed);
  CHECK(n.penalty->str() == "2039.79");
  // Not yet ended but past the last day: overdue, with the penalty if given today.
  n = renewal_notice(rules(), c, d("2026-06-05"));
  CHECK(n.state == NoticeState::Overdue);
  CHECK(n.days_late == 5);
}

TEST_CASE("contracts shorter than six months need no notice", "[employment][notice]") {
  // 7:668 lid 2: only contracts of six months or longer. 2026-01-01 … 2026-06-29 is one day short.
  CHECK(renewal_notice(rules(), fixed("C1", "2026-01-01", "2026-06-29"), d("2026-06-01")).state == NoticeState::NotRequired);
  CHECK(renewal_notice(rules(), fixed("C1", "2026-01-01", "2026-06-30"), d("2026-05-01")).state == NoticeState::Due);
  // A contract that is indefinite by the chain rule does not end by law: no notice.
  CHECK(renewal_notice(rules(), fixed("C1", "2026-01-01", "2026-12-31"), d("2026-05-01"), false).state ==
        NoticeState::NotRequired);
}

TEST_CASE("probation allowed by contract length and never in a renewal", "[employment][probation]") {
  // 7:652: none in a fixed-term contract of at most 6 months; 1 month below 2 years; 2 months for
  // 2 years or more and for an indefinite contract; void in a new contract with the same employer.
  CHECK(allowed_probation(rules(), {}, fixed("C1", "2026-01-01", "2026-06-30")).max_months == 0);
  const auto one = allowed_probation(rules(), {}, fixed("C1", "2026-01-01", "2026-07-01"));
  CHECK(one.max_months == 1);
  CHECK(*one.last_day == d("2026-01-31"));
  CHECK(allowed_probation(rules(), {}, fixed("C1", "2026-01-01", "2027-12-31")).max_months == 2);
  Contract perm = fixed("C1", "2026-01-01", "2026-12-31");
  perm.end.reset();
  perm.indefinite = true;
  CHECK(allowed_probation(rules(), {}, perm).max_months == 2);
  const auto renewal = allowed_probation(rules(), {fixed("C1", "2025-01-01", "2025-12-31")}, fixed("C2", "2026-01-01", "2026-12-31"));
  CHECK(renewal.max_months == 0);
  CHECK_THAT(renewal.reason, Catch::Contains("7:652 lid 8"));
}

TEST_CASE("a fixed-term contract ended early by agreement or notice owes no aanzegging", "[employment][notice]") {
  // Art. 7:668 lid 1 BW: the notice concerns a contract that ends by operation of law. C1 ran
  // from 2025-07-01 for a fixed term and was ended on 2026-04-15 by a termination agreement (art. 7:670b):
  // it does not end by operation of law on 2026-04-15, so no notice falls due, none is overdue
  // and no aanzegvergoeding accrues — also when looked at after the day a notice would have been due.
  Contract c = fixed("C1", "2025-07-01", "2026-04-15");
  c.ending = ContractEnding{EndReason::MutualAgreement, EndInitiative::Employer};
  const auto n = renewal_notice(rules(), c, d("2026-04-01"));
  CHECK(n.state == NoticeState::NotRequired);
  CHECK_FALSE(n.penalty);
  CHECK(n.why.find("mutual-agreement") != std::string::npos);
  // The same contract ending by the lapse of its term keeps the duty: notice by 2026-03-15, overdue
  // on 1 April.
  c.ending = ContractEnding{EndReason::FixedTermExpired, EndInitiative::Employer};
  CHECK(renewal_notice(rules(), c, d("2026-04-01")).state == NoticeState::Overdue);
}
