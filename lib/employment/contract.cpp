// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/contract.hpp"

#include <algorithm>
#include <numeric>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

std::string Contract::label() const {
  std::string s = id.empty() ? std::string("contract") : id;
  s += " (" + to_string(start) + " … " + (end ? to_string(*end) : std::string(indefinite ? "indefinite" : ends_on_event() ? "until " + end_event : "?")) + ")";
  return s;
}

void validate_contracts(std::vector<Contract>& contracts, const std::string& document) {
  const auto field = [&](std::size_t i, const char* name) {
    return document + ": field contracts[" + std::to_string(i) + "]" + (name[0] != '\0' ? std::string(".") + name : "");
  };
  for (std::size_t i = 0; i < contracts.size(); ++i) {
    const Contract& c = contracts[i];
    if (c.indefinite && c.ends_on_event()) {
      throw InputError(field(i, "end_event") + ": an indefinite contract does not end on an event (\"" + c.end_event +
                       "\"); leave it out or make the contract fixed-term");
    }
    if (!c.indefinite && !c.end && !c.ends_on_event()) {
      throw InputError(field(i, "end") + ": a fixed-term contract needs an end date or an end event (or set \"indefinite\": true)");
    }
    if (c.expected_end && *c.expected_end < c.start) {
      throw InputError(field(i, "expected_end") + ": the expected end " + to_string(*c.expected_end) + " is before the start " +
                       to_string(c.start));
    }
    if (c.end && *c.end < c.start) {
      throw InputError(field(i, "end") + ": the end " + to_string(*c.end) + " is before the start " + to_string(c.start));
    }
    if (c.hours_per_week.value().sign() <= 0) {
      throw InputError(field(i, "hours_per_week") + ": expected more than 0 hours, got " + c.hours_per_week.str());
    }
    if (c.notice_given && c.end && *c.notice_given > *c.end) {
      // A notice after the end is possible in fact (it is then simply too late); keep it.
    }
  }
  std::vector<std::size_t> order(contracts.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return contracts[a].start < contracts[b].start; });
  for (std::size_t k = 1; k < order.size(); ++k) {
    const Contract& prev = contracts[order[k - 1]];
    const Contract& cur = contracts[order[k]];
    if (!prev.end || cur.start <= *prev.end) {
      throw InputError(field(order[k], "start") + ": contract " + cur.label() + " overlaps contract " + prev.label() +
                       " (contracts[" + std::to_string(order[k - 1]) + "]); one employee has one contract at a time");
    }
  }
  std::vector<Contract> sorted;
  sorted.reserve(contracts.size());
  for (std::size_t i : order) sorted.push_back(std::move(contracts[i]));
  contracts = std::move(sorted);
}

}  // namespace basisbaan
