// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Provisional payroll runs: a run computed with rules values carried past their horizon
// (RuleBookOptions::allow_provisional) is stored with the parameters it carried forward, and
// can never be closed or exported to the tax authority.

#include <cstdint>
#include <string>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// The parameters run `run_id` carried past their horizon, sorted; empty for a normal run.
std::vector<std::string> provisional_parameters(const Database& db, std::int64_t run_id);

/// Throws InputError naming the run, `doing` and the parameters when run `run_id` is provisional.
void refuse_provisional(const Database& db, std::int64_t run_id, const std::string& doing);

namespace store_detail {
/// Inside the run's write transaction: records what `rules` carried forward on run `run_id`.
void record_provisional(Database& db, std::int64_t run_id, const RuleBook& rules);
}  // namespace store_detail

}  // namespace basisbaan
