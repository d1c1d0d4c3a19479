// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/csv.hpp"

#include "basisbaan/core/error.hpp"
#include "utf8.hpp"

namespace basisbaan {

CsvReader::CsvReader(std::string_view text, std::string_view document_name) : text_(text), document_(document_name) {
  // Text that is not UTF-8 (a Windows-1252 "Café") is refused here, naming where, before it
  // reaches a payslip, a return or the audit log (issue 19).
  if (const auto bad = first_invalid_utf8(text)) {
    const int line = static_cast<int>(text_position(text, *bad).line);
    throw InputError(ErrorCode::InputSyntax,
                     std::string(document_name) + " line " + std::to_string(line) + ", " + invalid_utf8_message(text, *bad),
                     {.document = std::string(document_name), .line = line});
  }
  if (text_.substr(0, 3) == "\xEF\xBB\xBF") at_ = 3;
}

bool CsvReader::next(CsvRecord& record) {
  const std::string_view text = text_;
  const std::size_t n = text.size();
  std::size_t& i = at_;
  auto error = [&](int at, const std::string& what) {
    return InputError(ErrorCode::InputSyntax, std::string(document_) + " line " + std::to_string(at) + ": " + what,
                      {.document = std::string(document_), .line = at});
  };
  while (i < n) {  // one record per pass; a blank line is skipped
    record.line = line_;
    std::size_t fields = 0;  // fields of `record` used so far; the rest keep their storage
    auto field = [&]() -> std::string& {
      if (fields == record.fields.size()) record.fields.emplace_back();
      std::string& f = record.fields[fields++];
      f.clear();
      return f;
    };
    std::string* current = &field();
    bool has_content = false;
    bool ended = false;
    while (i < n && !ended) {
      const char c = text[i];
      if (c == '"' && current->empty()) {
        // A quoted field: read up to the closing quote.
        const int start_line = line_;
        has_content = true;
        ++i;
        for (;;) {
          if (i >= n) throw error(start_line, "a quoted field is never closed");
          const char q = text[i];
          if (q == '"') {
            if (i + 1 < n && text[i + 1] == '"') {
              *current += '"';
              i += 2;
              continue;
            }
            ++i;
            break;
          }
          if (q == '\n') ++line_;
          *current += q;
          ++i;
        }
        if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
          throw error(line_, "unexpected text after a closing quote");
        }
        continue;
      }
      if (c == ',') {
        current = &field();
        has_content = true;
        ++i;
        continue;
      }
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
        ++i;
        ++line_;
        ended = true;
        continue;
      }
      if (c == '"') throw error(line_, "a quote inside an unquoted field (quote the whole field and write the quote twice)");
      const std::size_t from = i;  // the plain run up to the next special character, at once
      while (i < n && text[i] != ',' && text[i] != '"' && text[i] != '\r' && text[i] != '\n') ++i;
      current->append(text.substr(from, i - from));
    }
    record.fields.resize(fields);
    const bool blank = fields == 1 && record.fields[0].empty() && !has_content;
    if (!blank) return true;
  }
  return false;
}

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view document_name) {
  CsvReader reader(text, document_name);
  std::vector<CsvRecord> records;
  CsvRecord record;
  while (reader.next(record)) records.push_back(record);
  return records;
}

}  // namespace basisbaan
