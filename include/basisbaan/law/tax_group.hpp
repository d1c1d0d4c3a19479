// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Which columns of the wage-tax tables apply: below the AOW age, or at AOW age (with the
// distinction by birth before or from 1946 that the brackets still make).

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The column group of the wage-tax tables: below the AOW age, or at AOW age born before or from 1946.
enum class TaxGroup : std::uint8_t { BelowAow, AowBornBefore1946, AowBornFrom1946 };

/// "below_aow", "aow_born_before_1946", "aow_born_from_1946" (the suffix of the rule names).
std::string_view to_string(TaxGroup g) noexcept;

/// The AOW date of someone born on `birth`: the day the AOW age in force for that year
/// (rules aow.age.years / aow.age.months, Algemene Ouderdomswet art. 7a) is reached, when that
/// year's AOW age is in the rules (it is fixed five years ahead); otherwise nothing.
std::optional<Date> fixed_aow_date(const RuleBook& rules, const Date& birth);

/// The AOW date, or a RuleError when it is not fixed yet (see fixed_aow_date).
Date aow_date(const RuleBook& rules, const Date& birth);

/// A date on or before the AOW date, known also when the AOW date is not fixed yet: the last
/// AOW age in the rules, since art. 7a AOW never lowers it. Before this date a person is
/// certainly below the AOW age.
Date earliest_aow_date(const RuleBook& rules, const Date& birth);

/// Whether the AOW age has been reached on `on`; a RuleError only when that cannot be known yet.
bool aow_age_reached(const RuleBook& rules, const Date& birth, const Date& on);

/// The table group for a payment on `pay_date`: the AOW columns apply from the first day of the
/// month in which the AOW age is reached (Handboek Loonheffingen; see docs/wage-tax.md).
TaxGroup tax_group_on(const RuleBook& rules, const Date& birth, const Date& pay_date);

/// The AOW ages of every year in the rules, looked up once for the many employees of a pay
/// period (issue 18: no rule look-up by name per employee).
class AowAges {
 public:
  /// The ages of `rules`; nullopt when the RuleBook functions must be asked instead: a
  /// provisional book (its look-ups are recorded), or aow.age.* missing or invalid.
  static std::optional<AowAges> prepare(const RuleBook& rules);
  /// Exactly tax_group_on(rules, birth, pay_date); nullopt where that throws (then call it).
  std::optional<TaxGroup> tax_group_on(const Date& birth, const Date& pay_date) const;

 private:
  AowAges() = default;
  std::optional<Date> fixed_aow_date(const Date& birth) const;
  int first_year_ = 0;
  std::vector<std::int64_t> months_;  // AOW age in months on 1 January of first_year_ + i
  std::int64_t last_months_ = 0;      // on the date of the last value
};

}  // namespace basisbaan
