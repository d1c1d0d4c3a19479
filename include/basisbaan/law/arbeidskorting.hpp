// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Arbeidskorting (labour tax credit) as the white wage-tax table applies it (Wet IB 2001
// art. 8.11; Rekenvoorschriften geautomatiseerde loonadministratie, arbeidskorting).

#include <vector>

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The arbeidskorting parameters in force on one date for one table group (annual amounts).
struct ArbeidskortingParameters {
  /// One build-up segment of the credit.
  struct Segment {
    Money from;  ///< the segment's build-up starts at this annual wage
    Rate rate;   ///< build-up rate over the wage above `from`
    Money cap;   ///< cumulative credit cap after this segment
  };
  std::vector<Segment> segments;  ///< in order of `from`
  Money phase_out_start;  ///< g3
  Money phase_out_end;    ///< g4: no credit from here
  Rate phase_out_rate;    ///< a1

  /// Reads the parameters in force on `on` for `group`; throws RuleError when one has no value.
  static ArbeidskortingParameters load(const RuleBook& rules, const Date& on, TaxGroup group, Trace* trace = nullptr);
};

/// The annual credit in whole euros for annual table wage `annual_wage`: each segment builds up
/// rate × (L − from) (to 5 decimals, half up) within its cumulative cap, the phase-out subtracts
/// a1 × (L − g3); the result is rounded up to whole euros, never below 0, and 0 from g4.
Money arbeidskorting(const ArbeidskortingParameters& p, Money annual_wage, Trace* trace = nullptr);

}  // namespace basisbaan
