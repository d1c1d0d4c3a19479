// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The coach's household form of `basisbaan serve` (docs/serve.md): the fields of the household
// JSON (docs/income-comparison.md) grouped as a coach asks them, in Dutch, with a short help text
// each. Every form field is named by its JSON path ("person.birth_date", "children[0].birth_date"),
// so that an error about a field of the household points at the field of the form.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The posted form: field name → value (the last value when a name is posted twice).
using FormFields = std::map<std::string, std::string, std::less<>>;

/// A message for one form field ("" for the form as a whole).
struct FormProblem {
  std::string field;  ///< the form field's name
  std::string message;  ///< what is wrong, in Dutch
  friend bool operator==(const FormProblem&, const FormProblem&) = default;  ///< same field and message
};

/// The form read into a household document, or the problems found (one per field at most, in
/// form order). Exactly one of the two is set: `household` when `problems` is empty.
struct FormReading {
  std::optional<Json> household;  ///< the household JSON read from the form; none when a field is wrong
  std::vector<FormProblem> problems;  ///< one per wrong field, in form order
  /// The form field of each child of the household, in order (empty rows are left out, so
  /// "children[1]" of the household may be the form's "children[2].birth_date").
  std::vector<std::string> child_fields;
};

/// The number of child rows on the form.
inline constexpr int kFormChildren = 6;

/// Reads the posted fields: trims each value, leaves empty optional fields out, accepts Dutch
/// amounts ("1.234,56", "€ 780") and checks each field's form (date, amount, hours, percentage,
/// choice, a municipality of `rules`) and the required ones. Never throws for bad input: every
/// problem is in `problems`. The household is not yet validated as a whole (read_household does that).
FormReading household_from_form(const RuleBook& rules, const FormFields& fields);

/// The form field an error's field path points at: the path itself when it is a form field,
/// else the nearest enclosing one that is ("partner" for "partner.x" unknown), else "".
std::string form_field_of(std::string_view json_path);

/// The form page (a complete UTF-8 HTML document, no scripts, styles from /static/basisbaan.css)
/// filled with `values`, with each problem under its field and a list of them at the top.
/// The municipalities offered are those of `rules`. Deterministic.
std::string coach_form_html(const RuleBook& rules, const FormFields& values = {},
                            const std::vector<FormProblem>& problems = {});

}  // namespace basisbaan
