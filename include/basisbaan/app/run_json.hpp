// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Stored payroll runs as JSON (amounts as decimal strings, keys in a fixed order): the documents
// `basisbaan payroll run|show|correct|list --json` print, for programs that read them.

#include <vector>

#include "basisbaan/app/run_summary.hpp"
#include "basisbaan/core/json_input.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan::app {

/// A run: header, totals, payslips, and for a correction its differences, for a regular run its corrections.
Json run_json(const StoredRun& run);
/// The corrections paid with a period: one object per employee difference.
Json paid_corrections_json(const std::vector<PaidCorrection>& corrections);
/// An employee's payslip versions (payslip_versions): an array of payslip objects, each with
/// "run" (the run id) and "run_kind" added.
Json payslip_versions_json(const std::vector<PayslipVersion>& versions);
/// The run listing: {"runs": [...]}, one object per run.
Json run_list_json(const std::vector<RunSummary>& runs);

}  // namespace basisbaan::app
