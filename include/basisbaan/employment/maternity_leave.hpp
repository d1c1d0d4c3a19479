// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Pregnancy and maternity leave (zwangerschaps- en bevallingsverlof, Wet arbeid en zorg art. 3:1):
// pregnancy leave from between six and four weeks before the day after the expected birth (ten
// and eight for a multiple pregnancy) up to the birth, then maternity leave of ten weeks from
// the day after the birth, extended by the days the pregnancy leave fell short of six (ten)
// weeks: 16 (20) weeks at least, more when the child is born after the expected date. Days of
// sickness between the earliest start and the chosen start count as pregnancy leave (lid 3), so
// they are not added after the birth. The UWV benefit is 100 % of the daily wage up to the
// maximum daily wage (Wazo art. 3:13).

#include <optional>
#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/employment/sickness.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// What the employee and the employer know: the expected date, the chosen start and, after it,
/// the birth.
struct MaternityLeaveFacts {
  Date expected_birth;              ///< the expected date of birth (vermoedelijke bevallingsdatum)
  Date leave_start;                 ///< first day of pregnancy leave, chosen within the statutory window
  std::optional<Date> birth;        ///< the day of birth, once known (none: the expected date is assumed)
  bool multiple = false;            ///< a multiple pregnancy (meerling)
};

/// The leave as art. 3:1 Wazo gives it.
struct MaternityLeave {
  Date earliest_start;         ///< six (ten) weeks before the day after the expected birth
  Date latest_start;           ///< four (eight) weeks before it
  Date pregnancy_leave_from;   ///< the chosen start (the day after the birth when born before it)
  Date pregnancy_leave_to;     ///< the day of the birth (expected or actual)
  int pregnancy_days = 0;      ///< days of pregnancy leave taken
  /// Days of sickness from earliest_start to the day before pregnancy_leave_from, counted as
  /// pregnancy leave for the extension of the maternity leave (art. 3:1 lid 3 Wazo).
  int sick_days_before_leave = 0;
  Date maternity_leave_from;   ///< the day after the birth
  Date last_day;               ///< the last day of maternity leave
  int maternity_days = 0;      ///< ten weeks plus the days pregnancy leave (with sick_days_before_leave) fell short
  int total_days = 0;          ///< pregnancy_days + maternity_days (at least 112, 140 for a multiple, less sick_days_before_leave)
  std::string basis;           ///< the articles and numbers used
};

/// The pregnancy and maternity leave for `facts`. A birth before the chosen start gives no
/// pregnancy leave (pregnancy_days 0, pregnancy_leave_from the day after the birth) and the whole
/// six (ten) weeks are added to the maternity leave (art. 3:1 lid 4 Wazo). The days on which a
/// report of `sickness` says the employee is sick (any incapacity), from the earliest start to the
/// day before the chosen start, count as pregnancy leave (art. 3:1 lid 3 Wazo as UWV applies it:
/// they are taken off the days added after the birth, never below ten weeks); not when the child is
/// born before the chosen start (no pregnancy leave began). The days themselves stay sick days.
/// Throws InputError naming the field when the start lies outside the window of art. 3:1 lid 2 Wazo.
MaternityLeave maternity_leave(const RuleBook& rules, const MaternityLeaveFacts& facts,
                               const std::vector<SickReport>& sickness = {});

/// The UWV benefit per day during the leave (Wazo art. 3:13): 100 % of `daily_wage`, at most the
/// maximum daily wage (labour.sick_pay.max_daily_wage, Wfsv art. 17) on `on`.
Money maternity_benefit_per_day(const RuleBook& rules, const Money& daily_wage, const Date& on);

}  // namespace basisbaan
