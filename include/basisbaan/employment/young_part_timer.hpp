// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Art. 7:673 lid 7 onder a BW: no transition payment when the employee has not yet reached the
// age of 18 and the average extent of the work was at most 12 hours a week
// (labour.transition_payment.minor_age, labour.transition_payment.minor_max_weekly_hours).

#include <vector>

#include "basisbaan/employment/contract.hpp"
#include "basisbaan/employment/contract_ending.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// True when the agreed hours of `contracts` up to `last_day`, weighted by calendar days, average
/// at most `max_hours` a week (compared exactly: Σ hours × days ≤ max_hours × Σ days, no rounding).
bool average_weekly_hours_at_most(const std::vector<Contract>& contracts, const Date& last_day, const Hours& max_hours);

/// transition_entitlement(ending), and then art. 7:673 lid 7 onder a BW: not due when the employee
/// born on `birth_date` is younger than labour.transition_payment.minor_age on `last_day` (the
/// last day of the employment) and the employment's contracts averaged at most
/// labour.transition_payment.minor_max_weekly_hours agreed hours a week (documented choice: the
/// agreed hours stand for the work done; docs/employment.md).
TransitionEntitlement transition_entitlement(const RuleBook& rules, const ContractEnding& ending,
                                             const std::vector<Contract>& contracts, const Date& birth_date, const Date& last_day);

}  // namespace basisbaan
