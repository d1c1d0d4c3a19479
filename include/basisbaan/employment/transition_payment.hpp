// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The transition payment (transitievergoeding, art. 7:673 BW, since 2020): one third of the
// monthly wage per year of service and pro rata for the rest, service counted over contracts with
// interruptions of at most six months (lid 4), capped at the statutory maximum of the year of the
// end or one year's wage if higher. The monthly wage includes holiday allowance, a fixed year-end
// payment and fixed and variable components (Besluit loonbegrip, Stb. 2014, 538, art. 3).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/employment/contract.hpp"
#include "basisbaan/employment/service_length.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Wage facts for the monthly wage of art. 3 Besluit loonbegrip; every field overrides a default.
struct TransitionWageFacts {
  std::optional<Money> base_monthly_wage;          ///< default: base_monthly_wage() of the last contract
  std::optional<Rate> holiday_allowance_rate;      ///< default: cao.holiday_allowance.rate on the end date
  std::optional<Money> year_end_payment_per_year;  ///< default: cao.year_end_payment.amount × part-time factor
  Money fixed_components_last_12_months;           ///< overtime, shift allowances due in the last 12 months
  Money variable_components_last_3_years;          ///< bonuses etc. due in the 3 calendar years before the end year
  /// Gross wage earned over the loose days (after whole months); default: estimated per contract
  /// as monthly wage × loose days / days in the month of that contract's last day.
  std::optional<Money> loose_days_wage;
};

/// The transition payment (art. 7:673 BW) and how it was obtained.
struct TransitionPayment {
  Date end;                      ///< last day of employment
  std::vector<std::size_t> counted_contracts;  ///< indices of the contracts whose service counts
  ServiceLength service;         ///< years and months summed; days summed as loose days
  Money monthly_wage;            ///< M, art. 3 Besluit loonbegrip, rounded half up to cents
  Money loose_days_wage;         ///< wage over the loose days (given or estimated)
  Money uncapped;                ///< before the maximum
  Money maximum;                 ///< max(labour.transition_payment.maximum, 12 × M)
  Money amount;                  ///< the transition payment
  Date claim_deadline;           ///< last day to claim (art. 7:686a lid 4 onder b), moved by Atw art. 1 lid 1
};

/// The transition payment when employment ends on `end` (the last day of the last counted
/// contract, or earlier for an indefinite one), counting `contracts` (validated, sorted) back
/// through interruptions of at most six months. Intermediate fractions are kept exact to 10
/// decimals; the amount is rounded half up to cents (the statute prescribes no rounding).
TransitionPayment transition_payment(const RuleBook& rules, const std::vector<Contract>& contracts, const Date& end,
                                     const TransitionWageFacts& facts = {}, Trace* trace = nullptr);

}  // namespace basisbaan
