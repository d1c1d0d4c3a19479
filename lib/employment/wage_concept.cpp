// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/wage_concept.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kHoursPerMonth{4, Rounding::HalfUp,
                                       "hours per month kept to 1/10000 hour (weekly × 52 / 12, docs/employment.md)"};
constexpr NamedRounding kMonthlyWage{2, Rounding::HalfUp,
                                     "Besluit loonbegrip art. 2: hourly wage × hours per month, half up to cents"};

}  // namespace

Hours hours_per_month(const RuleBook& rules, const Date& on, const Hours& hours_per_week, Trace* trace) {
  const std::int64_t weeks = rules.integer("labour.wage_concept.weeks_per_year", on, trace);
  return Hours(divide(hours_per_week.value() * Decimal(weeks), Decimal(12), kHoursPerMonth));
}

Money base_monthly_wage(const RuleBook& rules, const Contract& c, const Date& on, Trace* trace) {
  if (c.monthly_wage) {
    if (trace != nullptr) trace->input("agreed monthly wage (" + c.id + ")", c.monthly_wage->str());
    return *c.monthly_wage;
  }
  if (!c.hourly_wage) {
    throw InputError("contract " + c.label() + ": no monthly_wage or hourly_wage given; the wage per month "
                     "(Besluit loonbegrip art. 2) is needed for the aanzegvergoeding and the transition payment");
  }
  const Hours per_month = hours_per_month(rules, on, c.hours_per_week, trace);
  const Money m = Money::round(per_month * *c.hourly_wage, kMonthlyWage);
  if (trace != nullptr) {
    trace->step("wage per month", m.str(),
                c.hourly_wage->str() + " × " + per_month.str() + " h (" + c.hours_per_week.str() + " h/week); " +
                    std::string(kMonthlyWage.rule));
  }
  return m;
}

}  // namespace basisbaan
