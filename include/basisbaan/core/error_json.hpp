// SPDX-License-Identifier: EUPL-1.2
#pragma once
// An error as JSON, for programs that read the command line's error output or pass errors on.

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/json_input.hpp"

namespace basisbaan {

/// {"code": …, "message": …} plus the members of `where` that are set ("document", "line",
/// "column", "row", "field", "parameter", "date" as "YYYY-MM-DD").
Json problem_json(const InputProblem& problem);

/// {"error": problem_json(error)}; a ValidationError adds "problems": [problem_json, …] (every
/// problem, the first one included) inside "error". Keys in a fixed order.
Json error_json(const Error& error);

}  // namespace basisbaan
