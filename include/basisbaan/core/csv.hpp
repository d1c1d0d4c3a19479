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
  /// Same line and same fields.
  bool operator==(const CsvRecord&) const = default;
};

/// Reads the records of a CSV document one at a time, as parse_csv() reads them all: the same
/// records and the same errors, each thrown when the reader reaches it (the text that is not
/// UTF-8 by the constructor, before any record). Keeps a view of `text` and `document_name`:
/// both must outlive the reader.
class CsvReader {
 public:
  /// @throw InputError as parse_csv() for text that is not UTF-8.
  CsvReader(std::string_view text, std::string_view document_name);
  /// Reads the next record into `record`, reusing the storage of its fields (an import of many
  /// rows allocates once, not per field); false, with `record` unspecified, after the last.
  /// @throw InputError as parse_csv() for the record's quotes.
  bool next(CsvRecord& record);

 private:
  std::string_view text_;
  std::string_view document_;
  std::size_t at_ = 0;
  int line_ = 1;
};

/// Parses `text` into records; a trailing empty line is not a record, blank lines are skipped.
/// A UTF-8 byte order mark at the start is ignored.
/// @throw InputError InputSyntax "NAME line N: ..." (document and line as members) for a quote
///        that is never closed or text after a closing quote; "NAME line N, byte offset B: invalid
///        UTF-8 …" for text that is not UTF-8 (e.g. Windows-1252), before any record is read.
std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view document_name);

}  // namespace basisbaan
