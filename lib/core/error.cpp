// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/error.hpp"

#include <array>
#include <utility>

namespace basisbaan {
namespace {

struct CodeName {
  ErrorCode code;
  std::string_view name;
};

// The stable string forms (docs/architecture.md, "Errors"). Never change a released name.
constexpr std::array kCodeNames{
    CodeName{ErrorCode::Unspecified, "error"},
    CodeName{ErrorCode::InputInvalid, "input.invalid"},
    CodeName{ErrorCode::InputSyntax, "input.syntax"},
    CodeName{ErrorCode::InputCannotRead, "input.cannot_read"},
    CodeName{ErrorCode::InputMissingField, "input.missing_field"},
    CodeName{ErrorCode::InputUnknownField, "input.unknown_field"},
    CodeName{ErrorCode::InputInvalidAmount, "input.invalid_amount"},
    CodeName{ErrorCode::InputInvalidDate, "input.invalid_date"},
    CodeName{ErrorCode::InputInvalidValue, "input.invalid_value"},
    CodeName{ErrorCode::InputDuplicate, "input.duplicate"},
    CodeName{ErrorCode::InputNotFound, "input.not_found"},
    CodeName{ErrorCode::RuleInvalidFile, "rule.invalid_file"},
    CodeName{ErrorCode::RuleUnknownParameter, "rule.unknown_parameter"},
    CodeName{ErrorCode::RuleNoValue, "rule.no_value"},
    CodeName{ErrorCode::RuleBeyondHorizon, "rule.beyond_horizon"},
    CodeName{ErrorCode::RuleWrongType, "rule.wrong_type"},
    CodeName{ErrorCode::RuleInvalid, "rule.invalid"},
    CodeName{ErrorCode::Overflow, "overflow"},
    CodeName{ErrorCode::StoreLocked, "store.locked"},
    CodeName{ErrorCode::StoreReadOnly, "store.read_only"},
    CodeName{ErrorCode::StoreFull, "store.full"},
    CodeName{ErrorCode::StoreNotFound, "store.not_found"},
    CodeName{ErrorCode::StoreCorrupt, "store.corrupt"},
    CodeName{ErrorCode::StoreSchemaVersion, "store.schema_version"},
    CodeName{ErrorCode::StoreFailed, "store.failed"},
};

template <typename T>
void fill(std::optional<T>& mine, const std::optional<T>& outer) {
  if (!mine && outer) mine = outer;
}

std::shared_ptr<const std::vector<InputProblem>> non_empty(std::vector<InputProblem> problems) {
  if (problems.empty()) problems.push_back({ErrorCode::InputInvalid, "invalid input", {}});
  return std::make_shared<const std::vector<InputProblem>>(std::move(problems));
}

std::string joined(const std::vector<InputProblem>& problems) {
  std::string out;
  for (const auto& p : problems) out += (out.empty() ? "" : "\n") + p.message;
  return out;
}

}  // namespace

std::string_view to_string(ErrorCode code) noexcept {
  for (const auto& c : kCodeNames) {
    if (c.code == code) return c.name;
  }
  return "error";
}

std::optional<ErrorCode> error_code_from_string(std::string_view text) noexcept {
  for (const auto& c : kCodeNames) {
    if (c.name == text) return c.code;
  }
  return std::nullopt;
}

void ErrorLocation::fill_from(const ErrorLocation& outer) {
  fill(document, outer.document);
  fill(line, outer.line);
  fill(column, outer.column);
  fill(row, outer.row);
  fill(field, outer.field);
  fill(parameter, outer.parameter);
  fill(date, outer.date);
}

Error::Error(const std::string& message) : Error(ErrorCode::Unspecified, message) {}

Error::Error(ErrorCode code, const std::string& message, ErrorLocation where)
    : std::runtime_error(message), code_(code), where_(std::make_shared<const ErrorLocation>(std::move(where))) {}

const ErrorLocation& Error::where() const noexcept { return *where_; }

void Error::locate(const ErrorLocation& outer) {
  ErrorLocation merged = *where_;
  merged.fill_from(outer);
  where_ = std::make_shared<const ErrorLocation>(std::move(merged));
}

InputProblem problem_of(const Error& error) { return {error.code(), error.what(), error.where()}; }

ValidationError::ValidationError(std::vector<InputProblem> problems) : ValidationError(non_empty(std::move(problems))) {}

ValidationError::ValidationError(std::shared_ptr<const std::vector<InputProblem>> problems)
    : InputError(problems->front().code, joined(*problems), problems->front().where), problems_(std::move(problems)) {}

}  // namespace basisbaan
