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

TEST_CASE("state_text: the overpaid garnishments are additive to the stored text") {
  // docs/garnishment.md "Overpaid by a correction": a state without an overpayment keeps the
  // text stored before the field existed (old runs replay identically); with one, the field
  // follows "garnished" in key order and reads back exactly.
  const std::string old_text =
      "{\"garnished\":{\"G1\":\"500.00\"},\"holiday_allowance_balance\":\"10.00\",\"months_employed_last_year\":0,"
      "\"wage_for_wage_tax_last_year\":\"0.00\",\"year\":2026,\"year_to_date\":{\"arbeidskorting\":\"0.00\","
      "\"employer_charges\":\"0.00\",\"gross\":\"0.00\",\"net\":\"0.00\",\"periods\":1,\"premium_wage\":\"0.00\","
      "\"wage_for_wage_tax\":\"0.00\",\"wage_tax\":\"0.00\",\"zvw_wage\":\"0.00\"}}";
  PayrollState s = state_from_text(old_text);
  CHECK(s.garnishment_overpaid.empty());
  CHECK(state_text(s) == old_text);
  CHECK(canonical(state_json(s)) == old_text);
  s.garnishment_overpaid["G1"] = Money::parse("200.00");
  s.garnishment_overpaid["G10"] = Money::parse("0.01");
  const std::string text = state_text(s);
  CHECK(text == canonical(state_json(s)));
  CHECK(text.find("\"garnished\":{\"G1\":\"500.00\"},\"garnishment_overpaid\":{\"G1\":\"200.00\",\"G10\":\"0.01\"},") == 1);
  const PayrollState back = state_from_text(text);
  CHECK(back.garnishment_overpaid == s.garnishment_overpaid);
  CHECK(back.garnished == s.garnished);
  CHECK(state_text(back) == text);
  CHECK(canonical(state_json(state_from_json(state_json(s)))) == text);
}
