// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The yearly amounts paid of the three toeslagen (zorgtoeslag, huurtoeslag, kindgebonden budget)
// for many households of one year: every parameter resolved once into whole cents and integer
// rate mantissas, and the formulas of zorgtoeslag.cpp, huurtoeslag.cpp and kindgebonden_budget.cpp
// evaluated in exact 128-bit integer arithmetic without building a result, a trace or a note.
// A household outside the range where that is proven equal to the Decimal computation (see
// toeslagen_of_year.cpp), and every household of a year whose parameters are missing, carried
// forward or of a kind not implemented here, is computed by the full functions instead, so the
// answer, the errors and the effects on the RuleBook are always theirs.

#include "basisbaan/law/huurtoeslag.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"
#include "basisbaan/law/zorgtoeslag.hpp"

namespace basisbaan {

/// The three toeslagen of one year, prepared for computing the amount paid per year of many
/// households. Each function returns exactly `payment.per_year` of the function of the same name
/// with a RuleBook (and throws what it throws). Refers to the RuleBook, which must outlive it.
class ToeslagenOfYear {
 public:
  /// Prepares the parameters of `year`; throws InputError for an impossible year.
  ToeslagenOfYear(const RuleBook& rules, int year);

  /// The calendar year prepared.
  int year() const noexcept { return zorg_.year; }

  /// zorgtoeslag(rules, facts).payment.per_year.
  Money zorgtoeslag(const ZorgtoeslagFacts& facts) const;
  /// huurtoeslag(rules, facts).payment.per_year.
  Money huurtoeslag(const HuurtoeslagFacts& facts) const;
  /// kindgebonden_budget(rules, facts).payment.per_year.
  Money kindgebonden_budget(const KindgebondenBudgetFacts& facts) const;

  /// The prepared rules of the full computations (for a result with its trace and notes).
  const ZorgtoeslagRules& zorgtoeslag_rules() const noexcept { return zorg_; }
  /// The prepared huurtoeslag rules.
  const HuurtoeslagRules& huurtoeslag_rules() const noexcept { return huur_; }
  /// The prepared kindgebonden-budget rules.
  const KindgebondenBudgetRules& kindgebonden_budget_rules() const noexcept { return kgb_; }

  /// Which of the three have the integer fast path for this year (for tests and benchmarks);
  /// without it every household is computed by the full function.
  struct FastPaths {
    bool zorgtoeslag = false;          ///< zorgtoeslag fast path available
    bool huurtoeslag = false;          ///< huurtoeslag fast path available
    bool kindgebonden_budget = false;  ///< kindgebonden-budget fast path available
  };
  /// The fast paths available for this year.
  FastPaths fast_paths() const noexcept { return {zt_.ok, ht_.ok, kb_.ok}; }

 private:
  /// A rate as mantissa / 10^scale.
  struct IntRate {
    std::int64_t m = 0;   // mantissa
    std::int32_t s = 0;   // scale
  };
  /// Awir art. 14: rounding half up to whole euros and the minimum payment.
  struct IntAwir {
    std::int64_t threshold = 0;  // cents
  };
  struct IntZorg {
    bool ok = false;
    bool uninsured_ok = false;  // also for a partner not insured under the Zvw
    IntAwir awir;
    std::int64_t asset_single = 0, asset_partner = 0, premium = 0, threshold = 0;  // cents
    IntRate p_single, p_partner, p_income, uninsured;
  };
  struct IntHuur {
    bool ok = false;
    IntAwir awir;
    bool linear = false;          // income_method linear_phase_out (else normhuur_formula)
    bool cap_rent = false;        // max_rent_rule cap (else exclude)
    bool above_all = false;       // above_capping_households all (else single_aow_or_adapted)
    std::int64_t min_age = 0, young_limit = 0;
    std::int64_t asset_single = 0, asset_partner = 0, max_service = 0, max_rent = 0, max_rent_young = 0;
    std::int64_t reduction = 0, quality = 0;  // cents
    bool type_ok[4] = {false, false, false, false};  // the rows of this household type are known
    std::int64_t point[4] = {}, min_basishuur[4] = {};  // cents, by household type
    IntRate a[4], b[4];
    IntRate r_quality, r_capping, r_above, phase_single, phase_multi;
    bool capping_ok[17] = {};
    std::int64_t capping[17] = {};  // cents, by persons
  };
  struct IntKgb {
    bool ok = false;
    IntAwir awir;
    std::int64_t asset_single = 0, asset_partner = 0, per_child = 0, extra_12 = 0, extra_16 = 0, alo = 0;
    std::int64_t threshold = 0, partner_increase = 0;  // cents
    IntRate rate;
  };

  ZorgtoeslagRules zorg_;
  HuurtoeslagRules huur_;
  KindgebondenBudgetRules kgb_;
  IntZorg zt_;
  IntHuur ht_;
  IntKgb kb_;
};

}  // namespace basisbaan
