// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/huurtoeslag.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kNormhuur{2, Rounding::Up, "Wht art. 19 lid 3: the normhuur is rounded up to whole cents"};
// Only for showing the monthly amount after the linear phase-out; the payment uses the exact
// yearly amount 12 × subsidy − rate × income above the ijkpunt.
constexpr NamedRounding kMonthlyShown{8, Rounding::HalfUp, "monthly amount shown to 1/10^8 euro; the yearly amount is exact"};

void require_non_negative(Money m, const char* field) {
  if (m.sign() < 0) throw InputError(std::string(field) + ": expected 0 or more, got " + m.str());
}

// Row `key` of a table keyed by the text column `column`; RuleError when absent.
std::size_t row_of(const Table& t, std::string_view column, std::string_view key, std::string_view parameter) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.text(i, column) == key) return i;
  }
  throw RuleError(std::string(parameter) + " has no row for " + std::string(column) + " \"" + std::string(key) + "\"");
}

// The last row whose integer column `from_column` is <= `n` (step tables such as persons).
std::size_t step_row(const Table& t, std::string_view from_column, std::int64_t n, std::string_view parameter) {
  std::optional<std::size_t> found;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t.integer(i, from_column) <= n) found = i;
  }
  if (!found) throw RuleError(std::string(parameter) + " has no row for " + std::to_string(n));
  return *found;
}

Rate band_rate(const Table& t, std::string_view band) {
  return t.rate(row_of(t, "band", band, "huurtoeslag.subsidy_rate"), "rate");
}

constexpr const char* kHouseholdTypes[4] = {"single", "multi", "single_aow", "multi_aow"};

// `compute()` when it does not throw, else nullopt (the computation then reports the error).
template <typename F>
auto optional_of(F compute) -> std::optional<decltype(compute())> {
  try {
    return compute();
  } catch (...) {
    return std::nullopt;
  }
}

}  // namespace

HuurtoeslagRules::HuurtoeslagRules(const RuleBook& rules, int y)
    : year(y),
      awir(rules, toeslag_year_start(y)),
      min_age(rules, "huurtoeslag.min_age", awir.year_start, ParamType::Integer),
      asset_limit_single(rules, "toeslagen.asset_limit.single", awir.year_start, ParamType::Amount),
      asset_limit_partner(rules, "toeslagen.asset_limit.partner", awir.year_start, ParamType::Amount),
      max_service_costs(rules, "huurtoeslag.max_service_costs", awir.year_start, ParamType::Amount),
      young_age_limit(rules, "huurtoeslag.young_age_limit", awir.year_start, ParamType::Integer),
      max_rent(rules, "huurtoeslag.max_rent", awir.year_start, ParamType::Amount),
      max_rent_young(rules, "huurtoeslag.max_rent_young", awir.year_start, ParamType::Amount),
      max_rent_rule(rules, "huurtoeslag.max_rent_rule", awir.year_start, ParamType::Text),
      income_method(rules, "huurtoeslag.income_method", awir.year_start, ParamType::Text),
      min_income_point(rules, "huurtoeslag.min_income_point", awir.year_start, ParamType::Table),
      min_basishuur(rules, "huurtoeslag.min_basishuur", awir.year_start, ParamType::Table),
      normhuur_factors(rules, "huurtoeslag.normhuur_factors", awir.year_start, ParamType::Table),
      basishuur_reduction(rules, "huurtoeslag.basishuur_reduction", awir.year_start, ParamType::Amount),
      quality_discount_limit(rules, "huurtoeslag.quality_discount_limit", awir.year_start, ParamType::Amount),
      capping_limit(rules, "huurtoeslag.capping_limit", awir.year_start, ParamType::Table),
      subsidy_rate(rules, "huurtoeslag.subsidy_rate", awir.year_start, ParamType::Table),
      above_capping_households(rules, "huurtoeslag.above_capping_households", awir.year_start, ParamType::Text),
      phase_out_rate(rules, "huurtoeslag.phase_out_rate", awir.year_start, ParamType::Table) {
  // Each table is read once: per household type the first row with that key (as row_of), per
  // number of persons the last row from that number down (as step_row). A table that does not
  // read (a missing row, column or type) leaves the values unset: the computation then reads it
  // as before and reports the error.
  auto table = [](const PreparedParameter& p) { return p.peek() ? &std::get<Table>(*p.peek()) : nullptr; };
  auto by_household = [&](const PreparedParameter& p, std::string_view value_column, auto&& store) {
    const Table* t = table(p);
    if (t == nullptr) return;
    (void)optional_of([&] {
      const std::size_t key = t->column("household");
      const std::size_t value = t->column(value_column);
      bool seen[4] = {false, false, false, false};
      for (std::size_t r = 0; r < t->size(); ++r) {
        const std::string& k = std::get<std::string>(t->cell(r, key));
        for (int i = 0; i < 4; ++i) {
          if (!seen[i] && k == kHouseholdTypes[i]) {
            seen[i] = true;
            store(i, t->cell(r, value));
          }
        }
      }
      return 0;
    });
  };
  by_household(min_income_point, "amount", [&](int i, const Cell& c) { rows[i].min_income_point = std::get<Money>(c); });
  by_household(min_basishuur, "amount", [&](int i, const Cell& c) { rows[i].min_basishuur = std::get<Money>(c); });
  by_household(normhuur_factors, "a", [&](int i, const Cell& c) { rows[i].factor_a = std::get<Decimal>(c); });
  by_household(normhuur_factors, "b", [&](int i, const Cell& c) { rows[i].factor_b = std::get<Decimal>(c); });
  by_household(phase_out_rate, "rate", [&](int i, const Cell& c) {
    if (i == 0) phase_out_single = std::get<Rate>(c);
    if (i == 1) phase_out_multi = std::get<Rate>(c);
  });
  if (const Table* t = table(subsidy_rate)) {
    rate_quality = optional_of([&] { return band_rate(*t, "quality"); });
    rate_capping = optional_of([&] { return band_rate(*t, "capping"); });
    rate_above_capping = optional_of([&] { return band_rate(*t, "above_capping"); });
  }
  if (const Table* t = table(capping_limit)) {
    (void)optional_of([&] {
      const std::size_t from = t->column("from_persons");
      const std::size_t limit = t->column("limit");
      std::optional<Money> found[17];
      for (std::size_t r = 0; r < t->size(); ++r) {
        const std::int64_t n0 = std::get<std::int64_t>(t->cell(r, from));
        const Money m = std::get<Money>(t->cell(r, limit));
        for (int n = 1; n <= 16; ++n) {
          if (n0 <= n) found[n] = m;
        }
      }
      for (int n = 1; n <= 16; ++n) capping_by_persons[n] = found[n];
      return 0;
    });
  }
}

Huurtoeslag huurtoeslag(const RuleBook& rules, const HuurtoeslagFacts& f, Trace* trace) {
  return huurtoeslag(HuurtoeslagRules(rules, f.year), f, trace);
}

Huurtoeslag huurtoeslag(const HuurtoeslagRules& rules, const HuurtoeslagFacts& f, Trace* trace) {
  if (f.year != rules.year) {
    (void)toeslag_year_start(f.year);
    throw InputError("year: the huurtoeslag rules are prepared for " + std::to_string(rules.year) + ", got " +
                     std::to_string(f.year));
  }
  require_non_negative(f.rent, "rent");
  require_non_negative(f.service_costs, "service costs");
  require_non_negative(f.co_resident_income, "co-resident income");
  require_non_negative(f.assets, "assets");
  if (f.household_size < 1) {
    throw InputError("household size: expected 1 or more persons, got " + std::to_string(f.household_size));
  }
  if (f.partner_income && f.household_size < 2) {
    throw InputError("household size: a claimant with a toeslagpartner lives with at least 2 persons, got " +
                     std::to_string(f.household_size));
  }
  if (f.oldest_age < 0 || f.oldest_age > 130) {
    throw InputError("age: expected an age in years (0-130), got " + std::to_string(f.oldest_age));
  }

  Huurtoeslag h;
  h.year = f.year;
  std::vector<std::string>* const u = &h.unconfirmed;
  const bool single = f.household_size == 1;
  const int type = (single ? 0 : 1) + (f.aow_household ? 2 : 0);
  h.household_type = kHouseholdTypes[type];
  if (trace != nullptr) {
    trace->input("year", std::to_string(f.year));
    trace->input("rent per month", f.rent.str());
    trace->input("service costs per month", f.service_costs.str());
    trace->input("household size", std::to_string(f.household_size));
    trace->input("age of the oldest member", std::to_string(f.oldest_age));
    trace->input("household type", h.household_type);
    trace->input("assets", f.assets.str());
  }
  h.rekeninkomen = toetsingsinkomen(f.income, f.partner_income, trace);
  if (!f.co_resident_income.is_zero()) {
    h.rekeninkomen += toetsingsinkomen(f.co_resident_income, std::nullopt);
    if (trace != nullptr) {
      trace->step("rekeninkomen with co-residents", h.rekeninkomen.str(),
                  "Wht art. 1 sub i: the joint toetsingsinkomens of the household");
    }
  }
  auto payment_of = [&](const Decimal& per_year) {
    h.computed_per_month = divide(per_year, Decimal(12), kMonthlyShown).normalized();
    h.payment = awir_payment(rules.awir, per_year, trace);
  };
  auto exclude = [&](std::string why, const std::string& article) {
    h.excluded = true;
    if (trace != nullptr) trace->step("no huurtoeslag", why, article);
    h.notes.push_back(std::move(why));
    payment_of(Decimal(0));
    return h;
  };

  // Age and assets (Wht art. 8; Awir art. 7 lid 3).
  const std::int64_t min_age = rules.min_age.integer(trace, u);
  if (f.oldest_age < min_age) {
    return exclude("the tenant is under " + std::to_string(min_age), "Wht art. 8: only a tenant of age");
  }
  const Money asset_limit = (f.partner_income ? rules.asset_limit_partner : rules.asset_limit_single).amount(trace, u);
  if (f.assets > asset_limit) {
    return exclude("assets " + f.assets.str() + " above the limit " + asset_limit.str(),
                   "Awir art. 7 lid 3: no toeslag above the asset limit");
  }

  // Rekenhuur (Wht art. 5).
  const Money max_service = rules.max_service_costs.amount(trace, u);
  const Money counted_service = min(f.service_costs, max_service);
  h.rekenhuur = f.rent + counted_service;
  if (counted_service < f.service_costs) {
    h.notes.push_back("service costs counted up to " + max_service.str() + " a month (Wht art. 5)");
  }
  if (trace != nullptr) {
    trace->step("rekenhuur", h.rekenhuur.str(),
                "Wht art. 5: rent " + f.rent.str() + " + service costs counted " + counted_service.str());
  }

  // Maximale huurgrens (Wht art. 13; from 2026 a cap, art. 21 lid 1 sub d).
  const std::int64_t young_limit = rules.young_age_limit.integer(trace, u);
  h.young_household = f.oldest_age < young_limit && !f.has_children;
  h.max_rent = (h.young_household ? rules.max_rent_young : rules.max_rent).amount(trace, u);
  const std::string& rent_rule = rules.max_rent_rule.text(trace, u);
  if (rent_rule == "exclude") {
    if (h.rekenhuur > h.max_rent) {
      return exclude("rekenhuur " + h.rekenhuur.str() + " above the maximale huurgrens " + h.max_rent.str() +
                         (h.young_household ? " for a household under " + std::to_string(young_limit) : ""),
                     "Wht art. 13 lid 1");
    }
  } else if (rent_rule != "cap") {
    throw RuleError("huurtoeslag.max_rent_rule: unknown value \"" + rent_rule + "\" (expected exclude or cap)");
  } else if (h.rekenhuur > h.max_rent) {
    h.notes.push_back("rent above " + h.max_rent.str() + " is not subsidised (Wht art. 21 lid 1 sub d)");
  }
  h.subsidised_rent = min(h.rekenhuur, h.max_rent);

  // Basishuur (Wht art. 16-19; Wet verlaging eigen bijdrage huurtoeslag art. 1).
  const std::string& method = rules.income_method.text(trace, u);
  const HuurtoeslagRules::Rows& rows = rules.rows[type];
  const Table& points = rules.min_income_point.table(trace, u);
  const Money point = rows.min_income_point
                          ? *rows.min_income_point
                          : points.money(row_of(points, "household", h.household_type, "huurtoeslag.min_income_point"), "amount");
  const Table& minimum = rules.min_basishuur.table(trace, u);
  const Money min_basishuur =
      rows.min_basishuur ? *rows.min_basishuur
                         : minimum.money(row_of(minimum, "household", h.household_type, "huurtoeslag.min_basishuur"), "amount");
  bool beyond_any_rent = false;
  if (method == "normhuur_formula" && h.rekeninkomen > point) {
    const Table& factors = rules.normhuur_factors.table(trace, u);
    const bool known = rows.factor_a && rows.factor_b;
    const std::size_t row = known ? 0 : row_of(factors, "household", h.household_type, "huurtoeslag.normhuur_factors");
    const Decimal a = known ? *rows.factor_a : factors.decimal(row, "a");
    const Decimal b = known ? *rows.factor_b : factors.decimal(row, "b");
    const Decimal y = h.rekeninkomen.decimal();
    const Money reduction = rules.basishuur_reduction.amount(trace, u);
    try {
      const Money normhuur = Money::round(a * y * y + b * y, kNormhuur);
      h.basishuur = normhuur - reduction;
      if (trace != nullptr) {
        trace->step("normhuur", normhuur.str(),
                    "Wht art. 19 lid 2: a × Y² + b × Y with Y = " + y.str() + ", a = " + a.str() + ", b = " + b.str() +
                        "; " + std::string(kNormhuur.rule));
        trace->step("basishuur", h.basishuur.str(),
                    "Wht art. 16 with Wet verlaging eigen bijdrage huurtoeslag art. 1: normhuur − " + reduction.str());
      }
    } catch (const OverflowError&) {
      // a × Y² exceeds what an exact Decimal holds only when the normhuur is thousands of euros a
      // month, far above any maximale huurgrens: no toeslag.
      beyond_any_rent = true;
    }
  } else if (method == "normhuur_formula" || method == "linear_phase_out") {
    h.basishuur = min_basishuur;
    if (trace != nullptr) {
      trace->step("basishuur", h.basishuur.str(),
                  method == "linear_phase_out"
                      ? "Wht art. 16-17 (2026): the minimum basishuur for every income"
                      : "Wht art. 17 lid 1-3: income " + h.rekeninkomen.str() + " at or below the minimum-inkomensijkpunt " +
                            point.str());
    }
  } else {
    throw RuleError("huurtoeslag.income_method: unknown value \"" + method +
                    "\" (expected normhuur_formula or linear_phase_out)");
  }
  if (beyond_any_rent) return exclude("the basishuur at this income exceeds any rent", "Wht art. 19");

  // Subsidy per rent band (Wht art. 20-21; Besluit op de huurtoeslag art. 7).
  h.quality_limit = rules.quality_discount_limit.amount(trace, u);
  const Table& capping = rules.capping_limit.table(trace, u);
  const bool capping_known = f.household_size <= 16 && rules.capping_by_persons[f.household_size];
  h.capping_limit = capping_known ? *rules.capping_by_persons[f.household_size]
                                  : capping.money(step_row(capping, "from_persons", f.household_size, "huurtoeslag.capping_limit"), "limit");
  const Table& rates = rules.subsidy_rate.table(trace, u);
  const Rate rate_quality = rules.rate_quality ? *rules.rate_quality : band_rate(rates, "quality");
  const Rate rate_capping = rules.rate_capping ? *rules.rate_capping : band_rate(rates, "capping");
  const Rate rate_above = rules.rate_above_capping ? *rules.rate_above_capping : band_rate(rates, "above_capping");
  const std::string& above_who = rules.above_capping_households.text(trace, u);
  bool above_eligible = false;
  if (above_who == "all") {
    above_eligible = true;
  } else if (above_who == "single_aow_or_adapted") {
    above_eligible = single || f.aow_household;
  } else {
    throw RuleError("huurtoeslag.above_capping_households: unknown value \"" + above_who + "\"");
  }
  const Money rent = h.subsidised_rent;
  const Money zero{};
  const Money part_quality = max(min(rent, h.quality_limit) - h.basishuur, zero);
  const Money part_capping =
      rent > h.quality_limit ? max(min(rent, h.capping_limit) - max(h.quality_limit, h.basishuur), zero) : zero;
  const Money part_above =
      (above_eligible && rent > h.capping_limit) ? max(rent - max(h.capping_limit, h.basishuur), zero) : zero;
  if (!above_eligible && rent > h.capping_limit) {
    h.notes.push_back("rent above the aftoppingsgrens " + h.capping_limit.str() +
                      " is not subsidised for this household (Wht art. 21 lid 1 sub c)");
  }
  h.band_quality = part_quality * rate_quality;
  h.band_capping = part_capping * rate_capping;
  h.band_above_capping = part_above * rate_above;
  Decimal monthly = h.band_quality + h.band_capping + h.band_above_capping;
  if (trace != nullptr) {
    trace->step("rent up to the kwaliteitskortingsgrens", h.band_quality.str(),
                "Wht art. 21 lid 1 sub a: " + rate_quality.str() + " × " + part_quality.str() + " (basishuur up to " +
                    h.quality_limit.str() + ")");
    trace->step("rent up to the aftoppingsgrens", h.band_capping.str(),
                "Wht art. 21 lid 1 sub b, Besluit op de huurtoeslag art. 7: " + rate_capping.str() + " × " +
                    part_capping.str() + " (up to " + h.capping_limit.str() + ")");
    trace->step("rent above the aftoppingsgrens", h.band_above_capping.str(),
                "Wht art. 21 lid 1 sub c, Besluit op de huurtoeslag art. 7: " + rate_above.str() + " × " +
                    part_above.str() + (above_eligible ? "" : " (not for this household)"));
  }

  // Linear phase-out from 2026 (Wht art. 21 lid 2): per month rate × (income − ijkpunt) / 12,
  // so per year exactly rate × (income − ijkpunt).
  Decimal yearly = monthly * Decimal(12);
  if (method == "linear_phase_out") {
    const Table& phase = rules.phase_out_rate.table(trace, u);
    const std::optional<Rate>& known = single ? rules.phase_out_single : rules.phase_out_multi;
    const Rate rate =
        known ? *known : phase.rate(row_of(phase, "household", single ? "single" : "multi", "huurtoeslag.phase_out_rate"), "rate");
    const Money above = max(h.rekeninkomen - point, zero);
    h.income_reduction_per_year = above * rate;
    yearly = max(yearly - h.income_reduction_per_year, Decimal(0));
    if (trace != nullptr) {
      trace->step("income reduction per year", h.income_reduction_per_year.str(),
                  "Wht art. 21 lid 2: " + rate.str() + " × (rekeninkomen − minimum-inkomensijkpunt " + point.str() +
                      ") per year (1/12 of it each month)");
    }
  }
  if (trace != nullptr) trace->step("huurtoeslag per year", yearly.str(), "Wht art. 21: 12 × the monthly subsidy");
  payment_of(yearly);
  return h;
}

}  // namespace basisbaan
