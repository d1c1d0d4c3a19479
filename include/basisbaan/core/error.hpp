// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Errors that carry a message a user can act on and members a program can act on. Every error
// names where the problem is (file:line, field, parameter and date) and what was expected; the
// same facts are members (where()) beside a stable machine code (code()), so a program never has
// to parse the message. The codes and members are listed in docs/architecture.md ("Errors").

#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/date.hpp"

namespace basisbaan {

/// What went wrong, as a stable code. The string form (to_string) of a released code never
/// changes; new codes may be added, so a program should treat an unknown code like its family
/// ("input.", "rule.", "store.").
enum class ErrorCode {
  Unspecified,           ///< "error": an Error built from a message only
  InputInvalid,          ///< "input.invalid": bad input not covered by a more precise input code
  InputSyntax,           ///< "input.syntax": a document is not well-formed (JSON, CSV quoting, field count)
  InputCannotRead,       ///< "input.cannot_read": an input file cannot be opened or read
  InputMissingField,     ///< "input.missing_field": a required field or column is absent or empty
  InputUnknownField,     ///< "input.unknown_field": a field or column that is not known there (a typo)
  InputInvalidAmount,    ///< "input.invalid_amount": not a valid amount, number, hours or percentage
  InputInvalidDate,      ///< "input.invalid_date": not a valid date "YYYY-MM-DD" (or an impossible date order)
  InputInvalidValue,     ///< "input.invalid_value": wrong type, out of range, failed check (BSN, IBAN), unknown choice
  InputDuplicate,        ///< "input.duplicate": already exists (employee id, BSN, label, column named twice)
  InputNotFound,         ///< "input.not_found": a named employee, contract or report does not exist
  RuleInvalidFile,       ///< "rule.invalid_file": a rules directory or file that cannot be read or is malformed
  RuleUnknownParameter,  ///< "rule.unknown_parameter": no rules file defines the parameter
  RuleNoValue,           ///< "rule.no_value": the parameter has no value on the date asked for
  RuleBeyondHorizon,     ///< "rule.beyond_horizon": the date is past how far the parameter's values are known
  RuleWrongType,         ///< "rule.wrong_type": the parameter is used as another type than it has
  RuleInvalid,           ///< "rule.invalid": another problem with the rules
  Overflow,              ///< "overflow": an exact computation left the range it can represent
  StoreLocked,           ///< "store.locked": another process is writing to the database
  StoreReadOnly,         ///< "store.read_only": no write permission on the database file or directory
  StoreFull,             ///< "store.full": the disk is full
  StoreNotFound,         ///< "store.not_found": no such database, or no such record in it (a payroll run)
  StoreCorrupt,          ///< "store.corrupt": not a (valid) basisbaan database, or a stored document is broken
  StoreSchemaVersion,    ///< "store.schema_version": the database needs another schema version
  StoreFailed,           ///< "store.failed": another storage failure (I/O error, cannot open)
};

/// The stable string form of `code`, e.g. "input.invalid_amount".
std::string_view to_string(ErrorCode code) noexcept;
/// The code whose string form is `text`; none for an unknown string.
std::optional<ErrorCode> error_code_from_string(std::string_view text) noexcept;

/// Where a problem is, as far as the thrower knows; every member is optional.
struct ErrorLocation {
  std::optional<std::string> document{};   ///< file or document name, as the caller named it
  std::optional<std::int64_t> line{};      ///< 1-based line in the document
  std::optional<std::int64_t> column{};    ///< 1-based column in the line
  std::optional<std::int64_t> row{};       ///< 1-based data row of a CSV document (the header not counted)
  std::optional<std::string> field{};      ///< field path ("household.children[1].birth_date") or CSV column
  std::optional<std::string> parameter{};  ///< rules parameter name ("wml.uurloon")
  std::optional<Date> date{};              ///< the date a rule was asked for

  /// Sets the members that are unset here from `outer`; members already set stay.
  void fill_from(const ErrorLocation& outer);
  /// Equal when every member is equal.
  friend bool operator==(const ErrorLocation&, const ErrorLocation&) = default;
};

/// Base of every error the library throws on purpose. what() is the human message; code() and
/// where() say the same for a program. Copying never throws.
class Error : public std::runtime_error {
 public:
  /// An error with only a message (code Unspecified, no location).
  explicit Error(const std::string& message);
  /// An error with a code and what is known of its location; `message` stays the human text.
  Error(ErrorCode code, const std::string& message, ErrorLocation where = {});

  /// The stable machine code.
  ErrorCode code() const noexcept { return code_; }
  /// Where the problem is, as far as known.
  const ErrorLocation& where() const noexcept;
  /// Adds what a caller knows about the location (members already set stay); the message is
  /// unchanged. Meant for `catch (Error& e) { e.locate({...}); throw; }`.
  void locate(const ErrorLocation& outer);

 private:
  ErrorCode code_;
  std::shared_ptr<const ErrorLocation> where_;
};

/// Bad input from the user: a malformed amount, a missing field, an impossible date.
class InputError : public Error {
 public:
  /// Code InputInvalid, no location.
  explicit InputError(const std::string& message) : Error(ErrorCode::InputInvalid, message) {}
  /// `code` should be one of the Input* codes.
  InputError(ErrorCode code, const std::string& message, ErrorLocation where = {})
      : Error(code, message, std::move(where)) {}
};

/// A problem with the rules: a broken rules file, an unknown parameter, no value for a date.
class RuleError : public Error {
 public:
  /// Code RuleInvalid, no location.
  explicit RuleError(const std::string& message) : Error(ErrorCode::RuleInvalid, message) {}
  /// `code` should be one of the Rule* codes.
  RuleError(ErrorCode code, const std::string& message, ErrorLocation where = {})
      : Error(code, message, std::move(where)) {}
};

/// An exact computation left the range it can represent exactly; nothing is rounded silently.
class OverflowError : public Error {
 public:
  /// Code Overflow, no location.
  explicit OverflowError(const std::string& message) : Error(ErrorCode::Overflow, message) {}
};

/// A storage problem (database locked, disk full, read-only file).
class StoreError : public Error {
 public:
  /// Code StoreFailed, no location.
  explicit StoreError(const std::string& message) : Error(ErrorCode::StoreFailed, message) {}
  /// `code` should be one of the Store* codes.
  StoreError(ErrorCode code, const std::string& message, ErrorLocation where = {})
      : Error(code, message, std::move(where)) {}
};

/// One problem found while validating a document: what an InputError for it alone would carry.
struct InputProblem {
  /// The stable machine code.
  ErrorCode code = ErrorCode::InputInvalid;
  std::string message;  ///< the full human message, e.g. "staff.csv row 2 (line 3), field bsn: …"
  /// Where the problem is.
  ErrorLocation where;
};

/// The problem an error describes (its code, what() and where()).
InputProblem problem_of(const Error& error);

/// Every problem a validation found (at least one), e.g. every bad row of a CSV import. what()
/// is the messages one per line, the first line being the first problem's message; code() and
/// where() are the first problem's.
class ValidationError : public InputError {
 public:
  /// `problems` must not be empty (an empty list becomes one InputInvalid problem).
  explicit ValidationError(std::vector<InputProblem> problems);
  /// In document order.
  const std::vector<InputProblem>& problems() const noexcept { return *problems_; }

 private:
  explicit ValidationError(std::shared_ptr<const std::vector<InputProblem>> problems);
  std::shared_ptr<const std::vector<InputProblem>> problems_;
};

}  // namespace basisbaan
