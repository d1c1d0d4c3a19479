// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Algemene wet inkomensafhankelijke regelingen (Awir, BWBR0018472): the rules every toeslag
// shares — the toetsingsinkomen of claimant and toeslagpartner (art. 7, 8), rounding of the
// yearly amount to whole euros (art. 14 lid 4) and the minimum payment (art. 14 lid 5).

#include <optional>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/prepared_parameter.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// A toeslag for one calendar year as it is paid.
struct ToeslagPayment {
  Decimal computed_per_year;   ///< the exact yearly amount from the toeslag's own formula, >= 0
  Money rounded_per_year;      ///< computed_per_year rounded half up to whole euros (Awir art. 14 lid 4)
  bool below_payout_threshold = false;  ///< rounded amount under toeslagen.payout_threshold (art. 14 lid 5)
  Money per_year;              ///< what is paid for the year: rounded_per_year, or 0 below the threshold
  Money per_month;             ///< per month as the Belastingdienst shows it: computed_per_year / 12 rounded
                               ///< down to whole euros (0 below the threshold)
};

/// 1 January of `year`, the date on which the toeslag parameters of that year are read.
/// Throws InputError naming `field` for a year outside 1900..2199.
Date toeslag_year_start(int year, std::string_view field = "year");

/// The toetsingsinkomen (Awir art. 8): the claimant's income plus the toeslagpartner's, in whole
/// euros (amounts with cents are rounded down, as the verzamelinkomen is). Throws InputError
/// naming the field when an income is negative.
Money toetsingsinkomen(Money income, std::optional<Money> partner_income, Trace* trace = nullptr);

/// Rounds an exact yearly toeslag (negative counts as 0) and applies the minimum payment of the
/// year starting `year_start`; records both steps in `trace`.
ToeslagPayment awir_payment(const RuleBook& rules, const Date& year_start, const Decimal& computed_per_year,
                            Trace* trace = nullptr);

/// The Awir payment rules of the year starting `year_start` (rounding mode, minimum payment),
/// resolved once (PreparedParameter); refers to `rules`, which must outlive it.
struct AwirRules {
  /// Resolves the parameters; never throws a look-up error (see PreparedParameter).
  AwirRules(const RuleBook& rules, const Date& year_start);
  Date year_start;                ///< the date the parameters are read on
  PreparedParameter rounding;     ///< toeslagen.rounding
  PreparedParameter threshold;    ///< toeslagen.payout_threshold
  bool rounding_known = false;    ///< rounding is the one mode implemented (checked once)
};

/// awir_payment() with prepared rules: the same payment, trace and errors.
ToeslagPayment awir_payment(const AwirRules& rules, const Decimal& computed_per_year, Trace* trace = nullptr);

}  // namespace basisbaan
