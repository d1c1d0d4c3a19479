// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/contract_review.hpp"

#include "basisbaan/employment/young_part_timer.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan::app {

ContractReviewInput review_input_of(const EmployeeRecord& record, const Date& as_of, int months_ahead) {
  ContractReviewInput in;
  in.file.employee = record.employee.id;
  in.file.birth_date = record.employee.birth_date;
  in.file.contracts = record.contracts;
  validate_contracts(in.file.contracts, "database, employee " + record.employee.id);
  in.as_of = as_of;
  in.months_ahead = months_ahead;
  in.sick_reports = record.sick_reports;
  if (!record.contracts.empty()) in.leave = leave_ledger_of(record);
  return in;
}

ContractReview review_contracts(const RuleBook& rules, const ContractReviewInput& in, const std::string& document, Trace* trace) {
  const ContractsFile& file = in.file;
  if (file.contracts.empty()) throw InputError(document + ": field contracts: expected at least one contract");
  ContractReview r;
  r.analysis = analyse_chain(rules, file.contracts);
  r.notices.resize(file.contracts.size());
  for (const Chain& ch : r.analysis.chains) {
    for (const ChainLink& l : ch.links) {
      r.notices[l.contract] = renewal_notice(rules, file.contracts[l.contract], in.as_of, l.status == ContractStatus::FixedTerm);
    }
  }
  const Contract& last = file.contracts.back();
  const ChainLink& last_link = r.analysis.chains.back().links.back();
  // The transition payment is computed by the law since the WAB (labour.transition_payment.*
  // from 2020-01-01); a contract that ended earlier fell under other rules and is not computed.
  const Date wab = rules.parameter("labour.transition_payment.year_divisor").values.front().from;
  if (last_link.status == ContractStatus::FixedTerm && last.end && *last.end >= wab && (last.hourly_wage || last.monthly_wage)) {
    r.transition_payment = transition_payment(rules, file.contracts, *last.end, {}, trace);
  }
  // A contract that ended with a recorded reason and initiative (fixed-term or indefinite, e.g.
  // dismissal with UWV permission): art. 7:673 lid 1 and 7 decide whether the payment is due.
  if (last.end && last.ending) {
    r.entitlement = file.birth_date ? transition_entitlement(rules, *last.ending, file.contracts, *file.birth_date, *last.end)
                                    : transition_entitlement(*last.ending);
    r.transition_payment.reset();
    if (r.entitlement->due && *last.end >= wab && (last.hourly_wage || last.monthly_wage)) {
      r.transition_payment = transition_payment(rules, file.contracts, *last.end, {}, trace);
    }
  }
  if (file.proposed) {
    r.proposed = judge_proposed_contract(rules, file.contracts, *file.proposed);
    r.probation = allowed_probation(rules, file.contracts, *file.proposed);
  }
  r.advice = advise(rules, file.contracts, file.reports, file.policy, in.as_of);
  EmployeeRecords records;
  records.contracts = file.contracts;
  records.reports = file.reports;
  records.policy = file.policy;
  records.sick_reports = in.sick_reports;
  records.leave = in.leave;
  r.upcoming = upcoming_dates(rules, records, in.as_of, in.months_ahead);
  return r;
}

}  // namespace basisbaan::app
