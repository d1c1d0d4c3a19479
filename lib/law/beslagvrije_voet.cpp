// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/beslagvrije_voet.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/horizon_error.hpp"
#include "rule_lookup.hpp"

namespace basisbaan {
namespace {

// Intermediate results of the formula are kept exact to 10 decimals (the law gives no rounding
// for the terms; only the final amount is rounded).
constexpr NamedRounding kTerm{10, Rounding::TowardZero,
                              "Rv art. 475da lid 2: a term of the formula per month, kept to 10 decimals (no rounding in the law)"};
// The result to the cent, half up: the law gives no rounding; half up is what
// reproduces the art. 475da lid 1 maxima from the formula (lid 8), docs/garnishment.md.
constexpr NamedRounding kResult{2, Rounding::HalfUp,
                                "beslagvrije voet to the cent, half up (no rounding in Rv; half up reproduces the art. 475da lid 1 maxima from the formula, docs/garnishment.md)"};
// A part shown in the result (the sum is computed from the exact terms).
constexpr NamedRounding kShown{2, Rounding::HalfUp, "a part of the beslagvrije voet shown to the cent, half up"};

std::size_t row_of(const Table& t, std::string_view key, std::string_view parameter) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.text(i, "household") == key) return i;
  }
  throw RuleError(std::string(parameter) + ": no row for household \"" + std::string(key) + "\"");
}

Money shown(const Decimal& d) { return Money::round(d, kShown); }

void require_non_negative(Money m, const char* field) {
  if (m.sign() < 0) throw InputError(std::string("beslagvrije voet, field ") + field + ": expected 0 or more, got " + m.str());
}

Decimal max0(const Decimal& d) { return d.sign() < 0 ? Decimal() : d; }

/// The housing term of art. 475da lid 2 as in force 2021-2025: (F × C² + G × C) − J for an
/// alleenstaande, (H × C² + I × C) − J for more persons. F/G and H/I are the factors a and b of
/// the normhuur (Wht art. 19 lid 2, huurtoeslag.normhuur_factors, the "single" and "multi" rows),
/// J the minimum normhuur (basishuur) as the formula uses it (beslag.quadratic_j). Choices (docs/garnishment.md
/// "Before 2026"): C below the minimum-inkomensijkpunt counts as that point (the normhuur never
/// falls below its minimum), the term is at least 0 and at most the rekenhuur H (Wht art. 13 lid 1
/// onder a) − J: the income at which the formula reaches H is where lid 8 sets the maxima.
Decimal quadratic_housing_term(law_detail::RuleLookup& q, const char* household, const Decimal& c, Money point, Money h, Trace* trace) {
  const Table& factors = q.table("huurtoeslag.normhuur_factors");
  const std::size_t row = row_of(factors, household, "huurtoeslag.normhuur_factors");
  const Decimal a = factors.decimal(row, "a");
  const Decimal b = factors.decimal(row, "b");
  const Money j = q.amount("beslag.quadratic_j");
  const Decimal y = std::max(c, point.decimal());
  const Decimal cap = max0((h - j).decimal());
  Decimal term = cap;
  std::string quad_text = "more than H";
  try {
    const Decimal quad = (a * y * y + b * y).rounded(kTerm);
    quad_text = quad.str();
    term = min(max0(quad - j.decimal()), cap);
  } catch (const OverflowError&) {
    // a × C² beyond what an exact Decimal holds: far above H, the term is at its cap.
  }
  if (trace != nullptr) {
    trace->step("housing term: min(max(0, a × C² + b × C − J), H − J); C = " + y.str() + ", a = " + a.str() + ", b = " + b.str() +
                    ", a × C² + b × C = " + quad_text + ", J = " + j.str() + ", H = " + h.str(),
                term.str(), "Rv art. 475da lid 2 as in force 2021-2025 (F, G / H, I: Wht art. 19 lid 2 factors; lid 8; docs/garnishment.md)");
  }
  return term;
}

/// Art. 475da lid 5: housing costs at least 10 % above the rekenhuur H raise the beslagvrije voet
/// by the excess (on the debtor's request). The text up to 2022 allows it only when the beslagvrije
/// voet equals the maximum of lid 1 (`at_maximum`); from 2023-01-01 always
/// (beslag.housing_increase_condition).
Money housing_increase(law_detail::RuleLookup& q, Money housing_costs, Money h, bool at_maximum, Trace* trace) {
  const Decimal threshold = h * q.rate("beslag.housing_threshold_share");
  if (housing_costs.decimal() <= threshold) return Money();
  const std::string& condition = q.text("beslag.housing_increase_condition");
  if (condition != "at_maximum" && condition != "always") {
    throw RuleError("beslag.housing_increase_condition on " + to_string(q.on()) + ": expected at_maximum or always, got \"" + condition + "\"");
  }
  if (condition == "at_maximum" && !at_maximum) {
    if (trace != nullptr) {
      trace->step("housing costs " + housing_costs.str() + " above 110 % × H = " + threshold.str() + ", but the formula is below the maximum",
                  "0.00", "Rv art. 475da lid 5 as in force until 2022 (only at the maximum of lid 1)");
    }
    return Money();
  }
  const Money increase = Money::round(housing_costs.decimal() - threshold, kResult);
  if (trace != nullptr) {
    trace->step("housing costs " + housing_costs.str() + " above 110 % × H = " + threshold.str(), increase.str(), "Rv art. 475da lid 5");
  }
  return increase;
}

}  // namespace

std::string_view to_string(BeslagHousehold h) noexcept {
  switch (h) {
    case BeslagHousehold::Single: return "single";
    case BeslagHousehold::SingleParent: return "single_parent";
    case BeslagHousehold::Couple: return "couple";
    case BeslagHousehold::CoupleChildren: return "couple_children";
  }
  return "?";
}

BeslagHousehold parse_beslag_household(std::string_view text, std::string_view field) {
  std::string t(text);
  for (char& c : t) {
    if (c == '-') c = '_';
  }
  for (auto h : {BeslagHousehold::Single, BeslagHousehold::SingleParent, BeslagHousehold::Couple, BeslagHousehold::CoupleChildren}) {
    if (t == to_string(h)) return h;
  }
  throw InputError(std::string(field) + ": expected single, single_parent, couple or couple_children, got \"" + std::string(text) + "\"");
}

BeslagvrijeVoet beslagvrije_voet(const RuleBook& rules, const BeslagvrijeVoetFacts& f, Trace* trace) {
  require_non_negative(f.taxable_income_per_year, "taxable_income_per_year");
  require_non_negative(f.net_income_per_month, "net_income_per_month");
  require_non_negative(f.partner_income_per_month, "partner_income_per_month");
  require_non_negative(f.other_income_per_month, "other_income_per_month");
  require_non_negative(f.housing_costs_per_month, "housing_costs_per_month");
  // Which text of art. 475da lid 2 is in force: "quadratic" (the housing term F × C² + G × C − J,
  // 2021-2025) or "linear" (from 2026). Before the first sourced date: a clear error, no amount.
  std::string formula;
  try {
    formula = rules.text("beslag.formula", f.on);
  } catch (const BeforeRulesError&) {
    throw RuleError("beslagvrije voet on " + to_string(f.on) + ": computed only from " +
                    to_string(rules.parameter("beslag.formula").values.front().from) +
                    ", the first date whose parameters of Rv art. 475da lid 2 are sourced in rules/beslag.xml; "
                    "for an earlier date enter the amount the bailiff states (docs/garnishment.md \"Before 2026\")");
  }
  if (formula != "quadratic" && formula != "linear") {
    throw RuleError("beslag.formula on " + to_string(f.on) + ": expected quadratic or linear, got \"" + formula + "\"");
  }
  BeslagvrijeVoet r;
  law_detail::RuleLookup q(rules, f.on, trace, r.unconfirmed);
  const bool married = f.household == BeslagHousehold::Couple || f.household == BeslagHousehold::CoupleChildren;
  const bool children = f.household == BeslagHousehold::SingleParent || f.household == BeslagHousehold::CoupleChildren;
  const bool one_person = f.household == BeslagHousehold::Single;
  const Decimal twelve(12);
  const Decimal c = f.taxable_income_per_year.decimal();
  if (trace != nullptr) {
    trace->input("date", to_string(f.on));
    trace->input("leefsituatie", std::string(to_string(f.household)) + (f.aow_age ? ", AOW age" : ""));
    trace->input("C: belastbaar inkomen per year (art. 475d lid 1)", f.taxable_income_per_year.str());
  }

  // 95 % × A (alleenstaande, alleenstaande ouder) or B (gehuwden).
  const std::string norm_name = std::string("bijstand.norm.") + (married ? "couple" : "single") + (f.aow_age ? "_aow" : "");
  const Money norm = q.amount(norm_name);
  const Decimal base = norm * q.rate("beslag.base_share");
  r.base = shown(base);
  if (trace != nullptr) {
    trace->step("base: 95 % × bijstand norm " + norm.str(), base.str(),
                std::string("Rv art. 475da lid 2; norm Pw art. ") + (f.aow_age ? "22" : "21") + (married ? " onder b" : " onder a"));
  }

  // ((C − D) / 12) × E, at most the standaardpremie per month minus the Pw art. 23 lid 2 amount.
  const Money d_param = q.amount("zorgtoeslag.threshold_income");
  const Decimal d = min(d_param.decimal(), c);
  const Decimal zorg_raw = divide((c - d) * q.rate("zorgtoeslag.income_percentage"), twelve, kTerm);
  const Table& zorg_amounts = q.table("beslag.zorg_norm_amount");
  const Money zorg_amount = zorg_amounts.money(row_of(zorg_amounts, married ? "couple" : "single", "beslag.zorg_norm_amount"), "amount");
  const Money premium = q.amount("zorgtoeslag.standard_premium");
  const Decimal zorg_cap = max0(divide((premium * (married ? 2 : 1)).decimal(), twelve, kTerm) - zorg_amount.decimal());
  const Decimal zorg = min(zorg_raw, zorg_cap);
  r.zorg_term = shown(zorg);
  if (trace != nullptr) {
    trace->step("zorg term ((C − D) / 12) × E, D = " + d.str(), zorg_raw.str(), "Rv art. 475da lid 2 (D: Wzt art. 1 onder f; E: Wzt art. 2 lid 3)");
    trace->step("zorg term cap: standaardpremie" + std::string(married ? " × 2" : "") + " / 12 − " + zorg_amount.str(), zorg_cap.str(),
                "Rv art. 475da lid 3; Pw art. 23 lid 2 (twice the premium for spouses, Wzt art. 2 lid 1: docs/garnishment.md)");
  }

  const char* ht_household = one_person ? "single" : "multi";
  const Table& points = q.table("huurtoeslag.min_income_point");
  const Money point = points.money(row_of(points, ht_household, "huurtoeslag.min_income_point"), "amount");
  const Money h = q.amount("huurtoeslag.max_rent");
  Decimal housing;
  if (formula == "quadratic") {
    housing = quadratic_housing_term(q, ht_household, c, point, h, trace);
  } else {
    // I × (F / 12) (G for more persons), or H − J if less; I = C − minimum-inkomensijkpunt.
    const Table& phase = q.table("huurtoeslag.phase_out_rate");
    const Rate fg = phase.rate(row_of(phase, ht_household, "huurtoeslag.phase_out_rate"), "rate");
    const Table& basishuur = q.table("huurtoeslag.min_basishuur");
    const Money j = basishuur.money(row_of(basishuur, ht_household, "huurtoeslag.min_basishuur"), "amount");
    const Decimal i_income = max0(c - point.decimal());
    housing = min(divide(i_income * fg, twelve, kTerm), (h - j).decimal());
    if (trace != nullptr) {
      trace->step("housing term: min(I × " + fg.str() + " / 12, H − J = " + (h - j).str() + "), I = " + i_income.str(), housing.str(),
                  "Rv art. 475da lid 2 (F/G: Wht art. 21 lid 2; H: Wht art. 13 lid 1 a; I: Wht art. 17 lid 1; J: Wht art. 16)");
    }
  }
  r.housing_term = shown(housing);

  // ((C − (D + L)) / 12) × K for a parent (L only for spouses).
  Decimal child;
  if (children) {
    const Decimal l = married ? q.amount("kgb.partner_threshold_increase").decimal() : Decimal();
    child = divide(max0(c - (d + l)) * q.rate("kgb.phase_out_rate"), twelve, kTerm);
    if (trace != nullptr) {
      trace->step("child term ((C − (D + L)) / 12) × K", child.str(), "Rv art. 475da lid 2 (K: Wkb art. 2 lid 7; L: Wkb art. 2 lid 8)");
    }
  }
  r.child_term = shown(child);

  const Table& maxima = q.table("beslag.maximum");
  r.maximum = maxima.money(row_of(maxima, to_string(f.household), "beslag.maximum"), "amount");
  Decimal bvv = base + zorg + housing + child;
  if (bvv > r.maximum.decimal()) bvv = r.maximum.decimal();
  r.formula = Money::round(bvv, kResult);
  if (trace != nullptr) trace->step("formula, at most the maximum " + r.maximum.str(), r.formula.str(), "Rv art. 475da lid 1 and 2");

  r.housing_increase = housing_increase(q, f.housing_costs_per_month, h, r.formula == r.maximum, trace);
  Money total = r.formula + r.housing_increase;

  // Deductions: the spouse's income up to half, then the debtor's own non-garnished income.
  if (married && !f.partner_income_per_month.is_zero()) {
    const Money half = Money::round(total * q.rate("beslag.partner_deduction_share"), kResult);
    r.partner_deduction = std::min(f.partner_income_per_month, half);
    total -= r.partner_deduction;
    if (trace != nullptr) {
      trace->step("spouse's income " + f.partner_income_per_month.str() + ", at most half " + half.str(), (-r.partner_deduction).str(),
                  "Rv art. 475db lid 1 onder a");
    }
  }
  if (!f.other_income_per_month.is_zero()) {
    r.other_income_deduction = std::min(f.other_income_per_month, total);
    total -= r.other_income_deduction;
    if (trace != nullptr) trace->step("own non-garnished income", (-r.other_income_deduction).str(), "Rv art. 475db lid 1 onder b");
  }

  // At most 95 % of the income (only when the income is given).
  if (!f.net_income_per_month.is_zero()) {
    const Money ceiling = Money::round(f.net_income_per_month * q.rate("beslag.income_share"), kResult);
    if (ceiling < total) {
      total = ceiling;
      r.income_ceiling_applied = true;
      if (trace != nullptr) trace->step("95 % of the net income " + f.net_income_per_month.str(), ceiling.str(), "Rv art. 475dc lid 1");
    }
  }
  r.per_month = total;
  if (trace != nullptr) trace->result("beslagvrije voet per month", r.per_month.str(), std::string(kResult.rule));
  return r;
}

}  // namespace basisbaan
