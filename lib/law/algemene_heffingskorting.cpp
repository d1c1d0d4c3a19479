// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/algemene_heffingskorting.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kCreditUp{0, Rounding::Up, "Rekenvoorschriften: heffingskortingen rounded up to whole euros"};

std::string suffix(TaxGroup g) { return g == TaxGroup::BelowAow ? "below_aow" : "aow"; }

}  // namespace

AlgemeneHeffingskortingParameters AlgemeneHeffingskortingParameters::load(const RuleBook& rules, const Date& on,
                                                                          TaxGroup group, Trace* trace) {
  return {rules.amount("wage_tax.ahk.max." + suffix(group), on, trace),
          rules.amount("wage_tax.ahk.phase_out_start", on, trace),
          rules.amount("wage_tax.ahk.phase_out_end", on, trace),
          rules.rate("wage_tax.ahk.phase_out_rate." + suffix(group), on, trace)};
}

Money algemene_heffingskorting(const AlgemeneHeffingskortingParameters& p, Money annual_wage, Trace* trace) {
  // The explanation is written only into a trace (formatting amounts costs more than the credit).
  Money credit;
  std::string how;
  if (annual_wage <= p.phase_out_start) {
    credit = p.max;
    if (trace != nullptr) how = "full credit up to and including " + p.phase_out_start.str();
  } else if (annual_wage >= p.phase_out_end) {
    credit = Money();
    if (trace != nullptr) how = "no credit from " + p.phase_out_end.str();
  } else {
    const Decimal reduced = p.max.decimal() - (annual_wage - p.phase_out_start) * p.phase_out_rate;
    credit = max(Money(), Money::round(reduced, kCreditUp));
    if (trace != nullptr) {
      how = p.max.str() + " − (" + annual_wage.str() + " − " + p.phase_out_start.str() + ") × " + p.phase_out_rate.str() +
            " = " + reduced.str() + ", " + std::string(kCreditUp.rule);
    }
  }
  if (trace != nullptr) trace->step("algemene heffingskorting (annual)", credit.str(), how + "; Wet IB 2001 art. 8.10");
  return credit;
}

}  // namespace basisbaan
