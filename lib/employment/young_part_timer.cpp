// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/young_part_timer.hpp"

#include <algorithm>

namespace basisbaan {

bool average_weekly_hours_at_most(const std::vector<Contract>& contracts, const Date& last_day, const Hours& max_hours) {
  Decimal weighted;  // Σ hours per week × calendar days
  std::int64_t days = 0;
  for (const Contract& c : contracts) {
    if (c.start > last_day) continue;
    const Date end = c.end ? std::min(*c.end, last_day) : last_day;
    const std::int64_t n = days_between(c.start, end) + 1;
    weighted += c.hours_per_week.value() * Decimal(n);
    days += n;
  }
  if (days == 0) return false;
  return weighted <= max_hours.value() * Decimal(days);
}

TransitionEntitlement transition_entitlement(const RuleBook& rules, const ContractEnding& ending,
                                             const std::vector<Contract>& contracts, const Date& birth_date, const Date& last_day) {
  TransitionEntitlement t = transition_entitlement(ending);
  if (!t.due) return t;
  const auto minor_age = rules.integer("labour.transition_payment.minor_age", last_day);
  const Hours max_hours(rules.decimal("labour.transition_payment.minor_max_weekly_hours", last_day));
  const int age = age_on(birth_date, last_day);
  if (age < minor_age && average_weekly_hours_at_most(contracts, last_day, max_hours)) {
    t.due = false;
    t.why = "art. 7:673 lid 7 onder a BW: not due, the employee was " + std::to_string(age) + " (under " +
            std::to_string(minor_age) + ") on " + to_string(last_day) + " and worked on average at most " + max_hours.str() +
            " hours a week (agreed hours of the contracts)";
  }
  return t;
}

}  // namespace basisbaan
