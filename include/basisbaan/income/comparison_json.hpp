// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The comparison and the sweep as JSON (docs/income-comparison.md): amounts as decimal strings
// ("1234.56"), lines in a fixed order, the same input giving the same bytes.

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// {"year", "date", "municipality", "household_type", "hours_per_week", "current": {...}, "job": {...},
///  "differences": [...], "difference_per_month", "difference_per_year", "poverty_trap", "verdict_nl",
///  "verdict_en", "notes", "warnings_nl", "warnings_en", "unconfirmed", "first_year"}; each situation has "net_per_month",
///  "net_per_year", "lines" (a line with a trace has "trace" as text).
Json to_json(const Comparison& c);
/// {"start", "bijstand_stops", "first_wage", "toeslagen_advances_kept", "toeslagen_with_job", "repayment_risk",
///  "tax_settlement", "months": [{"month": "YYYY-MM", "before_start", "net_wage", "bijstand", ..., "total",
///  "events", "events_nl"}], "notes_nl"}.
Json to_json(const FirstYear& f);
/// {"range", "current_net_per_year", "top_up_until", "best_hours", "break_even_hours", "points": [...], "cliffs": [...]}.
Json to_json(const Sweep& s);

}  // namespace basisbaan
