// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What an hours sweep means for the household, in a few plain sentences for an intake
// conversation (Dutch for the page, English for the table): up to which hours bijstand tops up
// the wage, at which hours the household has less or more than now, where more hours give less
// than fewer hours, and the hours with the highest income. "Less" and "more" are measured against
// the current income with the noise threshold, so the sentences never contradict each other.

#include <string>
#include <vector>

#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// The sweep's points (above 0 hours) grouped against the current income.
struct SweepGroups {
  std::vector<Hours> less_than_now;  ///< at least the noise threshold a month below the current income
  std::vector<Hours> more_than_now;  ///< at least the noise threshold a month above it
  /// Points where fewer hours gave at least the noise threshold more, that are not below the
  /// current income (a dip beyond the current level, e.g. where a toeslag or scheme stops).
  std::vector<Hours> dips;
};

/// Groups the points of `s` (docs/income-comparison.md, "Sweep").
SweepGroups sweep_groups(const Sweep& s);

/// The summary in plain Dutch (B1), e.g. "Tot en met 30 uur per week vult de bijstand uw loon
/// aan. Bij 1 tot en met 28 uur per week houdt u minder over dan nu. Bij 29 tot en met 40 uur per
/// week houdt u meer over dan nu. Het hoogste inkomen is er bij 40 uur."
std::string sweep_summary_nl(const Sweep& s);

/// The same in English.
std::string sweep_summary_en(const Sweep& s);

}  // namespace basisbaan
