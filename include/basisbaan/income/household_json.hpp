// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading a household file (docs/income-comparison.md): every error names the document and the
// field path, e.g. "anna.json: field children[1].birth_date: born after the date 2026-01-01".

#include <string_view>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/income/household.hpp"

namespace basisbaan {

/// Parses and validates a household document. Throws InputError naming `document_name` and the
/// field for a syntax error, a missing or mistyped field, an unknown field, an unknown
/// municipality (listing the known ones), a child born after the date or a negative amount.
Household read_household(const RuleBook& rules, std::string_view text, std::string_view document_name);

/// The household from an already parsed document (`f` is the top-level object).
Household read_household(const RuleBook& rules, const JsonField& f);

}  // namespace basisbaan
