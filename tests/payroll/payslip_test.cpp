// SPDX-License-Identifier: EUPL-1.2
// Gross to net for a 32-hour basisbaan at the minimum wage, checked by hand line by line.
// Rule values used (each with its publication in rules/): Wml € 14,06 (2025-01) and € 14,71
// (2026-01); 261 workable days; Rekenvoorschriften 2025/2026 brackets and credits; Zvw 6,51 %
// (2025) / 6,10 % (2026); AWf high 7,74 %; Aof high 7,64 % (2025) / 7,63 % (2026); Wko 0,50 %;
// the employer's Whk 1,52 % with a WGA part of 0,70 %, half recovered from the employee (cao).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;

namespace {

const RuleBook& rules() { return test::payroll_rules(); }
Employer employer() { return test::test_employer(); }
Employee basisbaner() { return test::basisbaner_32h("2025-01-01"); }


}  // namespace

TEST_CASE("32-hour basisbaan at the minimum wage, March 2025, by hand", "[payroll]") {
  const Payslip p = payslip_with_history(rules(), employer(), basisbaner(), PayPeriod::parse("2025-03"));
  // Hours: 261 workable days × 32 / 5 = 1.670,4 a year; / 12 = 139,2 a month.
  // Basic wage: 1.670,4 × 14,06 / 12 = 1.957,152 → rounded up to 1.957,16.
  CHECK(amount(p, LineCode::BasicWage) == "1957.16");
  CHECK(p.hourly_wage.str() == "14.06");
  // Holiday allowance reserved: 8 % × 1.957,16 = 156,5728 → up to 156,58; three months so far.
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "156.58");
  CHECK(p.holiday_allowance_balance.str() == "469.74");
  // WGA recovery: 1.957,16 × 0,70 % × 50 % = 6,85006 → down to 6,85.
  CHECK(amount(p, LineCode::WgaRecovery) == "6.85");
  // Wage for wage tax: 1.957,16 − 6,85 = 1.950,31.
  CHECK(p.wage_for_wage_tax.str() == "1950.31");
  // Wage tax 2025, month, with credit: L = ⌊1.950,31 × 12 / 54⌋ × 54 = 23.382;
  // X1 = ⌊23.382 × 35,82 %⌋ = 8.375; AHK 3.068 (L ≤ 28.406);
  // ARK = ⌈min(980 + 30,030 % × (23.382 − 12.169), 5.220)⌉ = ⌈4.347,2639⌉ = 4.348;
  // X = 8.375 − 3.068 − 4.348 = 959; 959 / 12 = 79,9166 → 79,92.
  CHECK(amount(p, LineCode::WageTax) == "79.92");
  // Net: 1.950,31 − 79,92 = 1.870,39.
  CHECK(p.net.str() == "1870.39");
  // Employer: Zvw 6,51 % × 1.957,16 = 127,411 → 127,41; AWf high 7,74 % → 151,48;
  // Aof high 7,64 % → 149,52; Wko 0,50 % → 9,78; Whk 1,52 % → 29,74 (all down to cents).
  CHECK(amount(p, LineCode::Zvw) == "127.41");
  CHECK(amount(p, LineCode::Awf) == "151.48");
  CHECK(amount(p, LineCode::Aof) == "149.52");
  CHECK(amount(p, LineCode::Wko) == "9.78");
  CHECK(amount(p, LineCode::Whk) == "29.74");
  // Year to date after three equal months.
  CHECK(p.year_to_date.periods == 3);
  CHECK(p.year_to_date.gross.str() == "5871.48");
  CHECK(p.year_to_date.wage_tax.str() == "239.76");
}

TEST_CASE("32-hour basisbaan at the minimum wage, February 2026, by hand", "[payroll]") {
  Employee e = basisbaner();
  e.employed_since = parse_date("2026-01-01");
  const Payslip p = payslip_with_history(rules(), employer(), e, PayPeriod::parse("2026-02"));
  // 1.670,4 × 14,71 / 12 = 2.047,636 → 2.047,64.
  CHECK(amount(p, LineCode::BasicWage) == "2047.64");
  // WGA recovery: 2.047,64 × 0,70 % × 50 % = 7,16674 → 7,16 (recovery ends 2026-07-01).
  CHECK(amount(p, LineCode::WgaRecovery) == "7.16");
  CHECK(p.wage_for_wage_tax.str() == "2040.48");
  // Wage tax 2026: L = ⌊24.485,76 / 54⌋ × 54 = 24.462; X1 = ⌊24.462 × 35,75 %⌋ = 8.745;
  // AHK 3.115; ARK = ⌈996 + 31,009 % × (24.462 − 11.965)⌉ = ⌈996 + 3.875,19473⌉ = 4.872;
  // X = 8.745 − 3.115 − 4.872 = 758; / 12 = 63,1666 → 63,17.
  CHECK(amount(p, LineCode::WageTax) == "63.17");
  CHECK(p.net.str() == "1977.31");
  // Zvw 6,10 % × 2.047,64 = 124,906 → 124,90; Aof high 7,63 % → 156,23.
  CHECK(amount(p, LineCode::Zvw) == "124.90");
  CHECK(amount(p, LineCode::Aof) == "156.23");
}

TEST_CASE("the holiday allowance reserve is paid in May at the bijzonder tarief", "[payroll]") {
  Employee e = basisbaner();
  e.employed_since = parse_date("2026-01-01");
  const Payslip p = payslip_with_history(rules(), employer(), e, PayPeriod::parse("2026-05"), true);
  // 8 % × 2.047,64 = 163,8112 → up to 163,82 a month; five months since January 2026: 819,10.
  CHECK(amount(p, LineCode::HolidayAllowancePayment) == "819.10");
  CHECK(p.holiday_allowance_balance.str() == "0.00");
  REQUIRE(p.line(LineCode::WageTaxSpecial) != nullptr);
  CHECK(p.special_wage_for_wage_tax.str() == "819.10");
  // Employed since this year: the jaarloon is the expected wage of a full year (Handboek
  // Loonheffingen), with a year's holiday allowance counted once — as 12 monthly accruals, not
  // again as the May payment. Regular wage for wage tax: 2.047,64 − WGA recovery 10,03
  // (2.866,74 × 0,70 % × ½ = 10,0336 → down; the engine takes it from the regular wage) =
  // 2.037,61. Jaarloon 2.037,61 × 12 + 163,82 × 12 = 24.451,32 + 1.965,84 = 26.417,16 (before
  // the fix the May payment was added once more: 27.236,26). The 2026 table row from 23.931:
  // 35,75 % − 1,95 % = 33,80 %; 819,10 × 33,80 % = 276,8558 → down to 276,85.
  CHECK_THAT(p.line(LineCode::WageTaxSpecial)->trace.to_text(), Catch::Contains("jaarloon bijzondere beloningen = 26417.16"));
  CHECK(amount(p, LineCode::WageTaxSpecial) == "276.85");
}

TEST_CASE("last year's wage for the bijzonder tarief includes last May's whole holiday allowance", "[payroll]") {
  // Employed since 2024-03-01. The May 2026 holiday allowance is taxed with the jaarloon = the
  // wage for wage tax of 2025, which holds the May 2025 payment of the reserve June 2024 – May
  // 2025. payslip_with_history must therefore start in June 2024 (two years back), not in
  // January 2025 (then seven months of 2024 reserve, 1.062,20, were missing from the jaarloon).
  Employee e = basisbaner();
  e.employed_since = parse_date("2024-03-01");
  const Payslip dec2025 = payslip_with_history(rules(), employer(), e, PayPeriod::parse("2025-12"));
  const Payslip may2026 = payslip_with_history(rules(), employer(), e, PayPeriod::parse("2026-05"), true);
  REQUIRE(may2026.line(LineCode::WageTaxSpecial) != nullptr);
  CHECK_THAT(may2026.line(LineCode::WageTaxSpecial)->trace.to_text(),
             Catch::Contains("jaarloon bijzondere beloningen = " + dec2025.year_to_date.wage_for_wage_tax.str()));
  CHECK(dec2025.year_to_date.wage_for_wage_tax.str() == "25529.04");  // pinned: 24.466,84 before the fix + 1.062,20
}

TEST_CASE("an employee who is not employed in the period is an error naming the employee", "[payroll]") {
  Employee e = basisbaner();
  e.employed_until = parse_date("2025-01-31");
  CHECK_THROWS_WITH(payslip_with_history(rules(), employer(), e, PayPeriod::parse("2025-03")),
                    Catch::Contains("E001") && Catch::Contains("not employed in period 2025-02"));
}

TEST_CASE("the same inputs give the same payslip, byte for byte", "[payroll]") {
  const auto a = to_json(payslip_with_history(rules(), employer(), basisbaner(), PayPeriod::parse("2025-04"), true)).dump();
  const auto b = to_json(payslip_with_history(rules(), employer(), basisbaner(), PayPeriod::parse("2025-04"), true)).dump();
  CHECK(a == b);
}
