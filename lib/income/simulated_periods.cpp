// SPDX-License-Identifier: EUPL-1.2
#include "simulated_periods.hpp"

#include <algorithm>

namespace basisbaan::income_detail {

// Why the months left unbuilt change nothing.
//
// PeriodRules(rules, p) (lib/payroll/gross_to_net.cpp) reads the book only through look-ups on
// p's pay date — the wage-tax parameters of the three groups (with their credits), the premiums,
// the cao terms, the travel allowance, the statutory holiday-allowance rate, the sick-pay rules'
// status, MinimumWageOfDate::prepare and SpecialRateTable::prepare on the pay date — plus
// AowAges::prepare(rules), which takes no date, and p's kind (always a month here). A look-up by
// name on a date answers (its value, its error or its status) from the values that start on or
// before that date and from whether the date is past the parameter's horizon. So when no value
// starts and no horizon ends on a day in (pay date of month a, pay date of month b], every
// look-up answers the same on both pay dates, and building b's rules succeeds exactly when
// building a's does, with the same values (only the period and pay date differ). Months are
// therefore grouped in runs that start where a value starts or a horizon ends (and, for good
// measure, at every 1 January); the constructor builds the first month of every run in order, as
// the eager code built every month in order, and stops at the first failure. A month left
// unbuilt follows a built month of its run, so it would not have failed: the first error thrown
// is the first error building every month would throw, and none is thrown when none would be.
// A provisional book records the parameters it carries forward on every look-up past a horizon,
// a side effect of building: then every month is built, as before.
SimulatedPeriods::SimulatedPeriods(const RuleBook& rules, const Date& first, const Date& last) : rules_(&rules) {
  for (PayPeriod p = PayPeriod::containing(PeriodKind::Month, first);; p = p.next()) {
    periods_.push_back(p);
    if (p.contains(last)) break;
  }
  for (const Parameter* p : rules.parameters()) {
    for (const DatedValue& v : p->values) changes_.push_back(v.from);
    if (p->known_until) changes_.push_back(add_days(*p->known_until, 1));
  }
  std::sort(changes_.begin(), changes_.end());
  changes_.erase(std::unique(changes_.begin(), changes_.end()), changes_.end());

  built_.resize(periods_.size());
  representative_.resize(periods_.size());
  const bool every = rules.options().allow_provisional;
  for (std::size_t i = 0; i < periods_.size(); ++i) {
    const bool starts_run = i == 0 || every || periods_[i].year() != periods_[i - 1].year() ||
                            change_between(pay_date(i - 1), pay_date(i));
    if (!starts_run) {
      representative_[i] = representative_[i - 1];
      continue;
    }
    representative_[i] = i;
    built_[i] = std::make_unique<PeriodRules>(rules, periods_[i]);
  }
}

bool SimulatedPeriods::change_between(const Date& after, const Date& up_to) const {
  const auto it = std::upper_bound(changes_.begin(), changes_.end(), after);
  return it != changes_.end() && !(up_to < *it);
}

const PeriodRules& SimulatedPeriods::rules(std::size_t i) const {
  if (!built_[i]) built_[i] = std::make_unique<PeriodRules>(*rules_, periods_[i]);  // cannot throw: see the constructor
  return *built_[i];
}

}  // namespace basisbaan::income_detail
