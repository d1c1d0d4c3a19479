// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Checking that input text is UTF-8 before any parser reads it (issue 19): the CSV import and
// every JSON document refuse text that is not, naming where, instead of an internal error later.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace basisbaan {

/// Where well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF)
/// first fails in `text`, as a byte offset from its start; nothing when all of `text` is UTF-8.
std::optional<std::size_t> first_invalid_utf8(std::string_view text);

/// Where a byte offset lies in `text`: 1-based line and column (columns count bytes).
struct TextPosition {
  std::size_t line = 1;    ///< 1-based line
  std::size_t column = 1;  ///< 1-based byte column in that line
};
/// The line and column of byte `offset` of `text` (offset <= text.size()).
TextPosition text_position(std::string_view text, std::size_t offset);

/// "byte offset N: invalid UTF-8 (byte 0xE9); save the file as UTF-8 (…)" for the byte at
/// `offset`, the same words for every document kind.
std::string invalid_utf8_message(std::string_view text, std::size_t offset);

}  // namespace basisbaan
