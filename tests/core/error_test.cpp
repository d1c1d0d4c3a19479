// SPDX-License-Identifier: EUPL-1.2
// Errors a program can act on: every error has a stable code and, where known, the document,
// line, column, row, field, parameter and date as members; what() stays the human message.

#include <catch2/catch.hpp>

#include <type_traits>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/error_json.hpp"
#include "basisbaan/core/json_input.hpp"
#include "basisbaan/core/money.hpp"

using namespace basisbaan;

namespace {

// The error `f` throws, as InputError; fails the test when it throws nothing.
template <typename F>
InputError input_error_of(F&& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e;
  }
  FAIL("no InputError thrown");
  return InputError("unreachable");
}

}  // namespace

TEST_CASE("error codes have stable string forms that read back", "[error]") {
  // These strings are a published interface (docs/architecture.md, "Errors"): changing one
  // breaks programs that switch on it.
  CHECK(to_string(ErrorCode::InputInvalidAmount) == "input.invalid_amount");
  CHECK(to_string(ErrorCode::InputMissingField) == "input.missing_field");
  CHECK(to_string(ErrorCode::InputUnknownField) == "input.unknown_field");
  CHECK(to_string(ErrorCode::RuleNoValue) == "rule.no_value");
  CHECK(to_string(ErrorCode::RuleUnknownParameter) == "rule.unknown_parameter");
  CHECK(to_string(ErrorCode::StoreLocked) == "store.locked");
  CHECK(to_string(ErrorCode::StoreNotFound) == "store.not_found");
  for (int c = static_cast<int>(ErrorCode::Unspecified); c <= static_cast<int>(ErrorCode::StoreFailed); ++c) {
    const auto code = static_cast<ErrorCode>(c);
    CAPTURE(c);
    CHECK(error_code_from_string(to_string(code)) == code);
  }
  CHECK_FALSE(error_code_from_string("input.no_such_code"));
}

TEST_CASE("a message-only error keeps its message and has its class's generic code", "[error]") {
  CHECK(Error("x").code() == ErrorCode::Unspecified);
  CHECK(InputError("x").code() == ErrorCode::InputInvalid);
  CHECK(RuleError("x").code() == ErrorCode::RuleInvalid);
  CHECK(OverflowError("x").code() == ErrorCode::Overflow);
  CHECK(StoreError("x").code() == ErrorCode::StoreFailed);
  const InputError e("staff.csv: bad");
  CHECK(std::string(e.what()) == "staff.csv: bad");
  CHECK(e.where() == ErrorLocation{});
  // Copying an exception never throws (the members are shared, not copied).
  STATIC_REQUIRE(std::is_nothrow_copy_constructible_v<InputError>);
  STATIC_REQUIRE(std::is_nothrow_copy_constructible_v<ValidationError>);
}

TEST_CASE("locate adds what the caller knows and keeps what the thrower knew", "[error]") {
  InputError e(ErrorCode::InputInvalidAmount, "m", {.field = "inner"});
  const InputError copy = e;
  e.locate({.document = "doc.json", .field = "outer"});
  CHECK(e.where().document == "doc.json");
  CHECK(e.where().field == "inner");
  CHECK(std::string(e.what()) == "m");
  CHECK_FALSE(copy.where().document);  // a copy taken before is not changed
}

TEST_CASE("JSON input errors name the document, the field path and a code", "[error]") {
  const auto syntax = input_error_of([] { parse_json_exact("{\n  \"a\": 1,\n  \"b\": }", "in.json"); });
  CHECK(syntax.code() == ErrorCode::InputSyntax);
  CHECK(syntax.where().document == "in.json");
  CHECK(syntax.where().line == 3);
  CHECK(syntax.where().column);

  const Json doc = parse_json_exact(R"({"person": {"wage": "12,3x", "born": "1990-02-30", "extra": 1}})", "in.json");
  const JsonField root(doc, "in.json", "");
  const JsonField person = root.at("person");

  const auto missing = input_error_of([&] { person.at("hours"); });
  CHECK(missing.code() == ErrorCode::InputMissingField);
  CHECK(missing.where().document == "in.json");
  CHECK(missing.where().field == "person.hours");
  CHECK(std::string(missing.what()) == "in.json: field person.hours is missing");

  const auto unknown = input_error_of([&] { person.expect_only({"wage", "born"}); });
  CHECK(unknown.code() == ErrorCode::InputUnknownField);
  CHECK(unknown.where().field == "person.extra");

  const auto amount = input_error_of([&] { person.at("wage").money(); });
  CHECK(amount.code() == ErrorCode::InputInvalidAmount);
  CHECK(amount.where().document == "in.json");
  CHECK(amount.where().field == "person.wage");
  CHECK_THAT(amount.what(), Catch::StartsWith("in.json: field person.wage: expected an amount"));

  const auto date = input_error_of([&] { person.at("born").date(); });
  CHECK(date.code() == ErrorCode::InputInvalidDate);
  CHECK(date.where().field == "person.born");

  const auto type = input_error_of([&] { person.at("born").boolean(); });
  CHECK(type.code() == ErrorCode::InputInvalidValue);
  CHECK(type.where().field == "person.born");
}

TEST_CASE("a CSV syntax error and a bad amount carry their codes", "[error]") {
  const auto csv = input_error_of([] { parse_csv("a,b\n1,\"open\n", "x.csv"); });
  CHECK(csv.code() == ErrorCode::InputSyntax);
  CHECK(csv.where().document == "x.csv");
  CHECK(csv.where().line == 2);
  CHECK(input_error_of([] { Money::parse("12.345", "amount"); }).code() == ErrorCode::InputInvalidAmount);
}

TEST_CASE("a ValidationError lists every problem, the first one's message first", "[error]") {
  const ValidationError v({{ErrorCode::InputInvalidValue, "f.csv row 1 (line 2), field bsn: bad", {.document = "f.csv", .line = 2, .row = 1, .field = "bsn"}},
                           {ErrorCode::InputMissingField, "f.csv row 3 (line 4), field name: is empty", {.document = "f.csv", .line = 4, .row = 3, .field = "name"}}});
  CHECK(std::string(v.what()) == "f.csv row 1 (line 2), field bsn: bad\nf.csv row 3 (line 4), field name: is empty");
  CHECK(v.code() == ErrorCode::InputInvalidValue);
  CHECK(v.where().row == 1);
  REQUIRE(v.problems().size() == 2);
  CHECK(v.problems()[1].where.field == "name");
  // Caught as the InputError it derives from, it still says everything.
  const InputError& as_input = v;
  CHECK(dynamic_cast<const ValidationError*>(&as_input) != nullptr);
}

TEST_CASE("error_json writes the code, the message and the members that are set", "[error]") {
  const RuleError r(ErrorCode::RuleNoValue, "parameter p has no value on 2020-01-01", {.parameter = "p", .date = parse_date("2020-01-01")});
  CHECK(error_json(r).dump() ==
        R"({"error":{"code":"rule.no_value","message":"parameter p has no value on 2020-01-01","parameter":"p","date":"2020-01-01"}})");
  const ValidationError v({{ErrorCode::InputInvalidValue, "m1", {.document = "f.csv", .line = 2, .row = 1, .field = "bsn"}},
                           {ErrorCode::InputDuplicate, "m2", {.document = "f.csv", .line = 3, .row = 2, .field = "id"}}});
  CHECK(error_json(v).dump() ==
        R"({"error":{"code":"input.invalid_value","message":"m1\nm2","document":"f.csv","line":2,"row":1,"field":"bsn",)"
        R"("problems":[{"code":"input.invalid_value","message":"m1","document":"f.csv","line":2,"row":1,"field":"bsn"},)"
        R"({"code":"input.duplicate","message":"m2","document":"f.csv","line":3,"row":2,"field":"id"}]}})");
}
