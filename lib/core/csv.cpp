// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/csv.hpp"

#include "basisbaan/core/error.hpp"
#include "utf8.hpp"

namespace basisbaan {

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view document_name) {
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  // Text that is not UTF-8 (a Windows-1252 "Café") is refused here, naming where, before it
  // reaches a payslip, a return or the audit log (issue 19).
  if (const auto bad = first_invalid_utf8(text)) {
    const int line = static_cast<int>(text_position(text, *bad).line);
    throw InputError(ErrorCode::InputSyntax,
                     std::string(document_name) + " line " + std::to_string(line) + ", " + invalid_utf8_message(text, *bad),
                     {.document = std::string(document_name), .line = line});
  }
  text.remove_prefix(bom);
  std::vector<CsvRecord> records;
  CsvRecord current;
  std::string field;
  int line = 1;
  current.line = 1;
  bool record_has_content = false;
  std::size_t i = 0;
  const std::size_t n = text.size();
  auto error = [&](int at, const std::string& what) {
    return InputError(ErrorCode::InputSyntax, std::string(document_name) + " line " + std::to_string(at) + ": " + what,
                      {.document = std::string(document_name), .line = at});
  };
  auto end_record = [&] {
    current.fields.push_back(std::move(field));
    field.clear();
    const bool blank = current.fields.size() == 1 && current.fields[0].empty() && !record_has_content;
    if (!blank) records.push_back(std::move(current));
    current = CsvRecord{};
    record_has_content = false;
  };
  while (i < n) {
    const char c = text[i];
    if (c == '"' && field.empty()) {
      // A quoted field: read up to the closing quote.
      const int start_line = line;
      record_has_content = true;
      ++i;
      for (;;) {
        if (i >= n) throw error(start_line, "a quoted field is never closed");
        const char q = text[i];
        if (q == '"') {
          if (i + 1 < n && text[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        if (q == '\n') ++line;
        field += q;
        ++i;
      }
      if (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r') {
        throw error(line, "unexpected text after a closing quote");
      }
      continue;
    }
    if (c == ',') {
      current.fields.push_back(std::move(field));
      field.clear();
      record_has_content = true;
      ++i;
      continue;
    }
    if (c == '\r' || c == '\n') {
      end_record();
      if (c == '\r' && i + 1 < n && text[i + 1] == '\n') ++i;
      ++i;
      ++line;
      current.line = line;
      continue;
    }
    if (c == '"') throw error(line, "a quote inside an unquoted field (quote the whole field and write the quote twice)");
    field += c;
    ++i;
  }
  if (!field.empty() || !current.fields.empty() || record_has_content) end_record();
  return records;
}

}  // namespace basisbaan
