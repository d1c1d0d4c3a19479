// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The review of one employee's contracts on a day: the chain (art. 7:668a BW) with the notice
// duty of each contract (7:668), the transition payment if the last fixed-term contract is not
// continued (7:673), the verdict and probation for a proposed next contract (7:652), the
// employer policy's advice and the dates that matter in the coming months. `basisbaan contract
// check` prints it (text, or JSON from app/contract_review_json.hpp).

#include <optional>
#include <vector>

#include "basisbaan/core/trace.hpp"
#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/contract_ending.hpp"
#include "basisbaan/employment/employer_policy.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/probation.hpp"
#include "basisbaan/employment/transition_payment.hpp"
#include "basisbaan/employment/upcoming.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan::app {

/// What the review needs besides the contracts.
struct ContractReviewInput {
  ContractsFile file;                        ///< contracts (at least one), reports, policy, proposed contract
  Date as_of;                                ///< the day judged
  int months_ahead = 3;                      ///< the window of upcoming dates
  std::vector<SickReport> sick_reports;      ///< for reintegration deadlines among the dates
  std::optional<LeaveLedger> leave;          ///< for leave expiring among the dates
};

/// The review of one employee's contracts on one day.
struct ContractReview {
  ChainAnalysis analysis;  ///< the contracts split into chains, each with its status
  /// The notice state of each contract on `as_of`, by index in `file.contracts` (a contract ends
  /// by law unless the chain made it permanent).
  std::vector<RenewalNotice> notices;
  /// If the last contract is fixed-term with an end and a wage: the transition payment when it is
  /// not continued; if it ended with a recorded reason (fixed-term or indefinite) and a wage: the
  /// transition payment when `entitlement` says it is due, none when not.
  std::optional<TransitionPayment> transition_payment;
  /// When the last contract ended with a recorded reason and initiative: whether the transition
  /// payment is due (art. 7:673 lid 1 and 7 BW).
  std::optional<TransitionEntitlement> entitlement;
  std::optional<ProposedContractVerdict> proposed;  ///< with a proposed contract
  std::optional<ProbationAllowance> probation;      ///< with a proposed contract
  std::vector<Advice> advice;  ///< the employer policy's advice on the last or proposed contract
  std::vector<UpcomingDate> upcoming;               ///< from as_of to as_of + months_ahead
};

/// The review input for one employee of the employer's database: the stored contracts (file.employee
/// is the personnel number; no policy, reports or proposed contract), sick reports and leave
/// ledger (when there are contracts). The same contracts in a contracts file give the same review.
ContractReviewInput review_input_of(const EmployeeRecord& record, const Date& as_of, int months_ahead);

/// Reviews `input`; throws InputError "DOCUMENT: field contracts: expected at least one
/// contract" when there is none (`document` names the contracts file). With `trace`, how the
/// transition payment was obtained is written there.
ContractReview review_contracts(const RuleBook& rules, const ContractReviewInput& input, const std::string& document,
                                Trace* trace = nullptr);

}  // namespace basisbaan::app
