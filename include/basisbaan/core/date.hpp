// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Calendar dates: Howard Hinnant's date::year_month_day, with strict parsing and the few
// calendar computations payroll and employment law need.

#include <date/date.h>

#include <string>
#include <string_view>

namespace basisbaan {

/// A calendar date (proleptic Gregorian).
using Date = date::year_month_day;

/// Parses "YYYY-MM-DD" strictly (a real calendar date); throws InputError InputInvalidDate naming `what`.
Date parse_date(std::string_view text, std::string_view what = "date");
/// "YYYY-MM-DD".
std::string to_string(const Date& d);
/// "d-m-yyyy" as Dutch documents print dates, e.g. "1-7-2025".
std::string to_string_nl(const Date& d);

/// The day `n` days after `d` (before, for negative n).
Date add_days(const Date& d, int n);
/// Number of days from `from` to `to` (negative when `to` is earlier).
int days_between(const Date& from, const Date& to);
/// The same day `n` months later; a day that does not exist in that month becomes its last day
/// (31 January + 1 month = 28/29 February), as art. 7:668a BW month counting is read here.
Date add_months(const Date& d, int n);
/// Completed years of age on `on` for someone born on `birth` (a 29 February birthday counts
/// as 1 March in other years).
int age_on(const Date& birth, const Date& on);
/// The first day of the month of `d`.
Date first_of_month(const Date& d);
/// The last day of the month of `d`.
Date last_of_month(const Date& d);
/// ISO 8601 week of `d`: week-numbering year and week 1..53.
struct IsoWeek {
  /// The ISO week-numbering year (may differ from the calendar year near 1 January).
  int year;
  /// 1..53.
  unsigned week;
};
/// The ISO week of `d`.
IsoWeek iso_week(const Date& d);
/// The Monday of ISO week `week` of ISO year `year`.
Date iso_week_monday(int year, unsigned week);
/// Number of ISO weeks (52 or 53) in ISO year `year`.
unsigned iso_weeks_in_year(int year);
/// Monday..Sunday as 1..7.
unsigned iso_weekday(const Date& d);

}  // namespace basisbaan
