// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Inkomensafhankelijke combinatiekorting (IACK, Wet IB 2001 art. 8.14a): the income-tax credit of
// a working parent of a child under 12 who has no partner or earns less than the partner. The
// payroll never applies it (the wage-tax tables have no column for it); it comes with the annual
// assessment (income/annual_settlement.hpp).

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The combinatiekorting's parameters of one year (art. 8.14a lid 1 a and lid 2).
struct CombinatiekortingParameters {
  Money threshold;  ///< the labour income above which the credit builds up (and below which it does not apply)
  Rate rate;        ///< build-up rate over the labour income above the threshold
  Money maximum;    ///< the credit's maximum

  /// Reads the parameters in force on `on` (1 January of the year assessed); throws RuleError
  /// when one has no value.
  static CombinatiekortingParameters load(const RuleBook& rules, const Date& on, Trace* trace = nullptr);
};

/// The credit for the year's labour income `labour_income` (whole euros) of a person who
/// qualifies (art. 8.14a lid 1 b and c are the caller's to decide): 0 unless the labour income is
/// above the threshold, else rate × (labour income − threshold) rounded up to whole euros (as the
/// other heffingskortingen), at most the maximum.
Money combinatiekorting(const CombinatiekortingParameters& p, Money labour_income, Trace* trace = nullptr);

}  // namespace basisbaan
