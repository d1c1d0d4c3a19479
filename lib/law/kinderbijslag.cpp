// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/kinderbijslag.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/awir.hpp"
#include "rule_lookup.hpp"

namespace basisbaan {

Kinderbijslag kinderbijslag(const RuleBook& rules, int year, const std::vector<KinderbijslagChild>& children,
                            Trace* trace) {
  toeslag_year_start(year);  // validates the year
  for (std::size_t i = 0; i < children.size(); ++i) {
    if (!children[i].birth_date && (children[i].age < 0 || children[i].age > 130)) {
      throw InputError("child age (child " + std::to_string(i + 1) + "): expected an age in years, got " +
                       std::to_string(children[i].age));
    }
  }
  Kinderbijslag k;
  k.year = year;
  if (trace != nullptr) {
    trace->input("year", std::to_string(year));
    for (std::size_t i = 0; i < children.size(); ++i) {
      const auto& c = children[i];
      trace->input("child " + std::to_string(i + 1),
                   c.birth_date ? "born " + to_string(*c.birth_date) : "age " + std::to_string(c.age) + " all year");
    }
  }
  for (unsigned q = 0; q < 4; ++q) {
    KinderbijslagQuarter& kq = k.quarters[q];
    kq.first_day = Date{date::year{year}, date::month{1 + 3 * q}, date::day{1}};
    law_detail::RuleLookup r(rules, kq.first_day, trace, k.unconfirmed);
    const Table& t = r.table("kinderbijslag.amount_per_quarter");
    for (const auto& c : children) {
      int age = c.age;
      if (c.birth_date) {
        if (kq.first_day < *c.birth_date) continue;
        age = age_on(*c.birth_date, kq.first_day);
      }
      if (age >= 18) continue;
      std::optional<Money> amount;
      for (std::size_t i = 0; i < t.size(); ++i) {
        if (t.integer(i, "from_age") <= age) amount = t.money(i, "amount");
      }
      if (!amount) throw RuleError("kinderbijslag.amount_per_quarter has no row for age " + std::to_string(age));
      ++kq.children;
      kq.amount += *amount;
    }
    k.per_year += kq.amount;
    if (trace != nullptr) {
      trace->step("quarter from " + to_string(kq.first_day), kq.amount.str(),
                  "AKW art. 12-13: " + std::to_string(kq.children) +
                      " child(ren) under 18 on the first day of the quarter, amount by age band");
    }
  }
  if (trace != nullptr) trace->result("kinderbijslag per year", k.per_year.str(), "AKW");
  return k;
}

}  // namespace basisbaan
