// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/toeslagen_of_year.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

// Why the integer path gives the same amount as the Decimal path.
//
// Every amount is whole cents (int64) and every rate or factor is mantissa / 10^scale, the very
// mantissa and scale the Decimal path multiplies with. Decimal addition, subtraction and
// multiplication are exact, so a Decimal result equals the exact rational value of the formula
// unless an intermediate cannot be represented (an int64 mantissa at scale <= 18, after dropping
// trailing zeros), in which case it throws OverflowError. The integer path evaluates the same
// formula exactly in 128-bit integers at one common scale and rounds with the same modes, so
// both agree whenever the Decimal path does not throw.
//
// The Decimal path cannot throw inside the fast domain: each income (claimant, partner, other
// co-residents) and each monthly rent amount is at most kMaxCents, and the constructor checks
// with the year's actual mantissas and scales that the largest intermediate of each formula at
// that bound fits an int64 at a scale <= 18 (fits() below); where it does not, that part of the
// year has no fast path. Every household outside the domain (a larger or negative amount, an
// unusual household, another year) is handed to the full function, which also throws the errors.
// Parameters are read with peek() only when found, and never from a provisional book: using them
// without a trace then records nothing in the RuleBook, so skipping the use changes nothing
// (the amounts do not depend on the unconfirmed list, which only the full result carries).
// tests/law/toeslagen_of_year_test.cpp compares both paths on 100,000 generated households.

namespace basisbaan {
namespace {

__extension__ typedef __int128 Int128;

// The bound of the fast domain: one million euros a year (incomes) or a month (rents).
constexpr std::int64_t kMaxCents = 100'000'000;
// What an int64 mantissa holds, with margin.
constexpr Int128 kFits = 9'000'000'000'000'000'000;

constexpr std::array<Int128, 39> kPow10 = [] {
  std::array<Int128, 39> p{};
  p[0] = 1;
  for (std::size_t i = 1; i < p.size(); ++i) p[i] = p[i - 1] * 10;
  return p;
}();

Int128 pow10(std::int32_t n) { return kPow10[static_cast<std::size_t>(n)]; }
Int128 abs128(Int128 v) { return v < 0 ? -v : v; }
bool fits(Int128 v) { return abs128(v) <= kFits; }
bool in_range(std::int64_t cents) { return cents >= 0 && cents <= kMaxCents; }

// Within the fast domain the values fit 64 bits: a 64-bit division then, not the 128-bit
// library routine (__divmodti4, a tenth of the time in perf).
bool fits64(Int128 v) { return v >= 0 && v <= Int128(UINT64_MAX); }

// The numerator (>= 0) / denominator (> 0), rounded half up (Awir art. 14 lid 4).
Int128 half_up(Int128 numerator, Int128 denominator) {
  if (fits64(numerator) && fits64(denominator)) {
    const auto n = static_cast<std::uint64_t>(numerator);
    const auto d = static_cast<std::uint64_t>(denominator);
    return Int128(n / d + ((n % d) >= d - n % d ? 1 : 0));
  }
  Int128 q = numerator / denominator;
  if ((numerator % denominator) * 2 >= denominator) ++q;
  return q;
}

// numerator / denominator (> 0) rounded toward plus infinity.
Int128 ceiling(Int128 numerator, Int128 denominator) {
  if (fits64(numerator) && fits64(denominator)) {
    const auto n = static_cast<std::uint64_t>(numerator);
    const auto d = static_cast<std::uint64_t>(denominator);
    return Int128(n / d + (n % d > 0 ? 1 : 0));
  }
  Int128 q = numerator / denominator;
  if (numerator % denominator > 0) ++q;
  return q;
}

// Whole euros floored, in cents: the toetsingsinkomen (Awir art. 8).
std::int64_t whole_euros(std::int64_t cents) { return cents / 100 * 100; }

// A parameter whose use() without a trace neither throws nor records anything in the RuleBook
// (the constructor leaves provisional books, which record carried-forward values, to the full
// functions): its value was found and has the declared type.
bool quiet(const PreparedParameter& p) { return p.peek() != nullptr; }

template <typename T>
const T* quiet_value(const PreparedParameter& p) {
  return quiet(p) ? std::get_if<T>(p.peek()) : nullptr;
}

bool read_cents(const PreparedParameter& p, std::int64_t& out) {
  const Money* m = quiet_value<Money>(p);
  if (m == nullptr) return false;
  out = m->cents();
  return true;
}

template <typename R>
bool read_rate(const R& rate, std::int64_t& m, std::int32_t& s) {
  m = rate.mantissa();
  s = rate.scale();
  return s <= 18;
}

}  // namespace

ToeslagenOfYear::ToeslagenOfYear(const RuleBook& rules, int y) : zorg_(rules, y), huur_(rules, y), kgb_(rules, y) {
  // A provisional book records the parameters it carries forward on use: the full functions.
  const bool plain_book = !rules.options().allow_provisional;
  // The Awir payment of each toeslag: the rounding is read on every payment, the threshold too.
  auto awir_ok = [plain_book](const AwirRules& a, IntAwir& out) {
    return plain_book && a.rounding_known && quiet(a.rounding) && read_cents(a.threshold, out.threshold);
  };
  auto rate_of = [](const PreparedParameter& p, IntRate& out) {
    const Rate* r = quiet_value<Rate>(p);
    return r != nullptr && read_rate(r->fraction(), out.m, out.s);
  };
  auto rate_value = [](const std::optional<Rate>& r, IntRate& out) {
    return r.has_value() && read_rate(r->fraction(), out.m, out.s);
  };

  // Zorgtoeslag: premium − (threshold × p1 + above × p2) [× uninsured share].
  {
    IntZorg& z = zt_;
    z.ok = awir_ok(zorg_.awir, z.awir) && read_cents(zorg_.asset_limit_single, z.asset_single) &&
           read_cents(zorg_.asset_limit_partner, z.asset_partner) && read_cents(zorg_.standard_premium, z.premium) &&
           read_cents(zorg_.threshold_income, z.threshold) && rate_of(zorg_.norm_percentage_single, z.p_single) &&
           rate_of(zorg_.norm_percentage_partner, z.p_partner) && rate_of(zorg_.income_percentage, z.p_income);
    z.uninsured_ok = z.ok && rate_of(zorg_.uninsured_partner_share, z.uninsured);
    if (z.ok) {
      const std::int32_t s = 2 + std::max({z.p_single.s, z.p_partner.s, z.p_income.s});
      // Each term at scale s, with a joint income of at most 2 × kMaxCents.
      const Int128 premium = Int128(2) * abs128(z.premium) * pow10(s - 2);
      const Int128 norm = abs128(z.threshold) * std::max(abs128(z.p_single.m), abs128(z.p_partner.m)) *
                              pow10(s - 2 - std::min(z.p_single.s, z.p_partner.s)) +
                          Int128(2 * kMaxCents + abs128(z.threshold)) * abs128(z.p_income.m) * pow10(s - 2 - z.p_income.s);
      z.ok = s <= 18 && fits(premium + norm);
      z.uninsured_ok = z.ok && z.uninsured_ok && s + z.uninsured.s <= 18 && fits((premium + norm) * abs128(z.uninsured.m));
    }
  }

  // Huurtoeslag (Wht art. 5-21).
  {
    IntHuur& h = ht_;
    const HuurtoeslagRules& r = huur_;
    const std::int64_t* min_age = quiet_value<std::int64_t>(r.min_age);
    const std::int64_t* young = quiet_value<std::int64_t>(r.young_age_limit);
    const std::string* rent_rule = quiet_value<std::string>(r.max_rent_rule);
    const std::string* method = quiet_value<std::string>(r.income_method);
    const std::string* above_who = quiet_value<std::string>(r.above_capping_households);
    h.ok = awir_ok(r.awir, h.awir) && min_age != nullptr && young != nullptr && rent_rule != nullptr &&
           method != nullptr && above_who != nullptr && read_cents(r.asset_limit_single, h.asset_single) &&
           read_cents(r.asset_limit_partner, h.asset_partner) && read_cents(r.max_service_costs, h.max_service) &&
           read_cents(r.max_rent, h.max_rent) && read_cents(r.max_rent_young, h.max_rent_young) &&
           read_cents(r.quality_discount_limit, h.quality) && quiet(r.min_income_point) && quiet(r.min_basishuur) &&
           quiet(r.capping_limit) && quiet(r.subsidy_rate) && rate_value(r.rate_quality, h.r_quality) &&
           rate_value(r.rate_capping, h.r_capping) && rate_value(r.rate_above_capping, h.r_above);
    if (h.ok) {
      h.min_age = *min_age;
      h.young_limit = *young;
      h.cap_rent = *rent_rule == "cap";
      h.linear = *method == "linear_phase_out";
      h.above_all = *above_who == "all";
      h.ok = (h.cap_rent || *rent_rule == "exclude") && (h.linear || *method == "normhuur_formula") &&
             (h.above_all || *above_who == "single_aow_or_adapted");
    }
    if (h.ok && h.linear) {
      h.ok = quiet(r.phase_out_rate) && rate_value(r.phase_out_single, h.phase_single) &&
             rate_value(r.phase_out_multi, h.phase_multi);
    }
    if (h.ok && !h.linear) h.ok = quiet(r.normhuur_factors) && read_cents(r.basishuur_reduction, h.reduction);
    if (h.ok) {
      // The bands: at most three parts of a rent of at most 2 × kMaxCents, times 12.
      const std::int32_t s = 2 + std::max({h.r_quality.s, h.r_capping.s, h.r_above.s, h.linear ? h.phase_single.s : 0,
                                           h.linear ? h.phase_multi.s : 0});
      const Int128 rate = std::max({abs128(h.r_quality.m) * pow10(s - 2 - h.r_quality.s),
                                    abs128(h.r_capping.m) * pow10(s - 2 - h.r_capping.s),
                                    abs128(h.r_above.m) * pow10(s - 2 - h.r_above.s)});
      Int128 bound = Int128(12 * 3 * 2) * kMaxCents * rate;
      if (h.linear) {
        bound += Int128(3) * kMaxCents *
                 std::max(abs128(h.phase_single.m) * pow10(s - 2 - h.phase_single.s),
                          abs128(h.phase_multi.m) * pow10(s - 2 - h.phase_multi.s));
      }
      h.ok = s <= 18 && fits(bound);
    }
    for (int t = 0; h.ok && t < 4; ++t) {
      const HuurtoeslagRules::Rows& row = r.rows[t];
      if (!row.min_income_point || !row.min_basishuur) continue;
      h.point[t] = row.min_income_point->cents();
      h.min_basishuur[t] = row.min_basishuur->cents();
      if (h.linear) {
        h.type_ok[t] = true;
        continue;
      }
      if (!row.factor_a || !row.factor_b) continue;
      if (!read_rate(*row.factor_a, h.a[t].m, h.a[t].s) || !read_rate(*row.factor_b, h.b[t].m, h.b[t].s)) continue;
      // a × Y² + b × Y with Y whole euros up to 3 × kMaxCents / 100, at the larger scale of a and b.
      const Int128 euros = 3 * kMaxCents / 100;
      const std::int32_t s = std::max(h.a[t].s, h.b[t].s);
      const Int128 normhuur = abs128(h.a[t].m) * euros * euros * pow10(s - h.a[t].s) + abs128(h.b[t].m) * euros * pow10(s - h.b[t].s);
      h.type_ok[t] = fits(normhuur) && fits(abs128(h.b[t].m) * euros * 100);
    }
    for (int n = 1; h.ok && n <= 16; ++n) {
      h.capping_ok[n] = r.capping_by_persons[n].has_value();
      if (h.capping_ok[n]) h.capping[n] = r.capping_by_persons[n]->cents();
    }
  }

  // Kindgebonden budget (Wkb art. 2), one amount per child, children given by age.
  {
    IntKgb& k = kb_;
    const KindgebondenBudgetRules& r = kgb_;
    const bool basis_plain = !r.amount_basis_defined || (quiet(r.amount_basis) && !r.amount_basis_by_rank);
    k.ok = basis_plain && awir_ok(r.awir, k.awir) && read_cents(r.asset_limit_single, k.asset_single) &&
           read_cents(r.asset_limit_partner, k.asset_partner) && read_cents(r.amount_per_child, k.per_child) &&
           read_cents(r.supplement_12_15, k.extra_12) && read_cents(r.supplement_16_17, k.extra_16) &&
           read_cents(r.single_parent_supplement, k.alo) && rate_of(r.phase_out_rate, k.rate) &&
           read_cents(r.threshold_income, k.threshold) && read_cents(r.partner_threshold_increase, k.partner_increase);
    if (k.ok) {
      // The reduction of a joint income of at most 2 × kMaxCents, and a month of 16 children.
      const std::int32_t s = 2 + k.rate.s;
      const Int128 reduction = (Int128(2) * kMaxCents + abs128(k.threshold) + abs128(k.partner_increase)) * abs128(k.rate.m);
      const Int128 month = (Int128(16) * (abs128(k.per_child) + abs128(k.extra_12) + abs128(k.extra_16)) + abs128(k.alo)) *
                           pow10(s - 2);
      k.ok = s <= 18 && fits(Int128(12) * (reduction + month));
    }
  }
}

namespace {

// Awir art. 14 lid 4-5: the exact yearly `value` / 10^scale, not below 0, rounded half up to
// whole euros; nothing under the minimum payment (awir_payment()).
std::int64_t awir_cents(Int128 value, std::int32_t scale, std::int64_t threshold) {
  if (value < 0) value = 0;
  const auto cents = static_cast<std::int64_t>(half_up(value, pow10(scale))) * 100;
  return cents < threshold ? 0 : cents;
}

}  // namespace

Money ToeslagenOfYear::zorgtoeslag(const ZorgtoeslagFacts& f) const {
  const IntZorg& z = zt_;
  const bool partner = f.partner_income.has_value();
  const std::int64_t income = f.income.cents();
  const std::int64_t partner_income = partner ? f.partner_income->cents() : 0;
  const bool uninsured = partner && !f.partner_insured;
  if (!z.ok || f.year != year() || !in_range(income) || !in_range(partner_income) || f.assets.sign() < 0 ||
      (uninsured && !z.uninsured_ok)) {
    return basisbaan::zorgtoeslag(zorg_, f).payment.per_year;
  }
  const std::int64_t joint = whole_euros(income + partner_income);
  if (f.assets.cents() > (partner ? z.asset_partner : z.asset_single)) return Money{};  // Wzt art. 3
  // Wzt art. 2: standaardpremie (twice with a partner) − normpremie, at scale s.
  const IntRate& p1 = partner ? z.p_partner : z.p_single;
  const std::int32_t s = 2 + std::max(p1.s, z.p_income.s);
  const std::int64_t above = std::max<std::int64_t>(joint - z.threshold, 0);
  Int128 amount = Int128(partner ? 2 * z.premium : z.premium) * pow10(s - 2) -
                  Int128(z.threshold) * p1.m * pow10(s - 2 - p1.s) - Int128(above) * z.p_income.m * pow10(s - 2 - z.p_income.s);
  std::int32_t scale = s;
  if (uninsured) {  // Wzt art. 2 lid 4
    amount *= z.uninsured.m;
    scale += z.uninsured.s;
  }
  return Money::from_cents(awir_cents(amount, scale, z.awir.threshold));
}

Money ToeslagenOfYear::huurtoeslag(const HuurtoeslagFacts& f) const {
  const IntHuur& h = ht_;
  const bool partner = f.partner_income.has_value();
  const std::int64_t income = f.income.cents();
  const std::int64_t partner_income = partner ? f.partner_income->cents() : 0;
  const std::int64_t co_resident = f.co_resident_income.cents();
  const std::int64_t rent = f.rent.cents();
  const std::int64_t service = f.service_costs.cents();
  const int persons = f.household_size;
  const bool single = persons == 1;
  const int type = (single ? 0 : 1) + (f.aow_household ? 2 : 0);
  if (!h.ok || f.year != year() || !in_range(income) || !in_range(partner_income) || !in_range(co_resident) ||
      !in_range(rent) || !in_range(service) || f.assets.sign() < 0 || persons < 1 || persons > 16 ||
      (partner && persons < 2) || f.oldest_age < 0 || f.oldest_age > 130 || !h.type_ok[type] || !h.capping_ok[persons]) {
    return basisbaan::huurtoeslag(huur_, f).payment.per_year;
  }
  // Wht art. 1 sub i: the rekeninkomen in whole euros.
  const std::int64_t y = whole_euros(income + partner_income) + whole_euros(co_resident);
  if (f.oldest_age < h.min_age) return Money{};                                        // art. 8
  if (f.assets.cents() > (partner ? h.asset_partner : h.asset_single)) return Money{};  // Awir art. 7 lid 3
  const std::int64_t rekenhuur = rent + std::min(service, h.max_service);               // art. 5
  const bool young = f.oldest_age < h.young_limit && !f.has_children;
  const std::int64_t max_rent = young ? h.max_rent_young : h.max_rent;  // art. 13
  if (!h.cap_rent && rekenhuur > max_rent) return Money{};
  const std::int64_t subsidised = std::min(rekenhuur, max_rent);

  // Basishuur (art. 16-19): the normhuur a × Y² + b × Y rounded up to cents, minus the reduction.
  const std::int64_t point = h.point[type];
  std::int64_t basishuur = h.min_basishuur[type];
  if (!h.linear && y > point) {
    const IntRate& a = h.a[type];
    const IntRate& b = h.b[type];
    const Int128 euros = y / 100;
    const std::int32_t s = std::max(a.s, b.s);
    const Int128 n = Int128(a.m) * euros * euros * pow10(s - a.s) + Int128(b.m) * euros * pow10(s - b.s);
    Int128 normhuur;
    if (s >= 2) {
      normhuur = ceiling(n, pow10(s - 2));  // toward plus infinity
    } else {
      normhuur = n * pow10(2 - s);
    }
    basishuur = static_cast<std::int64_t>(normhuur) - h.reduction;
  }

  // Subsidy per band (art. 20-21), at scale s.
  const std::int64_t quality = h.quality;
  const std::int64_t capping = h.capping[persons];
  const bool above_eligible = h.above_all || single || f.aow_household;
  const std::int64_t part_quality = std::max<std::int64_t>(std::min(subsidised, quality) - basishuur, 0);
  const std::int64_t part_capping =
      subsidised > quality ? std::max<std::int64_t>(std::min(subsidised, capping) - std::max(quality, basishuur), 0) : 0;
  const std::int64_t part_above =
      above_eligible && subsidised > capping ? std::max<std::int64_t>(subsidised - std::max(capping, basishuur), 0) : 0;
  const std::int32_t s = 2 + std::max({h.r_quality.s, h.r_capping.s, h.r_above.s, h.linear ? h.phase_single.s : 0,
                                       h.linear ? h.phase_multi.s : 0});
  Int128 yearly = 12 * (Int128(part_quality) * h.r_quality.m * pow10(s - 2 - h.r_quality.s) +
                        Int128(part_capping) * h.r_capping.m * pow10(s - 2 - h.r_capping.s) +
                        Int128(part_above) * h.r_above.m * pow10(s - 2 - h.r_above.s));
  if (h.linear) {  // art. 21 lid 2
    const IntRate& rate = single ? h.phase_single : h.phase_multi;
    const std::int64_t above = std::max<std::int64_t>(y - point, 0);
    yearly = std::max<Int128>(yearly - Int128(above) * rate.m * pow10(s - 2 - rate.s), 0);
  }
  return Money::from_cents(awir_cents(yearly, s, h.awir.threshold));
}

Money ToeslagenOfYear::kindgebonden_budget(const KindgebondenBudgetFacts& f) const {
  const IntKgb& k = kb_;
  const bool partner = f.partner_income.has_value();
  const std::int64_t income = f.income.cents();
  const std::int64_t partner_income = partner ? f.partner_income->cents() : 0;
  bool by_age = f.children.size() <= 16;
  for (const KgbChild& c : f.children) by_age = by_age && !c.birth_date && c.age >= 0 && c.age <= 130;
  if (!k.ok || !by_age || f.year != year() || !in_range(income) || !in_range(partner_income) || f.assets.sign() < 0) {
    return basisbaan::kindgebonden_budget(kgb_, f).payment.per_year;
  }
  const std::int64_t joint = whole_euros(income + partner_income);
  if (f.assets.cents() > (partner ? k.asset_partner : k.asset_single)) return Money{};  // Wkb art. 1 lid 4
  // Wkb art. 2 lid 2-6: the same maximum every month, the children having their age all year.
  std::int64_t month_max = 0;
  int children = 0;
  for (const KgbChild& c : f.children) {
    if (c.age >= 18) continue;
    ++children;
    month_max += k.per_child + (c.age >= 16 ? k.extra_16 : c.age >= 12 ? k.extra_12 : 0);
  }
  if (children > 0 && !partner) month_max += k.alo;
  // Lid 7-8: the reduction per year; lid 11: the year is twelve twelfths of (maximum − reduction),
  // kept to 1/10^10 euro (half up) before the Awir rounding.
  const std::int32_t s = 2 + k.rate.s;
  const std::int64_t threshold = k.threshold + (partner ? k.partner_increase : 0);
  const Int128 reduction = Int128(std::max<std::int64_t>(joint - threshold, 0)) * k.rate.m;
  const Int128 month = std::max<Int128>(Int128(month_max) * pow10(s - 2) - reduction, 0);
  const Int128 sum = 12 * month;
  const std::int32_t shift = 10 - s;
  const Int128 twelfths = shift >= 0 ? half_up(sum * pow10(shift), 12) : half_up(sum, 12 * pow10(-shift));
  return Money::from_cents(awir_cents(twelfths, 10, k.awir.threshold));
}

}  // namespace basisbaan
