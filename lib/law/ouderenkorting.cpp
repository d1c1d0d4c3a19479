// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/ouderenkorting.hpp"

namespace basisbaan {
namespace {
constexpr NamedRounding kCreditUp{0, Rounding::Up, "Rekenvoorschriften: heffingskortingen rounded up to whole euros"};
}  // namespace

OuderenkortingParameters OuderenkortingParameters::load(const RuleBook& rules, const Date& on, Trace* trace) {
  return {rules.amount("wage_tax.ouk.max", on, trace), rules.amount("wage_tax.ouk.phase_out_start", on, trace),
          rules.rate("wage_tax.ouk.phase_out_rate", on, trace), rules.amount("wage_tax.aok.max", on, trace)};
}

Money ouderenkorting(const OuderenkortingParameters& p, Money annual_wage, Trace* trace) {
  Money credit = p.max;
  if (annual_wage > p.phase_out_start) {
    credit = max(Money(), Money::round(p.max.decimal() - (annual_wage - p.phase_out_start) * p.phase_out_rate, kCreditUp));
  }
  if (trace != nullptr) {
    trace->step("ouderenkorting (annual)", credit.str(),
                p.max.str() + " − " + p.phase_out_rate.str() + " × the wage above " + p.phase_out_start.str() + ", " +
                    std::string(kCreditUp.rule) + "; Wet IB 2001 art. 8.17");
  }
  return credit;
}

}  // namespace basisbaan
