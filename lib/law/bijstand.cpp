// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/bijstand.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

// Municipal norm tables (Groningen 2024: 1283.83 incl. / 1219.64 excl.) split the holiday
// allowance off to the cent, half up: 5 % × 1283.83 = 64.1915 → 64.19.
constexpr NamedRounding kHolidayAllowancePart{
    2, Rounding::HalfUp, "Pw art. 19 lid 3: holiday allowance part to the cent, half up, as the municipal norm tables show"};
// Municipal norm tables give the kostendelersnorm to the cent (A=3: 130/300 × 1869.21 = 809.991
// → 809.99).
constexpr NamedRounding kCostSharerNorm{2, Rounding::HalfUp,
                                       "Pw art. 22a: each person's kostendelersnorm to the cent, half up, as the municipal "
                                       "norm tables show"};
// The law gives no rounding for the percentage disregards; to the cent, half up.
constexpr NamedRounding kDisregard{2, Rounding::HalfUp,
                                   "Pw art. 31 lid 2 sub n / r: percentage of net earnings to the cent, half up "
                                   "(no rounding in the law; docs/income-rules.md)"};

void require_non_negative(Money m, const char* field) {
  if (m.sign() < 0) throw InputError(std::string(field) + ": expected 0 or more, got " + m.str());
}

}  // namespace

std::string_view to_string(BijstandHousehold h) noexcept {
  switch (h) {
    case BijstandHousehold::Single: return "single";
    case BijstandHousehold::SingleParent: return "single-parent";
    case BijstandHousehold::Couple: return "couple";
  }
  return "?";
}

BijstandHousehold parse_bijstand_household(std::string_view text, std::string_view field) {
  if (text == "single") return BijstandHousehold::Single;
  if (text == "single-parent" || text == "single_parent") return BijstandHousehold::SingleParent;
  if (text == "couple") return BijstandHousehold::Couple;
  throw InputError(std::string(field) + ": expected single, single-parent or couple, got \"" + std::string(text) + "\"");
}

namespace {

const char* norm_name(bool couple, bool aow_age) {
  if (couple) return aow_age ? "bijstand.norm.couple_aow" : "bijstand.norm.couple";
  return aow_age ? "bijstand.norm.single_aow" : "bijstand.norm.single";
}

const char* asset_limit_name(BijstandHousehold h) {
  switch (h) {
    case BijstandHousehold::Single: return "bijstand.asset_limit.single";
    case BijstandHousehold::SingleParent: return "bijstand.asset_limit.single_parent";
    case BijstandHousehold::Couple: return "bijstand.asset_limit.couple";
  }
  return "bijstand.asset_limit.single";
}

// Pw art. 19 lid 3: the norm includes the holiday allowance (bijstand.holiday_allowance_rate of
// it), which is reserved and paid once a year; the rest is paid monthly.
void split_holiday_allowance(BijstandNorm& n, const BijstandNormRules& r, Trace* trace) {
  n.holiday_allowance_rate = r.holiday_allowance_rate().rate(trace, &n.unconfirmed);
  n.holiday_allowance_part = Money::round(n.per_month * n.holiday_allowance_rate, kHolidayAllowancePart);
  n.excluding_holiday_allowance = n.per_month - n.holiday_allowance_part;
}

}  // namespace

BijstandNormRules::BijstandNormRules(const RuleBook& rules, const Date& d, BijstandHousehold h, bool aow)
    : on_(d),
      household_(h),
      aow_age_(aow),
      norm_(rules, norm_name(h == BijstandHousehold::Couple, aow), d, ParamType::Amount),
      couple_norm_(rules, norm_name(true, aow), d, ParamType::Amount),
      cost_sharer_formula_(rules, "bijstand.cost_sharer.formula", d, ParamType::Table),
      holiday_allowance_rate_(rules, "bijstand.holiday_allowance_rate", d, ParamType::Percentage) {}

BijstandRules::BijstandRules(const RuleBook& rules, const Date& month, BijstandHousehold h, bool aow)
    : norm_(rules, first_of_month(month), h, aow),
      disregard_min_age_(rules, "bijstand.earnings_disregard.min_age", norm_.on(), ParamType::Integer),
      disregard_max_months_(rules, "bijstand.earnings_disregard.max_months", norm_.on(), ParamType::Integer),
      disregard_rate_(rules, "bijstand.earnings_disregard.rate", norm_.on(), ParamType::Percentage),
      disregard_max_per_month_(rules, "bijstand.earnings_disregard.max_per_month", norm_.on(), ParamType::Amount),
      single_parent_max_months_(rules, "bijstand.earnings_disregard.single_parent.max_months", norm_.on(),
                                ParamType::Integer),
      single_parent_rate_(rules, "bijstand.earnings_disregard.single_parent.rate", norm_.on(), ParamType::Percentage),
      single_parent_max_per_month_(rules, "bijstand.earnings_disregard.single_parent.max_per_month", norm_.on(),
                                   ParamType::Amount),
      asset_limit_(rules, asset_limit_name(h), norm_.on(), ParamType::Amount) {}

BijstandNorm bijstand_norm(const RuleBook& rules, const Date& on, BijstandHousehold household, bool aow_age,
                           Trace* trace) {
  return bijstand_norm(BijstandNormRules(rules, on, household, aow_age), trace);
}

BijstandNorm bijstand_norm(const BijstandNormRules& r, Trace* trace) {
  BijstandNorm n;
  n.on = r.on();
  n.household = r.household();
  n.aow_age = r.aow_age();
  const bool couple = r.household() == BijstandHousehold::Couple;
  n.parameter = norm_name(couple, r.aow_age());
  n.per_month = r.norm().amount(trace, &n.unconfirmed);
  split_holiday_allowance(n, r, trace);
  if (trace != nullptr) {
    const bool aow_age = r.aow_age();
    trace->input("date", to_string(r.on()));
    trace->input("household", std::string(to_string(r.household())) + (aow_age ? ", AOW age" : ""));
    trace->step("norm per month incl. holiday allowance", n.per_month.str(),
                std::string(aow_age ? "Pw art. 22 sub " : "Pw art. 21 sub ") + (couple ? "b" : "a") +
                    (r.household() == BijstandHousehold::SingleParent ? " (a single parent has the single norm)" : ""));
    trace->step("holiday allowance part", n.holiday_allowance_part.str(),
                n.holiday_allowance_rate.str() + " × " + n.per_month.str() + "; " + std::string(kHolidayAllowancePart.rule));
    trace->result("paid monthly (excl. holiday allowance)", n.excluding_holiday_allowance.str(), "Pw art. 19 lid 3");
  }
  return n;
}

BijstandNorm kostendelersnorm(const RuleBook& rules, const Date& on, BijstandHousehold household, bool aow_age,
                              int cost_sharers, Trace* trace) {
  return kostendelersnorm(BijstandNormRules(rules, on, household, aow_age), cost_sharers, trace);
}

BijstandNorm kostendelersnorm(const BijstandNormRules& r, int cost_sharers, Trace* trace) {
  if (cost_sharers < 0 || cost_sharers > 50) {
    throw InputError("cost sharers: expected 0 to 50 kostendelende medebewoners, got " + std::to_string(cost_sharers));
  }
  if (cost_sharers == 0) return bijstand_norm(r, trace);
  BijstandNorm n;
  n.on = r.on();
  n.household = r.household();
  n.aow_age = r.aow_age();
  n.cost_sharers = cost_sharers;
  const bool couple = r.household() == BijstandHousehold::Couple;
  n.parameter = norm_name(true, r.aow_age());
  const Money B = r.couple_norm().amount(trace, &n.unconfirmed);
  const Table& t = r.cost_sharer_formula().table(trace, &n.unconfirmed);
  const Decimal base = t.decimal(0, "base");
  const Decimal per_person = t.decimal(0, "per_person");
  // A: the cost sharers and the claimant; a spouse is the other spouse's cost sharer.
  const int A = cost_sharers + (couple ? 2 : 1);
  const Decimal factor = divide(base + per_person * Decimal(A), Decimal(A) * Decimal(100), 10, Rounding::HalfUp);
  const Money each = Money::round(B.decimal() * factor, kCostSharerNorm);
  n.per_month = couple ? each * 2 : each;
  split_holiday_allowance(n, r, trace);
  if (trace != nullptr) {
    const bool aow_age = r.aow_age();
    trace->input("date", to_string(r.on()));
    trace->input("household", std::string(to_string(r.household())) + (aow_age ? ", AOW age" : ""));
    trace->input("kostendelende medebewoners", std::to_string(cost_sharers));
    trace->step("kostendelersnorm per person", each.str(),
                "Pw art. 22a lid 1: (" + base.str() + " + " + std::to_string(A) + " × " + per_person.str() + ") / (" +
                    std::to_string(A) + " × 100) × " + B.str() + "; " + std::string(kCostSharerNorm.rule));
    trace->step("norm per month incl. holiday allowance", n.per_month.str(),
                couple ? "Pw art. 22a lid 2: the sum of both spouses' norms" : "Pw art. 22a lid 1");
    trace->result("paid monthly (excl. holiday allowance)", n.excluding_holiday_allowance.str(), "Pw art. 19 lid 3");
  }
  return n;
}

namespace {

void require_valid(const BijstandFacts& f) {
  require_non_negative(f.net_earnings, "net earnings");
  require_non_negative(f.other_net_income, "other net income");
  require_non_negative(f.assets, "assets");
  if (f.disregard_month < 0) {
    throw InputError("disregard month: expected 0 (none) or the month number 1, 2, ..., got " +
                     std::to_string(f.disregard_month));
  }
  if (f.age < 18 || f.age > 130) throw InputError("age: expected an age of 18 or more, got " + std::to_string(f.age));
}

}  // namespace

Bijstand bijstand(const RuleBook& rules, const BijstandFacts& f, Trace* trace) {
  require_valid(f);  // before the rules are prepared, as before: a bad fact is reported as such
  return bijstand(BijstandRules(rules, f.month, f.household, f.aow_age), f, trace);
}

Bijstand bijstand(const BijstandRules& rules, const BijstandFacts& f, Trace* trace) {
  require_valid(f);
  const Date on = first_of_month(f.month);
  const BijstandNormRules& prepared = rules.norm();
  if (on != prepared.on() || f.household != prepared.household() || f.aow_age != prepared.aow_age()) {
    throw InputError("bijstand: the rules are prepared for " + to_string(prepared.on()) + ", " +
                     std::string(to_string(prepared.household())) + (prepared.aow_age() ? " at AOW age" : "") + ", got " +
                     to_string(on) + ", " + std::string(to_string(f.household)) + (f.aow_age ? " at AOW age" : ""));
  }
  Bijstand b;
  b.norm = kostendelersnorm(rules.norm(), f.cost_sharers, trace);
  b.unconfirmed = b.norm.unconfirmed;
  std::vector<std::string>* const u = &b.unconfirmed;
  if (trace != nullptr) {
    trace->input("age", std::to_string(f.age));
    trace->input("net earnings from work", f.net_earnings.str());
    trace->input("other net income", f.other_net_income.str());
    trace->input("earnings disregard month", f.disregard_month == 0 ? "none granted" : std::to_string(f.disregard_month));
    trace->input("assets", f.assets.str());
  }

  // Earnings disregards (art. 31 lid 2 sub n and r; not under 27, lid 5).
  const std::int64_t min_age = rules.disregard_min_age().integer(trace, u);
  if (f.disregard_month > 0 && !f.net_earnings.is_zero()) {
    if (f.age < min_age) {
      b.notes.push_back("no earnings disregard under " + std::to_string(min_age) + " (Pw art. 31 lid 5)");
    } else {
      const std::int64_t months = rules.disregard_max_months().integer(trace, u);
      if (f.aow_age || f.disregard_month <= months) {
        const Rate rate = rules.disregard_rate().rate(trace, u);
        const Money cap = rules.disregard_max_per_month().amount(trace, u);
        b.earnings_disregard = min(Money::round(f.net_earnings * rate, kDisregard), cap);
        if (trace != nullptr) {
          trace->step("earnings disregard", b.earnings_disregard.str(),
                      "Pw art. 31 lid 2 sub n: " + rate.str() + " of " + f.net_earnings.str() + ", at most " + cap.str() +
                          (f.aow_age ? "" : ", months 1-" + std::to_string(months)));
        }
      } else if (f.household == BijstandHousehold::SingleParent && f.child_under_12) {
        const std::int64_t sp_months = rules.single_parent_max_months().integer(trace, u);
        if (f.disregard_month <= months + sp_months) {
          const Rate rate = rules.single_parent_rate().rate(trace, u);
          const Money cap = rules.single_parent_max_per_month().amount(trace, u);
          b.single_parent_disregard = min(Money::round(f.net_earnings * rate, kDisregard), cap);
          if (trace != nullptr) {
            trace->step("single-parent disregard", b.single_parent_disregard.str(),
                        "Pw art. 31 lid 2 sub r: " + rate.str() + " of " + f.net_earnings.str() + ", at most " +
                            cap.str() + ", for " + std::to_string(sp_months) + " months after the first " +
                            std::to_string(months));
          }
        } else {
          b.notes.push_back("the single-parent disregard has run out (Pw art. 31 lid 2 sub r)");
        }
      } else {
        b.notes.push_back("the earnings disregard lasts at most " + std::to_string(months) +
                          " months (Pw art. 31 lid 2 sub n)");
      }
    }
  }
  b.income_counted = f.net_earnings + f.other_net_income - b.earnings_disregard - b.single_parent_disregard;
  if (trace != nullptr) {
    trace->step("income counted", b.income_counted.str(),
                "Pw art. 31-33: net earnings + other net income − disregards (toeslagen and kinderbijslag are not means, "
                "art. 31 lid 2 sub b, d)");
  }

  // Assets (art. 34).
  b.asset_limit = rules.asset_limit().amount(trace, u);
  b.assets_above_limit = f.assets > b.asset_limit;
  if (b.assets_above_limit) {
    b.notes.push_back("assets " + f.assets.str() + " above the limit " + b.asset_limit.str() +
                      ": no bijstand until they are used (Pw art. 34)");
    if (trace != nullptr) trace->step("no bijstand: assets above the limit", "0.00", "Pw art. 34 lid 3");
  } else {
    b.top_up = max(b.norm.per_month - b.income_counted, Money{});
  }
  b.top_up_holiday_allowance = Money::round(b.top_up * b.norm.holiday_allowance_rate, kHolidayAllowancePart);
  b.net_total = b.top_up + f.net_earnings + f.other_net_income;
  if (trace != nullptr) {
    trace->result("algemene bijstand (top-up)", b.top_up.str(), "Pw art. 19 lid 2: norm " + b.norm.per_month.str() +
                                                                    " − income counted, not below 0");
    trace->result("of which holiday allowance", b.top_up_holiday_allowance.str(), "Pw art. 19 lid 3");
    trace->result("net household income this month", b.net_total.str(), "top-up + net earnings + other net income");
  }
  return b;
}

}  // namespace basisbaan
