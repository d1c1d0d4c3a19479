// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/absence.hpp"

#include <map>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kPercentage{2, Rounding::HalfUp, "verzuimpercentage reported to 2 decimals, half up"};
constexpr NamedRounding kFrequency{2, Rounding::HalfUp, "meldingsfrequentie reported to 2 decimals, half up"};
constexpr NamedRounding kDuration{1, Rounding::HalfUp, "average duration reported to 1/10 day, half up"};
constexpr NamedRounding kFteDays{4, Rounding::HalfUp, "fte-days shown to 4 decimals (the percentage uses the exact sums)"};

constexpr NamedRounding kFteExact{10, Rounding::HalfUp, "fte-days per full-time week kept to 10 decimals before display"};

const EmploymentSpell* spell_on(const AbsenceEmployee& e, const Date& d) {
  for (const auto& s : e.employment) {
    if (s.from <= d && (!s.to || d <= *s.to)) return &s;
  }
  return nullptr;
}

}  // namespace

AbsenceFigures absence_figures(const RuleBook& rules, const std::vector<AbsenceEmployee>& employees, const Date& from,
                               const Date& to, const AbsenceOptions& options) {
  if (to < from) throw InputError("absence: the period end " + to_string(to) + " is before its start " + to_string(from));
  for (const auto& e : employees) {
    for (std::size_t i = 0; i < e.employment.size(); ++i) {
      const auto& s = e.employment[i];
      if (s.to && *s.to < s.from) {
        throw InputError("absence: employee " + e.id + ", employment[" + std::to_string(i) + "]: the end " + to_string(*s.to) +
                         " is before the start " + to_string(s.from));
      }
      if (i > 0 && (!e.employment[i - 1].to || s.from <= *e.employment[i - 1].to)) {
        throw InputError("absence: employee " + e.id + ", employment[" + std::to_string(i) + "] starting " + to_string(s.from) +
                         " overlaps the previous spell");
      }
    }
  }
  AbsenceFigures f;
  f.from = from;
  f.to = to;
  f.days = days_between(from, to) + 1;
  // Exact sums per full-time week (hours × days × incapacity); the part-time factor divides by it.
  std::map<Decimal, std::pair<Decimal, Decimal>> by_full_time;  // full-time hours -> (sick, available)
  std::int64_t person_days = 0;
  std::int64_t duration_sum = 0;
  for (const auto& e : employees) {
    bool counted = false;
    for (Date d = from; d <= to; d = add_days(d, 1)) {
      const EmploymentSpell* s = spell_on(e, d);
      if (s == nullptr) continue;
      counted = true;
      ++person_days;
      const Decimal ft = options.full_time_hours ? *options.full_time_hours : rules.decimal("cao.working_week.full_time_hours", d);
      auto& [sick, available] = by_full_time[ft];
      available += s->hours_per_week.value();
      for (const auto& r : e.sickness) {
        if ((!r.pregnancy || options.include_pregnancy) && r.sick_on(d)) sick += s->hours_per_week.value() * r.incapacity_on(d).fraction();
      }
    }
    if (counted) ++f.employees;
    for (const auto& r : e.sickness) {
      if (r.pregnancy && !options.include_pregnancy) continue;
      if (r.first_day >= from && r.first_day <= to && spell_on(e, r.first_day) != nullptr) ++f.new_cases;
      if (const auto last = r.last_sick_day(); last && *last >= from && *last <= to) {
        ++f.ended_cases;
        duration_sum += days_between(r.first_day, *last) + 1;
      }
    }
  }
  // Σ_ft sick_ft / ft over Σ_ft available_ft / ft, made exact by multiplying both by Π ft.
  Decimal num;
  Decimal den;
  for (const auto& [ft, sums] : by_full_time) {
    Decimal others(1);
    for (const auto& [ft2, unused] : by_full_time) {
      if (!(ft2 == ft)) others *= ft2;
    }
    num += sums.first * others;
    den += sums.second * others;
  }
  Decimal sick_fte;
  Decimal avail_fte;
  for (const auto& [ft, sums] : by_full_time) {
    sick_fte += divide(sums.first, ft, kFteExact);
    avail_fte += divide(sums.second, ft, kFteExact);
  }
  f.sick_fte_days = sick_fte.rounded(kFteDays);
  f.available_fte_days = avail_fte.rounded(kFteDays);
  if (den.sign() > 0) f.verzuimpercentage = divide(num * Decimal(100), den, kPercentage);
  f.average_employees = divide(Decimal(person_days), Decimal(f.days), kFteDays);
  if (person_days > 0) {
    // new cases / (person days / days) × (days in a year / days) = new cases × days in a year / person days.
    const int days_in_year = days_between(from, add_months(from, 12));
    f.meldingsfrequentie = divide(Decimal(f.new_cases) * Decimal(days_in_year), Decimal(person_days), kFrequency);
  }
  if (f.ended_cases > 0) f.average_duration = divide(Decimal(duration_sum), Decimal(f.ended_cases), kDuration);
  return f;
}

}  // namespace basisbaan
