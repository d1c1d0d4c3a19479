// SPDX-License-Identifier: EUPL-1.2
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
// Before 2024 the hourly minimum is the weekly amount over the normal full-time week; the
// Rijksoverheid tables 2022-2023 print it rounded up to the cent (docs/research/rules-2022-2023.md).
constexpr NamedRounding kHourlyFromWeek{2, Rounding::Up,
                                        "Wml art. 12 (text up to 2023-12-31): weekly minimum / full-time hours, rounded up to the cent"};

// True when the minimum on `on` is fixed per month/week/day for a full-time week (Wml art. 8
// lid 1 sub a-c, text up to 2023-12-31) rather than per hour. Dates before the first value of
// wml.basis take the hourly path, so their error still names wml.hourly.
bool full_time_period_basis(const RuleBook& rules, const Date& on) {
  if (!rules.has("wml.basis")) return false;
  const Parameter& basis = rules.parameter("wml.basis");
  if (basis.values.empty() || on < basis.values.front().from) return false;
  return rules.text("wml.basis", on) == "full_time_period";
}

// The youth percentage for `age` (100 % from 21) on `on` (Besluit minimumjeugdloon art. 2).
Rate youth_percentage(const RuleBook& rules, const Date& on, int age, Trace* trace) {
  if (age >= 21) return Rate::percent(Decimal(100));
  const Table& youth = rules.table("wml.youth_percentage", on, trace);
  for (std::size_t r = 0; r < youth.size(); ++r) {
    if (youth.integer(r, "age") == age) return youth.rate(r, "percentage");
  }
  throw RuleError("wml.youth_percentage has no row for age " + std::to_string(age));
}

// The minimum before 2024 (Wml art. 8 lid 1 sub a-c and art. 12, text up to 2023-12-31): a
// monthly, weekly and daily amount for the normal full-time week. The normal full-time week is
// the employer's, here the cao's (cao.working_week.full_time_hours); the hourly minimum is the
// weekly amount over those hours, rounded up. Youth amounts: the percentage of the adult hourly
// amount, rounded half up (as from 2024). Period amounts for a part-time contract: the adult
// amount × percentage × hours / full-time hours, rounded up.
MinimumWage minimum_wage_full_time_period(const RuleBook& rules, MinimumWage w, std::optional<Hours> hours_per_week,
                                          Trace* trace) {
  const Date& on = w.on;
  const Money week = rules.amount("wml.full_time.week", on, trace);
  const Money month = rules.amount("wml.full_time.month", on, trace);
  const Decimal full_time = rules.decimal("cao.working_week.full_time_hours", on, trace);
  if (full_time.sign() <= 0) throw RuleError("cao.working_week.full_time_hours must be more than 0");
  w.hourly_adult = Money::exact(divide(week.decimal(), full_time, kHourlyFromWeek));
  w.youth_percentage = youth_percentage(rules, on, w.age, trace);
  w.hourly = w.age >= 21 ? w.hourly_adult : Money::round(w.hourly_adult * w.youth_percentage, kYouthHourly);
  if (trace != nullptr) {
    trace->step("adult hourly minimum", w.hourly_adult.str(),
                week.str() + " a week / " + full_time.str() + " h; " + std::string(kHourlyFromWeek.rule));
    if (w.age < 21) {
      trace->step("hourly minimum for age " + std::to_string(w.age), w.hourly.str(),
                  w.hourly_adult.str() + " × " + w.youth_percentage.str() + ", " + std::string(kYouthHourly.rule));
    }
    trace->result("hourly minimum wage", w.hourly.str(), "Wml art. 8 lid 1 and art. 12 (text up to 2023-12-31)");
  }
  if (!hours_per_week) return w;
  const Hours& h = *hours_per_week;
  if (h.value().sign() < 0) throw InputError("hours per week: expected 0 or more, got " + h.str());
  w.hours_per_week = h;
  w.working_days = rules.integer("wml.working_days", on, trace);
  const Decimal per_year = divide(Decimal(*w.working_days) * h.value(), Decimal(5), kHoursPerYear);
  w.hours_per_year = Hours(per_year);
  const Decimal share = w.youth_percentage.fraction() * h.value();
  w.per_week = Money::exact(divide(week.decimal() * share, full_time, kPeriodMinimum));
  w.per_four_weeks = Money::exact(divide(week.decimal() * Decimal(4) * share, full_time, kPeriodMinimum));
  w.per_month = Money::exact(divide(month.decimal() * share, full_time, kPeriodMinimum));
  if (trace != nullptr) {
    const std::string factor = " × " + w.youth_percentage.str() + " × " + h.str() + " / " + full_time.str() + " h; ";
    trace->result("minimum per week", w.per_week->str(), week.str() + factor + std::string(kPeriodMinimum.rule));
    trace->result("minimum per four weeks", w.per_four_weeks->str(),
                  "4 × " + week.str() + factor + std::string(kPeriodMinimum.rule));
    trace->result("minimum per month", w.per_month->str(), month.str() + factor + std::string(kPeriodMinimum.rule));
  }
  return w;
}

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
  if (full_time_period_basis(rules, on)) return minimum_wage_full_time_period(rules, w, hours_per_week, trace);
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

std::optional<MinimumWageOfDate> MinimumWageOfDate::prepare(const RuleBook& rules, const Date& on) {
  // Every look-up minimum_wage() makes on the hourly basis, made once; any error (or a book that
  // records carried-forward parameters) leaves the period to minimum_wage() itself, so that its
  // errors and records stay exactly as they were.
  if (rules.options().allow_provisional) return std::nullopt;
  try {
    if (full_time_period_basis(rules, on)) return std::nullopt;
    MinimumWageOfDate m;
    m.hourly_adult_ = rules.amount("wml.hourly", on);
    m.working_days_ = rules.integer("wml.working_days", on);
    const std::int64_t four_weekly_days = rules.integer("wml.working_days.four_weekly", on);  // minimum_wage() looks it up
    // The bounds under which for_employee() is proven equal (no overflow in the period amounts).
    if (m.working_days_ < 0 || m.working_days_ > 366 || four_weekly_days < 0 || four_weekly_days > 366 ||
        m.hourly_adult_.sign() < 0 || m.hourly_adult_.cents() > 1'000'000'000) {
      return std::nullopt;
    }
    // The youth table only when it exists on `on`: without it an employee under 21 takes the
    // RuleBook path (and its error).
    try {
      const Table& youth = rules.table("wml.youth_percentage", on);
      for (int age = 15; age < 21; ++age) {
        std::optional<Rate> pct;
        for (std::size_t r = 0; r < youth.size(); ++r) {
          if (youth.integer(r, "age") == age) pct = youth.rate(r, "percentage");  // the last row for the age, as minimum_wage()
        }
        if (pct) m.youth_hourly_[age - 15] = Money::round(m.hourly_adult_ * *pct, kYouthHourly);
      }
    } catch (const std::exception&) {
      for (auto& y : m.youth_hourly_) y.reset();
    }
    return m;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<MinimumWageOfDate::ForEmployee> MinimumWageOfDate::for_employee(int age, const Hours& hours_per_week) const {
  const Decimal& h = hours_per_week.value();
  // minimum_wage() throws for an age under 15 and negative hours. Its period amounts (per week,
  // four weeks, month) cannot overflow within these bounds and prepare()'s (hours at most 1000
  // with at most 4 decimals, at most 366 working days, hourly at most 10^9 cents: every
  // mantissa below 366 × 1000 / 5 × 10^4 × 10^9 < 2^63), so only the two values below matter.
  if (age < 15 || h.sign() < 0 || h.scale() > 4 || h > Decimal(1000)) return std::nullopt;
  ForEmployee out;
  if (age >= 21) {
    out.hourly = hourly_adult_;
  } else if (youth_hourly_[age - 15]) {
    out.hourly = *youth_hourly_[age - 15];
  } else {
    return std::nullopt;
  }
  out.hours_per_year = Hours(divide(Decimal(working_days_) * h, Decimal(5), kHoursPerYear));
  return out;
}

}  // namespace basisbaan
