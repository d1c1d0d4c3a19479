// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Reading CSV text as RFC 4180 describes it: fields separated by commas, records by CRLF or LF,
// fields optionally quoted with '"' (a quote inside a quoted field doubled), quoted fields may
// hold commas and line breaks. Errors name the document and the line.

#include <string>
#include <string_view>
#include <vector>

namespace basisbaan {

/// One record (row) of a CSV document.
struct CsvRecord {
  int line = 0;                     ///< the line the record starts on (1-based)
  std::vector<std::string> fields;  ///< unquoted
};

/// Parses `text` into records; a trailing empty line is not a record, blank lines are skipped.
/// A UTF-8 byte order mark at the start is ignored.
/// @throw InputError InputSyntax "NAME line N: ..." (document and line as members) for a quote
///        that is never closed or text after a closing quote; "NAME line N, byte offset B: invalid
///        UTF-8 …" for text that is not UTF-8 (e.g. Windows-1252), before any record is read.
std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view document_name);

}  // namespace basisbaan
