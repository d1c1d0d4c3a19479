// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/service_length.hpp"

namespace basisbaan {

ServiceLength service_length(const Date& first, const Date& last) {
  ServiceLength s;
  const Date end_exclusive = add_days(last, 1);
  if (end_exclusive <= first) return s;
  // Whole months counted from `first` each time (not month after month), so that a start on the
  // 31st returns to the 31st after a short month.
  int months = (static_cast<int>(end_exclusive.year()) - static_cast<int>(first.year())) * 12 +
               static_cast<int>(static_cast<unsigned>(end_exclusive.month())) -
               static_cast<int>(static_cast<unsigned>(first.month())) + 1;
  while (months > 0 && add_months(first, months) > end_exclusive) --months;
  s.years = months / 12;
  s.months = months % 12;
  s.days = days_between(add_months(first, months), end_exclusive);
  return s;
}

int whole_months(const Date& first, const Date& last) { return service_length(first, last).total_months(); }

Date end_of_month_term(const Date& first, int months) {
  const Date same = add_months(first, months);
  // add_months moves a missing day back to the month's last day; then the term runs to the end of
  // that month (the corresponding day is missing), otherwise to the day before the corresponding day.
  if (same.day() != first.day()) return last_of_month(same);
  return add_days(same, -1);
}

bool lasts_at_least_months(const Date& first, const Date& last, int months) {
  return end_of_month_term(first, months) <= last;
}

bool lasts_longer_than_months(const Date& first, const Date& last, int months) {
  return end_of_month_term(first, months) < last;
}

}  // namespace basisbaan
