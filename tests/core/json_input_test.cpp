// SPDX-License-Identifier: EUPL-1.2
// Reading JSON input: exact numbers, and the bounds that keep a hostile or broken document from
// crashing or stalling a command (issue 19: duplicate keys, deep nesting, very wide objects).

#include <catch2/catch.hpp>

#include <string>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/json_input.hpp"

using namespace basisbaan;

TEST_CASE("a field given twice in one object is refused, naming the field", "[core][json]") {
  try {
    parse_json_exact(R"({"hours_per_week": 32, "hours_per_week": 12})", "e.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.code() == ErrorCode::InputDuplicate);
    CHECK(e.where().document == std::optional<std::string>("e.json"));
    CHECK_THAT(std::string(e.what()), Catch::Contains("\"hours_per_week\" occurs twice"));
  }
  // The same name in two different objects is fine.
  CHECK_NOTHROW(parse_json_exact(R"({"a": {"x": 1}, "b": {"x": 2}})", "e.json"));
}

TEST_CASE("a document nested deeper than the limit gets an error, not a crash", "[core][json]") {
  const std::size_t n = 100000;
  const std::string deep = std::string(n, '[') + std::string(n, ']');
  CHECK_THROWS_WITH(parse_json_exact(deep, "deep.json"), Catch::Contains("nested deeper than 64 levels"));
  const std::string ok = std::string(kJsonLimits.depth, '[') + std::string(kJsonLimits.depth, ']');
  CHECK_NOTHROW(parse_json_exact(ok, "ok.json"));
}

TEST_CASE("an object with too many fields is refused, a wide one within the limit keeps its order", "[core][json]") {
  std::string wide = "{";
  for (std::size_t i = 0; i <= kJsonLimits.members_per_object; ++i) wide += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":1";
  wide += "}";
  CHECK_THROWS_WITH(parse_json_exact(wide, "wide.json"), Catch::Contains("more than 10000 fields"));
  const Json j = parse_json_exact(R"({"z": 1, "a": 2.50, "m": "x"})", "o.json");
  REQUIRE(j.size() == 3);
  CHECK(j.begin().key() == "z");
  CHECK(j["a"] == "2.50");  // a fraction keeps its exact text
}

TEST_CASE("text that is not UTF-8 is a syntax error with its line, column and byte offset", "[core][json]") {
  // "Café" in Windows-1252: the é is the single byte 0xE9, at byte offset 13 of line 1
  // ({"name": "Caf is 13 bytes), so column 14.
  const std::string latin1 = "{\"name\": \"Caf\xe9\"}";
  try {
    parse_json_exact(latin1, "cp1252.json");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(e.code() == ErrorCode::InputSyntax);
    CHECK(e.where().document == std::optional<std::string>("cp1252.json"));
    CHECK(e.where().line == std::optional<std::int64_t>(1));
    CHECK(e.where().column == std::optional<std::int64_t>(14));
    CHECK_THAT(e.what(), Catch::StartsWith("cp1252.json:1:14: not valid JSON: byte offset 13: invalid UTF-8 (byte 0xE9)"));
  }
  // On a later line, in a key, and outside any string: the same words, where it is.
  CHECK_THROWS_WITH(parse_json_exact("{\n  \"a\xC0\xAF\": 1}", "k.json"),
                    Catch::StartsWith("k.json:2:5: not valid JSON: byte offset 6: invalid UTF-8 (byte 0xC0)"));  // overlong '/'
  CHECK_THROWS_WITH(parse_json_exact("[1,\xED\xA0\x80]", "s.json"),
                    Catch::StartsWith("s.json:1:4: not valid JSON: byte offset 3: invalid UTF-8 (byte 0xED)"));  // a surrogate
  CHECK_THROWS_WITH(parse_json_exact("\"\xF0\x9F\x98\"", "t.json"),
                    Catch::StartsWith("t.json:1:2: not valid JSON: byte offset 1: invalid UTF-8 (byte 0xF0)"));  // cut short
  // Well-formed UTF-8, a byte-order mark included, is read.
  CHECK(parse_json_exact("\xEF\xBB\xBF{\"name\": \"Caf\xC3\xA9\"}", "bom.json")["name"] == "Caf\xC3\xA9");
}
