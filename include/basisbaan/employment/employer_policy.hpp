// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The employer's own policy on renewals, on top of the law. Groningen: a permanent contract after
// three years on the coach's positive advice (collegebrief 8-3-2023, docs/cao-aan-de-slag.md §3).
// The policy is configuration (input), not law: it can only make a contract permanent earlier
// than art. 7:668a does, never later.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/employment/contract.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The employer's renewal policy (configuration, not law).
struct EmployerPolicy {
  std::string name;  ///< e.g. "Groningen basisbanen"
  /// Offer a permanent contract once the chain has lasted this many months at the end of the
  /// running contract; none: no such policy (only the law converts).
  std::optional<int> permanent_after_months;
  /// Renewal and the permanent offer need a positive functioning report written during the
  /// running contract.
  bool requires_positive_report = false;
};

/// What a piece of advice says to do.
enum class AdviceAction : std::uint8_t {
  Renew,          ///< offer another fixed-term contract
  MakePermanent,  ///< offer a permanent contract (policy, or any renewal is permanent by law anyway)
  GiveNotice,     ///< do not renew: written notice of non-renewal
  ObtainReport,   ///< a functioning report is needed before deciding
  NoAction,       ///< nothing to decide (permanent, or ended)
};
/// "renew", "make permanent", "give notice", "obtain report", "no action".
std::string_view to_string(AdviceAction a) noexcept;

/// One dated piece of advice about one contract.
struct Advice {
  Date by;                 ///< decide and tell the employee in writing by this day
  AdviceAction action = AdviceAction::NoAction;  ///< what to do
  std::string contract;    ///< label of the contract it concerns
  std::string text;        ///< plain explanation with the article or policy rule behind it
};

/// The advice for the running (or next ending) fixed-term contract on `as_of`: renew, make
/// permanent or give notice by the last day of the aanzegging (or the end if no notice is due),
/// from the law (chain rule, notice duty) and `policy` with the latest functioning report.
/// `contracts` must be validated and sorted.
std::vector<Advice> advise(const RuleBook& rules, const std::vector<Contract>& contracts,
                           const std::vector<FunctioningReport>& reports, const EmployerPolicy& policy, const Date& as_of);

}  // namespace basisbaan
