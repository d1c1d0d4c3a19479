// SPDX-License-Identifier: EUPL-1.2
// CSV text fields never become spreadsheet formulas (issue 19, CSV injection).

#include <catch2/catch.hpp>

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
