// SPDX-License-Identifier: EUPL-1.2
#include "month_before_start.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/bijstand.hpp"
#include "basisbaan/law/huurtoeslag.hpp"
#include "basisbaan/law/kinderbijslag.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"
#include "basisbaan/law/zorgtoeslag.hpp"

namespace basisbaan::income_detail {
namespace {

constexpr NamedRounding kPerMonth{2, Rounding::HalfUp, "per month = per year / 12, rounded half up to the cent"};

// The bijstand of the month `month` for the household as it is now (no job): the month's own norm
// minus the partner's and the current other income (Pw art. 19 lid 2, as compute_situation does).
Money bijstand_of_month(const RuleBook& rules, const Household& h, const Date& month, std::set<std::string>& unconfirmed) {
  BijstandFacts f;
  f.month = month;
  f.household = h.household_type();
  f.aow_age = h.partner && at_aow_age(rules, h.partner->birth_date, h.date);
  f.age = age_on(h.person.birth_date, h.date);
  f.assets = h.assets;
  f.cost_sharers = h.cost_sharers;
  f.child_under_12 = std::any_of(h.children.begin(), h.children.end(), [&](const HouseholdChild& c) { return age_on(c.birth_date, h.date) < 12; });
  f.other_net_income = h.partner ? h.partner->net_income_per_month : Money();
  if (h.current.situation == CurrentSituation::Other) f.other_net_income += h.current.net_per_month;
  const Bijstand b = bijstand(rules, f);
  unconfirmed.insert(b.unconfirmed.begin(), b.unconfirmed.end());
  return b.top_up;
}

// The three toeslagen's advances of `year` on the current situation's income (the comparison
// year's: the income of the year before is not known).
Money toeslag_advances(const RuleBook& rules, const Household& h, const SituationResult& current, int year,
                       std::set<std::string>& unconfirmed) {
  const Money income = current.gross_bijstand_per_year +
                       (h.current.situation == CurrentSituation::Other ? h.current.gross_per_year.value_or(Money()) : Money());
  const std::optional<Money> partner_income = h.partner ? std::optional<Money>(h.partner->gross_income_per_year) : std::nullopt;
  const Zorgtoeslag z = zorgtoeslag(rules, ZorgtoeslagFacts{year, income, partner_income, h.assets, !h.partner || h.partner->insured});
  unconfirmed.insert(z.unconfirmed.begin(), z.unconfirmed.end());
  Money advances = z.payment.per_month;
  if (h.rent.sign() > 0) {
    HuurtoeslagFacts f;
    f.year = year;
    f.income = income;
    f.partner_income = partner_income;
    f.rent = h.rent;
    f.service_costs = h.service_costs;
    f.household_size = h.persons();
    f.oldest_age = std::max(age_on(h.person.birth_date, h.date), h.partner ? age_on(h.partner->birth_date, h.date) : 0);
    f.has_children = !h.children.empty();
    f.aow_household = h.partner && at_aow_age(rules, h.partner->birth_date, h.date);
    f.assets = h.assets;
    const Huurtoeslag t = huurtoeslag(rules, f);
    unconfirmed.insert(t.unconfirmed.begin(), t.unconfirmed.end());
    advances += t.payment.per_month;
  }
  if (!h.children.empty()) {
    KindgebondenBudgetFacts f{year, income, partner_income, {}, h.assets};
    for (const auto& c : h.children) f.children.push_back({c.birth_date, 0});
    const KindgebondenBudget k = kindgebonden_budget(rules, f);
    unconfirmed.insert(k.unconfirmed.begin(), k.unconfirmed.end());
    advances += k.payment.per_month;
  }
  return advances;
}

Money kinderbijslag_per_month(const RuleBook& rules, const Household& h, int year, std::set<std::string>& unconfirmed) {
  if (h.children.empty()) return Money();
  std::vector<KinderbijslagChild> kids;
  for (const auto& c : h.children) kids.push_back({c.birth_date, 0});
  const Kinderbijslag kb = kinderbijslag(rules, year, kids);
  unconfirmed.insert(kb.unconfirmed.begin(), kb.unconfirmed.end());
  return Money::round(divide(kb.per_year.decimal(), Decimal(12), 4, Rounding::HalfUp), kPerMonth);
}

}  // namespace

std::optional<MonthBeforeStart> month_before_start(const RuleBook& rules, const Household& h, const SituationResult& current,
                                                   std::set<std::string>& unconfirmed) {
  const Date start = h.job.start_date.value_or(h.date);
  if (start.month() != date::January || static_cast<int>(start.year()) != h.year()) return std::nullopt;
  const int year = h.year() - 1;
  std::set<std::string> used;
  try {
    MonthBeforeStart m;
    m.bijstand = bijstand_of_month(rules, h, Date{date::year{year}, date::December, date::day{1}}, used);
    m.toeslagen = toeslag_advances(rules, h, current, year, used);
    m.kinderbijslag = kinderbijslag_per_month(rules, h, year, used);
    unconfirmed.insert(used.begin(), used.end());
    return m;
  } catch (const RuleError&) {
    return std::nullopt;  // the rules do not cover that year: the comparison year's amounts, labelled
  } catch (const InputError&) {
    return std::nullopt;  // e.g. a child born in the comparison year: likewise
  }
}

}  // namespace basisbaan::income_detail
