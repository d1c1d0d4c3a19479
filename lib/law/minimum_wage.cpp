#include "basisbaan/law/minimum_wage.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

// The youth minimum is the adult hourly amount times the percentage, rounded to whole cents;
// the published SZW tables equal that product rounded half up (docs/minimum-wage.md).
constexpr NamedRounding kYouthHourly{2, Rounding::HalfUp,
                                     "Wml art. 9 youth percentage; SZW tables round the product half up to cents"};
// A period minimum may not fall below hours × hourly minimum (Wml art. 7, 8): round up.
constexpr NamedRounding kPeriodMinimum{2, Rounding::Up,
                                       "Wml art. 7: the minimum may not be undercut, so round up to whole cents"};
// Hours per year are kept exact to four decimals (working days × hours per week / 5).
constexpr NamedRounding kHoursPerYear{4, Rounding::HalfUp, "hours per year kept to 1/10000 hour"};

}  // namespace

MinimumWage minimum_wage(const RuleBook& rules, const Date& on, int age, std::optional<Hours> hours_per_week,
                         Trace* trace) {
  if (age < 15) {
    throw InputError("age: the Wml sets no minimum wage under 15 years, got " + std::to_string(age));
  }
  MinimumWage w{};
  w.on = on;
  w.age = age;
  if (trace != nullptr) {
    trace->input("date", to_string(on));
    trace->input("age", std::to_string(age));
  }
  w.hourly_adult = rules.amount("wml.hourly", on, trace);
  w.youth_percentage = Rate::percent(Decimal(100));
  w.hourly = w.hourly_adult;
  if (age < 21) {
    const Table& youth = rules.table("wml.youth_percentage", on, trace);
    bool found = false;
    for (std::size_t r = 0; r < youth.size(); ++r) {
      if (youth.integer(r, "age") == age) {
        w.youth_percentage = youth.rate(r, "percentage");
        found = true;
      }
    }
    if (!found) throw RuleError("wml.youth_percentage has no row for age " + std::to_string(age));
    w.hourly = Money::round(w.hourly_adult * w.youth_percentage, kYouthHourly);
    if (trace != nullptr) {
      trace->step("hourly minimum for age " + std::to_string(age),
                  w.hourly.str(), w.hourly_adult.str() + " × " + w.youth_percentage.str() + ", " +
                                      std::string(kYouthHourly.rule));
    }
  }
  if (trace != nullptr) trace->result("hourly minimum wage", w.hourly.str(), "Wml art. 8 lid 1");
  if (!hours_per_week) return w;

  const Hours& h = *hours_per_week;
  if (h.value().sign() < 0) throw InputError("hours per week: expected 0 or more, got " + h.str());
  w.hours_per_week = h;
  w.working_days = rules.integer("wml.working_days", on, trace);
  // Hours per year = workable weekdays × hours per day, hours per day = weekly hours / 5.
  const Decimal per_year = divide(Decimal(*w.working_days) * h.value(), Decimal(5), kHoursPerYear);
  w.hours_per_year = Hours(per_year);
  w.per_week = Money::round(h * w.hourly, kPeriodMinimum);
  w.per_month = Money::exact(divide(per_year * w.hourly.decimal(), Decimal(12), kPeriodMinimum));
  // Four-weekly pay counts 13 periods of 20 workable days (wml.working_days.four_weekly).
  const std::int64_t four_weekly_days = rules.integer("wml.working_days.four_weekly", on, trace);
  const Decimal per_year_four_weekly = divide(Decimal(four_weekly_days) * h.value(), Decimal(5), kHoursPerYear);
  w.per_four_weeks = Money::exact(divide(per_year_four_weekly * w.hourly.decimal(), Decimal(13), kPeriodMinimum));
  if (trace != nullptr) {
    trace->step("hours per year", per_year.str(),
                std::to_string(*w.working_days) + " working days × " + h.str() + " / 5 (SZW Kennisdocument Wml)");
    trace->result("minimum per week", w.per_week->str(), h.str() + " h × " + w.hourly.str() + "; " + std::string(kPeriodMinimum.rule));
    trace->result("minimum per four weeks", w.per_four_weeks->str(),
                  std::to_string(four_weekly_days) + " days × " + h.str() + " / 5 / 13 × hourly minimum; " + std::string(kPeriodMinimum.rule));
    trace->result("minimum per month", w.per_month->str(),
                  per_year.str() + " hours per year / 12 × hourly minimum; " + std::string(kPeriodMinimum.rule));
  }
  return w;
}

}  // namespace basisbaan
