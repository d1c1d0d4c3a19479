// SPDX-License-Identifier: EUPL-1.2
// The weekday count of a payslip (Monday to Friday, both ends included), counted in closed form
// since issue 18, against walking the calendar day by day for every span of up to 70 days that
// starts in 2025-2026 (leap day, year ends and every weekday to start on included).

#include <catch2/catch.hpp>

#include "../../lib/payroll/part_support.hpp"

using namespace basisbaan;

TEST_CASE("weekdays: the closed form counts what a walk over the calendar counts", "[payroll][parts]") {
  const Date first{date::year{2025}, date::January, date::day{1}};
  for (int start = 0; start < 2 * 366; start += 3) {
    const Date from = add_days(first, start);
    int walked = 0;
    for (int len = 0; len < 70; ++len) {
      const Date to = add_days(from, len);
      if (iso_weekday(to) <= 5) ++walked;
      REQUIRE(payroll_detail::weekdays(from, to) == walked);
    }
  }
  CHECK(payroll_detail::weekdays(Date{date::year{2026}, date::March, date::day{1}},
                                 Date{date::year{2026}, date::March, date::day{31}}) == 22);  // 2–6, 9–13, 16–20, 23–27, 30–31
  CHECK(payroll_detail::weekdays(Date{date::year{2026}, date::March, date::day{2}},
                                 Date{date::year{2026}, date::March, date::day{1}}) == 0);  // an empty span
}
