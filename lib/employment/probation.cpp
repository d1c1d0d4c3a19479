// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/probation.hpp"

#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/service_length.hpp"

namespace basisbaan {

ProbationAllowance allowed_probation(const RuleBook& rules, const std::vector<Contract>& previous, const Contract& proposed) {
  ProbationAllowance p;
  const Date& on = proposed.start;
  // Art. 7:652 lid 8: void in a new contract between the same parties (or with a successor
  // employer) unless the new contract clearly requires other skills or responsibilities.
  const Contract* same = nullptr;
  const Contract* successor = nullptr;
  for (const Contract& c : previous) {
    if (c.start >= proposed.start) continue;
    if (c.employer == proposed.employer) {
      same = &c;
    } else if (same_or_successor_employer(c, proposed)) {
      successor = &c;
    }
  }
  if ((same != nullptr || successor != nullptr) && !proposed.requires_different_skills) {
    const Contract& c = same != nullptr ? *same : *successor;
    p.reason = std::string("art. 7:652 lid 8 BW: a new contract with ") +
               (same != nullptr ? "the same employer" : "a successor employer") + " (after " + c.label() +
               ") may not have a probation period unless it clearly requires other skills";
    return p;
  }
  std::int64_t months = 0;
  if (proposed.ends_on_event()) {
    // "Een arbeidsovereenkomst voor bepaalde tijd waarvan het einde niet op een kalenderdatum is
    // gesteld": at most one month (art. 7:652 lid 6 BW).
    months = rules.integer("labour.probation.max_months_fixed_short", on);
    p.reason = "art. 7:652 lid 6 BW: fixed-term contract ending on an event, not on a calendar date, at most " +
               std::to_string(months) + " month(s)";
  } else if (proposed.indefinite || !proposed.end) {
    months = rules.integer("labour.probation.max_months_indefinite", on);
    p.reason = "art. 7:652 BW: indefinite contract, at most " + std::to_string(months) + " months";
  } else {
    const auto none_up_to = rules.integer("labour.probation.no_probation_max_contract_months", on);
    const auto long_years = rules.integer("labour.probation.long_contract_years", on);
    // "At most six months": the contract does not last longer, i.e. it does not reach one day
    // past six calendar months.
    if (!lasts_longer_than_months(proposed.start, *proposed.end, static_cast<int>(none_up_to))) {
      p.reason = "art. 7:652 BW: a fixed-term contract of at most " + std::to_string(none_up_to) + " months has no probation";
      return p;
    }
    if (lasts_at_least_months(proposed.start, *proposed.end, static_cast<int>(12 * long_years))) {
      months = rules.integer("labour.probation.max_months_fixed_long", on);
      p.reason = "art. 7:652 BW: fixed-term contract of " + std::to_string(long_years) + " years or longer, at most " +
                 std::to_string(months) + " months";
    } else {
      months = rules.integer("labour.probation.max_months_fixed_short", on);
      p.reason = "art. 7:652 BW: fixed-term contract longer than " + std::to_string(none_up_to) + " months and shorter than " +
                 std::to_string(long_years) + " years, at most " + std::to_string(months) + " month(s)";
    }
  }
  p.max_months = static_cast<int>(months);
  p.last_day = end_of_month_term(proposed.start, p.max_months);
  if (proposed.end && *p.last_day > *proposed.end) p.last_day = proposed.end;
  return p;
}

}  // namespace basisbaan
