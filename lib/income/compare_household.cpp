// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/compare_household.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/comparison_json.hpp"

namespace basisbaan {

HouseholdComparison compare_household(const RuleBook& rules, const Household& h, std::optional<Hours> hours,
                                      const SweepRange& range) {
  if (hours && hours->value() > Decimal(60)) throw InputError("--hours: expected at most 60, got " + hours->str());
  const IncomeModel model(rules, h);
  Comparison c = model.compare(hours);
  Sweep s = sweep(model, range);
  return HouseholdComparison{h, std::move(c), std::move(s)};
}

Json comparison_document_json(const HouseholdComparison& r) {
  Json j = to_json(r.comparison);
  j["sweep"] = to_json(r.sweep);
  return j;
}

}  // namespace basisbaan
