// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A replay as JSON (keys in a fixed order): the document `basisbaan replay --json` prints.

#include <cstddef>
#include <string>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/store/payroll_replay.hpp"

namespace basisbaan::app {

/// {"period": `period_label`, "identical", "runs": [{"run", "period", "kind", "rules"
/// ("as-applied" or "current"), "rules_fingerprint", "payslips", "lines", "identical", "differences"}]}.
Json replay_json(const std::string& period_label, const ReplayReport& report);

/// The number of differing lines and totals over every run of `report`.
std::size_t replay_differences(const ReplayReport& report);

}  // namespace basisbaan::app
