// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/arbeidskorting.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kFiveDecimals{5, Rounding::HalfUp,
                                      "Rekenvoorschriften arbeidskorting: intermediate results to 5 decimals, half up"};
constexpr NamedRounding kCreditUp{0, Rounding::Up, "Rekenvoorschriften: heffingskortingen rounded up to whole euros"};

std::string suffix(TaxGroup g) { return g == TaxGroup::BelowAow ? "below_aow" : "aow"; }

}  // namespace

ArbeidskortingParameters ArbeidskortingParameters::load(const RuleBook& rules, const Date& on, TaxGroup group,
                                                        Trace* trace) {
  ArbeidskortingParameters p;
  const Table& t = rules.table("wage_tax.ark." + suffix(group), on, trace);
  for (std::size_t r = 0; r < t.size(); ++r) p.segments.push_back({t.money(r, "from"), t.rate(r, "rate"), t.money(r, "cap")});
  if (p.segments.empty()) throw RuleError("wage_tax.ark." + suffix(group) + " has no segments on " + to_string(on));
  p.phase_out_start = rules.amount("wage_tax.ark.phase_out_start", on, trace);
  p.phase_out_end = rules.amount("wage_tax.ark.phase_out_end", on, trace);
  p.phase_out_rate = rules.rate("wage_tax.ark.phase_out_rate." + suffix(group), on, trace);
  return p;
}

Money arbeidskorting(const ArbeidskortingParameters& p, Money annual_wage, Trace* trace) {
  if (annual_wage >= p.phase_out_end) {
    if (trace != nullptr) trace->step("arbeidskorting (annual)", "0.00", "no credit from " + p.phase_out_end.str() + "; Wet IB 2001 art. 8.11");
    return Money();
  }
  // Build up segment by segment; each segment's caps are cumulative.
  Decimal built;
  for (const auto& s : p.segments) {
    const Money over = max(Money(), annual_wage - s.from);
    const Decimal add = (over * s.rate).rounded(kFiveDecimals);
    built = min(built + add, s.cap.decimal());
    if (trace != nullptr) {
      trace->step("arbeidskorting build-up from " + s.from.str(), built.str(),
                  s.rate.str() + " × " + over.str() + " = " + add.str() + ", capped at " + s.cap.str());
    }
  }
  const Money over_start = max(Money(), annual_wage - p.phase_out_start);
  const Decimal taper = (over_start * p.phase_out_rate).rounded(kFiveDecimals);
  const Money credit = max(Money(), Money::round(built - taper, kCreditUp));
  if (trace != nullptr) {
    trace->step("arbeidskorting (annual)", credit.str(),
                built.str() + " − " + p.phase_out_rate.str() + " × " + over_start.str() + " (phase-out above " +
                    p.phase_out_start.str() + "), " + std::string(kCreditUp.rule) + "; Wet IB 2001 art. 8.11");
  }
  return credit;
}

}  // namespace basisbaan
