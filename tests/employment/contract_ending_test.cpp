// SPDX-License-Identifier: EUPL-1.2
// How a contract ended and what follows from it: the transition payment when a permanent
// contract ends (art. 7:673 lid 1 and 7 BW), the UWV compensation after two years of sickness
// (art. 7:673e BW), and contracts that end on an event (art. 7:668 lid 2, 7:652 lid 6, 7:668a BW).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/contract_ending.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/probation.hpp"
#include "basisbaan/employment/transition_payment.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

namespace {

ContractEnding ending(EndReason r, EndInitiative i, bool employer_culpable = false, bool employee_culpable = false) {
  return ContractEnding{r, i, employer_culpable, employee_culpable};
}

Contract permanent(const char* start, const char* last_day) {
  Contract c = fixed("C1", start, last_day);
  c.indefinite = true;
  return c;
}

}  // namespace

TEST_CASE("transition payment due or not by how the contract ended (art. 7:673 lid 1 and 7 BW)", "[employment][ending]") {
  using R = EndReason;
  using I = EndInitiative;
  // Lid 1 onder a: "door de werkgever is opgezegd" (sub 1), "op verzoek van de werkgever is
  // ontbonden" (sub 2), "na een einde van rechtswege op initiatief van de werkgever niet
  // aansluitend is voortgezet" (sub 3).
  CHECK(transition_entitlement(ending(R::UwvPermission, I::Employer)).due);
  CHECK(transition_entitlement(ending(R::AfterLongSickness, I::Employer)).due);
  CHECK(transition_entitlement(ending(R::AfterLongSickness, I::Employer)).why.find("7:673e") != std::string::npos);
  CHECK(transition_entitlement(ending(R::CourtDissolution, I::Employer)).why.find("lid 1 onder a sub 2") != std::string::npos);
  CHECK(transition_entitlement(ending(R::FixedTermExpired, I::Employer)).why.find("lid 1 onder a sub 3") != std::string::npos);
  CHECK(transition_entitlement(ending(R::EventOccurred, I::Employer)).due);
  // Since the WAB (2020) from the first day, so also notice during probation.
  CHECK(transition_entitlement(ending(R::ProbationDismissal, I::Employer)).due);
  // Lid 1 onder b: at the employee's initiative only with serious culpability of the employer.
  CHECK_FALSE(transition_entitlement(ending(R::Resignation, I::Employee)).due);
  CHECK_FALSE(transition_entitlement(ending(R::FixedTermExpired, I::Employee)).due);
  CHECK_FALSE(transition_entitlement(ending(R::CourtDissolution, I::Employee)).due);
  CHECK(transition_entitlement(ending(R::Resignation, I::Employee, true)).due);
  CHECK(transition_entitlement(ending(R::CourtDissolution, I::Employee, true)).why.find("lid 1 onder b") != std::string::npos);
  // Lid 7 onder c: serious culpability of the employee; lid 7 onder b: the AOW age.
  CHECK_FALSE(transition_entitlement(ending(R::UrgentCause, I::Employer, false, true)).due);
  CHECK(transition_entitlement(ending(R::UrgentCause, I::Employer, false, true)).why.find("lid 7 onder c") != std::string::npos);
  CHECK_FALSE(transition_entitlement(ending(R::AowAge, I::Employer)).due);
  // A termination agreement (7:670b) and death (7:674) are none of the endings of lid 1.
  CHECK_FALSE(transition_entitlement(ending(R::MutualAgreement, I::Employer)).due);
  CHECK_FALSE(transition_entitlement(ending(R::Death, I::Employee)).due);
}

TEST_CASE("a reason that does not fit the initiative is refused", "[employment][ending]") {
  CHECK_THROWS_AS(validate_ending(ending(EndReason::UwvPermission, EndInitiative::Employee), "x"), InputError);
  CHECK_THROWS_AS(validate_ending(ending(EndReason::Resignation, EndInitiative::Employer), "x"), InputError);
  CHECK_THROWS_AS(validate_ending(ending(EndReason::Other, EndInitiative::Employer, true, true), "x"), InputError);
  CHECK(parse_end_reason("uwv-permission") == EndReason::UwvPermission);
  CHECK(to_string(EndReason::AfterLongSickness) == "after-long-sickness");
  CHECK_FALSE(parse_end_reason("einde project").has_value());
  CHECK(parse_end_initiative("employee") == EndInitiative::Employee);
  CHECK(end_reason_names().size() == 12);
}

TEST_CASE("a permanent contract ended with UWV permission: the transition payment", "[employment][ending]") {
  // Indefinite from 2020-03-01, notice with UWV permission, last day 2026-05-31: due (7:673 lid 1
  // onder a sub 1). Hand calculation as for a fixed term (lid 2 makes no difference): 32 h at
  // EUR 14.71, base 14.71 × 32 × 13 / 3 = 2,039.79; with 8 % holiday allowance (art. 15 Wml)
  // M = 2,202.97 (no year-end payment given). Service 2020-03-01 … 2026-05-31 = 6 years 3 months;
  // TV = (6 × 12 + 3) × M / 36 = 75 × 2,202.97 / 36 = 165,222.75 / 36 = 4,589.52 (half up).
  std::vector<Contract> cs = {permanent("2020-03-01", "2026-05-31")};
  cs[0].ending = ending(EndReason::UwvPermission, EndInitiative::Employer);
  REQUIRE(transition_entitlement(*cs[0].ending).due);
  TransitionWageFacts facts;
  facts.year_end_payment_per_year = Money();
  const TransitionPayment tp = transition_payment(rules(), cs, d("2026-05-31"), facts);
  CHECK(tp.monthly_wage.str() == "2202.97");
  CHECK(tp.service.years == 6);
  CHECK(tp.service.months == 3);
  CHECK(tp.amount.str() == "4589.52");
}

TEST_CASE("after two years of sickness: the UWV compensation is the lowest of three (art. 7:673e lid 2 BW)",
          "[employment][ending]") {
  // Same employee, sick from 2024-03-04; the 104 weeks (7:629 lid 1) run to 2024-03-04 + 728 - 1
  // = 2026-03-01, after which notice may be given (7:670 lid 1 onder a). Dismissed with UWV
  // permission on 2026-05-31 and paid the transition payment EUR 4,589.52 (above).
  // The transition payment had the contract ended on 2026-03-01 (lid 2 onder a): service
  // 2020-03-01 … 2026-03-01 = 6 years and 1 loose day; the loose day's wage estimated as
  // M × 1 / 31 = 2,202.97 / 31 = 71.06; TV = (72 × 2,202.97 + 71.06) / 36 = 158,684.90 / 36
  // = 4,407.91.
  std::vector<Contract> cs = {permanent("2020-03-01", "2026-05-31")};
  TransitionWageFacts facts;
  facts.year_end_payment_per_year = Money();
  const TransitionPayment at_ban_end = transition_payment(rules(), cs, d("2026-03-01"), facts);
  CHECK(at_ban_end.service.years == 6);
  CHECK(at_ban_end.service.days == 1);
  CHECK(at_ban_end.loose_days_wage.str() == "71.06");
  CHECK(at_ban_end.amount.str() == "4407.91");
  // Wage paid during the sickness well above: limited by lid 2 onder a.
  SicknessCompensation c = sickness_compensation(Money::parse("4589.52"), at_ban_end.amount, Money::parse("30000.00"));
  CHECK(c.amount.str() == "4407.91");
  CHECK(c.limited_by == "lid 2 onder a");
  // A low wage during sickness (a part-time worker mostly on a benefit): limited by lid 2 onder b.
  c = sickness_compensation(Money::parse("4589.52"), at_ban_end.amount, Money::parse("4000.00"));
  CHECK(c.amount.str() == "4000.00");
  CHECK(c.limited_by == "lid 2 onder b");
  // The employer paid less (an agreed amount): never more than paid.
  c = sickness_compensation(Money::parse("3000.00"), at_ban_end.amount, Money::parse("30000.00"));
  CHECK(c.amount.str() == "3000.00");
  CHECK(c.limited_by == "paid");
  CHECK_THROWS_AS(sickness_compensation(Money::parse("-1.00"), at_ban_end.amount, Money()), InputError);
}

TEST_CASE("a contract until an event: no aanzegging, probation at most a month, counts in the chain",
          "[employment][ending]") {
  Contract project = fixed("C2", "2025-01-01", "2025-12-31");
  project.end.reset();
  project.end_event = "end of project Wijkgroen";
  project.expected_end = d("2026-06-30");
  std::vector<Contract> one = {project};
  validate_contracts(one);
  CHECK(project.label() == "C2 (2025-01-01 … until end of project Wijkgroen)");
  // Art. 7:668 lid 2 BW: lid 1 does not apply when the end is not set on a calendar date.
  const RenewalNotice n = renewal_notice(rules(), project, d("2026-05-01"), true);
  CHECK_FALSE(n.last_day.has_value());
  CHECK(n.why.find("7:668 lid 2") != std::string::npos);
  // Even after the event, when the end is recorded: still no notice duty.
  Contract ended = project;
  ended.end = d("2026-06-30");
  CHECK_FALSE(renewal_notice(rules(), ended, d("2026-05-01"), true).last_day.has_value());
  // Art. 7:652 lid 6 BW: "ten hoogste een maand" for a contract whose end is not a calendar date.
  const ProbationAllowance p = allowed_probation(rules(), {}, project);
  CHECK(p.max_months == 1);
  CHECK(p.last_day == d("2025-01-31"));
  CHECK(p.reason.find("7:652 lid 6") != std::string::npos);
  // Art. 7:668a lid 1 onder b: it counts as a fixed-term contract in the chain. Three earlier
  // contracts without interruption and then the project contract: the fourth is permanent
  // from its first day.
  std::vector<Contract> chain = {fixed("C1", "2024-01-01", "2024-03-31"), fixed("C2", "2024-04-01", "2024-06-30"),
                                 fixed("C3", "2024-07-01", "2024-12-31"), project};
  chain[3].id = "C4";
  validate_contracts(chain);
  const ChainAnalysis a = analyse_chain(rules(), chain);
  REQUIRE(a.chains.size() == 1);
  CHECK(a.chains[0].links[3].status == ContractStatus::PermanentByLaw);
  CHECK(a.chains[0].links[3].permanent_from == d("2025-01-01"));
  // Indefinite and an end event together, or neither an end nor an event, are refused.
  Contract both = project;
  both.indefinite = true;
  std::vector<Contract> bad = {both};
  CHECK_THROWS_AS(validate_contracts(bad), InputError);
  Contract none = project;
  none.end_event.clear();
  bad = {none};
  CHECK_THROWS_AS(validate_contracts(bad), InputError);
}
