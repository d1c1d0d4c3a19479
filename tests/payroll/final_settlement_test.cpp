// SPDX-License-Identifier: EUPL-1.2
// The final payslip (lib/payroll/final_settlement.cpp, docs/payslip-input.md "Final
// settlement"): in the period holding the last day of employment, an employee whose input
// carries a FinalSettlement is paid the leave hours not taken (art. 7:641 BW) and the whole
// holiday-allowance reserve, both as bijzondere beloningen. Hand calculations written out.
//
// The leaver: 32 h at the minimum wage (€ 14,71 an hour from 1 January 2026), employed from
// 2026-01-01 to Wednesday 2026-04-15, holiday allowance reserved and paid in May (employer
// default), 40 leave hours left on the last day.
//   January–March: basic wage 32 × 261 / 5 / 12 = 139,20 h × 14,71 = 2.047,632 → 2.047,64 (up);
//     reserved 2.047,64 × 8 % = 163,8112 → 163,82 (up, Wml art. 15) each month.
//   April: 11 of the 22 weekdays employed (1–3, 6–10, 13–15 April): 2.047,64 × 0,5 = 1.023,82;
//     reserved 1.023,82 × 8 % = 81,9056 → 81,91.
//   Leave payout: 40 h × 14,71 = 588,40 (half up to cents, as the leave ledger's payout);
//     holiday allowance on it 588,40 × 8 % = 47,072 → 47,08 (up).
//   Reserve paid: 3 × 163,82 + 81,91 + 47,08 = 620,45.
//   Bijzondere beloningen: 588,40 + 620,45 = 1.208,85; gross 1.023,82 + 1.208,85 = 2.232,67.

#include <catch2/catch.hpp>

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/json_input.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/final_settlement.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;
using basisbaan::test::basisbaner_32h;
using basisbaan::test::payroll_rules;
using basisbaan::test::test_employer;

namespace {

Employee leaver(const char* last_day, const char* leave_hours) {
  Employee e = basisbaner_32h("2026-01-01");
  e.employed_until = parse_date(last_day);
  e.final_settlement = FinalSettlement{Hours(Decimal::parse(leave_hours))};
  return e;
}

/// The payslips of 2026 from January up to and including `last_month`, the state carried.
std::vector<Payslip> months_2026(const Employer& er, const Employee& e, int last_month, PayrollState& state, bool traces = false) {
  std::vector<Payslip> out;
  for (int m = 1; m <= last_month; ++m) {
    out.push_back(compute_payslip(PeriodRules(payroll_rules(), PayPeriod(PeriodKind::Month, 2026, m)), er, e, state, traces && m == last_month));
  }
  return out;
}

std::size_t lines_with(const Payslip& p, LineCode code) {
  return static_cast<std::size_t>(std::count_if(p.lines.begin(), p.lines.end(), [code](const PayslipLine& l) { return l.code == code; }));
}

}  // namespace

TEST_CASE("the final payslip pays the leave not taken and the whole holiday-allowance reserve", "[payroll][final_settlement]") {
  PayrollState state;
  const auto slips = months_2026(test_employer(), leaver("2026-04-15", "40"), 4, state, true);
  for (int m = 0; m < 3; ++m) {
    INFO(slips[static_cast<std::size_t>(m)].period.label());
    CHECK(amount(slips[static_cast<std::size_t>(m)], LineCode::HolidayAllowanceReserved) == "163.82");
    CHECK(slips[static_cast<std::size_t>(m)].line(LineCode::LeavePayout) == nullptr);
    CHECK(slips[static_cast<std::size_t>(m)].line(LineCode::HolidayAllowancePayment) == nullptr);
  }
  const Payslip& april = slips.back();
  CHECK(april.contract_wage().str() == "1023.82");

  const PayslipLine* leave = april.line(LineCode::LeavePayout);
  REQUIRE(leave != nullptr);
  CHECK(leave->amount.str() == "588.40");
  CHECK(leave->kind == LineKind::SpecialEarning);
  CHECK(leave->description == "Uitbetaling resterend verlof (art. 7:641 BW)");
  CHECK(leave->quantity_text() == "40 uur");
  CHECK(leave->rate_text() == "14.71");
  CHECK(leave->trace.to_text().find("art. 7:641") != std::string::npos);

  const PayslipLine* reserve = april.line(LineCode::HolidayAllowancePayment);
  REQUIRE(reserve != nullptr);
  CHECK(reserve->amount.str() == "620.45");
  CHECK(reserve->kind == LineKind::SpecialEarning);
  CHECK(reserve->description == "Uitbetaling vakantiebijslag bij einde dienstverband");
  CHECK(reserve->rate_text() == "8%");
  CHECK(reserve->trace.to_text().find("Wml art. 15") != std::string::npos);
  CHECK(april.line(LineCode::HolidayAllowanceReserved) == nullptr);

  // Both bijzondere beloningen, taxed at the bijzonder tarief; wage for the levies as usual.
  CHECK(april.special_wage_for_wage_tax.str() == "1208.85");
  CHECK(april.gross.str() == "2232.67");
  REQUIRE(april.line(LineCode::WageTaxSpecial) != nullptr);
  CHECK(april.line(LineCode::WageTaxSpecial)->quantity_text() == "1208.85");
  CHECK(april.line(LineCode::Zvw)->quantity->value == (april.gross - april.pension_employee()).decimal());
  CHECK(april.holiday_allowance_paid().str() == "620.45");
  CHECK(april.holiday_allowance_reserved.str() == "128.99");  // 81,91 + 47,08: accrued, then paid

  // The state after the period: nothing left to pay in May.
  CHECK(april.holiday_allowance_balance.sign() == 0);
  CHECK(state.holiday_allowance_balance.sign() == 0);
  // The payslip's text says the reserve was paid out, not that it waits for May.
  CHECK(to_text_nl(april).find("Opgebouwde vakantiebijslag (na eindafrekening)") != std::string::npos);
  CHECK(to_text_nl(april).find("uitbetaling mei") == std::string::npos);
  // May: not employed, so there is no payslip to pay anything again.
  CHECK_THROWS_AS(compute_payslip(PeriodRules(payroll_rules(), PayPeriod(PeriodKind::Month, 2026, 5)), test_employer(),
                                  leaver("2026-04-15", "40"), state),
                  InputError);
}

TEST_CASE("without a final settlement in the input the last period computes as before", "[payroll][final_settlement]") {
  // A snapshot stored before the final settlement existed: employed_until in the period, no
  // final_settlement. April reserves 81,91 and pays nothing; the balance stays (as it was computed).
  Employee old = leaver("2026-04-15", "40");
  old.final_settlement.reset();
  PayrollState state;
  const Payslip april = months_2026(test_employer(), old, 4, state).back();
  CHECK(amount(april, LineCode::HolidayAllowanceReserved) == "81.91");
  CHECK(april.line(LineCode::HolidayAllowancePayment) == nullptr);
  CHECK(april.line(LineCode::LeavePayout) == nullptr);
  CHECK(april.holiday_allowance_balance.str() == "573.37");  // 3 × 163,82 + 81,91
  CHECK(april.special_wage_for_wage_tax.sign() == 0);
}

TEST_CASE("a final settlement is applied only in the period holding the last day", "[payroll][final_settlement]") {
  // The same input in every period (as basisbaan payslip computes the history): January to March
  // reserve as usual; only April settles.
  PayrollState with_state;
  PayrollState without_state;
  Employee without = leaver("2026-04-15", "40");
  without.final_settlement.reset();
  const auto with = months_2026(test_employer(), leaver("2026-04-15", "40"), 3, with_state);
  const auto plain = months_2026(test_employer(), without, 3, without_state);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(with[i].net == plain[i].net);
    CHECK(with[i].lines.size() == plain[i].lines.size());
  }
  CHECK(with_state.holiday_allowance_balance.str() == "491.46");
}

TEST_CASE("a last day of 31 May pays the reserve once, as the final settlement", "[payroll][final_settlement]") {
  // 1 January – 31 May 2026, no leave left: May reserves 163,82 like the other months, and the
  // reserve 5 × 163,82 = 819,10 is paid once, by the final settlement (no separate May line).
  PayrollState state;
  const Payslip may = months_2026(test_employer(), leaver("2026-05-31", "0"), 5, state).back();
  CHECK(lines_with(may, LineCode::HolidayAllowancePayment) == 1);
  CHECK(amount(may, LineCode::HolidayAllowancePayment) == "819.10");
  CHECK(may.line(LineCode::HolidayAllowancePayment)->description == "Uitbetaling vakantiebijslag bij einde dienstverband");
  CHECK(may.line(LineCode::LeavePayout) == nullptr);  // zero hours: no line
  CHECK(may.special_wage_for_wage_tax.str() == "819.10");
  CHECK(state.holiday_allowance_balance.sign() == 0);

  // The same employee without a final settlement gets the same amount as the May payment.
  Employee plain = leaver("2026-05-31", "0");
  plain.final_settlement.reset();
  PayrollState plain_state;
  const Payslip plain_may = months_2026(test_employer(), plain, 5, plain_state).back();
  CHECK(amount(plain_may, LineCode::HolidayAllowancePayment) == "819.10");
  CHECK(plain_may.net == may.net);
}

TEST_CASE("holiday allowance paid every period: the final payslip pays it over the leave payout too", "[payroll][final_settlement]") {
  // No reserve to pay; the April allowance is 8 % of the basic wage and of the payout, one
  // rounding each: 81,91 + 47,08 = 128,99, paid with the (regular) wage.
  Employer er = test_employer();
  er.holiday_allowance = HolidayAllowancePayment::EveryPeriod;
  PayrollState state;
  const Payslip april = months_2026(er, leaver("2026-04-15", "40"), 4, state).back();
  CHECK(amount(april, LineCode::LeavePayout) == "588.40");
  CHECK(amount(april, LineCode::HolidayAllowance) == "128.99");
  CHECK(april.line(LineCode::HolidayAllowancePayment) == nullptr);
  CHECK(april.special_wage_for_wage_tax.str() == "588.40");
}

TEST_CASE("a negative leave balance (leave taken in advance) is settled on the final payslip", "[payroll][final_settlement]") {
  // −6 h × 14,71 = −88,26; holiday allowance on it −88,26 × 8 % = −7,0608 → −7,06 (up: toward
  // the employee); reserve 3 × 163,82 + 81,91 − 7,06 = 566,31.
  PayrollState state;
  const Payslip april = months_2026(test_employer(), leaver("2026-04-15", "-6"), 4, state).back();
  CHECK(amount(april, LineCode::LeavePayout) == "-88.26");
  CHECK(amount(april, LineCode::HolidayAllowancePayment) == "566.31");
}

TEST_CASE("the payslip input reads final_settlement and names the field in its errors", "[payroll][final_settlement][json]") {
  const auto read = [](const std::string& extra, bool with_until) {
    const std::string text = std::string(R"({"id": "E1", "name": "A", "birth_date": "1980-01-01", "employed_since": "2026-01-01",)") +
                             (with_until ? R"( "employed_until": "2026-04-15",)" : "") + R"( "hours_per_week": 32)" + extra + "}";
    const Json doc = parse_json_exact(text, "in.json");
    return read_employee(JsonField(doc, "in.json", "employee"));
  };
  const Employee e = read(R"(, "final_settlement": {"leave_hours": "12.5"})", true);
  REQUIRE(e.final_settlement);
  CHECK(e.final_settlement->leave_hours.str() == "12.5");
  CHECK(read(R"(, "final_settlement": {})", true).final_settlement->leave_hours.str() == "0");
  CHECK_THROWS_WITH(read(R"(, "final_settlement": {"leave_hours": "12.5"})", false),
                    Catch::Contains("field employee.final_settlement") && Catch::Contains("employed_until"));
  CHECK_THROWS_WITH(read(R"(, "final_settlement": {"hours": "12.5"})", true), Catch::Contains("employee.final_settlement.hours"));
  CHECK_THROWS_WITH(read(R"(, "final_settlement": {"leave_hours": "twelve"})", true),
                    Catch::Contains("employee.final_settlement.leave_hours"));
}
