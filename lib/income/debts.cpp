// SPDX-License-Identifier: EUPL-1.2
// The coach's view of debts: the beslagvrije voet, what is withheld and what is left to live on,
// on bijstand and with the job (debts.hpp; docs/income-comparison.md "Debts").
#include "basisbaan/income/debts.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/household.hpp"
#include "basisbaan/law/beslagvrije_voet.hpp"

namespace basisbaan {
namespace {

// 95 % of the month's income (Rv art. 475dc lid 1), half up as in the payroll (lib/payroll/garnishment.cpp).
constexpr NamedRounding kIncomeCeiling{2, Rounding::HalfUp, "Rv art. 475dc lid 1: 95 % of the month's net income, to the cent, half up"};
constexpr NamedRounding kMonthHalfUp{2, Rounding::HalfUp, "per month = per year / 12, rounded half up to the cent (presentation)"};

BeslagHousehold beslag_household(const Household& h) {
  bool minor = false;
  for (const auto& c : h.children) {
    if (age_on(c.birth_date, h.date) < 18) minor = true;
  }
  switch (h.household_type()) {
    case BijstandHousehold::Couple: return minor ? BeslagHousehold::CoupleChildren : BeslagHousehold::Couple;
    case BijstandHousehold::SingleParent: return BeslagHousehold::SingleParent;
    case BijstandHousehold::Single: break;
  }
  return BeslagHousehold::Single;
}

// The debtor's own periodic net income of calendar month `m` (0-based) that a garnishment
// reaches: the wage paid in the month, the bijstand of the month, the current other benefit.
// Not reached: the toeslagen (Awir art. 45 lid 1), kinderbijslag, the partner's income (it lowers
// the beslagvrije voet instead, art. 475db) and the income-tax settlement (not periodic).
Money garnished_income(const Household& h, const SituationResult& s, std::size_t m) {
  Money income;
  if (s.payroll) income += s.payroll->paid_per_month.at(m);
  if (m < s.bijstand_per_month.size()) income += s.bijstand_per_month[m];
  if (s.name == "current" && h.current.situation == CurrentSituation::Other) income += h.current.net_per_month;
  return income;
}

}  // namespace

void validate_debts(const std::vector<HouseholdDebt>& debts) {
  for (std::size_t i = 0; i < debts.size(); ++i) {
    const std::string at = "debts[" + std::to_string(i) + "].";
    if (debts[i].owed && debts[i].owed->sign() <= 0) {
      throw InputError("field " + at + "owed: expected an amount owed of more than 0, got " + debts[i].owed->str());
    }
    if (debts[i].monthly && debts[i].monthly->sign() <= 0) {
      throw InputError("field " + at + "monthly: expected a deduction per month of more than 0, got " + debts[i].monthly->str());
    }
  }
}

DebtSituation debt_situation(const RuleBook& rules, const Household& h, const SituationResult& s) {
  DebtSituation r;
  r.trace = Trace(std::string("schulden: beslagvrije voet en inhouding (") + (s.name == "job" ? "met baan" : "nu") + ")");
  // The maxima and the norms the beslagvrije voet rests on are reset on 1 January and 1 July
  // (art. 475da lid 8): the amount of each half year, determined on its first day.
  const int year = h.year();
  auto determine = [&](const Date& on) {
    BeslagvrijeVoetFacts f;
    f.on = on;
    f.household = beslag_household(h);
    f.aow_age = at_aow_age(rules, h.person.birth_date, h.date) || (h.partner && at_aow_age(rules, h.partner->birth_date, h.date));
    f.taxable_income_per_year = s.toetsingsinkomen;
    if (h.partner) f.partner_income_per_month = h.partner->net_income_per_month;
    f.housing_costs_per_month = h.rent + h.service_costs;
    // The 95 % ceiling is applied below to each month's income, as the payroll does per period.
    Trace t("beslagvrije voet " + to_string(on));
    const BeslagvrijeVoet bvv = beslagvrije_voet(rules, f, &t);
    for (const auto& u : bvv.unconfirmed) {
      if (std::find(r.unconfirmed.begin(), r.unconfirmed.end(), u) == r.unconfirmed.end()) r.unconfirmed.push_back(u);
    }
    r.trace.nest(std::move(t), bvv.per_month.str(),
                 "Rv art. 475da-475db; C = the situation's joint toetsingsinkomen " + s.toetsingsinkomen.str() +
                     " (art. 475d lid 1); art. 475b and 475c lid 1 (a: Participatiewet, e: loon) protect wages and bijstand alike");
    return bvv.per_month;
  };
  const Money first_half = determine(Date{date::year{year}, date::January, date::day{1}});
  const Money second_half = determine(Date{date::year{year}, date::July, date::day{1}});
  r.protected_per_month = static_cast<unsigned>(h.date.month()) < 7 ? first_half : second_half;

  const Rate share = rules.rate("beslag.income_share", h.date);
  std::vector<std::optional<Money>> remaining;
  for (const auto& d : h.debts) {
    remaining.push_back(d.owed);
    r.debts.push_back({d.creditor, Money(), d.owed});
  }
  for (std::size_t m = 0; m < 12; ++m) {
    const Money income = garnished_income(h, s, m);
    r.garnished_income_per_year += income;
    const Money ceiling = Money::round(income * share, kIncomeCeiling);
    const Money protected_month = m < 6 ? first_half : second_half;
    const Money kept = min(protected_month, ceiling);
    Money room = income - kept;
    Money withheld;
    for (std::size_t i = 0; i < h.debts.size() && room.sign() > 0; ++i) {
      Money take = room;
      if (h.debts[i].monthly) take = min(take, *h.debts[i].monthly);
      if (remaining[i]) take = min(take, *remaining[i]);
      if (take.sign() <= 0) continue;
      room -= take;
      withheld += take;
      r.debts[i].per_year += take;
      if (remaining[i]) *remaining[i] -= take;
    }
    r.withheld_months.push_back(withheld);
    r.withheld_per_year += withheld;
    r.trace.step("month " + std::to_string(m + 1) + ": income " + income.str() + ", kept " + kept.str() + " (beslagvrije voet " +
                     protected_month.str() + ", at most 95 % = " + ceiling.str() + ")",
                 withheld.str(), "withheld: the income above the beslagvrije voet (Rv art. 475b lid 1, art. 475dc lid 1), "
                                 "at most each debt's monthly amount and what it still owes");
  }
  for (std::size_t i = 0; i < h.debts.size(); ++i) r.debts[i].remaining = remaining[i];
  r.withheld_per_month = Money::round(divide(r.withheld_per_year.decimal(), Decimal(12), 4, Rounding::HalfUp), kMonthHalfUp);
  r.left_per_year = s.net_per_year - r.withheld_per_year;
  r.left_per_month = s.net_per_month - r.withheld_per_month;
  r.trace.result("withheld over the year", r.withheld_per_year.str());
  r.trace.result("left to live on over the year", r.left_per_year.str(), "net household income " + s.net_per_year.str() + " − withheld");
  return r;
}

std::optional<DebtComparison> compare_debts(const RuleBook& rules, const Household& h, const SituationResult& current,
                                            const SituationResult& job) {
  if (h.debts.empty()) return std::nullopt;
  DebtComparison c;
  c.current = debt_situation(rules, h, current);
  c.job = debt_situation(rules, h, job);
  c.difference_left_per_year = c.job.left_per_year - c.current.left_per_year;
  c.difference_left_per_month = c.job.left_per_month - c.current.left_per_month;
  return c;
}

}  // namespace basisbaan
