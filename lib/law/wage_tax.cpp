// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/wage_tax.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

// Rekenvoorschriften geautomatiseerde loonadministratie (white table), the roundings in order:
constexpr NamedRounding kTaxWholeEurosDown{0, Rounding::Down,
                                           "Rekenvoorschriften: annual tax on the table wage rounded down to whole euros"};
constexpr NamedRounding kPeriodTaxHalfUp{2, Rounding::HalfUp,
                                         "Rekenvoorschriften: period amount = annual amount / F, rounded to cents half up"};
constexpr NamedRounding kExcessFiveDecimals{5, Rounding::HalfUp,
                                            "Rekenvoorschriften, wage above the highest table wage: excess per period to 5 decimals"};
constexpr NamedRounding kExcessTaxCentsDown{2, Rounding::Down,
                                            "Rekenvoorschriften, wage above the highest table wage: tax on the excess rounded down to cents"};

std::string factor_name(PeriodKind k) {
  switch (k) {
    case PeriodKind::Month: return "month";
    case PeriodKind::FourWeeks: return "four_weeks";
    case PeriodKind::Week: return "week";
    case PeriodKind::Quarter: return "quarter";
    case PeriodKind::Year: break;
  }
  throw InputError("period: the wage-tax tables have no year period (use month, four-weeks, week or quarter)");
}

const WageTaxParameters::Bracket& bracket_for(const WageTaxParameters& p, Money annual) {
  const WageTaxParameters::Bracket* b = &p.brackets.front();
  for (const auto& x : p.brackets) {
    if (x.from <= annual) b = &x;
  }
  return *b;
}

// X1: the tax on an annual table wage before credits, whole euros down.
Money tax_before_credits(const WageTaxParameters& p, Money annual, Trace* trace) {
  const auto& b = bracket_for(p, annual);
  const Decimal exact = (annual - b.from) * b.rate + b.base.decimal();
  const Money x1 = Money::round(exact, kTaxWholeEurosDown);
  if (trace != nullptr) {
    trace->step("tax before credits (annual)", x1.str(),
                "(" + annual.str() + " − " + b.from.str() + ") × " + b.rate.str() + " + " + b.base.str() + " = " +
                    exact.str() + ", " + std::string(kTaxWholeEurosDown.rule));
  }
  return x1;
}

}  // namespace

WageTaxParameters WageTaxParameters::load(const RuleBook& rules, const Date& on, PeriodKind period, TaxGroup group,
                                          Trace* trace) {
  WageTaxParameters p;
  p.on = on;
  p.period = period;
  p.group = group;
  const std::string kind = factor_name(period);
  p.period_factor = rules.integer("wage_tax.period_factor." + kind, on, trace);
  const std::string step_name = "wage_tax.table_step." + kind;
  p.table_step = rules.has(step_name) ? rules.amount(step_name, on, trace) : rules.amount("wage_tax.table_step", on, trace);
  p.table_wage_max = rules.amount("wage_tax.table_wage_max", on, trace);
  const Table& t = rules.table("wage_tax.brackets." + std::string(to_string(group)), on, trace);
  for (std::size_t r = 0; r < t.size(); ++r) p.brackets.push_back({t.money(r, "from"), t.rate(r, "rate"), t.money(r, "base")});
  if (p.brackets.empty() || !p.brackets.front().from.is_zero()) {
    throw RuleError("wage_tax.brackets." + std::string(to_string(group)) + ": the first bracket must start at 0");
  }
  if (p.period_factor <= 0 || p.table_step.cents() <= 0) throw RuleError("wage_tax: period factor and table step must be positive");
  p.ahk = AlgemeneHeffingskortingParameters::load(rules, on, group, trace);
  p.ark = ArbeidskortingParameters::load(rules, on, group, trace);
  if (group != TaxGroup::BelowAow) p.ouk = OuderenkortingParameters::load(rules, on, trace);
  return p;
}

WageTaxResult wage_tax(const WageTaxParameters& p, const WageTaxInput& in, Trace* trace) {
  if (in.period_wage.sign() < 0) {
    throw InputError("wage: expected a period wage of 0 or more, got " + in.period_wage.str());
  }
  WageTaxResult r;
  const Money raw_annual = in.period_wage * p.period_factor;
  if (trace != nullptr) {
    trace->input("period wage (loon voor de loonheffingen)", in.period_wage.str());
    trace->input("period", std::string(to_string(p.period)));
    trace->input("table group", std::string(to_string(p.group)));
    trace->input("loonheffingskorting", in.payroll_tax_credit ? "yes" : "no");
    trace->step("annual wage", raw_annual.str(), in.period_wage.str() + " × " + std::to_string(p.period_factor) +
                                                     " (Rekenvoorschriften tabel 1b: periods per year)");
  }

  const bool above = raw_annual > p.table_wage_max;
  r.above_table = above;
  // L: rounded down to a multiple of the table step; above Lmax the computation runs at Lmax.
  const Money annual = above ? p.table_wage_max
                             : Money::from_cents(raw_annual.cents() / p.table_step.cents() * p.table_step.cents());
  r.annual_table_wage = annual;
  if (trace != nullptr) {
    trace->step("annual table wage (L)", annual.str(),
                above ? "above the highest table wage " + p.table_wage_max.str() + ": computed at it, excess below"
                      : "annual wage rounded down to a multiple of " + p.table_step.str() + " (Rekenvoorschriften tabel 1a)");
  }

  r.tax_before_credits = tax_before_credits(p, annual, trace);
  Money remaining = r.tax_before_credits;
  if (in.payroll_tax_credit) {
    // Credits are applied in the order AHK, OUK, ARK, AOK, so that when they exceed the tax they
    // are reduced in the order AOK, ARK, OUK, AHK (Rekenvoorschriften, vermindering heffingskortingen).
    auto apply = [&remaining](Money credit) {
      const Money used = min(credit, remaining);
      remaining -= used;
      return used;
    };
    r.algemene_heffingskorting = apply(algemene_heffingskorting(p.ahk, annual, trace));
    if (p.ouk) r.ouderenkorting = apply(ouderenkorting(*p.ouk, annual, trace));
    r.arbeidskorting = apply(arbeidskorting(p.ark, annual, trace));
    if (p.ouk && in.single_elderly_credit) {
      r.alleenstaande_ouderenkorting = apply(p.ouk->single_max);
      if (trace != nullptr) trace->step("alleenstaande-ouderenkorting (annual)", p.ouk->single_max.str(), "Wet IB 2001 art. 8.18");
    }
    if (trace != nullptr) {
      trace->step("credits applied (annual)",
                  (r.algemene_heffingskorting + r.ouderenkorting + r.arbeidskorting + r.alleenstaande_ouderenkorting).str(),
                  "at most the tax before credits; reduced in the order AOK, ARK, OUK, AHK");
    }
  }
  r.annual_tax = remaining;
  const Decimal F(p.period_factor);
  Money tax = Money::exact(divide(remaining.decimal(), F, kPeriodTaxHalfUp));
  if (trace != nullptr) trace->step("annual tax after credits (X)", remaining.str(), "tax before credits − credits applied");

  if (above) {
    const Decimal excess = divide((raw_annual - p.table_wage_max).decimal(), F, kExcessFiveDecimals);
    const Rate top = p.brackets.back().rate;
    const Money extra = Money::round(excess * top, kExcessTaxCentsDown);
    if (trace != nullptr) {
      trace->step("tax at the highest table wage (per period)", tax.str(), std::string(kPeriodTaxHalfUp.rule));
      trace->step("tax on the wage above it (per period)", extra.str(),
                  excess.str() + " × " + top.str() + ", " + std::string(kExcessTaxCentsDown.rule));
    }
    tax += extra;
  }
  r.wage_tax = tax;
  r.arbeidskorting_per_period = Money::exact(divide(r.arbeidskorting.decimal(), F, kPeriodTaxHalfUp));
  if (trace != nullptr) {
    trace->result("loonheffing (per period)", tax.str(),
                  above ? "tax at the highest table wage + tax on the excess" : "X / " + std::to_string(p.period_factor) + ", " + std::string(kPeriodTaxHalfUp.rule));
    trace->result("verrekende arbeidskorting (per period)", r.arbeidskorting_per_period.str(), std::string(kPeriodTaxHalfUp.rule));
  }
  return r;
}

WageTaxResult wage_tax(const RuleBook& rules, const Date& on, PeriodKind period, TaxGroup group,
                       const WageTaxInput& input, Trace* trace) {
  return wage_tax(WageTaxParameters::load(rules, on, period, group, trace), input, trace);
}

}  // namespace basisbaan
