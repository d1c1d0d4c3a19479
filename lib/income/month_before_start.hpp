// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The current situation in December of the year before the comparison year, with that month's
// own norms and amounts, for the first year's row "nu" before a January start. Internal to
// lib/income (comparison.cpp).

#include <optional>
#include <set>
#include <string>

#include "basisbaan/income/comparison.hpp"

namespace basisbaan::income_detail {

/// The amounts of the month before the job's start when that month is December of the year
/// before `current`'s year (a start in January); none for a later start, or when the rules do not
/// cover that month (RuleError) or its facts (InputError): the first year then shows the
/// comparison year's amounts. The toeslagen are those of that year on the current situation's
/// income of the comparison year (docs/income-comparison.md, "The first year month by month").
/// Adds the unconfirmed rule values it used to `unconfirmed`.
std::optional<MonthBeforeStart> month_before_start(const RuleBook& rules, const Household& h, const SituationResult& current,
                                                   std::set<std::string>& unconfirmed);

}  // namespace basisbaan::income_detail
