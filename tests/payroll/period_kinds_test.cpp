// SPDX-License-Identifier: EUPL-1.2
// Four-weekly, weekly and quarterly payslips checked against hand calculations written out here
// (issue 12, deliverable 8). No official four-weekly, weekly or quarterly table rows
// (wit_4wk_nl_std, wit_wk_nl_std, wit_kw_nl_std) could be found (docs/research/wage-tax.md §5),
// so the wage tax is computed by hand from the Rekenvoorschriften 2026 versie 2
// (https://download.belastingdienst.nl/belastingdienst/docs/rekenvoorschriften_voor_geautomatiseerde_loonadministratie_lh991z62fd.pdf):
// §2.2.1 tabel 1b (period factor: four weeks 13, week 52, quarter 4), tabel 1a (table step
// Lv = € 54 a year, read as the same annual step for every period — the open point of §5), tabel 2
// (first bracket 35,75 %), tabel 3 (AHK € 3.115 up to € 29.736), tabel 6 (ARK 8,324 % up to € 996,
// then 31,009 % above € 11.965), §2.2.5 tabel 8 (X / F half up to cents).
// The employee: 32 hours a week at the 2026 minimum wage € 14,71 (Regeling 2025, rules/wml.xml),
// with loonheffingskorting; the test employer's WGA part 0,70 %, half recovered (cao, unconfirmed).
// Employer premiums 2026: Zvw 6,10 %, Aof high 7,63 %, AWf high 7,74 % (rules/employee_insurance.xml),
// each down to cents.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::amount;
using basisbaan::test::basisbaner_32h;
using basisbaan::test::payroll_rules;
using basisbaan::test::test_employer;

namespace {

Payslip slip(const char* period) {
  return payslip_with_history(payroll_rules(), test_employer(), basisbaner_32h("2025-01-01"), PayPeriod::parse(period));
}

}  // namespace

TEST_CASE("four-weekly payslip, period 2 of 2026, by hand", "[payroll][period_kinds]") {
  const Payslip p = slip("2026-4w02");
  // The second four-weekly period of 2026 is 26 January – 22 February, as the official XSD's
  // period list has it (DatAanvTv/DatEindTv in schemas/belastingdienst/Loonaangifte2026v2.0.xsd).
  CHECK(to_string(p.period.start()) == "2026-01-26");
  CHECK(to_string(p.period.end()) == "2026-02-22");
  // Hours 4 × 32 = 128; basic wage 128 × 14,71 = 1.882,88 (exact).
  CHECK(amount(p, LineCode::BasicWage) == "1882.88");
  // Holiday allowance reserved: 1.882,88 × 8 % = 150,6304 → up 150,64.
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "150.64");
  // WGA recovery: 1.882,88 × 0,70 % × 50 % = 6,59008 → down 6,59.
  CHECK(amount(p, LineCode::WgaRecovery) == "6.59");
  // Wage for wage tax 1.882,88 − 6,59 = 1.876,29.
  CHECK(p.wage_for_wage_tax.str() == "1876.29");
  // Wage tax: 1.876,29 × 13 = 24.391,77; L = ⌊24.391,77 / 54⌋ × 54 = 451 × 54 = 24.354;
  // X1 = ⌊24.354 × 35,75 %⌋ = ⌊8.706,555⌋ = 8.706; AHK 3.115 (L ≤ 29.736);
  // ARK = ⌈996 + 31,009 % × (24.354 − 11.965)⌉ = ⌈996 + 3.841,70501⌉ = 4.838;
  // X = 8.706 − 3.115 − 4.838 = 753; 753 / 13 = 57,923… → 57,92.
  CHECK(amount(p, LineCode::WageTax) == "57.92");
  // Net 1.876,29 − 57,92 = 1.818,37.
  CHECK(p.net.str() == "1818.37");
  // Zvw 1.882,88 × 6,10 % = 114,85568 → 114,85; Aof 7,63 % = 143,663744 → 143,66;
  // AWf 7,74 % = 145,734912 → 145,73.
  CHECK(amount(p, LineCode::Zvw) == "114.85");
  CHECK(amount(p, LineCode::Aof) == "143.66");
  CHECK(amount(p, LineCode::Awf) == "145.73");
  CHECK(p.year_to_date.periods == 2);
}

TEST_CASE("weekly payslip, week 10 of 2026, by hand", "[payroll][period_kinds]") {
  const Payslip p = slip("2026-w10");
  // Hours 32; basic wage 32 × 14,71 = 470,72.
  CHECK(amount(p, LineCode::BasicWage) == "470.72");
  // Holiday allowance reserved: 470,72 × 8 % = 37,6576 → up 37,66.
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "37.66");
  // WGA recovery: 470,72 × 0,35 % = 1,64752 → down 1,64; wage for wage tax 469,08.
  CHECK(amount(p, LineCode::WgaRecovery) == "1.64");
  CHECK(p.wage_for_wage_tax.str() == "469.08");
  // Wage tax: 469,08 × 52 = 24.392,16; L = 451 × 54 = 24.354 (the same row as the four-weekly
  // example above); X = 753; 753 / 52 = 14,4807… → 14,48.
  CHECK(amount(p, LineCode::WageTax) == "14.48");
  // Net 469,08 − 14,48 = 454,60.
  CHECK(p.net.str() == "454.60");
  // Zvw 470,72 × 6,10 % = 28,71392 → 28,71; Aof 7,63 % = 35,915936 → 35,91.
  CHECK(amount(p, LineCode::Zvw) == "28.71");
  CHECK(amount(p, LineCode::Aof) == "35.91");
  CHECK(p.year_to_date.periods == 10);
}

TEST_CASE("quarterly payslip, first quarter of 2026, by hand", "[payroll][period_kinds]") {
  const Payslip p = slip("2026-q1");
  // Hours per year: 261 workable weekdays in 2026 × 32 / 5 = 1.670,4; a quarter 417,6.
  // Basic wage 1.670,4 × 14,71 / 4 = 6.142,896 → up 6.142,90.
  CHECK(amount(p, LineCode::BasicWage) == "6142.90");
  // Holiday allowance reserved: 6.142,90 × 8 % = 491,432 → up 491,44.
  CHECK(amount(p, LineCode::HolidayAllowanceReserved) == "491.44");
  // WGA recovery: 6.142,90 × 0,35 % = 21,500150 → down 21,50; wage for wage tax 6.121,40.
  CHECK(amount(p, LineCode::WgaRecovery) == "21.50");
  CHECK(p.wage_for_wage_tax.str() == "6121.40");
  // Wage tax: 6.121,40 × 4 = 24.485,60; L = ⌊453,43…⌋ × 54 = 24.462; X1 = ⌊8.745,165⌋ = 8.745;
  // AHK 3.115; ARK = ⌈996 + 31,009 % × 12.497⌉ = ⌈4.871,19473⌉ = 4.872;
  // X = 8.745 − 3.115 − 4.872 = 758; 758 / 4 = 189,50.
  CHECK(amount(p, LineCode::WageTax) == "189.50");
  // Net 6.121,40 − 189,50 = 5.931,90.
  CHECK(p.net.str() == "5931.90");
  // Zvw 6.142,90 × 6,10 % = 374,7169 → 374,71; AWf 7,74 % = 475,46046 → 475,46.
  CHECK(amount(p, LineCode::Zvw) == "374.71");
  CHECK(amount(p, LineCode::Awf) == "475.46");
  CHECK(p.year_to_date.periods == 1);
}
