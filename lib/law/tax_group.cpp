// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/tax_group.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

std::string_view to_string(TaxGroup g) noexcept {
  switch (g) {
    case TaxGroup::BelowAow: return "below_aow";
    case TaxGroup::AowBornBefore1946: return "aow_born_before_1946";
    case TaxGroup::AowBornFrom1946: return "aow_born_from_1946";
  }
  return "?";
}

std::optional<Date> fixed_aow_date(const RuleBook& rules, const Date& birth) {
  // The AOW age is set per calendar year in which it is reached (AOW art. 7a): the AOW date is
  // the earliest date D = birth + age(year of D), for a year D whose AOW age is in the rules.
  const Parameter& years = rules.parameter("aow.age.years");
  const int first_year = static_cast<int>(years.values.front().from.year());
  const int last_year = static_cast<int>(years.values.back().from.year());
  const int born = static_cast<int>(birth.year());
  for (int y = std::max(first_year, born + 60); y <= last_year; ++y) {
    const Date jan1{date::year{y}, date::January, date::day{1}};
    const auto age_years = rules.integer("aow.age.years", jan1);
    const auto age_months = rules.integer("aow.age.months", jan1);
    const Date reached = add_months(birth, static_cast<int>(age_years * 12 + age_months));
    if (static_cast<int>(reached.year()) <= y) return reached;  // in y, or before the first year the rules cover
  }
  return std::nullopt;
}

namespace {

// Birth + the last AOW age in the rules. When the AOW date is not fixed yet, it is reached after
// the last year in the rules at an AOW age at least this one — art. 7a lid 2 AOW only ever raises
// the age (a computed change below zero leaves it).
Date last_fixed_age_reached(const RuleBook& rules, const Date& birth) {
  const Date last_fixed = rules.parameter("aow.age.years").values.back().from;
  const auto age_years = rules.integer("aow.age.years", last_fixed);
  const auto age_months = rules.integer("aow.age.months", last_fixed);
  return add_months(birth, static_cast<int>(age_years * 12 + age_months));
}

RuleError not_fixed_yet(const RuleBook& rules, const Date& birth) {
  const Parameter& years = rules.parameter("aow.age.years");
  return RuleError("aow.age: the AOW age of someone born on " + to_string(birth) + " is not fixed yet: it is reached after " +
                   std::to_string(static_cast<int>(years.values.back().from.year())) + ", the last year in the rules " +
                   "(rules/aow.xml; the AOW age is fixed five years ahead), and not before " +
                   to_string(last_fixed_age_reached(rules, birth)));
}

}  // namespace

Date earliest_aow_date(const RuleBook& rules, const Date& birth) {
  if (auto d = fixed_aow_date(rules, birth)) return *d;
  return last_fixed_age_reached(rules, birth);
}

Date aow_date(const RuleBook& rules, const Date& birth) {
  if (auto d = fixed_aow_date(rules, birth)) return *d;
  throw not_fixed_yet(rules, birth);
}

bool aow_age_reached(const RuleBook& rules, const Date& birth, const Date& on) {
  if (age_on(birth, on) < 60) return false;
  if (auto d = fixed_aow_date(rules, birth)) return !(on < *d);
  if (on < last_fixed_age_reached(rules, birth)) return false;
  throw not_fixed_yet(rules, birth);
}

TaxGroup tax_group_on(const RuleBook& rules, const Date& birth, const Date& pay_date) {
  // Below AOW age as long as the pay date is before the month in which the AOW age is reached.
  // The AOW age is never below 60, so younger people need no AOW rules at all.
  if (age_on(birth, last_of_month(pay_date)) < 60) return TaxGroup::BelowAow;
  if (auto d = fixed_aow_date(rules, birth)) {
    if (pay_date < first_of_month(*d)) return TaxGroup::BelowAow;
  } else if (pay_date < first_of_month(last_fixed_age_reached(rules, birth))) {
    return TaxGroup::BelowAow;
  } else {
    throw not_fixed_yet(rules, birth);
  }
  return static_cast<int>(birth.year()) < 1946 ? TaxGroup::AowBornBefore1946 : TaxGroup::AowBornFrom1946;
}

std::optional<AowAges> AowAges::prepare(const RuleBook& rules) {
  if (rules.options().allow_provisional) return std::nullopt;
  try {
    // The look-ups fixed_aow_date() and last_fixed_age_reached() make, for every year.
    const Parameter& years = rules.parameter("aow.age.years");
    if (years.values.empty()) return std::nullopt;
    AowAges a;
    a.first_year_ = static_cast<int>(years.values.front().from.year());
    const int last_year = static_cast<int>(years.values.back().from.year());
    for (int y = a.first_year_; y <= last_year; ++y) {
      const Date jan1{date::year{y}, date::January, date::day{1}};
      const auto age_years = rules.integer("aow.age.years", jan1);
      const auto age_months = rules.integer("aow.age.months", jan1);
      if (age_years < 60 || age_years > 100 || age_months < 0 || age_months > 11) return std::nullopt;  // left to the RuleBook path
      a.months_.push_back(age_years * 12 + age_months);
    }
    const Date last_fixed = years.values.back().from;
    const auto age_years = rules.integer("aow.age.years", last_fixed);
    const auto age_months = rules.integer("aow.age.months", last_fixed);
    if (age_years < 60 || age_years > 100 || age_months < 0 || age_months > 11) return std::nullopt;
    a.last_months_ = age_years * 12 + age_months;
    return a;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<Date> AowAges::fixed_aow_date(const Date& birth) const {
  // As ::fixed_aow_date, with the ages looked up in prepare().
  const int last_year = first_year_ + static_cast<int>(months_.size()) - 1;
  const int born = static_cast<int>(birth.year());
  for (int y = std::max(first_year_, born + 60); y <= last_year; ++y) {
    const Date reached = add_months(birth, static_cast<int>(months_[static_cast<std::size_t>(y - first_year_)]));
    if (static_cast<int>(reached.year()) <= y) return reached;
  }
  return std::nullopt;
}

std::optional<TaxGroup> AowAges::tax_group_on(const Date& birth, const Date& pay_date) const {
  // As ::tax_group_on; nullopt where that throws (the AOW date not fixed yet).
  if (age_on(birth, last_of_month(pay_date)) < 60) return TaxGroup::BelowAow;
  if (auto d = fixed_aow_date(birth)) {
    if (pay_date < first_of_month(*d)) return TaxGroup::BelowAow;
  } else if (pay_date < first_of_month(add_months(birth, static_cast<int>(last_months_)))) {
    return TaxGroup::BelowAow;
  } else {
    return std::nullopt;
  }
  return static_cast<int>(birth.year()) < 1946 ? TaxGroup::AowBornBefore1946 : TaxGroup::AowBornFrom1946;
}

}  // namespace basisbaan
