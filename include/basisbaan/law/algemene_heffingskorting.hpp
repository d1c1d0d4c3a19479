// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Algemene heffingskorting (general tax credit) as the wage tax applies it (Wet IB 2001 art. 8.10;
// Rekenvoorschriften geautomatiseerde loonadministratie, algemene heffingskorting).

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The algemene heffingskorting parameters in force on one date for one table group (annual amounts).
struct AlgemeneHeffingskortingParameters {
  Money max;              ///< full credit up to and including phase_out_start
  Money phase_out_start;  ///< g1
  Money phase_out_end;    ///< g2: no credit from here
  Rate phase_out_rate;    ///< a1

  /// The parameters on `on` for `group`; with a trace, records each parameter and its source.
  static AlgemeneHeffingskortingParameters load(const RuleBook& rules, const Date& on, TaxGroup group,
                                                Trace* trace = nullptr);
};

/// The annual credit for the annual table wage `annual_wage`, in whole euros: the maximum up to
/// g1, then max − (L − g1) × a1 rounded up to whole euros (never below 0), nothing from g2.
Money algemene_heffingskorting(const AlgemeneHeffingskortingParameters& p, Money annual_wage, Trace* trace = nullptr);

}  // namespace basisbaan
