// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The statutory minimum wage (Wet minimumloon en minimumvakantiebijslag, Wml): the hourly
// minimum for an age on a date (art. 8 and the youth scale of art. 9 / Besluit
// minimumjeugdloonbedragen), and the fixed minimum per week, four weeks and month for a
// contract of so many hours a week (SZW Kennisdocument wettelijk minimumloon, see
// docs/minimum-wage.md).

#include <optional>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The statutory minimum wage for one age on one date; with hours per week also the fixed
/// minimum per week, four weeks and month (all in euros).
struct MinimumWage {
  Date on;  ///< the date of the minimum
  int age;  ///< the age it is for (15 or older)
  Money hourly_adult;     ///< wml.hourly, 21 years and older
  Rate youth_percentage;  ///< 100 % from 21
  Money hourly;           ///< the minimum for this age
  // With hours per week only:
  std::optional<Hours> hours_per_week;  ///< the weekly hours given
  std::optional<std::int64_t> working_days;  ///< workable weekdays in the year (wml.working_days)
  std::optional<Hours> hours_per_year;  ///< working_days × hours_per_week / 5
  std::optional<Money> per_week;  ///< fixed minimum per week
  std::optional<Money> per_four_weeks;  ///< fixed minimum per four weeks
  std::optional<Money> per_month;  ///< fixed minimum per month
};

/// The minimum wage on `on` for someone of `age` (15 or older), and with `hours_per_week` the
/// fixed minimum per week, four weeks and month. Throws InputError for an age under 15 and
/// RuleError for a date without rules.
MinimumWage minimum_wage(const RuleBook& rules, const Date& on, int age,
                         std::optional<Hours> hours_per_week = std::nullopt, Trace* trace = nullptr);

}  // namespace basisbaan
