// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Lengths of service counted the way civil-law terms are counted: whole calendar years, then
// whole calendar months from the same day of the month, then the loose days left over
// (a start on the 31st counts to the last day of shorter months, see add_months in core/date).

#include "basisbaan/core/date.hpp"

namespace basisbaan {

struct ServiceLength {
  int years = 0;
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

/// True when the span `first` … `last` (inclusive) lasts at least `months` calendar months.
bool lasts_at_least_months(const Date& first, const Date& last, int months);

}  // namespace basisbaan
