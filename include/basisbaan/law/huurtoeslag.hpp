// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Huurtoeslag (Wet op de huurtoeslag, Wht, BWBR0008659): a monthly subsidy on the rent above
// the basishuur, 100 % up to the kwaliteitskortingsgrens, 65 % up to the aftoppingsgrens and
// 40 % above it (art. 21; Besluit op de huurtoeslag art. 7). Up to 2025 income raises the
// basishuur (normhuur formula, art. 19); from 2026 income reduces the toeslag linearly (art. 21
// lid 2). Rounded and paid per year under the Awir (awir.hpp).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/law/awir.hpp"

namespace basisbaan {

/// What the huurtoeslag needs about a household and its home for one year.
struct HuurtoeslagFacts {
  int year = 0;  ///< the calendar year
  Money income;                         ///< the claimant's toetsingsinkomen for the year
  std::optional<Money> partner_income;  ///< set: the claimant has a toeslagpartner
  Money co_resident_income;             ///< countable income of other co-residents (after the Awir art. 7 lid 6 child exemption)
  Money rent;                           ///< kale huur per month
  Money service_costs;                  ///< subsidisable service costs per month (Wht art. 5 lid 3)
  int household_size = 1;               ///< persons living in the home, the claimant included
  int oldest_age = 30;                  ///< age of the oldest person in the household
  bool has_children = false;            ///< a (foster) child lives in the home
  bool aow_household = false;           ///< the claimant or partner has reached AOW age
  Money assets;                         ///< box-3 rendementsgrondslag on 1 January, claimant and partner together
};

/// One year's huurtoeslag (Wht), with the amounts it was computed from; rounded and paid under the Awir.
struct Huurtoeslag {
  int year = 0;  ///< the calendar year
  std::string household_type;  ///< "single", "multi", "single_aow" or "multi_aow" (rules table keys)
  bool young_household = false;  ///< all under huurtoeslag.young_age_limit, no child: lower max rent
  Money rekeninkomen;          ///< joint toetsingsinkomen of the household, whole euros
  Money rekenhuur;             ///< rent + counted service costs (Wht art. 5)
  Money max_rent;              ///< maximale huurgrens that applies
  Money subsidised_rent;       ///< the rekenhuur up to the maximale huurgrens
  Money basishuur;             ///< own contribution per month (Wht art. 16-19)
  Money quality_limit;         ///< kwaliteitskortingsgrens
  Money capping_limit;         ///< aftoppingsgrens for the household size
  Decimal band_quality;        ///< subsidy on the rent up to the kwaliteitskortingsgrens, per month, exact
  Decimal band_capping;        ///< subsidy between kwaliteitskortingsgrens and aftoppingsgrens
  Decimal band_above_capping;  ///< subsidy above the aftoppingsgrens
  Decimal income_reduction_per_year;  ///< linear phase-out (from 2026), exact; 1/12 of it each month
  Decimal computed_per_month;  ///< monthly toeslag before the Awir rounding (shown to 1/10^8 euro)
  bool excluded = false;       ///< no huurtoeslag at all; `notes` says why
  ToeslagPayment payment;  ///< the amount paid for the year and per month
  std::vector<std::string> notes;        ///< plain-language reasons (exclusion, caps applied)
  std::vector<std::string> unconfirmed;  ///< parameters used whose value is not officially confirmed
};

/// The huurtoeslag for one year with the same rent and household all year. Throws InputError
/// naming the field for a negative amount, a household size under 1 (or under 2 with a partner)
/// or an impossible year; RuleError when the rules have no value for the year.
Huurtoeslag huurtoeslag(const RuleBook& rules, const HuurtoeslagFacts& facts, Trace* trace = nullptr);

/// The huurtoeslag parameters of one year, resolved once (PreparedParameter), with the table rows
/// per household type looked up once, for computing many households of that year; refers to the
/// RuleBook, which must outlive it.
struct HuurtoeslagRules {
  /// Resolves the parameters of `year`. Throws InputError for an impossible year; a parameter or
  /// table row without a value is reported when a computation uses it, as by huurtoeslag(RuleBook, ...).
  HuurtoeslagRules(const RuleBook& rules, int year);
  int year;                          ///< the calendar year
  AwirRules awir;                    ///< rounding and minimum payment
  PreparedParameter min_age;         ///< huurtoeslag.min_age
  PreparedParameter asset_limit_single;   ///< toeslagen.asset_limit.single
  PreparedParameter asset_limit_partner;  ///< toeslagen.asset_limit.partner
  PreparedParameter max_service_costs;    ///< huurtoeslag.max_service_costs
  PreparedParameter young_age_limit;      ///< huurtoeslag.young_age_limit
  PreparedParameter max_rent;             ///< huurtoeslag.max_rent
  PreparedParameter max_rent_young;       ///< huurtoeslag.max_rent_young
  PreparedParameter max_rent_rule;        ///< huurtoeslag.max_rent_rule
  PreparedParameter income_method;        ///< huurtoeslag.income_method
  PreparedParameter min_income_point;     ///< huurtoeslag.min_income_point
  PreparedParameter min_basishuur;        ///< huurtoeslag.min_basishuur
  PreparedParameter normhuur_factors;     ///< huurtoeslag.normhuur_factors
  PreparedParameter basishuur_reduction;  ///< huurtoeslag.basishuur_reduction
  PreparedParameter quality_discount_limit;  ///< huurtoeslag.quality_discount_limit
  PreparedParameter capping_limit;        ///< huurtoeslag.capping_limit
  PreparedParameter subsidy_rate;         ///< huurtoeslag.subsidy_rate
  PreparedParameter above_capping_households;  ///< huurtoeslag.above_capping_households
  PreparedParameter phase_out_rate;       ///< huurtoeslag.phase_out_rate
  /// Values read from the tables once, per household type ("single", "multi", "single_aow",
  /// "multi_aow"); unset when the table lacks the row (the computation then reports it).
  struct Rows {
    std::optional<Money> min_income_point;  ///< huurtoeslag.min_income_point
    std::optional<Money> min_basishuur;     ///< huurtoeslag.min_basishuur
    std::optional<Decimal> factor_a;        ///< huurtoeslag.normhuur_factors, column a
    std::optional<Decimal> factor_b;        ///< huurtoeslag.normhuur_factors, column b
  };
  Rows rows[4];  ///< by household type, in the order above
  std::optional<Rate> rate_quality;        ///< huurtoeslag.subsidy_rate, band quality
  std::optional<Rate> rate_capping;        ///< huurtoeslag.subsidy_rate, band capping
  std::optional<Rate> rate_above_capping;  ///< huurtoeslag.subsidy_rate, band above_capping
  std::optional<Rate> phase_out_single;    ///< huurtoeslag.phase_out_rate, household single
  std::optional<Rate> phase_out_multi;     ///< huurtoeslag.phase_out_rate, household multi
  std::optional<Money> capping_by_persons[17];  ///< huurtoeslag.capping_limit for 1..16 persons (index = persons)
};

/// The huurtoeslag with prepared rules: the same result, trace and errors as huurtoeslag(RuleBook,
/// ...); also throws InputError when facts.year is not the rules' year.
Huurtoeslag huurtoeslag(const HuurtoeslagRules& rules, const HuurtoeslagFacts& facts, Trace* trace = nullptr);

}  // namespace basisbaan
