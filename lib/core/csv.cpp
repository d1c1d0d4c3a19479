// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/csv.hpp"

#include <cstdio>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

namespace {

/// The length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlong forms, no
/// surrogates, nothing above U+10FFFF), 0 when it is not one.
std::size_t utf8_sequence(std::string_view t, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(t[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  const auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < t.size() && b(k) >= lo && b(k) <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
  if (c == 0xE0) return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(i + 1) && cont(i + 2) ? 3 : 0;
  if (c == 0xED) return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0;
  if (c == 0xF0) return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  if (c == 0xF4) return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  return 0;
}

}  // namespace

std::vector<CsvRecord> parse_csv(std::string_view text, std::string_view document_name) {
  const std::size_t bom = text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
  {
    // Text that is not UTF-8 (a Windows-1252 "Café") is refused here, naming where, before it
    // reaches a payslip, a return or the audit log (issue 19).
    int line = 1;
    for (std::size_t i = bom; i < text.size();) {
      const std::size_t len = utf8_sequence(text, i);
      if (len == 0) {
        char hex[8];
        std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[i])));
        throw InputError(ErrorCode::InputSyntax,
                         std::string(document_name) + " line " + std::to_string(line) + ", byte offset " + std::to_string(i) +
                             ": invalid UTF-8 (byte " + hex + "); save the file as UTF-8 (from Windows-1252: iconv -f cp1252 -t utf-8)",
                         {.document = std::string(document_name), .line = line});
      }
      if (text[i] == '\n') ++line;
      i += len;
    }
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
