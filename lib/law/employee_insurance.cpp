// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/employee_insurance.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kPremiumDown{2, Rounding::Down,
                                     "premiums and the Zvw contribution rounded down to cents (employer's favour)"};
constexpr NamedRounding kCapDown{2, Rounding::Down, "cumulative period maximum rounded down to cents"};

}  // namespace

EmployeeInsuranceParameters EmployeeInsuranceParameters::load(const RuleBook& rules, const Date& on, Trace* trace) {
  return {rules.rate("zvw.employer_rate", on, trace),    rules.amount("zvw.max_contribution_wage", on, trace),
          rules.rate("premium.awf.low", on, trace),      rules.rate("premium.awf.high", on, trace),
          rules.rate("premium.aof.low", on, trace),      rules.rate("premium.aof.high", on, trace),
          rules.rate("premium.wko", on, trace),          rules.amount("premium.max_premium_wage", on, trace)};
}

Money capped_wage(Money wage, Money counted_so_far, Money annual_max, int period_number, int periods_per_year) {
  if (period_number < 1 || period_number > periods_per_year) throw InputError("period number out of range");
  const Money cap_to_date =
      Money::round(divide(annual_max * Decimal(period_number), Decimal(periods_per_year), 6, Rounding::Down), kCapDown);
  const Money room = max(Money(), cap_to_date - counted_so_far);
  return max(Money(), min(wage, room));
}

EmployerContributions employer_contributions(const EmployeeInsuranceParameters& p, const EmployerContributionInput& in,
                                             Trace* trace) {
  EmployerContributions c;
  c.zvw_wage = capped_wage(in.wage, in.zvw_wage_so_far, p.zvw_max_wage, in.period_number, in.periods_per_year);
  c.zvw = Money::round(c.zvw_wage * p.zvw_employer_rate, kPremiumDown);
  if (in.insured) {
    c.premium_wage = capped_wage(in.wage, in.premium_wage_so_far, p.max_premium_wage, in.period_number, in.periods_per_year);
    c.awf = Money::round(c.premium_wage * (in.permanent_contract ? p.awf_low : p.awf_high), kPremiumDown);
    c.aof = Money::round(c.premium_wage * (in.small_employer ? p.aof_low : p.aof_high), kPremiumDown);
    c.wko = Money::round(c.premium_wage * p.wko, kPremiumDown);
    c.whk = Money::round(c.premium_wage * in.whk_rate, kPremiumDown);
  }
  if (trace != nullptr) {
    trace->step("Zvw contribution wage", c.zvw_wage.str(), "wage up to the cumulative maximum zvw.max_contribution_wage");
    trace->step("Zvw werkgeversheffing", c.zvw.str(), c.zvw_wage.str() + " × zvw.employer_rate " + p.zvw_employer_rate.str() + ", " + std::string(kPremiumDown.rule));
    if (!in.insured) {
      trace->step("employee insurance", "0.00", "not insured from the month the AOW age is reached (WW art. 6, WIA)");
    } else {
      trace->step("premium wage", c.premium_wage.str(), "wage up to the cumulative maximum premium.max_premium_wage");
      trace->step(in.permanent_contract ? "AWf (low: written permanent contract)" : "AWf (high)", c.awf.str(), in.permanent_contract ? "premium.awf.low" : "premium.awf.high");
      trace->step(in.small_employer ? "Aof (low: small employer)" : "Aof (high)", c.aof.str(), in.small_employer ? "premium.aof.low" : "premium.aof.high");
      trace->step("Wko (opslag kinderopvang)", c.wko.str(), "premium.wko");
      trace->step("Whk (employer's rate " + in.whk_rate.str() + ")", c.whk.str(), "the employer's rate from its Whk beschikking (premium.whk.average is the sector average)");
    }
  }
  return c;
}

}  // namespace basisbaan
