// SPDX-License-Identifier: EUPL-1.2
// The CSV reader that reads one record at a time (CsvReader, issue 18: the import no longer holds
// every record of a large file) gives exactly the records and the errors of the parser that read
// the whole document at once — kept here as the reference, as it was in lib/core/csv.cpp — for
// documents with every kind of field: quoted, with doubled quotes, commas and line breaks inside,
// CRLF, CR and LF, blank lines, a missing last line break, a byte order mark, and the three syntax
// errors (an unclosed quote, text after a closing quote, a quote inside an unquoted field), over
// written cases and 20,000 drawn documents.

#include <catch2/catch.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/error.hpp"
#include "../lcg.hpp"

using namespace basisbaan;

namespace {

/// The whole-document parser as it was (the UTF-8 check left out: the reader's constructor does
/// it, tested below); records of `text` after any byte order mark.
std::vector<CsvRecord> reference_records(std::string_view text, std::string_view document_name) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
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

struct Outcome {
  std::vector<CsvRecord> records;
  std::optional<std::string> error;  ///< the message and line of the InputError, when one
};

bool operator==(const Outcome& a, const Outcome& b) { return a.records == b.records && a.error == b.error; }

std::string error_text(const InputError& e) { return std::string(e.what()) + " @" + std::to_string(e.where().line.value_or(0)); }

Outcome by_reference(const std::string& text) {
  Outcome o;
  try {
    o.records = reference_records(text, "x.csv");
  } catch (const InputError& e) {
    o.error = error_text(e);
    o.records.clear();
  }
  return o;
}

/// The records the reader gives before an error, then the error; the reference gives none then.
Outcome by_reader(const std::string& text, std::vector<CsvRecord>& before_error) {
  Outcome o;
  before_error.clear();
  try {
    CsvReader reader(text, "x.csv");
    CsvRecord r;
    while (reader.next(r)) o.records.push_back(r);
  } catch (const InputError& e) {
    o.error = error_text(e);
    before_error = std::move(o.records);
    o.records.clear();
  }
  return o;
}

const std::vector<std::string> kDocuments{
    "",
    "\n",
    "\n\n\n",
    "a",
    "a,b,c",
    "a,b,c\n1,2,3\n",
    "a,b\r\n1,2\r\n",
    "a,b\r1,2\r",
    "a,b\n\n1,2\n\n\n3,4",
    ",\n,,\n",
    "\"\"\n",
    "\"\",\"\"\n",
    "\"a,b\",c\n",
    "\"line\nbreak\",x\n\"crlf\r\ninside\",y\r\n",
    "\"say \"\"hi\"\"\",z\n",
    "\xEF\xBB\xBFid,name\nE1,Caf\xC3\xA9\n",
    "id,name\nE1,\"J. de Vries, Jr.\"\nE2,  spaced  \n",
    "a,\"b\n",                 // never closed
    "a,\"b\"c,d\n",            // text after a closing quote
    "a,b\"c\n",                // a quote inside an unquoted field
    "ok\nok\n\"x\" y\n",       // the error after good records
    "a\n\"\n\n\n",              // never closed, from line 2
};

}  // namespace

TEST_CASE("the CSV reader gives the records and errors of the whole-document parser", "[core][csv]") {
  std::vector<CsvRecord> before;
  for (const auto& text : kDocuments) {
    INFO("document: " << text);
    const Outcome expected = by_reference(text);
    CHECK(by_reader(text, before) == expected);
    Outcome whole;
    try {
      whole.records = parse_csv(text, "x.csv");
    } catch (const InputError& e) {
      whole.error = error_text(e);
    }
    CHECK(whole == expected);
  }
  CHECK(by_reference("a,b\"c\n").error == "x.csv line 1: a quote inside an unquoted field (quote the whole field and write the quote "
                                           "twice) @1");
  CHECK(by_reference("a\n\"\n\n\n").error == "x.csv line 2: a quoted field is never closed @2");
  CHECK(by_reference("a,\"b\"c,d\n").error == "x.csv line 1: unexpected text after a closing quote @1");
}

TEST_CASE("the CSV reader gives the records before an error, then the error where it is reached", "[core][csv]") {
  std::vector<CsvRecord> before;
  const Outcome o = by_reader("id\nE1\nE2\n\"E3\" x\nE4\n", before);
  CHECK(o.error == "x.csv line 4: unexpected text after a closing quote @4");
  REQUIRE(before.size() == 3);
  CHECK(before[2].fields == std::vector<std::string>{"E2"});
  CHECK(before[2].line == 3);
}

TEST_CASE("the CSV reader reuses a record: a shorter record after a longer one has only its own fields", "[core][csv]") {
  CsvReader reader("a,b,c,d\n\"x\ny\"\n,\n", "x.csv");
  CsvRecord r;
  REQUIRE(reader.next(r));
  CHECK(r.fields == std::vector<std::string>{"a", "b", "c", "d"});
  REQUIRE(reader.next(r));
  CHECK(r.fields == std::vector<std::string>{"x\ny"});
  CHECK(r.line == 2);
  REQUIRE(reader.next(r));
  CHECK(r.fields == std::vector<std::string>{"", ""});
  CHECK(r.line == 4);
  CHECK_FALSE(reader.next(r));
  CHECK_FALSE(reader.next(r));
}

TEST_CASE("the CSV reader refuses text that is not UTF-8 before any record, as parse_csv", "[core][csv]") {
  CHECK_THROWS_WITH(CsvReader("id,name\nE1,Caf\xE9\n", "staff.csv"),
                    Catch::StartsWith("staff.csv line 2, byte offset 14: invalid UTF-8 (byte 0xE9)"));
}

TEST_CASE("the CSV reader agrees with the whole-document parser on 20,000 drawn documents", "[core][csv]") {
  // Documents of up to 40 characters from the characters that matter to the syntax.
  static const std::vector<std::string> kPieces{"a", "bc", ",", "\"", "\"\"", "\r", "\n", "\r\n", " ", "\xC3\xA9"};
  test::Lcg lcg;
  std::vector<CsvRecord> before;
  int errors = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    const unsigned pieces = lcg.below(20);
    for (unsigned i = 0; i < pieces; ++i) text += kPieces[lcg.below(static_cast<unsigned>(kPieces.size()))];
    INFO("document " << n << ": " << text);
    const Outcome expected = by_reference(text);
    errors += expected.error ? 1 : 0;
    REQUIRE(by_reader(text, before) == expected);
  }
  CHECK(errors > 1000);   // both kinds of document were drawn many times
  CHECK(errors < 19000);
}
