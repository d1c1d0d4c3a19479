// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to replay (payroll_replay.cpp): how a payslip's differences are told to an auditor —
// the fields of a state after that differ, and the differences of a payslip whose stored input was
// altered after the run, which are then not the stored amounts' fault.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/store/database.hpp"

namespace basisbaan::store_detail {

/// One line per field of the two states (state_text) that differs, e.g. "E010 D. Bakker: state
/// after the period, year_to_date.net: stored 6325.05, recomputed 6331.35"; both whole texts in
/// one line when either is not a JSON object.
void state_differences(const std::string& who, std::string_view stored, std::string_view recomputed, std::vector<std::string>& out);

/// When the payslip of `employee_id` in run `run_id` was computed from an input (snapshot or
/// opening state) altered after the run — a text that no longer matches its key, or (a payslip
/// written before schema 7, whose texts are in its row) a payslip that no longer matches its
/// hash —: a line before its differences (`differences` from `first` on) that says so, and
/// "recomputed from the altered input" in them for "recomputed". True when it was altered.
bool explain_altered_input(const Database& db, std::int64_t run_id, const std::string& employee_id, const std::string& who,
                           std::vector<std::string>& differences, std::size_t first);

/// The run's differences from `first` on (its totals and a correction's differences, which sum or
/// compare recomputed payslips) when payslips of `altered` (employee ids, not empty) were
/// recomputed from altered input: "recomputed from the altered input (E010)" for "recomputed".
void mark_recomputed_from_altered_input(std::vector<std::string>& differences, std::size_t first, const std::vector<std::string>& altered);

}  // namespace basisbaan::store_detail
