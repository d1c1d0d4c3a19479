// SPDX-License-Identifier: EUPL-1.2
// CSV text fields never become spreadsheet formulas (issue 19, CSV injection).

#include <catch2/catch.hpp>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/csv_text.hpp"

using namespace basisbaan;

TEST_CASE("a CSV text field that looks like a formula is neutralised", "[core][csv]") {
  CHECK(csv_text_field("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
  CHECK(csv_text_field("+31 6") == "'+31 6");
  CHECK(csv_text_field("-2+3") == "'-2+3");
  CHECK(csv_text_field("@SUM(A1)") == "'@SUM(A1)");
  CHECK(csv_text_field("J. de Vries") == "J. de Vries");
  CHECK(csv_text_field("Vries, J. de") == "\"Vries, J. de\"");
  CHECK(csv_text_field("a;b", ';') == "\"a;b\"");
  CHECK(csv_text_field("") == "");
}

TEST_CASE("a CSV document that is not UTF-8 is refused naming line and byte offset", "[core][csv]") {
  // "Café" in Windows-1252: the é is the single byte 0xE9.
  const std::string text = "id,name\nE1,Caf\xE9\n";
  CHECK_THROWS_WITH(parse_csv(text, "staff.csv"), Catch::StartsWith("staff.csv line 2, byte offset 14: invalid UTF-8 (byte 0xE9)"));
  CHECK(parse_csv("id,name\nE1,Caf\xC3\xA9\n", "staff.csv").size() == 2);
  CHECK_THROWS(parse_csv("a\xC0\xAF", "x.csv"));          // overlong '/'
  CHECK_THROWS(parse_csv("a\xED\xA0\x80", "x.csv"));      // a surrogate
}
