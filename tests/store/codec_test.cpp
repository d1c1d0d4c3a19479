// SPDX-License-Identifier: EUPL-1.2
// The store's canonical texts: the hand-written state text is byte for byte the canonical JSON,
// and reads back exactly (negative amounts, large amounts, zero).

#include <catch2/catch.hpp>

#include "../../lib/store/codec.hpp"

using namespace basisbaan;
using namespace basisbaan::store_detail;

TEST_CASE("state_text is canonical JSON and reads back exactly") {
  PayrollState s;
  s.year = 2026;
  s.year_to_date.gross = Money::parse("123456789.01");
  s.year_to_date.wage_for_wage_tax = Money::parse("-0.05");
  s.year_to_date.wage_tax = Money::parse("-1234.50");
  s.year_to_date.zvw_wage = Money::parse("0.10");
  s.year_to_date.net = Money::parse("7");
  s.year_to_date.periods = 3;
  s.holiday_allowance_balance = Money::parse("512.33");
  s.wage_for_wage_tax_last_year = Money::parse("24000.00");
  s.months_employed_last_year = 7;
  const std::string text = state_text(s);
  CHECK(text == canonical(state_json(s)));
  const PayrollState back = state_from_text(text);
  CHECK(state_text(back) == text);
  CHECK(back.year_to_date.wage_for_wage_tax == Money::from_cents(-5));
  CHECK(back.year_to_date.gross == Money::from_cents(12345678901));
  CHECK(state_text(PayrollState{}) == canonical(state_json(PayrollState{})));
  CHECK_THROWS_AS(state_from_text("{\"year\":2026}"), StoreError);
}
