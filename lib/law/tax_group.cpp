#include "basisbaan/law/tax_group.hpp"

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

Date aow_date(const RuleBook& rules, const Date& birth) {
  // The AOW age is set per calendar year in which it is reached (AOW art. 7a): the AOW date is
  // the earliest date D = birth + age(year of D).
  const Parameter& years = rules.parameter("aow.age.years");
  const int first_year = static_cast<int>(years.values.front().from.year());
  const int last_year = static_cast<int>(years.values.back().from.year());
  const int born = static_cast<int>(birth.year());
  for (int y = std::max(first_year, born + 60); y <= std::max(last_year, born + 60) + 1; ++y) {
    const Date jan1{date::year{y}, date::January, date::day{1}};
    if (jan1 < years.values.front().from) continue;
    const auto age_years = rules.integer("aow.age.years", jan1);
    const auto age_months = rules.integer("aow.age.months", jan1);
    const Date reached = add_months(birth, static_cast<int>(age_years * 12 + age_months));
    if (static_cast<int>(reached.year()) == y) return reached;
    if (static_cast<int>(reached.year()) < y) return reached;  // reached before the first year the rules cover
  }
  throw RuleError("aow.age: no AOW age in the rules for someone born on " + to_string(birth) +
                  " (the rules cover the years " + std::to_string(first_year) + "–" + std::to_string(last_year) + ")");
}

TaxGroup tax_group_on(const RuleBook& rules, const Date& birth, const Date& pay_date) {
  // Below AOW age as long as the pay date is before the month in which the AOW age is reached.
  // The AOW age is never below 60, so younger people need no AOW rules at all.
  if (age_on(birth, last_of_month(pay_date)) < 60) return TaxGroup::BelowAow;
  if (pay_date < first_of_month(aow_date(rules, birth))) return TaxGroup::BelowAow;
  return static_cast<int>(birth.year()) < 1946 ? TaxGroup::AowBornBefore1946 : TaxGroup::AowBornFrom1946;
}

}  // namespace basisbaan
