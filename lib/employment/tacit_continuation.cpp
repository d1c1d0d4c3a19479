// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/tacit_continuation.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/service_length.hpp"

namespace basisbaan {

TacitContinuation tacit_continuation(const RuleBook& rules, const std::vector<Contract>& contracts) {
  if (contracts.empty()) throw InputError("tacit continuation: expected at least one contract");
  const Contract& last = contracts.back();
  if (last.indefinite || !last.end) {
    throw InputError("tacit continuation: " + last.label() + " is indefinite; only a fixed-term contract is continued by art. 7:668 lid 4 BW");
  }
  TacitContinuation t;
  t.contract = last;
  t.contract.id = last.id + "+";
  t.contract.notice_given.reset();
  t.contract.start = add_days(*last.end, 1);
  const auto max_months = static_cast<int>(rules.integer("labour.tacit_continuation.max_months", t.contract.start));
  // "Voor dezelfde tijd": the same whole months and loose days as the last contract, counted
  // from the new start (end_of_month_term); "doch ten hoogste voor een jaar".
  const ServiceLength len = service_length(last.start, *last.end);
  if (len.total_months() >= max_months) {
    t.contract.end = end_of_month_term(t.contract.start, max_months);
    t.reason = "art. 7:668 lid 4 onder a BW: continued without a word after " + to_string(*last.end) +
               ": deemed entered for the same period, at most " + std::to_string(max_months) + " months, to " +
               to_string(*t.contract.end);
  } else {
    const Date months_end = len.total_months() > 0 ? end_of_month_term(t.contract.start, len.total_months())
                                                   : add_days(t.contract.start, -1);
    t.contract.end = add_days(months_end, len.days);
    t.reason = "art. 7:668 lid 4 onder a BW: continued without a word after " + to_string(*last.end) +
               ": deemed entered for the same period (" + std::to_string(len.total_months()) + " months " +
               std::to_string(len.days) + " days), to " + to_string(*t.contract.end);
  }
  t.verdict = judge_proposed_contract(rules, contracts, t.contract);
  if (t.verdict.status == ContractStatus::PermanentByLaw) {
    t.reason += "; art. 7:668 lid 4 onder b BW: " + t.verdict.reason;
  }
  return t;
}

}  // namespace basisbaan
