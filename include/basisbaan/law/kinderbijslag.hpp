// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Kinderbijslag (Algemene Kinderbijslagwet, AKW, BWBR0002368): a fixed amount per child under 18
// per calendar quarter, by the child's age on the first day of the quarter (70 % / 85 % / 100 %
// of the basisbedrag, art. 12-13). Not income-dependent and not means for bijstand.

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// A child: a birth date (the age then follows the calendar) or one age for the whole year.
struct KinderbijslagChild {
  std::optional<Date> birth_date;  ///< none: `age` holds for the whole year
  int age = 0;  ///< used only without birth_date
};

/// One quarter's kinderbijslag.
struct KinderbijslagQuarter {
  Date first_day;   ///< 1 January, 1 April, 1 July or 1 October
  int children = 0;  ///< children counted on that day
  Money amount;  ///< the amount for the quarter
};

/// Kinderbijslag for one calendar year, per quarter.
struct Kinderbijslag {
  int year = 0;  ///< the calendar year
  std::array<KinderbijslagQuarter, 4> quarters{};  ///< in calendar order
  Money per_year;  ///< sum of the quarters
  std::vector<std::string> unconfirmed;  ///< amounts used that are not officially confirmed
};

/// Kinderbijslag for the four quarters of `year`. A child counts in a quarter when it is born
/// on or before the quarter's first day and younger than 18 on it. Throws InputError for a
/// negative age or an impossible year; RuleError when the rules have no amounts.
Kinderbijslag kinderbijslag(const RuleBook& rules, int year, const std::vector<KinderbijslagChild>& children,
                            Trace* trace = nullptr);

}  // namespace basisbaan
