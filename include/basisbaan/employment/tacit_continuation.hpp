// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Tacit continuation (stilzwijgende voortzetting, art. 7:668 lid 4 BW): a fixed-term contract
// that the parties continue without a word after its end is deemed entered again on the same
// terms for the same period, but at most a year (onder a), unless the chain rule makes it
// indefinite (onder b, art. 7:668a).

#include <string>
#include <vector>

#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// How a fixed-term contract that runs on without objection continues (art. 7:668 lid 4 BW).
struct TacitContinuation {
  Contract contract;          ///< the deemed contract: starts the day after the end, same terms
  ProposedContractVerdict verdict;  ///< the chain rule on it (lid 4 onder b when permanent)
  std::string reason;         ///< the article and the length it was given
};

/// The contract deemed entered when the last of `contracts` (validated, sorted; fixed-term with an
/// end) is continued without a word after its end. Its length is that of the last contract (its
/// whole months and loose days), at most labour.tacit_continuation.max_months (12: "doch ten
/// hoogste voor een jaar", lid 4 onder a). Throws InputError when the last contract is indefinite
/// or there is none.
TacitContinuation tacit_continuation(const RuleBook& rules, const std::vector<Contract>& contracts);

}  // namespace basisbaan
