// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/employer_policy.hpp"

#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/notice.hpp"

namespace basisbaan {

std::string_view to_string(AdviceAction a) noexcept {
  switch (a) {
    case AdviceAction::Renew: return "renew";
    case AdviceAction::MakePermanent: return "make permanent";
    case AdviceAction::GiveNotice: return "give notice";
    case AdviceAction::ObtainReport: return "obtain report";
    case AdviceAction::NoAction: return "no action";
  }
  return "?";
}

std::vector<Advice> advise(const RuleBook& rules, const std::vector<Contract>& contracts,
                           const std::vector<FunctioningReport>& reports, const EmployerPolicy& policy, const Date& as_of) {
  std::vector<Advice> out;
  if (contracts.empty()) return out;
  const ChainAnalysis a = analyse_chain(rules, contracts);
  const Chain& chain = a.chains.back();
  const ChainLink& link = chain.links.back();
  const Contract& c = contracts[link.contract];
  if (link.status != ContractStatus::FixedTerm || !c.end) {
    out.push_back({as_of, AdviceAction::NoAction, c.label(),
                   std::string("the contract is ") + std::string(to_string(link.status)) + ": no renewal to decide"});
    return out;
  }
  if (*c.end < as_of) {
    out.push_back({as_of, AdviceAction::NoAction, c.label(), "the last contract ended on " + to_string(*c.end)});
    return out;
  }
  if (c.ending && c.ending->reason != EndReason::FixedTermExpired) {
    out.push_back({as_of, AdviceAction::NoAction, c.label(),
                   "the employment ends on " + to_string(*c.end) + " (" + std::string(to_string(c.ending->reason)) +
                       "): no renewal to decide"});
    return out;
  }
  const RenewalNotice notice = renewal_notice(rules, c, as_of);
  const Date by = notice.last_day ? *notice.last_day : *c.end;
  std::string deadline = notice.last_day ? "the last day for written notice (art. 7:668 BW)" : "the end of the contract";
  if (notice.state == NoticeState::Overdue) {
    deadline += "; OVERDUE: every further day adds to the aanzegvergoeding (art. 7:668 lid 3 BW)";
  } else if (notice.state == NoticeState::GivenOnTime || notice.state == NoticeState::GivenLate) {
    deadline += "; notice was given on " + to_string(*c.notice_given);
  }

  // Would any renewal be permanent by law?
  const ChainLimits lim = chain_limits(rules, add_days(*c.end, 1));
  const Date next_start = add_days(*c.end, 1);
  const bool fourth = link.number_in_chain + 1 > lim.max_contracts;
  const bool past_months = next_start >= chain.exceeds_months_on;
  std::string by_law;
  if (fourth) {
    by_law = "a renewal would be contract " + std::to_string(link.number_in_chain + 1) +
             " of the chain: permanent from its first day by art. 7:668a lid 1 onder b BW";
  } else if (past_months) {
    by_law = "the chain reaches " + std::to_string(lim.max_months) + " months with this contract: any renewal is permanent " +
             "by art. 7:668a lid 1 onder a BW";
  } else {
    by_law = "a renewal lasting past " + to_string(add_days(chain.exceeds_months_on, -1)) +
             " becomes permanent on " + to_string(chain.exceeds_months_on) + " (art. 7:668a lid 1 onder a BW)";
  }

  // The latest functioning report written during this contract.
  const FunctioningReport* latest = nullptr;
  for (const auto& r : reports) {
    if (r.date >= c.start && r.date <= as_of && (latest == nullptr || r.date >= latest->date)) latest = &r;
  }
  const int months_at_end = chain.length ? chain.length->total_months() : 0;
  const bool policy_due = policy.permanent_after_months && months_at_end >= *policy.permanent_after_months;
  const std::string policy_name = policy.name.empty() ? std::string("employer policy") : policy.name;

  if (latest != nullptr && !latest->positive) {
    out.push_back({by, AdviceAction::GiveNotice, c.label(),
                   "the functioning report of " + to_string(latest->date) + " is negative: if the contract is not " +
                       "renewed, give written notice of non-renewal by " + to_string(by) + " (" + deadline +
                       "); a transition payment is due (art. 7:673 BW)"});
    return out;
  }
  if (latest == nullptr && policy.requires_positive_report) {
    out.push_back({by, AdviceAction::ObtainReport, c.label(),
                   policy_name + ": no functioning report since " + to_string(c.start) + "; obtain the coach's report " +
                       "before deciding by " + to_string(by) + " (" + deadline + ")"});
  }
  if (fourth || past_months) {
    out.push_back({by, AdviceAction::MakePermanent, c.label(),
                   by_law + (policy_due ? " (and " + policy_name + " offers a permanent contract after " +
                                              std::to_string(*policy.permanent_after_months) + " months)" : std::string()) +
                       "; offer a permanent contract or give written notice of non-renewal by " + to_string(by) + " (" + deadline + ")"});
  } else if (policy_due) {
    out.push_back({by, AdviceAction::MakePermanent, c.label(),
                   policy_name + ": the chain lasts " + std::to_string(months_at_end) + " months at the end of this contract (policy: " +
                       std::to_string(*policy.permanent_after_months) + ")" +
                       (latest != nullptr ? ", report of " + to_string(latest->date) + " positive" : std::string()) +
                       ": offer a permanent contract by " + to_string(by) + " (" + deadline + ")"});
  } else {
    out.push_back({by, AdviceAction::Renew, c.label(),
                   std::string(latest != nullptr ? "report of " + to_string(latest->date) + " positive: " : "") +
                       "renew (or give written notice of non-renewal) by " + to_string(by) + " (" + deadline + "); " + by_law});
  }
  return out;
}

}  // namespace basisbaan
