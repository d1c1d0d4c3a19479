// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Bijstand (Participatiewet, Pw, BWBR0015703): the net norm per household type on a date
// (art. 21, 22) with its holiday-allowance part (art. 19 lid 3), the earnings disregards
// (art. 31 lid 2 sub n and r, lid 5) and the algemene bijstand as a top-up of the household's
// other net income to the norm (art. 19 lid 2), for one calendar month.

#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/prepared_parameter.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The household types of the bijstand norms (Pw art. 21): a single parent has the single norm.
enum class BijstandHousehold : std::uint8_t { Single, SingleParent, Couple };

/// "single", "single-parent" or "couple".
std::string_view to_string(BijstandHousehold h) noexcept;
/// Parses "single", "single-parent" (or "single_parent") or "couple"; throws InputError naming
/// `field` and the accepted words otherwise.
BijstandHousehold parse_bijstand_household(std::string_view text, std::string_view field = "household");

/// The bijstand norm for one household type on one date (Pw art. 21, 22).
struct BijstandNorm {
  Date on;  ///< the date of the norm
  BijstandHousehold household = BijstandHousehold::Single;  ///< the household type
  bool aow_age = false;  ///< the norm for a claimant or partner of AOW age
  std::string parameter;            ///< the rules parameter used, e.g. "bijstand.norm.couple"
  int cost_sharers = 0;             ///< kostendelende medebewoners besides claimant and partner (0: art. 21/22 norm)
  Money per_month;                  ///< net per month including holiday allowance (art. 21 / 22)
  Rate holiday_allowance_rate;      ///< share of the norm that is holiday allowance (art. 19 lid 3)
  Money holiday_allowance_part;     ///< reserved per month, paid out once a year
  Money excluding_holiday_allowance;  ///< per_month − holiday_allowance_part: paid monthly
  std::vector<std::string> unconfirmed;  ///< parameters used whose value is not officially confirmed
};

/// The bijstand norm on `on` for a household of 21 up to AOW age, or (aow_age) with a claimant
/// or partner of AOW age, without cost sharers. RuleError when the rules have no value for `on`.
BijstandNorm bijstand_norm(const RuleBook& rules, const Date& on, BijstandHousehold household, bool aow_age = false,
                           Trace* trace = nullptr);

/// The kostendelersnorm (Pw art. 22a) on `on`: with `cost_sharers` kostendelende medebewoners
/// (art. 19a: co-residents of the rules' minimum age, not the partner, not a commercial tenant or
/// student) the norm per person is (40 + A × 30) / (A × 100) × B, B the couple norm (art. 21
/// sub b; art. 22 sub b/c at AOW age), A the cost sharers plus the claimant; for a couple each
/// spouse counts as the other's cost sharer and the norm is the sum of both (art. 22a lid 2).
/// Each person's norm to the cent, half up. cost_sharers 0: bijstand_norm. InputError for < 0.
BijstandNorm kostendelersnorm(const RuleBook& rules, const Date& on, BijstandHousehold household, bool aow_age,
                              int cost_sharers, Trace* trace = nullptr);

/// The norm parameters of one household type on one date, resolved once (PreparedParameter), for
/// computing the norm many times (issue 18: a sweep computes twelve months for 41 numbers of
/// hours). Refers to the RuleBook, which must outlive it. bijstand_norm(RuleBook, ...) and
/// kostendelersnorm(RuleBook, ...) are the functions below with these rules prepared on each call.
class BijstandNormRules {
 public:
  /// Resolves the parameters on `on`; never throws a look-up error (a parameter without a value is
  /// reported when a computation uses it, as by the RuleBook functions).
  BijstandNormRules(const RuleBook& rules, const Date& on, BijstandHousehold household, bool aow_age);
  /// The date of the norm.
  const Date& on() const noexcept { return on_; }
  /// The household type.
  BijstandHousehold household() const noexcept { return household_; }
  /// The norm at AOW age (Pw art. 22).
  bool aow_age() const noexcept { return aow_age_; }
  /// bijstand.norm.single or .couple (with _aow at AOW age): Pw art. 21 / 22.
  const PreparedParameter& norm() const noexcept { return norm_; }
  /// bijstand.norm.couple (_aow): B of the kostendelersnorm, Pw art. 22a.
  const PreparedParameter& couple_norm() const noexcept { return couple_norm_; }
  /// bijstand.cost_sharer.formula (Pw art. 22a lid 1).
  const PreparedParameter& cost_sharer_formula() const noexcept { return cost_sharer_formula_; }
  /// bijstand.holiday_allowance_rate (Pw art. 19 lid 3).
  const PreparedParameter& holiday_allowance_rate() const noexcept { return holiday_allowance_rate_; }

 private:
  Date on_;
  BijstandHousehold household_;
  bool aow_age_;
  PreparedParameter norm_;
  PreparedParameter couple_norm_;
  PreparedParameter cost_sharer_formula_;
  PreparedParameter holiday_allowance_rate_;
};

/// bijstand_norm() with prepared rules: the same result, trace, unconfirmed entries and errors.
BijstandNorm bijstand_norm(const BijstandNormRules& rules, Trace* trace = nullptr);

/// kostendelersnorm() with prepared rules: the same result, trace, unconfirmed entries and errors.
BijstandNorm kostendelersnorm(const BijstandNormRules& rules, int cost_sharers, Trace* trace = nullptr);

/// What the bijstand norm depends on: the household type, the age, the cost sharers.
struct BijstandFacts {
  Date month;                       ///< any day of the calendar month concerned
  BijstandHousehold household = BijstandHousehold::Single;  ///< the household type of the norm
  bool aow_age = false;             ///< the claimant (or a partner) has reached AOW age
  int age = 30;                     ///< age of the person who earns (the disregards need 27+, art. 31 lid 5)
  Money net_earnings;               ///< net earnings from work in the month, household, incl. reserved holiday allowance
  Money other_net_income;           ///< other net means in the month (benefits, alimony); not toeslagen or kinderbijslag
  int disregard_month = 0;          ///< 0: no earnings disregard granted; n: the n-th month of the disregard
  bool child_under_12 = false;      ///< single parent with full care for a child under 12 (art. 31 lid 2 sub r)
  Money assets;                     ///< assets counted under art. 34
  int cost_sharers = 0;             ///< kostendelende medebewoners besides the claimant and partner (art. 19a, 22a)
};

/// One month's algemene bijstand as a top-up to the norm, with the disregards and means counted.
struct Bijstand {
  BijstandNorm norm;  ///< the norm of the month
  Money earnings_disregard;         ///< art. 31 lid 2 sub n: 25 % up to a maximum, months 1-6
  Money single_parent_disregard;    ///< art. 31 lid 2 sub r: 12.5 % up to a maximum, the 30 months after
  Money income_counted;             ///< net earnings + other income − disregards
  Money asset_limit;  ///< the asset limit that applies (art. 34)
  bool assets_above_limit = false;  ///< no algemene bijstand (art. 34)
  Money top_up;                     ///< algemene bijstand for the month incl. holiday allowance: norm − income counted, >= 0
  Money top_up_holiday_allowance;   ///< the part of top_up reserved as holiday allowance
  Money net_total;                  ///< top_up + net earnings + other income: what the household has that month
  std::vector<std::string> notes;  ///< method choices that matter, for the reader
  std::vector<std::string> unconfirmed;  ///< parameters used whose value is not officially confirmed
};

/// The algemene bijstand for one month as a top-up of the household's own net income to the norm.
/// Throws InputError naming the field for negative amounts or a negative disregard month.
Bijstand bijstand(const RuleBook& rules, const BijstandFacts& facts, Trace* trace = nullptr);

/// Every parameter of one month's bijstand for one household type, resolved once on the first of
/// the month (PreparedParameter). Refers to the RuleBook, which must outlive it. bijstand(RuleBook,
/// facts) is bijstand() below with these rules prepared for the facts on each call (one formula).
class BijstandRules {
 public:
  /// Resolves the parameters on the first of the month of `month`; never throws a look-up error.
  BijstandRules(const RuleBook& rules, const Date& month, BijstandHousehold household, bool aow_age);
  /// The norm (on the first of the month).
  const BijstandNormRules& norm() const noexcept { return norm_; }
  /// bijstand.earnings_disregard.min_age (art. 31 lid 5).
  const PreparedParameter& disregard_min_age() const noexcept { return disregard_min_age_; }
  /// bijstand.earnings_disregard.max_months.
  const PreparedParameter& disregard_max_months() const noexcept { return disregard_max_months_; }
  /// bijstand.earnings_disregard.rate (art. 31 lid 2 sub n).
  const PreparedParameter& disregard_rate() const noexcept { return disregard_rate_; }
  /// bijstand.earnings_disregard.max_per_month.
  const PreparedParameter& disregard_max_per_month() const noexcept { return disregard_max_per_month_; }
  /// bijstand.earnings_disregard.single_parent.max_months.
  const PreparedParameter& single_parent_max_months() const noexcept { return single_parent_max_months_; }
  /// bijstand.earnings_disregard.single_parent.rate (art. 31 lid 2 sub r).
  const PreparedParameter& single_parent_rate() const noexcept { return single_parent_rate_; }
  /// bijstand.earnings_disregard.single_parent.max_per_month.
  const PreparedParameter& single_parent_max_per_month() const noexcept { return single_parent_max_per_month_; }
  /// bijstand.asset_limit.single, .single_parent or .couple (art. 34).
  const PreparedParameter& asset_limit() const noexcept { return asset_limit_; }

 private:
  BijstandNormRules norm_;
  PreparedParameter disregard_min_age_;
  PreparedParameter disregard_max_months_;
  PreparedParameter disregard_rate_;
  PreparedParameter disregard_max_per_month_;
  PreparedParameter single_parent_max_months_;
  PreparedParameter single_parent_rate_;
  PreparedParameter single_parent_max_per_month_;
  PreparedParameter asset_limit_;
};

/// bijstand() with prepared rules: the same result, trace, unconfirmed entries and errors as
/// bijstand(RuleBook, facts); also throws InputError when the facts' month, household type or AOW
/// age are not the ones the rules are prepared for.
Bijstand bijstand(const BijstandRules& rules, const BijstandFacts& facts, Trace* trace = nullptr);

}  // namespace basisbaan
