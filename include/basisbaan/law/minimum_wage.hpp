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

/// The hourly minimum wage rules of one date (the hourly basis, from 2024), looked up once for
/// the many employees of a pay period (issue 18: no rule look-up by name per employee).
class MinimumWageOfDate {
 public:
  /// What a payslip's base wage needs of MinimumWage.
  struct ForEmployee {
    Money hourly;          ///< MinimumWage::hourly
    Hours hours_per_year;  ///< the value of MinimumWage's hours_per_year
  };

  /// The rules of `on`; nullopt when minimum_wage() must be asked every time instead: a
  /// provisional book (a look-up records what it carries forward), the full-time period basis
  /// before 2024, or a rule missing or invalid on `on` (minimum_wage() then throws its error).
  static std::optional<MinimumWageOfDate> prepare(const RuleBook& rules, const Date& on);

  /// Exactly minimum_wage(rules, on, age, hours_per_week)'s `hourly` and `hours_per_year`;
  /// nullopt when that call must be made instead (it throws, or the hours are outside the range
  /// in which its period amounts are proven not to overflow: 0 to 1000 hours, at most 4 decimals).
  std::optional<ForEmployee> for_employee(int age, const Hours& hours_per_week) const;

 private:
  MinimumWageOfDate() = default;
  Money hourly_adult_;
  std::optional<Money> youth_hourly_[6];  // ages 15..20; none: no row for that age
  std::int64_t working_days_ = 0;
};

}  // namespace basisbaan
