// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading JSON input documents exactly. Numbers with a fraction or an exponent are kept as their
// text and read as exact decimals, never through binary floating point. Every error names the
// document, the field path and what was expected.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"

namespace basisbaan {

/// A JSON document that keeps its keys in insertion order.
using Json = nlohmann::ordered_json;

/// Bounds on a JSON document read by parse_json_exact, far above any real basisbaan document, so
/// that a hostile or broken file gets a clear error instead of a crash or a long stall.
struct JsonLimits {
  std::size_t document_bytes = 16u << 20;  ///< 16 MiB
  std::size_t depth = 64;                  ///< nested objects and arrays
  std::size_t members_per_object = 10000;  ///< fields in one object
};
/// The limits parse_json_exact applies.
inline constexpr JsonLimits kJsonLimits{};

/// Parses `text`. Numbers that are not integers are stored as strings holding their exact text.
/// @throw InputError InputSyntax "NAME:LINE:COLUMN: not valid JSON: …" with document, line and column
///        (for text that is not UTF-8 the message also gives the byte offset and the byte); InputDuplicate when a field occurs twice in one object;
///        InputInvalid past kJsonLimits (size, depth, fields per object).
Json parse_json_exact(std::string_view text, std::string_view document_name);

/// A value inside a parsed document, with its path for error messages ("household.children[1].birth_date").
/// Every InputError a JsonField throws carries where().document and, below the top level,
/// where().field (the path); the codes are given per function.
class JsonField {
 public:
  /// A view of `value` (which must outlive this) in `document` at field path `path`.
  JsonField(const Json& value, std::string document, std::string path);

  /// The field path, e.g. "household.children[1].birth_date" ("" at the top level).
  const std::string& path() const noexcept { return path_; }
  /// The JSON value itself.
  const Json& raw() const noexcept { return *value_; }
  /// True for JSON null.
  bool is_null() const { return value_->is_null(); }

  /// True when this object has the member `key` (and it is not null).
  bool has(std::string_view key) const;
  /// The member `key`.
  /// @throw InputError InputMissingField "document: field path.key is missing" (field path.key);
  ///        InputInvalidValue when this is not an object.
  JsonField at(std::string_view key) const;
  /// The member `key`, or nothing when absent or null.
  std::optional<JsonField> find(std::string_view key) const;
  /// The elements of an array. @throw InputError InputInvalidValue when this is not an array.
  std::vector<JsonField> elements() const;
  /// Catches typos in input. @throw InputError InputUnknownField naming the first member not in
  ///        `known` (field path.member); InputInvalidValue when this is not an object.
  void expect_only(std::initializer_list<std::string_view> known) const;

  // The typed readers throw InputError: InputInvalidValue for a value of the wrong JSON type,
  // InputInvalidAmount for a malformed number, InputInvalidDate for a malformed date.
  /// A JSON string.
  std::string string() const;
  Money money() const;             ///< "1234.56", 1234.56 or 1234
  /// An exact number, from a number or a string holding one.
  Decimal decimal() const;
  Hours hours() const;             ///< >= 0
  Rate percent() const;            ///< "35.82" or 35.82 means 35.82 %
  Date date() const;               ///< "YYYY-MM-DD"
  /// A whole number.
  std::int64_t integer() const;
  /// true or false.
  bool boolean() const;

  /// An InputError that names this field: "document: field PATH: MESSAGE", with `code`, the
  /// document and the field path as members.
  InputError error(std::string_view message, ErrorCode code = ErrorCode::InputInvalidValue) const;
  /// The document and (below the top level) the field path of this value.
  ErrorLocation location() const;

 private:
  template <typename F>
  auto located(F&& read) const;
  std::string scalar_text(std::string_view expected) const;
  const Json* value_;
  std::string document_;
  std::string path_;
};

}  // namespace basisbaan
