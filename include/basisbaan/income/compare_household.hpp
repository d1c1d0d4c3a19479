// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The whole income comparison of one household as `basisbaan compare` and `basisbaan serve` run
// it: the comparison at the offered (or asked) hours, the hours sweep, and the JSON document both
// print. One function, so that the command line and the web page can never differ.

#include <optional>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// A household's comparison and sweep, computed together from one IncomeModel.
struct HouseholdComparison {
  Household household;  ///< the household as read
  Comparison comparison;  ///< bijstand now versus the job at the offered hours
  Sweep sweep;  ///< the hours sweep
};

/// Compares `h` at `hours` (default: the job's hours) and sweeps `range`. Deterministic.
/// @throw InputError when `hours` is above 60 ("--hours: expected at most 60, got …"), and every
///        error IncomeModel and sweep() throw.
HouseholdComparison compare_household(const RuleBook& rules, const Household& h, std::optional<Hours> hours = std::nullopt,
                                      const SweepRange& range = SweepRange::standard());

/// The comparison document of `compare --json` and `POST /api/compare`: to_json(comparison) with
/// the member "sweep" = to_json(sweep). Keys in a fixed order.
Json comparison_document_json(const HouseholdComparison& r);

}  // namespace basisbaan
