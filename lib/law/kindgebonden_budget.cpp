// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/kindgebonden_budget.hpp"

#include <algorithm>
#include <array>
#include <optional>
#include <string>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

// Wkb art. 2 lid 11: the entitlement is determined per calendar month; the year is the sum of
// twelve monthly twelfths. Exact whenever the months are alike; otherwise kept to 1/10^10 euro
// before the Awir rounding to whole euros.
constexpr NamedRounding kMonthlyTwelfths{10, Rounding::HalfUp,
                                         "Wkb art. 2 lid 11: sum of the monthly twelfths, kept to 1/10^10 euro"};

// The child's age that counts in month `month` of `year`: the age on the last day of the month
// before (Awir art. 5: a change counts from the first day of the next month). Nothing when the
// child is not yet born then.
std::optional<int> age_in_month(const KgbChild& c, int year, unsigned month) {
  if (!c.birth_date) return c.age;
  const Date first{date::year{year}, date::month{month}, date::day{1}};
  const Date day_before = add_days(first, -1);
  if (*c.birth_date > day_before) return std::nullopt;
  return age_on(*c.birth_date, day_before);
}

// "1220 for child 1, 1106 for child 2, 1001 for child 3 and further" (trace text, Wkb art. 2
// lid 2 text up to 2023-12-31).
std::string rank_text(const Table& ranks) {
  std::string t;
  for (std::size_t i = 0; i < ranks.size(); ++i) {
    if (!t.empty()) t += ", ";
    t += ranks.money(i, "amount").str() + " for child " + std::to_string(ranks.integer(i, "from_rank"));
  }
  return t + " and further";
}

}  // namespace

KindgebondenBudgetRules::KindgebondenBudgetRules(const RuleBook& rules, int y)
    : year(y),
      awir(rules, toeslag_year_start(y)),
      asset_limit_single(rules, "kgb.asset_limit.single", awir.year_start, ParamType::Amount),
      asset_limit_partner(rules, "kgb.asset_limit.partner", awir.year_start, ParamType::Amount),
      amount_basis(rules, "kgb.amount_basis", awir.year_start, ParamType::Text),
      amount_by_child_rank(rules, "kgb.amount_by_child_rank", awir.year_start, ParamType::Table),
      amount_per_child(rules, "kgb.amount_per_child.0_11", awir.year_start, ParamType::Amount),
      supplement_12_15(rules, "kgb.supplement.12_15", awir.year_start, ParamType::Amount),
      supplement_16_17(rules, "kgb.supplement.16_17", awir.year_start, ParamType::Amount),
      single_parent_supplement(rules, "kgb.single_parent_supplement", awir.year_start, ParamType::Amount),
      phase_out_rate(rules, "kgb.phase_out_rate", awir.year_start, ParamType::Percentage),
      threshold_income(rules, "kgb.threshold_income", awir.year_start, ParamType::Amount),
      partner_threshold_increase(rules, "kgb.partner_threshold_increase", awir.year_start, ParamType::Amount) {
  const Date& on = awir.year_start;
  amount_basis_defined = rules.has("kgb.amount_basis") && !rules.parameter("kgb.amount_basis").values.empty() &&
                         !(on < rules.parameter("kgb.amount_basis").values.front().from);
  const ParamValue* basis = amount_basis.peek();
  amount_basis_by_rank = basis != nullptr && std::get<std::string>(*basis) == "by_rank";
}

KindgebondenBudget kindgebonden_budget(const RuleBook& rules, const KindgebondenBudgetFacts& f, Trace* trace) {
  return kindgebonden_budget(KindgebondenBudgetRules(rules, f.year), f, trace);
}

KindgebondenBudget kindgebonden_budget(const KindgebondenBudgetRules& rules, const KindgebondenBudgetFacts& f,
                                       Trace* trace) {
  if (f.year != rules.year) {
    (void)toeslag_year_start(f.year);
    throw InputError("year: the kindgebonden-budget rules are prepared for " + std::to_string(rules.year) + ", got " +
                     std::to_string(f.year));
  }
  if (f.assets.sign() < 0) throw InputError("assets: expected 0 or more, got " + f.assets.str());
  for (std::size_t i = 0; i < f.children.size(); ++i) {
    if (!f.children[i].birth_date && (f.children[i].age < 0 || f.children[i].age > 130)) {
      throw InputError("child age (child " + std::to_string(i + 1) + "): expected an age in years, got " +
                       std::to_string(f.children[i].age));
    }
  }
  KindgebondenBudget k;
  k.year = f.year;
  k.has_partner = f.partner_income.has_value();
  std::vector<std::string>* const u = &k.unconfirmed;
  if (trace != nullptr) {
    trace->input("year", std::to_string(f.year));
    trace->input("toeslagpartner", k.has_partner ? "yes" : "no (alleenstaande ouder)");
    for (std::size_t i = 0; i < f.children.size(); ++i) {
      const auto& c = f.children[i];
      trace->input("child " + std::to_string(i + 1),
                   c.birth_date ? "born " + to_string(*c.birth_date) : "age " + std::to_string(c.age) + " all year");
    }
    trace->input("assets", f.assets.str());
  }
  k.toetsingsinkomen = toetsingsinkomen(f.income, f.partner_income, trace);

  k.asset_limit = (k.has_partner ? rules.asset_limit_partner : rules.asset_limit_single).amount(trace, u);
  k.assets_above_limit = f.assets > k.asset_limit;
  if (k.assets_above_limit) {
    if (trace != nullptr) {
      trace->step("assets above the limit", f.assets.str() + " > " + k.asset_limit.str(),
                  "Wkb art. 1 lid 4: no kindgebonden budget when the assets exceed the limit");
    }
    k.notes.push_back("assets " + f.assets.str() + " above the limit " + k.asset_limit.str());
    k.payment = awir_payment(rules.awir, Decimal(0), trace);
    return k;
  }

  // Wkb art. 2 lid 2: one amount per child (text from 2024-01-01), or an amount by the child's
  // rank (text up to 2023-12-31, kgb.amount_by_child_rank). Asked without a trace first, so a
  // trace of a year with one amount per child lists the same parameters as before.
  // As rules.text("kgb.amount_basis", on) == "by_rank" when the parameter has a value then.
  const bool by_rank = rules.amount_basis_defined && (rules.amount_basis.use(nullptr, nullptr), rules.amount_basis_by_rank);
  const Table* ranks = nullptr;
  Money per_child;
  if (by_rank) {
    (void)rules.amount_basis.text(trace, u);
    ranks = &rules.amount_by_child_rank.table(trace, u);
  } else {
    per_child = rules.amount_per_child.amount(trace, u);
  }
  // The base amount of the n-th child (n from 1) under the rank table of Wkb art. 2 lid 2 (text
  // up to 2023-12-31): the row with the highest from_rank at or below n.
  auto rank_amount = [&](int n) {
    std::optional<Money> found;
    std::int64_t best = 0;
    for (std::size_t i = 0; i < ranks->size(); ++i) {
      const std::int64_t from = ranks->integer(i, "from_rank");
      if (from <= n && from > best) {
        best = from;
        found = ranks->money(i, "amount");
      }
    }
    if (!found) throw RuleError("kgb.amount_by_child_rank has no row for child " + std::to_string(n));
    return *found;
  };
  const Money extra_12 = rules.supplement_12_15.amount(trace, u);
  const Money extra_16 = rules.supplement_16_17.amount(trace, u);
  const Money alo = rules.single_parent_supplement.amount(trace, u);
  const Rate rate = rules.phase_out_rate.rate(trace, u);
  k.threshold_income = rules.threshold_income.amount(trace, u);
  if (k.has_partner) k.threshold_income += rules.partner_threshold_increase.amount(trace, u);
  const Money above = max(k.toetsingsinkomen - k.threshold_income, Money{});
  k.reduction_per_year = above * rate;
  if (trace != nullptr) {
    trace->step("reduction per year", k.reduction_per_year.str(),
                "Wkb art. 2 lid 7" + std::string(k.has_partner ? "-8" : "") + ": " + rate.str() + " × (" +
                    k.toetsingsinkomen.str() + " − drempelinkomen " + k.threshold_income.str() + ")");
  }

  std::array<Money, 12> maximum{};
  // Which children count (under 18 in some month); on the stack for up to 16 children.
  std::array<bool, 16> counted_few{};
  std::vector<bool> counted_many(f.children.size() > counted_few.size() ? f.children.size() : 0, false);
  auto mark_counted = [&](std::size_t i) {
    if (counted_many.empty()) {
      counted_few[i] = true;
    } else {
      counted_many[i] = true;
    }
  };
  Decimal sum_max;
  Decimal sum_paid;
  // Children given by age (no birth date) have that age all year: every month is the first.
  const bool same_every_month =
      std::none_of(f.children.begin(), f.children.end(), [](const KgbChild& c) { return c.birth_date.has_value(); });
  for (unsigned m = 1; m <= 12; ++m) {
    if (m > 1 && same_every_month) {
      // Twelve equal months: the sums are twelve times the first month's, exactly.
      maximum.fill(maximum[0]);
      sum_max = sum_max * Decimal(12);
      sum_paid = sum_paid * Decimal(12);
      break;
    }
    Money month_max;
    int children = 0;
    for (std::size_t i = 0; i < f.children.size(); ++i) {
      const auto age = age_in_month(f.children[i], f.year, m);
      if (!age || *age >= 18) continue;
      mark_counted(i);
      ++children;
      month_max += by_rank ? rank_amount(children) : per_child;
      if (*age >= 16) {
        month_max += extra_16;
      } else if (*age >= 12) {
        month_max += extra_12;
      }
    }
    if (children > 0 && !k.has_partner) month_max += alo;
    maximum[m - 1] = month_max;
    sum_max += month_max.decimal();
    sum_paid += max(month_max.decimal() - k.reduction_per_year, Decimal(0));
  }
  for (bool c : counted_few) k.children_counted += c ? 1 : 0;
  for (bool c : counted_many) k.children_counted += c ? 1 : 0;
  if (k.children_counted < static_cast<int>(f.children.size())) {
    k.notes.push_back("children aged 18 or more (or not yet born) in every month of the year do not count");
  }
  k.maximum_per_year = divide(sum_max, Decimal(12), kMonthlyTwelfths).normalized();
  const Decimal computed = divide(sum_paid, Decimal(12), kMonthlyTwelfths).normalized();
  if (trace != nullptr) {
    std::string months;
    for (std::size_t i = 0; i < maximum.size(); ++i) {
      if (i > 0 && maximum[i] == maximum[i - 1]) continue;
      months += (months.empty() ? "" : "; ") + std::string("from month ") + std::to_string(i + 1) + ": " +
                maximum[i].str();
    }
    trace->step("maximum per year by month", months,
                "Wkb art. 2 lid 2-6: " + (by_rank ? rank_text(*ranks) : per_child.str() + " per child") + ", + " + extra_12.str() + " aged 12-15, + " +
                    extra_16.str() + " aged 16-17" +
                    (k.has_partner ? std::string() : ", + alleenstaande-ouderkop " + alo.str()));
    trace->step("kindgebonden budget per year", computed.str(),
                "Wkb art. 2 lid 7, 11: per month (maximum − reduction) / 12, not below 0; " +
                    std::string(kMonthlyTwelfths.rule));
  }
  k.payment = awir_payment(rules.awir, computed, trace);
  return k;
}

}  // namespace basisbaan
