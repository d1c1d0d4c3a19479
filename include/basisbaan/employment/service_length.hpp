// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Lengths of service counted the way civil-law terms are counted: whole calendar years, then
// whole calendar months from the same day of the month, then the loose days left over
// (a start on the 31st counts to the last day of shorter months, see add_months in core/date).

#include "basisbaan/core/date.hpp"

namespace basisbaan {

/// A length of service: whole years, then whole months, then loose days.
struct ServiceLength {
  int years = 0;  ///< whole calendar years
  int months = 0;  ///< 0..11
  int days = 0;    ///< loose days after the whole months (0..30)
  /// Whole months in total (12 × years + months).
  int total_months() const noexcept { return 12 * years + months; }
};

/// The service from `first` up to and including `last` (last >= first - 1 day; an empty span is
/// zero). E.g. 2020-03-01 … 2023-02-28 is exactly 3 years; 2019-01-09 … 2021-01-31 is 2 years
/// and 23 days.
ServiceLength service_length(const Date& first, const Date& last);

/// Whole months from `first` to the day after `last` (`service_length(...).total_months()`).
int whole_months(const Date& first, const Date& last);

/// The last day of a term of `months` calendar months that begins on `first`: the day before the
/// day with the same number `months` months later; when that month has no such day, the last day
/// of that month (2023-08-31 + 6 months → 2024-02-29; 2023-09-01 + 6 → 2024-02-29; 2023-08-29 + 6
/// → 2024-02-28). docs/employment.md, "Counting months". Negative `months` is not allowed.
Date end_of_month_term(const Date& first, int months);

/// True when the span `first` … `last` (inclusive) lasts at least `months` calendar months, i.e.
/// it reaches end_of_month_term(first, months).
bool lasts_at_least_months(const Date& first, const Date& last, int months);

/// True when the span `first` … `last` (inclusive) lasts longer than `months` calendar months
/// ("meer dan", the opposite of "ten hoogste").
bool lasts_longer_than_months(const Date& first, const Date& last, int months);

}  // namespace basisbaan
