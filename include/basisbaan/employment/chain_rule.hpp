// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The chain rule for fixed-term contracts (ketenregeling, art. 7:668a BW): contracts that follow
// each other with interruptions of at most six months form a chain (also across successive
// employers, lid 2); the last contract is permanent by law from the day the chain exceeds 36
// months (lid 1 onder a) or from the first day of the fourth contract (lid 1 onder b). A single
// contract is no chain, however long; lid 3 excludes a contract of at most three months directly
// after one of 36 months or longer between the same parties from lid 1 onder a. Contracts are
// judged by the law in force on their start (the 3-3-3 rule of the Flexwet before 2015-07-01).
// The limits come from rules/labour_law.xml (labour.chain.*).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/employment/contract.hpp"
#include "basisbaan/employment/service_length.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The statutory limits in force on a date.
struct ChainLimits {
  std::int64_t max_contracts = 0;             ///< labour.chain.max_contracts (3)
  std::int64_t max_months = 0;                ///< labour.chain.max_months (36)
  std::int64_t max_interruption_months = 0;   ///< labour.chain.max_interruption_months (6)
};

/// The limits of labour.chain.* in force on `on`.
ChainLimits chain_limits(const RuleBook& rules, const Date& on);

/// True when a contract starting on `next_start` continues a chain whose previous contract ended
/// on `previous_end`: the interruption (previous_end + 1 … next_start − 1) is at most
/// `max_interruption_months` calendar months ("ten hoogste zes maanden": exactly six continues;
/// months counted as end_of_month_term).
bool interruption_continues_chain(const Date& previous_end, const Date& next_start, std::int64_t max_interruption_months);

/// The first day on which a chain that started on `chain_start` has lasted more than `max_months`
/// months: the day after end_of_month_term(chain_start, max_months).
Date chain_exceeds_on(const Date& chain_start, std::int64_t max_months);

/// True when `next` is with the same employer as `previous`, or with a successor employer
/// (art. 7:668a lid 2 BW): as recorded in next.successor_employer, else when the job is the same.
bool same_or_successor_employer(const Contract& previous, const Contract& next);

/// How the law classifies one contract.
enum class ContractStatus : std::uint8_t {
  FixedTerm,            ///< a fixed-term contract that has not become permanent
  PermanentByAgreement, ///< agreed for an indefinite period
  PermanentByLaw,       ///< fixed term on paper, indefinite by art. 7:668a
};
/// "fixed-term", "permanent (agreed)", "permanent by law".
std::string_view to_string(ContractStatus s) noexcept;

/// One contract as placed in its chain.
struct ChainLink {
  std::size_t contract = 0;     ///< index into the (sorted) contract list
  int number_in_chain = 0;      ///< 1 for the first contract of the chain
  std::optional<int> interruption_days;  ///< days between the previous contract and this one
  bool successor_employer = false;       ///< continues the chain with another employer (7:668a lid 2)
  ContractStatus status = ContractStatus::FixedTerm;  ///< fixed term, permanent by agreement or permanent by law
  std::optional<Date> permanent_from;    ///< PermanentByLaw: the first day it is indefinite
  std::string reason;                    ///< why (article and the count or date that decided it)
};

/// A chain of contracts (or a single contract when nothing precedes it within six months).
struct Chain {
  std::vector<ChainLink> links;  ///< one per contract, in date order
  Date start;                      ///< first day of the first contract
  std::optional<Date> last_day;    ///< last day of the last contract; none when it is indefinite
  std::optional<std::string> broken_before;  ///< why the previous chain did not continue, if any
  /// The first day beyond `max_months` from the start: from this day on the chain has exceeded
  /// 36 months (chain_exceeds_on).
  Date exceeds_months_on;
  /// Length of the chain from its start up to and including its last day (interruptions included).
  std::optional<ServiceLength> length;
  /// The first day any contract of this chain is indefinite (by agreement or by law), if any.
  std::optional<Date> permanent_from;
};

/// The whole history of one employee, split into chains, with each contract's status.
struct ChainAnalysis {
  ChainLimits limits;  ///< the limits in force
  std::vector<Chain> chains;  ///< in date order; the last one is the current chain
};

/// Splits the contracts (validated and sorted, see validate_contracts) into chains and decides
/// for each contract whether and from when it is permanent by law. Limits are taken on the start
/// date of each chain's last contract.
ChainAnalysis analyse_chain(const RuleBook& rules, const std::vector<Contract>& contracts);

/// What a proposed next contract would be.
struct ProposedContractVerdict {
  bool continues_chain = false;     ///< within six months of the last contract (and same or successor employer)
  int number_in_chain = 1;          ///< it would be contract number N of the chain
  ContractStatus status = ContractStatus::FixedTerm;  ///< the status it would have
  std::optional<Date> permanent_from;  ///< the proposed start (permanent from day one) or a later day
  bool permanent_from_first_day = false;  ///< it is indefinite by law from its first day (art. 7:668a lid 1)
  std::string reason;  ///< why (the article and the count or date that decided it)
};

/// Judges `proposed` as the next contract after `contracts`: whether it joins the chain and
/// whether it is permanent from its first day or becomes permanent during its term.
ProposedContractVerdict judge_proposed_contract(const RuleBook& rules, const std::vector<Contract>& contracts,
                                                const Contract& proposed);

}  // namespace basisbaan
