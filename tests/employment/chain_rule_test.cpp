// SPDX-License-Identifier: EUPL-1.2
// The chain rule (art. 7:668a BW, as amended by the WAB from 2020-01-01: 3 contracts, 36 months,
// interruptions of at most 6 months). Each case writes out why the answer is what it is.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/chain_rule.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

TEST_CASE("three contracts of twelve months: the chain stays fixed-term, the fourth is permanent from day one", "[employment][chain]") {
  // 2020-03-01 … 2023-02-28 is exactly 36 months: 7:668a lid 1 onder a needs MORE than 36 months,
  // and lid 1 onder b needs MORE than 3 contracts. So contracts 1-3 stay fixed-term
  // (docs/research/labour-law.md §1.3; the Groningen start of 2020-03-01, seeds 003/004).
  std::vector<Contract> cs = {fixed("C1", "2020-03-01", "2021-02-28"), fixed("C2", "2021-03-01", "2022-02-28"),
                              fixed("C3", "2022-03-01", "2023-02-28")};
  validate_contracts(cs);
  const auto a = analyse_chain(rules(), cs);
  REQUIRE(a.chains.size() == 1);
  const Chain& ch = a.chains[0];
  REQUIRE(ch.links.size() == 3);
  for (const auto& l : ch.links) CHECK(l.status == ContractStatus::FixedTerm);
  CHECK(ch.length->years == 3);
  CHECK(ch.length->months == 0);
  CHECK(ch.length->days == 0);
  CHECK(ch.exceeds_months_on == d("2023-03-01"));
  CHECK_FALSE(ch.permanent_from);

  // A fourth contract, even of one month, is contract 4 > 3: indefinite from its first day (lid 1 onder b).
  const auto v = judge_proposed_contract(rules(), cs, fixed("C4", "2023-03-01", "2023-03-31"));
  CHECK(v.continues_chain);
  CHECK(v.number_in_chain == 4);
  CHECK(v.status == ContractStatus::PermanentByLaw);
  CHECK(v.permanent_from_first_day);
  CHECK(*v.permanent_from == d("2023-03-01"));
}

TEST_CASE("extending the third contract by one day exceeds 36 months: permanent from that day", "[employment][chain]") {
  // Same chain, third contract ends 2023-03-01 instead of 2023-02-28: on 2023-03-01 the chain has
  // lasted more than 36 months, so the contract is indefinite from 2023-03-01 (lid 1 onder a).
  std::vector<Contract> cs = {fixed("C1", "2020-03-01", "2021-02-28"), fixed("C2", "2021-03-01", "2022-02-28"),
                              fixed("C3", "2022-03-01", "2023-03-01")};
  validate_contracts(cs);
  const auto a = analyse_chain(rules(), cs);
  const ChainLink& l3 = a.chains[0].links[2];
  CHECK(l3.status == ContractStatus::PermanentByLaw);
  CHECK(*l3.permanent_from == d("2023-03-01"));
  CHECK(*a.chains[0].permanent_from == d("2023-03-01"));
}

TEST_CASE("a contract that crosses 36 months becomes permanent in the middle of its term", "[employment][chain]") {
  // Two contracts: 18 months (2021-01-01 … 2022-06-30) then 24 months (2022-07-01 … 2024-06-30).
  // Only 2 contracts, but the chain exceeds 36 months on 2021-01-01 + 36 months = 2024-01-01:
  // the second contract is indefinite from 2024-01-01, not from its start.
  std::vector<Contract> cs = {fixed("C1", "2021-01-01", "2022-06-30"), fixed("C2", "2022-07-01", "2024-06-30")};
  validate_contracts(cs);
  const auto a = analyse_chain(rules(), cs);
  CHECK(a.chains[0].links[0].status == ContractStatus::FixedTerm);
  CHECK(a.chains[0].links[1].status == ContractStatus::PermanentByLaw);
  CHECK(*a.chains[0].links[1].permanent_from == d("2024-01-01"));
  // A proposed renewal after 36 months is permanent from its first day (lid 1 onder a).
  std::vector<Contract> two = {fixed("C1", "2021-01-01", "2022-06-30"), fixed("C2", "2022-07-01", "2023-12-31")};
  const auto v = judge_proposed_contract(rules(), two, fixed("C3", "2024-01-01", "2024-12-31"));
  CHECK(v.permanent_from_first_day);
  CHECK(v.number_in_chain == 3);
}

TEST_CASE("an interruption of exactly six months continues the chain, six months and a day breaks it", "[employment][chain]") {
  // "met tussenpozen van ten hoogste zes maanden" (7:668a lid 1): contract ends 2024-01-31; the
  // interruption 2024-02-01 … 2024-07-31 is exactly six months -> same chain. Starting on
  // 2024-08-02 the interruption is six months and one day -> a new chain (labour-law.md §1.2).
  CHECK(interruption_continues_chain(d("2024-01-31"), d("2024-08-01"), 6));
  CHECK_FALSE(interruption_continues_chain(d("2024-01-31"), d("2024-08-02"), 6));

  std::vector<Contract> same = {fixed("C1", "2023-02-01", "2024-01-31"), fixed("C2", "2024-08-01", "2025-01-31")};
  validate_contracts(same);
  auto a = analyse_chain(rules(), same);
  REQUIRE(a.chains.size() == 1);
  CHECK(a.chains[0].links[1].number_in_chain == 2);
  CHECK(*a.chains[0].links[1].interruption_days == 182);  // 1 Feb … 31 Jul 2024 (leap year)

  std::vector<Contract> broken = {fixed("C1", "2023-02-01", "2024-01-31"), fixed("C2", "2024-08-02", "2025-01-31")};
  validate_contracts(broken);
  a = analyse_chain(rules(), broken);
  REQUIRE(a.chains.size() == 2);
  CHECK(a.chains[1].links[0].number_in_chain == 1);
  REQUIRE(a.chains[1].broken_before);
  CHECK_THAT(*a.chains[1].broken_before, Catch::Contains("more than 6 months"));
}

TEST_CASE("a successor employer doing the same work continues the chain", "[employment][chain]") {
  // 7:668a lid 2: contracts with different employers that are each other's successor for the work
  // done count together. Same job at another employer -> successor (unless recorded otherwise).
  std::vector<Contract> cs = {fixed("C1", "2021-01-01", "2021-12-31", "thermiek"),
                              fixed("C2", "2022-01-01", "2022-12-31", "thermiek"),
                              fixed("C3", "2023-01-01", "2023-12-31", "iederz")};
  validate_contracts(cs);
  auto v = judge_proposed_contract(rules(), cs, fixed("C4", "2024-01-01", "2024-12-31", "iederz"));
  CHECK(v.number_in_chain == 4);
  CHECK(v.permanent_from_first_day);

  // Other work at the new employer, and no explicit judgment: not a successor, a new chain starts.
  Contract other = fixed("C3", "2023-01-01", "2023-12-31", "iederz", "groenonderhoud");
  std::vector<Contract> cs2 = {cs[0], cs[1], other};
  validate_contracts(cs2);
  const auto a = analyse_chain(rules(), cs2);
  REQUIRE(a.chains.size() == 2);
  CHECK_THAT(*a.chains[1].broken_before, Catch::Contains("not a successor"));

  // The back office may record the judgment explicitly (e.g. after legal advice): it wins.
  other.successor_employer = true;
  std::vector<Contract> cs3 = {cs[0], cs[1], other};
  validate_contracts(cs3);
  CHECK(analyse_chain(rules(), cs3).chains.size() == 1);
}

TEST_CASE("bad contract lists are refused with a message naming the record", "[employment][chain]") {
  std::vector<Contract> end_before_start = {fixed("C1", "2025-03-01", "2025-01-31")};
  CHECK_THROWS_WITH(validate_contracts(end_before_start, "contracts.json"),
                    "contracts.json: field contracts[0].end: the end 2025-01-31 is before the start 2025-03-01");
  std::vector<Contract> overlap = {fixed("C1", "2025-01-01", "2025-06-30"), fixed("C2", "2025-06-30", "2025-12-31")};
  CHECK_THROWS_WITH(validate_contracts(overlap, "contracts.json"), Catch::Contains("contracts[1].start") && Catch::Contains("overlaps"));
  Contract no_end = fixed("C1", "2025-01-01", "2025-06-30");
  no_end.end.reset();
  std::vector<Contract> missing = {no_end};
  CHECK_THROWS_AS(validate_contracts(missing), InputError);
}
