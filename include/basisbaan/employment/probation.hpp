// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Probation (proeftijd, art. 7:652 BW): none in a fixed-term contract of at most six months, at
// most one month below two years, at most two months for two years or longer and for an indefinite
// contract; void in a new contract with the same employer or a successor employer unless the work
// clearly needs other skills. Numbers: labour.probation.*.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/employment/contract.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The longest probation that may be agreed in a contract (art. 7:652 BW).
struct ProbationAllowance {
  int max_months = 0;  ///< 0 (none), 1 or 2 months
  std::optional<Date> last_day;  ///< the last day of the longest allowed probation
  std::string reason;            ///< the article and fact that decide it
};

/// The longest probation that may be agreed in `proposed`, given the employee's earlier
/// `previous` contracts (any order).
ProbationAllowance allowed_probation(const RuleBook& rules, const std::vector<Contract>& previous, const Contract& proposed);

}  // namespace basisbaan
