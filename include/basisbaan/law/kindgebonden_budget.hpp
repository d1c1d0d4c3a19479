// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Kindgebonden budget (Wet op het kindgebonden budget, Wkb, BWBR0022751): an amount per child
// under 18, more from 12 and from 16, plus the alleenstaande-ouderkop for a parent without
// toeslagpartner, reduced by a percentage of the toetsingsinkomen above the drempelinkomen
// (art. 2). Determined per calendar month (art. 2 lid 11), rounded and paid per year under the
// Awir (awir.hpp).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/law/awir.hpp"

namespace basisbaan {

/// A child for the kindgebonden budget: either a birth date (the age then follows the calendar,
/// a change counting from the month after it) or one age for the whole year.
struct KgbChild {
  std::optional<Date> birth_date;  ///< none: `age` holds for the whole year
  int age = 0;  ///< used only without birth_date
};

/// What the kindgebonden budget needs about a household for one year.
struct KindgebondenBudgetFacts {
  int year = 0;  ///< the calendar year
  Money income;                         ///< the parent's toetsingsinkomen for the year
  std::optional<Money> partner_income;  ///< set: the parent has a toeslagpartner; unset: alleenstaande ouder
  std::vector<KgbChild> children;  ///< every child of the household
  Money assets;                         ///< box-3 rendementsgrondslag on 1 January, parent and partner together
};

/// One year's kindgebonden budget (Wkb art. 2), rounded and paid under the Awir.
struct KindgebondenBudget {
  int year = 0;  ///< the calendar year
  bool has_partner = false;  ///< a toeslagpartner was given
  int children_counted = 0;        ///< children under 18 in at least one month of the year
  Money toetsingsinkomen;          ///< joint, whole euros
  Money threshold_income;          ///< drempelinkomen, raised for a couple (art. 2 lid 8)
  Decimal reduction_per_year;      ///< phase-out rate × income above the threshold, exact
  Decimal maximum_per_year;        ///< the year's maximum before the reduction (mean of the 12 months), exact
  Money asset_limit;  ///< the asset limit that applies (single or with partner)
  bool assets_above_limit = false;  ///< no kindgebonden budget at all (Wkb art. 1 lid 4)
  ToeslagPayment payment;  ///< the amount paid for the year and per month
  std::vector<std::string> notes;  ///< method choices that matter, for the reader
  std::vector<std::string> unconfirmed;  ///< parameters used whose value is not officially confirmed
};

/// The kindgebonden budget for one year. Throws InputError naming the field for a negative
/// amount, a negative child age or an impossible year; RuleError when the rules have no value.
KindgebondenBudget kindgebonden_budget(const RuleBook& rules, const KindgebondenBudgetFacts& facts,
                                       Trace* trace = nullptr);

/// The kindgebonden-budget parameters of one year, resolved once (PreparedParameter), for
/// computing many households of that year; refers to the RuleBook, which must outlive it.
struct KindgebondenBudgetRules {
  /// Resolves the parameters of `year`. Throws InputError for an impossible year; a parameter
  /// without a value is reported when a computation uses it, as by kindgebonden_budget(RuleBook, ...).
  KindgebondenBudgetRules(const RuleBook& rules, int year);
  int year;                              ///< the calendar year
  AwirRules awir;                        ///< rounding and minimum payment
  PreparedParameter asset_limit_single;  ///< kgb.asset_limit.single
  PreparedParameter asset_limit_partner;  ///< kgb.asset_limit.partner
  bool amount_basis_defined = false;     ///< kgb.amount_basis has a value on or before 1 January
  bool amount_basis_by_rank = false;     ///< and that value is "by_rank"
  PreparedParameter amount_basis;        ///< kgb.amount_basis
  PreparedParameter amount_by_child_rank;  ///< kgb.amount_by_child_rank
  PreparedParameter amount_per_child;    ///< kgb.amount_per_child.0_11
  PreparedParameter supplement_12_15;    ///< kgb.supplement.12_15
  PreparedParameter supplement_16_17;    ///< kgb.supplement.16_17
  PreparedParameter single_parent_supplement;  ///< kgb.single_parent_supplement
  PreparedParameter phase_out_rate;      ///< kgb.phase_out_rate
  PreparedParameter threshold_income;    ///< kgb.threshold_income
  PreparedParameter partner_threshold_increase;  ///< kgb.partner_threshold_increase
};

/// The kindgebonden budget with prepared rules: the same result, trace and errors as
/// kindgebonden_budget(RuleBook, ...); also throws InputError when facts.year is not the rules' year.
KindgebondenBudget kindgebonden_budget(const KindgebondenBudgetRules& rules, const KindgebondenBudgetFacts& facts,
                                       Trace* trace = nullptr);

}  // namespace basisbaan
