// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/combinatiekorting.hpp"

namespace basisbaan {
namespace {

// The statute gives a percentage of an amount in whole euros and a maximum in whole euros, and
// says nothing of cents. The assessment here rounds every heffingskorting the same way: up to
// whole euros, as the Rekenvoorschriften do for the algemene heffingskorting and the arbeidskorting
// (docs/income-comparison.md, "Income-tax assessment").
constexpr NamedRounding kCreditUp{0, Rounding::Up,
                                  "heffingskortingen rounded up to whole euros, as the Rekenvoorschriften round the others"};

}  // namespace

CombinatiekortingParameters CombinatiekortingParameters::load(const RuleBook& rules, const Date& on, Trace* trace) {
  CombinatiekortingParameters p;
  p.threshold = rules.amount("income_tax.combinatiekorting.threshold", on, trace);
  p.rate = rules.rate("income_tax.combinatiekorting.rate", on, trace);
  p.maximum = rules.amount("income_tax.combinatiekorting.maximum", on, trace);
  return p;
}

Money combinatiekorting(const CombinatiekortingParameters& p, Money labour_income, Trace* trace) {
  if (labour_income <= p.threshold) {
    if (trace != nullptr) {
      trace->step("inkomensafhankelijke combinatiekorting", "0.00",
                  "labour income " + labour_income.str() + " not above " + p.threshold.str() + " (Wet IB 2001 art. 8.14a lid 1 a)");
    }
    return Money();
  }
  const Decimal built = (labour_income - p.threshold) * p.rate;
  const Money credit = min(Money::round(built, kCreditUp), p.maximum);
  if (trace != nullptr) {
    trace->step("inkomensafhankelijke combinatiekorting", credit.str(),
                p.rate.str() + " × (" + labour_income.str() + " − " + p.threshold.str() + ") = " + built.str() + ", at most " +
                    p.maximum.str() + "; " + std::string(kCreditUp.rule));
  }
  return credit;
}

}  // namespace basisbaan
