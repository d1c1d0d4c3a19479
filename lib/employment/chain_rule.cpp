// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/chain_rule.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

ChainLimits chain_limits(const RuleBook& rules, const Date& on) {
  ChainLimits l;
  l.max_contracts = rules.integer("labour.chain.max_contracts", on);
  l.max_months = rules.integer("labour.chain.max_months", on);
  l.max_interruption_months = rules.integer("labour.chain.max_interruption_months", on);
  return l;
}

bool interruption_continues_chain(const Date& previous_end, const Date& next_start, std::int64_t max_interruption_months) {
  // The interruption runs from the day after the previous end to the day before the next start; it
  // may last at most N calendar months (end_of_month_term: a missing day is the month's last day).
  const Date gap_first = add_days(previous_end, 1);
  if (next_start <= gap_first) return true;
  return !lasts_longer_than_months(gap_first, add_days(next_start, -1), static_cast<int>(max_interruption_months));
}

bool same_or_successor_employer(const Contract& previous, const Contract& next) {
  if (previous.employer == next.employer) return true;
  return next.successor_employer ? *next.successor_employer : next.job == previous.job;
}

std::string_view to_string(ContractStatus s) noexcept {
  switch (s) {
    case ContractStatus::FixedTerm: return "fixed-term";
    case ContractStatus::PermanentByAgreement: return "permanent (agreed)";
    case ContractStatus::PermanentByLaw: return "permanent by law";
  }
  return "?";
}

Date chain_exceeds_on(const Date& chain_start, std::int64_t max_months) {
  return add_days(end_of_month_term(chain_start, static_cast<int>(max_months)), 1);
}

namespace {

// Art. 7:668a lid 3 BW: "Lid 1, onderdeel a, is niet van toepassing op een arbeidsovereenkomst,
// aangegaan voor ten hoogste drie maanden, die onmiddellijk volgt op een tussen dezelfde partijen
// aangegane arbeidsovereenkomst voor 36 maanden of langer." `prev` is the contract before `c`.
bool lid3_excluded(const Contract& c, const Contract* prev, const ChainLimits& limits, std::int64_t lid3_max_months) {
  if (prev == nullptr || !prev->end || !c.end || prev->indefinite) return false;
  if (prev->employer != c.employer) return false;            // "tussen dezelfde partijen"
  if (add_days(*prev->end, 1) != c.start) return false;       // "onmiddellijk volgt": no interruption
  // "Voor 36 maanden of langer": the previous contract reaches its 36th month's last day.
  if (!lasts_at_least_months(prev->start, *prev->end, static_cast<int>(limits.max_months))) return false;
  // "Ten hoogste drie maanden": it does not last beyond three months.
  return !lasts_longer_than_months(c.start, *c.end, static_cast<int>(lid3_max_months));
}

// Decides the status of link `link` (contract `c`) in a chain that started on `chain_start`.
// `prev` is the contract before it in the same chain (none for the first); `lid3_max_months`
// is labour.chain.short_after_long_max_months.
void classify(ChainLink& link, const Contract& c, const Contract* prev, const Date& chain_start, const ChainLimits& limits,
              std::int64_t lid3_max_months) {
  if (c.indefinite) {
    link.status = ContractStatus::PermanentByAgreement;
    link.permanent_from = c.start;
    link.reason = "agreed for an indefinite period";
    return;
  }
  if (link.number_in_chain > limits.max_contracts) {
    link.status = ContractStatus::PermanentByLaw;
    link.permanent_from = c.start;
    link.reason = "art. 7:668a lid 1 onder b BW: contract " + std::to_string(link.number_in_chain) +
                  " of a chain, more than " + std::to_string(limits.max_contracts) +
                  " fixed-term contracts: indefinite from its first day";
    return;
  }
  const Date exceeds = chain_exceeds_on(chain_start, limits.max_months);
  if (link.number_in_chain == 1 && c.end && *c.end >= exceeds) {
    // Lid 1 onder a speaks of contracts "die elkaar hebben opgevolgd": a single contract, however
    // long, is no chain and keeps its fixed term (with the notice duty and transition payment).
    link.status = ContractStatus::FixedTerm;
    link.reason = "a single contract longer than " + std::to_string(limits.max_months) +
                  " months: art. 7:668a lid 1 BW applies to successive contracts only, so it stays fixed-term";
    return;
  }
  if (c.end && *c.end >= exceeds && lid3_excluded(c, prev, limits, lid3_max_months)) {
    link.status = ContractStatus::FixedTerm;
    link.reason = "art. 7:668a lid 3 BW: a contract of at most " + std::to_string(lid3_max_months) +
                  " months directly after a contract of " + std::to_string(limits.max_months) +
                  " months or longer between the same parties: lid 1 onder a does not apply";
    return;
  }
  if (c.end && *c.end >= exceeds) {
    link.status = ContractStatus::PermanentByLaw;
    link.permanent_from = c.start > exceeds ? c.start : exceeds;
    link.reason = "art. 7:668a lid 1 onder a BW: the chain that started " + to_string(chain_start) + " exceeds " +
                  std::to_string(limits.max_months) + " months on " + to_string(exceeds) + ": indefinite from " +
                  to_string(*link.permanent_from);
    return;
  }
  link.status = ContractStatus::FixedTerm;
  link.reason = "contract " + std::to_string(link.number_in_chain) + " of at most " +
                std::to_string(limits.max_contracts) + "; the chain reaches " + std::to_string(limits.max_months) +
                " months on " + to_string(add_days(exceeds, -1));
}

}  // namespace

ChainAnalysis analyse_chain(const RuleBook& rules, const std::vector<Contract>& contracts) {
  ChainAnalysis a;
  if (contracts.empty()) return a;
  a.limits = chain_limits(rules, contracts.back().start);
  for (std::size_t i = 0; i < contracts.size(); ++i) {
    const Contract& c = contracts[i];
    const ChainLimits limits = chain_limits(rules, c.start);
    ChainLink link;
    link.contract = i;
    std::optional<std::string> broken;
    bool continues = false;
    if (i > 0) {
      const Contract& prev = contracts[i - 1];
      if (!prev.end) throw InputError("contracts: " + c.label() + " starts while " + prev.label() + " has no end");
      link.interruption_days = days_between(*prev.end, c.start) - 1;
      const bool same_employer = prev.employer == c.employer;
      const bool successor = !same_employer && same_or_successor_employer(prev, c);
      const bool gap_ok = interruption_continues_chain(*prev.end, c.start, limits.max_interruption_months);
      if (prev.indefinite) {
        broken = "follows an indefinite contract that ended on " + to_string(*prev.end);
      } else if (!gap_ok) {
        broken = "interruption of " + std::to_string(*link.interruption_days) + " days after " + to_string(*prev.end) +
                 " is more than " + std::to_string(limits.max_interruption_months) +
                 " months (art. 7:668a lid 1 BW): a new chain starts on " + to_string(c.start);
      } else if (!same_employer && !successor) {
        broken = "employer " + c.employer + " is not a successor of " + prev.employer +
                 " (other work; art. 7:668a lid 2 BW): a new chain starts on " + to_string(c.start);
      } else {
        continues = true;
        link.successor_employer = successor;
      }
    }
    if (!continues) {
      Chain ch;
      ch.start = c.start;
      ch.exceeds_months_on = chain_exceeds_on(c.start, limits.max_months);
      ch.broken_before = broken;
      a.chains.push_back(std::move(ch));
    }
    Chain& ch = a.chains.back();
    link.number_in_chain = static_cast<int>(ch.links.size()) + 1;
    ch.exceeds_months_on = chain_exceeds_on(ch.start, limits.max_months);
    const Contract* prev_in_chain = ch.links.empty() ? nullptr : &contracts[ch.links.back().contract];
    classify(link, c, prev_in_chain, ch.start, limits, rules.integer("labour.chain.short_after_long_max_months", c.start));
    if (link.permanent_from && !ch.permanent_from) ch.permanent_from = link.permanent_from;
    ch.last_day = c.end;
    ch.length = c.end ? std::optional<ServiceLength>(service_length(ch.start, *c.end)) : std::nullopt;
    ch.links.push_back(std::move(link));
  }
  return a;
}

ProposedContractVerdict judge_proposed_contract(const RuleBook& rules, const std::vector<Contract>& contracts,
                                                const Contract& proposed) {
  std::vector<Contract> all = contracts;
  all.push_back(proposed);
  validate_contracts(all, "proposed contract");
  if (!contracts.empty() && !(all.back().start == proposed.start && all.back().id == proposed.id)) {
    throw InputError("proposed contract: " + proposed.label() + " starts before the last contract " +
                     contracts.back().label() + "; a proposed contract follows the existing ones");
  }
  const ChainAnalysis a = analyse_chain(rules, all);
  const Chain& ch = a.chains.back();
  const ChainLink& link = ch.links.back();
  ProposedContractVerdict v;
  v.continues_chain = ch.links.size() > 1;
  v.number_in_chain = link.number_in_chain;
  v.status = link.status;
  v.permanent_from = link.permanent_from;
  v.permanent_from_first_day = link.status == ContractStatus::PermanentByLaw && link.permanent_from == proposed.start;
  v.reason = ch.links.size() == 1 && ch.broken_before ? *ch.broken_before + "; " + link.reason : link.reason;
  return v;
}

}  // namespace basisbaan
