// SPDX-License-Identifier: EUPL-1.2
// Benchmarks of issue 3: wage-tax computations per second, and full payslips per second for a
// population of 10,000 varied employees, without and with traces (one core).

#include <string>
#include <vector>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "bench_util.hpp"

using namespace basisbaan;

int main(int argc, char** argv) {
  // `payroll_bench notrace`: only the payslips without traces, repeated, for a profile (perf record).
  const bool profile = argc > 1 && std::string(argv[1]) == "notrace";
  std::printf("basisbaan payroll benchmarks (one core)\n");
  const RuleBook rules = RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR);
  const Date on = parse_date("2025-03-31");

  const auto params = WageTaxParameters::load(rules, on, PeriodKind::Month, TaxGroup::BelowAow);
  std::vector<Money> wages;
  for (int i = 0; i < 4096; ++i) wages.push_back(Money::from_cents(50000 + i * 211));
  if (!profile) bench::measure("wage tax, month, with credit (parameters loaded once)", [&](std::uint64_t n) {
    std::int64_t sum = 0;
    for (std::uint64_t i = 0; i < n; ++i) sum += wage_tax(params, {wages[i & 4095], true, false}).wage_tax.cents();
    bench::keep(sum);
  });

  // 10,000 varied employees: 20..40 hours, ages 19..68, some above the minimum wage.
  Employer employer;
  employer.name = "bench";
  employer.whk_rate = Rate::percent(Decimal::parse("1.52"));
  employer.whk_wga_rate = Rate::percent(Decimal::parse("0.70"));
  std::vector<Employee> staff;
  for (int i = 0; i < 10000; ++i) {
    Employee e;
    e.id = "E" + std::to_string(i);
    e.name = e.id;
    e.birth_date = Date{date::year{1957 + i % 50}, date::month{static_cast<unsigned>(1 + i % 12)}, date::day{static_cast<unsigned>(1 + i % 28)}};
    e.employed_since = parse_date("2024-01-01");
    e.hours_per_week = Hours(Decimal(20 + i % 21));
    if (i % 3 == 0) e.agreed_hourly_wage = Money::from_cents(1500 + (i % 700));
    e.permanent_contract = i % 2 == 0;
    e.commute_km_per_period = Decimal(i % 5 * 100);
    staff.push_back(std::move(e));
  }
  const PeriodRules period(rules, PayPeriod::parse("2025-03"));
  std::vector<PayrollState> states(staff.size());
  for (auto& s : states) s.year = 2025;
  for (bool traces : {false, true}) {
    if (profile && traces) break;
    bench::measure(traces ? "payslip, 10,000 varied employees, with traces" : "payslip, 10,000 varied employees, no traces",
                   [&](std::uint64_t n) {
                     std::int64_t sum = 0;
                     for (std::uint64_t i = 0; i < n; ++i) {
                       PayrollState s = states[i % staff.size()];
                       sum += compute_payslip(period, employer, staff[i % staff.size()], s, traces).net.cents();
                     }
                     bench::keep(sum);
                   });
  }
  if (profile) {
    for (int round = 0; round < 5; ++round) {
      bench::measure("payslip, 10,000 varied employees, no traces", [&](std::uint64_t n) {
        std::int64_t sum = 0;
        for (std::uint64_t i = 0; i < n; ++i) {
          PayrollState s = states[i % staff.size()];
          sum += compute_payslip(period, employer, staff[i % staff.size()], s, false).net.cents();
        }
        bench::keep(sum);
      });
    }
  }
  return 0;
}
