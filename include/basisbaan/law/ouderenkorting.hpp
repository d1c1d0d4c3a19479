// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Ouderenkorting and alleenstaande-ouderenkorting (credits from the AOW age) as the wage tax
// applies them (Wet IB 2001 art. 8.17, 8.18; Rekenvoorschriften).

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The ouderenkorting parameters in force on one date (annual amounts).
struct OuderenkortingParameters {
  Money max;  ///< full credit
  Money phase_out_start;  ///< full credit up to and including this annual wage
  Rate phase_out_rate;  ///< reduction per euro of annual wage above phase_out_start
  Money single_max;  ///< alleenstaande-ouderenkorting

  /// Reads the parameters in force on `on`; throws RuleError when one has no value.
  static OuderenkortingParameters load(const RuleBook& rules, const Date& on, Trace* trace = nullptr);
};

/// The annual ouderenkorting in whole euros: the maximum up to the threshold, then
/// max − (L − threshold) × rate rounded up to whole euros, never below 0.
Money ouderenkorting(const OuderenkortingParameters& p, Money annual_wage, Trace* trace = nullptr);

}  // namespace basisbaan
