// SPDX-License-Identifier: EUPL-1.2
// A payslip's lines packed into one text (schema 10, docs/store.md "How a payslip's lines are
// stored"): the text of a computed payslip equals the text of its stored rows, it unpacks to the
// same rows with checks that match, separators inside a field survive, and a damaged text gives
// lines whose checks do not match instead of an error.

#include <catch2/catch.hpp>

#include "../../lib/store/internal.hpp"

using namespace basisbaan;
using namespace basisbaan::store_detail;

namespace {

std::vector<PayslipLine> sample_lines() {
  PayslipLine wage;
  wage.code = LineCode::BasicWage;
  wage.description = "Salaris";
  wage.kind = LineKind::Earning;
  wage.quantity = LineQuantity::parse("139.2 uur");
  wage.rate = LineRate::parse("14.71");
  wage.amount = Money::from_cents(204764);
  PayslipLine tax;
  tax.code = LineCode::WageTax;
  tax.description = "Loonheffing \x1f (wit)\x1e\x1d";  // every separator and the escape inside a field
  tax.kind = LineKind::Tax;
  tax.amount = Money::from_cents(-6317);
  PayslipLine net;
  net.code = LineCode::Net;
  net.description = "Netto uit te betalen";
  net.amount = Money::from_cents(197731);
  return {wage, tax, net};
}

std::vector<LineRow> rows_of(const std::vector<PayslipLine>& lines) {
  std::vector<LineRow> out;
  std::int64_t seq = 0;
  for (const auto& l : lines) out.push_back(line_row(++seq, l));
  return out;
}

}  // namespace

TEST_CASE("packed lines: the same text from the computed lines and from their rows, and back") {
  const auto lines = sample_lines();
  const auto rows = rows_of(lines);
  std::string from_lines;
  pack_lines(from_lines, lines);
  CHECK(from_lines == pack_lines(rows));
  // seq 1: "basic_wage" US "Salaris" US "earning" US "139.2 uur" US "14.71" US "204764" US check
  CHECK(from_lines.rfind(std::string("basic_wage\x1fSalaris\x1f") + "earning\x1f" + "139.2 uur\x1f" + "14.71\x1f" + "204764\x1f", 0) == 0);

  const auto back = unpack_lines(from_lines);
  REQUIRE(back.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CAPTURE(i);
    CHECK(back[i].packed);
    CHECK(back[i].well_formed);
    CHECK(back[i].row.seq == rows[i].seq);
    CHECK(back[i].row.code == rows[i].code);
    CHECK(back[i].row.description == rows[i].description);
    CHECK(back[i].row.kind == rows[i].kind);
    CHECK(back[i].row.quantity == rows[i].quantity);
    CHECK(back[i].row.rate == rows[i].rate);
    CHECK(back[i].row.amount == rows[i].amount);
    // The check is that of a payslip_lines row with an empty employee id: a text is shared.
    CHECK(back[i].check == line_check("", rows[i]));
    CHECK(check_matches("E001", back[i]));
  }
  CHECK(unpack_lines("").empty());
}

TEST_CASE("packed lines: a damaged text gives lines that no longer match their checks") {
  std::string text;
  pack_lines(text, sample_lines());
  std::string changed = text;
  changed.replace(changed.find("204764"), 6, "204765");
  auto lines = unpack_lines(changed);
  REQUIRE(lines.size() == 3);
  CHECK_FALSE(check_matches("E001", lines[0]));
  CHECK(check_matches("E001", lines[1]));

  // A field removed, an amount that is no number, a broken escape: kept, not well formed.
  for (const std::string& bad : {std::string("net\x1fNetto\x1finfo\x1f\x1f\x1f") + "12",
                                 std::string("net\x1fNetto\x1finfo\x1f\x1f\x1f") + "1x\x1f" + "0000000000000000",
                                 std::string("net\x1fNet\x1d") + "9\x1finfo\x1f\x1f\x1f" + "1\x1f" + "0000000000000000"}) {
    const auto l = unpack_lines(bad);
    REQUIRE(l.size() == 1);
    CHECK_FALSE(l[0].well_formed);
    CHECK_FALSE(check_matches("E001", l[0]));
  }
}
