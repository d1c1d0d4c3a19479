// SPDX-License-Identifier: EUPL-1.2
// Corrections of earlier periods settled on the next payslip (docs/store.md "Corrections"): the
// net differences the store puts in PayrollState::net_settlement become the
// correction_earlier_period line; a net that would fall below zero is carried forward with the
// net_carried_forward line and settled with the next period. Own nets as in payslip_test.cpp
// (32 hours at the minimum wage of 2026, € 14,71: net 1.977,31 a month in February and March).

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

Payslip next_slip(const char* period, PayrollState& state, bool traces = false) {
  const PeriodRules pr(test::payroll_rules(), PayPeriod::parse(period));
  return compute_payslip(pr, test::test_employer(), test::basisbaner_32h("2026-01-01"), state, traces);
}

}  // namespace

TEST_CASE("no correction due: no settlement line, the net as before", "[payroll][settlement]") {
  PayrollState s;
  next_slip("2026-01", s);
  const Payslip feb = next_slip("2026-02", s);
  CHECK(feb.line(LineCode::CorrectionEarlierPeriod) == nullptr);
  CHECK(feb.net.str() == "1977.31");
  CHECK(feb.net_of_period() == feb.net);
  CHECK(s.net_settlement.is_zero());
}

TEST_CASE("a negative correction of -229.54 is reclaimed on the next payslip, by hand", "[payroll][settlement]") {
  PayrollState s;
  next_slip("2026-01", s);
  s.net_settlement = Money::parse("-229.54");  // the store: a correction of January paid in February
  const Payslip feb = next_slip("2026-02", s);
  const PayslipLine* l = feb.line(LineCode::CorrectionEarlierPeriod);
  REQUIRE(l != nullptr);
  CHECK(l->amount.str() == "-229.54");
  CHECK(l->kind == LineKind::Settlement);
  // Net after the correction: 1.977,31 − 229,54 = 1.747,77; the period's own net is unchanged.
  CHECK(feb.net.str() == "1747.77");
  CHECK(feb.net_of_period().str() == "1977.31");
  // The cumulative net counts the period's own net (the correction's difference is added to the
  // cumulatives by the store, once).
  CHECK(feb.year_to_date.net.str() == "3954.62");  // 2 × 1.977,31
  CHECK(s.net_settlement.is_zero());
  CHECK(to_text_nl(feb).find("Correcties eerdere perioden (netto)") != std::string::npos);
}

TEST_CASE("a net below zero is carried forward and settled with the next period, by hand", "[payroll][settlement]") {
  PayrollState s;
  next_slip("2026-01", s);
  s.net_settlement = Money::parse("-3000.00");
  const Payslip feb = next_slip("2026-02", s, true);
  // 1.977,31 − 3.000,00 = −1.022,69: not collected; paid 0,00, the 1.022,69 carried forward.
  CHECK(feb.corrections_settled().str() == "-3000.00");
  CHECK(feb.net_carried_forward().str() == "1022.69");
  CHECK(feb.net.str() == "0.00");
  CHECK(feb.net_of_period().str() == "1977.31");
  CHECK(s.net_settlement.str() == "-1022.69");
  CHECK_FALSE(feb.line(LineCode::NetCarriedForward)->trace.empty());
  // March: 1.977,31 − 1.022,69 = 954,62, and nothing is left to carry.
  const Payslip mar = next_slip("2026-03", s);
  CHECK(mar.corrections_settled().str() == "-1022.69");
  CHECK(mar.line(LineCode::NetCarriedForward) == nullptr);
  CHECK(mar.net.str() == "954.62");
  CHECK(s.net_settlement.is_zero());
}

TEST_CASE("a positive correction is paid with the next payslip", "[payroll][settlement]") {
  PayrollState s;
  next_slip("2026-01", s);
  s.net_settlement = Money::parse("147.94");
  const Payslip feb = next_slip("2026-02", s);
  // 1.977,31 + 147,94 = 2.125,25.
  CHECK(feb.net.str() == "2125.25");
}
