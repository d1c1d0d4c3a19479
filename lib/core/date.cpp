// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/date.hpp"

#include <cstdio>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

using namespace date::literals;

Date parse_date(std::string_view text, std::string_view what) {
  auto fail = [&](const char* why) {
    return InputError(ErrorCode::InputInvalidDate, std::string(what) + ": expected a date as YYYY-MM-DD, got \"" + std::string(text) + "\" (" +
                      why + ")");
  };
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') throw fail("wrong form");
  int parts[3] = {0, 0, 0};
  const std::size_t starts[3] = {0, 5, 8};
  const std::size_t lens[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (std::size_t i = 0; i < lens[p]; ++i) {
      const char c = text[starts[p] + i];
      if (c < '0' || c > '9') throw fail("not a number");
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  const Date d{date::year{parts[0]}, date::month{static_cast<unsigned>(parts[1])},
               date::day{static_cast<unsigned>(parts[2])}};
  if (!d.ok()) throw fail("no such day");
  return d;
}

std::string to_string(const Date& d) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()), static_cast<unsigned>(d.month()),
                static_cast<unsigned>(d.day()));
  return buf;
}

std::string to_string_nl(const Date& d) {
  return std::to_string(static_cast<unsigned>(d.day())) + "-" + std::to_string(static_cast<unsigned>(d.month())) +
         "-" + std::to_string(static_cast<int>(d.year()));
}

Date add_days(const Date& d, int n) { return Date{date::sys_days{d} + date::days{n}}; }

int days_between(const Date& from, const Date& to) {
  return static_cast<int>((date::sys_days{to} - date::sys_days{from}).count());
}

Date add_months(const Date& d, int n) {
  const Date shifted = d + date::months{n};
  if (shifted.ok()) return shifted;
  return last_of_month(Date{shifted.year(), shifted.month(), date::day{1}});
}

int age_on(const Date& birth, const Date& on) {
  int age = static_cast<int>(on.year()) - static_cast<int>(birth.year());
  const auto bm = static_cast<unsigned>(birth.month());
  const auto bd = static_cast<unsigned>(birth.day());
  const auto om = static_cast<unsigned>(on.month());
  const auto od = static_cast<unsigned>(on.day());
  // A 29 February birthday is reached on 1 March in a year without 29 February.
  const bool leap_birthday_unreached = bm == 2 && bd == 29 && !on.year().is_leap() && om == 2 && od == 28;
  if (om < bm || (om == bm && od < bd) || leap_birthday_unreached) --age;
  return age;
}

Date first_of_month(const Date& d) { return Date{d.year(), d.month(), date::day{1}}; }

Date last_of_month(const Date& d) { return Date{date::year_month_day_last{d.year(), date::month_day_last{d.month()}}}; }

unsigned iso_weekday(const Date& d) { return date::weekday{date::sys_days{d}}.iso_encoding(); }

Date iso_week_monday(int year, unsigned week) {
  // ISO week 1 is the week with 4 January in it.
  const Date jan4{date::year{year}, date::January, date::day{4}};
  const Date monday1 = add_days(jan4, 1 - static_cast<int>(iso_weekday(jan4)));
  return add_days(monday1, static_cast<int>((week - 1) * 7));
}

unsigned iso_weeks_in_year(int year) {
  // 28 December is always in the last ISO week of its year.
  return iso_week(Date{date::year{year}, date::December, date::day{28}}).week;
}

IsoWeek iso_week(const Date& d) {
  // The ISO year is the year of the Thursday of d's week.
  const Date thursday = add_days(d, 4 - static_cast<int>(iso_weekday(d)));
  const int y = static_cast<int>(thursday.year());
  const int ordinal = days_between(Date{date::year{y}, date::January, date::day{1}}, thursday);
  return IsoWeek{y, static_cast<unsigned>(ordinal / 7 + 1)};
}

}  // namespace basisbaan
