// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/bijzonder_tarief.hpp"

#include <algorithm>
#include <array>
#include <set>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/wage_tax.hpp"

namespace basisbaan {
namespace {

// No rounding rule for payment × percentage was found in the Belastingdienst's publications;
// we round down to cents, in the employee's favour, as the period tables do for tax amounts
// (docs/wage-tax.md, "bijzonder tarief").
constexpr NamedRounding kSpecialTaxDown{2, Rounding::Down, "bijzonder tarief: payment × percentage rounded down to cents (docs/wage-tax.md)"};
constexpr NamedRounding kAnnualWholeEuros{0, Rounding::Down, "jaarloon bijzondere beloningen herleid to a year, whole euros down"};

// Construction of the table (docs/research/bijzonder-tarief.md). The roundings below are read off
// the published tables 2024-2027: every one of their rows follows them.
constexpr NamedRounding kTablePercentage{
    4, Rounding::HalfUp,
    "tabel bijzondere beloningen: verrekeningspercentage to 2 decimals of a percent, half away from zero"};
constexpr NamedRounding kShiftedKneeUp{
    0, Rounding::HalfUp, "tabel bijzondere beloningen: arbeidskorting knee × holiday-allowance factor, whole euros half up"};
constexpr NamedRounding kShiftedKneeDown{
    0, Rounding::Down, "tabel bijzondere beloningen: arbeidskorting knee / holiday-allowance factor, whole euros down"};

constexpr Money kOneEuro = Money::from_cents(100);

/// The white-table parameters of one group, and the exact (unrounded) annual amounts the table is
/// built from.
struct GroupModel {
  WageTaxParameters p;
  Money ouk_end;  ///< wage_tax.ouk.phase_out_end (AOW groups)
  bool aow = false;

  Decimal tax(Money j) const {
    Decimal t;
    for (std::size_t i = 0; i < p.brackets.size(); ++i) {
      const Money lo = p.brackets[i].from;
      if (j <= lo) break;
      const Money hi = i + 1 < p.brackets.size() ? min(j, p.brackets[i + 1].from) : j;
      t += (hi - lo) * p.brackets[i].rate;
    }
    return t;
  }
  Decimal ahk(Money j) const {
    if (j <= p.ahk.phase_out_start) return p.ahk.max.decimal();
    if (j >= p.ahk.phase_out_end) return Decimal();
    return max(Decimal(), p.ahk.max.decimal() - (j - p.ahk.phase_out_start) * p.ahk.phase_out_rate);
  }
  Decimal ark(Money j) const {
    if (j >= p.ark.phase_out_end) return Decimal();
    Decimal built;
    for (const auto& s : p.ark.segments) built = min(built + max(Money(), j - s.from) * s.rate, s.cap.decimal());
    return max(Decimal(), built - max(Money(), j - p.ark.phase_out_start) * p.ark.phase_out_rate);
  }
  Decimal ouk(Money j) const {
    if (!aow) return Decimal();
    if (j <= p.ouk->phase_out_start) return p.ouk->max.decimal();
    return max(Decimal(), p.ouk->max.decimal() - (j - p.ouk->phase_out_start) * p.ouk->phase_out_rate);
  }
  /// Annual tax after credits on jaarloon j, exact, negative when the credits exceed the tax.
  Decimal net(Money j, bool single_elderly) const {
    Decimal n = tax(j) - ahk(j) - ark(j) - ouk(j);
    if (single_elderly) n -= p.ouk->single_max.decimal();
    return n;
  }
  const Rate& bracket_rate(Money j) const {
    std::size_t b = 0;
    for (std::size_t i = 0; i < p.brackets.size(); ++i) {
      if (p.brackets[i].from < j) b = i;
    }
    return p.brackets[b].rate;
  }
};

GroupModel load_group(const RuleBook& rules, const Date& on, TaxGroup g) {
  GroupModel m{WageTaxParameters::load(rules, on, PeriodKind::Month, g), Money(), g != TaxGroup::BelowAow};
  if (m.p.ark.segments.size() != 3) {
    throw RuleError("wage_tax.ark." + std::string(m.aow ? "aow" : "below_aow") + " on " + to_string(on) +
                    ": the tabel bijzondere beloningen construction expects 3 build-up segments, found " +
                    std::to_string(m.p.ark.segments.size()));
  }
  if (m.p.brackets.empty()) throw RuleError("wage_tax.brackets." + std::string(to_string(g)) + " has no rows on " + to_string(on));
  if (m.aow) m.ouk_end = rules.amount("wage_tax.ouk.phase_out_end", on);
  return m;
}

/// The jaarloon knees of the arbeidskorting, shifted for the holiday allowance in the jaarloon:
/// the first build-up knee and the end of the credit move up (× factor, whole euros half up), the
/// second knee moves down (/ factor, whole euros down); each row starts one euro above.
struct ArkKnees {
  Money first, second, phase_out, end;
};

ArkKnees shifted_knees(const GroupModel& m, const Decimal& factor) {
  const auto& segs = m.p.ark.segments;
  return {Money::round(segs[1].from * factor, kShiftedKneeUp) + kOneEuro,
          Money::round(divide(segs[2].from.decimal(), factor, 0, Rounding::Down), kShiftedKneeDown) + kOneEuro,
          m.p.ark.phase_out_start + kOneEuro, Money::round(m.p.ark.phase_out_end * factor, kShiftedKneeUp) + kOneEuro};
}

/// The lowest whole-euro jaarloon with tax after credits above zero: below it the table's
/// percentage with loonheffingskorting is 0. Below the shifted first knee the arbeidskorting builds
/// up at its first rate (so the crossing is credits / (bracket rate − first build-up rate)), above it
/// the exact white-table credits apply.
Money zero_tax_point(const GroupModel& m, const ArkKnees& k, bool single_elderly) {
  const Decimal credits0 = m.ahk(Money()) + m.ouk(Money()) + (single_elderly ? m.p.ouk->single_max.decimal() : Decimal());
  const Decimal slope = m.p.brackets.front().rate.fraction() - m.p.ark.segments.front().rate.fraction();
  if (slope.sign() > 0) {
    const Money z = Money::exact(divide(credits0, slope, 0, Rounding::Down)) + kOneEuro;
    const bool linear = z < k.first && z <= m.p.ahk.phase_out_start &&
                        (!m.aow || z <= m.p.ouk->phase_out_start) &&
                        (m.p.brackets.size() < 2 || z <= m.p.brackets[1].from);
    if (linear) return z;
  }
  // Above the first knee: the net tax only rises with the wage (every bracket rate exceeds every
  // build-up rate), so a bisection finds the crossing.
  std::int64_t lo = (k.first.cents() / 100);
  std::int64_t hi = 10'000'000;
  if (m.net(Money::euros(hi), single_elderly).sign() <= 0) {
    throw RuleError("tabel bijzondere beloningen: the tax after credits never exceeds 0 below EUR 10,000,000");
  }
  while (lo < hi) {
    const std::int64_t mid = lo + (hi - lo) / 2;
    if (m.net(Money::euros(mid), single_elderly).sign() > 0) hi = mid;
    else lo = mid + 1;
  }
  return Money::euros(lo);
}

}  // namespace

std::vector<SpecialRateRow> construct_special_rate_table(const RuleBook& rules, const Date& on, TaxGroup group) {
  // 1 + the statutory holiday allowance (Wml art. 15: 8 %): the jaarloon includes it, the table
  // wage of the period tables does not.
  const Decimal factor = Decimal(1) + rules.rate("wml.holiday_allowance_percentage", on).fraction();
  constexpr std::array<TaxGroup, 3> kGroups{TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946};
  std::set<Money> grid{Money()};
  std::array<Money, 3> zero{};
  for (std::size_t gi = 0; gi < kGroups.size(); ++gi) {
    const GroupModel m = load_group(rules, on, kGroups[gi]);
    const ArkKnees k = shifted_knees(m, factor);
    zero[gi] = zero_tax_point(m, k, false);
    grid.insert(zero[gi]);
    if (m.aow) {
      grid.insert(zero_tax_point(m, k, true));  // the columns with alleenstaande-ouderenkorting
      grid.insert(m.p.ouk->phase_out_start + kOneEuro);
      grid.insert(m.ouk_end + kOneEuro);
    }
    for (std::size_t i = 1; i < m.p.brackets.size(); ++i) grid.insert(m.p.brackets[i].from + kOneEuro);
    grid.insert(m.p.ahk.phase_out_start + kOneEuro);
    grid.insert(m.p.ahk.phase_out_end + kOneEuro);
    grid.insert({k.first, k.second, k.phase_out, k.end});
  }

  const std::size_t gi = group == TaxGroup::BelowAow ? 0 : group == TaxGroup::AowBornBefore1946 ? 1 : 2;
  const GroupModel m = load_group(rules, on, group);
  const ArkKnees k = shifted_knees(m, factor);
  std::vector<SpecialRateRow> rows;
  for (const Money& j : grid) {
    const Rate b = m.bracket_rate(j);
    if (j < zero[gi]) {
      rows.push_back({j, b, Rate(), Rate()});
      continue;
    }
    const auto& segs = m.p.ark.segments;
    Decimal s;
    if (j < k.first) s -= segs[0].rate.fraction();
    else if (j < k.second) s -= segs[1].rate.fraction();
    else if (j < k.phase_out) s -= segs[2].rate.fraction();
    else if (j < k.end) s += m.p.ark.phase_out_rate.fraction();
    if (j > m.p.ahk.phase_out_start && j <= m.p.ahk.phase_out_end) s += m.p.ahk.phase_out_rate.fraction();
    if (m.aow && j > m.p.ouk->phase_out_start && j <= m.ouk_end) s += m.p.ouk->phase_out_rate.fraction();
    rows.push_back({j, b, b, Rate::fraction(s.rounded(kTablePercentage))});
  }
  return rows;
}

Money special_rate_single_elderly_from(const RuleBook& rules, const Date& on, TaxGroup group) {
  if (group == TaxGroup::BelowAow) throw InputError("alleenstaande-ouderenkorting: only for an employee of AOW age");
  const Decimal factor = Decimal(1) + rules.rate("wml.holiday_allowance_percentage", on).fraction();
  const GroupModel m = load_group(rules, on, group);
  return zero_tax_point(m, shifted_knees(m, factor), true);
}

BijzonderTariefResult bijzonder_tarief(const RuleBook& rules, const Date& on, TaxGroup group,
                                       const BijzonderTariefInput& in, Trace* trace) {
  if (in.single_elderly && group == TaxGroup::BelowAow) {
    throw InputError("alleenstaande-ouderenkorting: only for an employee of AOW age (the table's AOW columns)");
  }
  if (in.payment.sign() < 0) throw InputError("payment: expected an amount of 0 or more, got " + in.payment.str());
  if (in.annual_wage.sign() < 0) throw InputError("annual wage: expected an amount of 0 or more, got " + in.annual_wage.str());
  if (trace != nullptr) {
    trace->input("irregular payment", in.payment.str());
    trace->input("jaarloon bijzondere beloningen", in.annual_wage.str());
    trace->input("loonheffingskorting", in.payroll_tax_credit ? "yes" : "no");
  }
  const Table& t = rules.table("wage_tax.special_rate." + std::string(to_string(group)), on, trace);
  if (t.size() == 0) throw RuleError("wage_tax.special_rate." + std::string(to_string(group)) + " has no rows on " + to_string(on));
  std::size_t row = 0;
  for (std::size_t r = 0; r < t.size(); ++r) {
    if (t.money(r, "from") <= in.annual_wage) row = r;
  }
  BijzonderTariefResult res;
  res.row_from = t.money(row, "from");
  res.rate = in.payroll_tax_credit ? t.rate(row, "rate_standard") + t.rate(row, "rate_settlement")
                                   : t.rate(row, "rate_without_credit");
  if (res.rate.fraction().sign() < 0) res.rate = Rate();  // a negative percentage is never withheld
  if (in.single_elderly && in.payroll_tax_credit) {
    // The column with alleenstaande-ouderenkorting: 0 % until the tax after all credits exceeds 0.
    const Money from = special_rate_single_elderly_from(rules, on, group);
    if (in.annual_wage < from) {
      res.rate = Rate();
      res.row_from = Money();
    } else if (res.row_from < from) {
      res.row_from = from;
    }
    if (trace != nullptr) {
      trace->step("alleenstaande-ouderenkorting", from.str(),
                  "the column with alleenstaande-ouderenkorting is 0 % below this jaarloon (tax after all credits 0), as the "
                  "column with loonheffingskorting above it");
    }
  }
  res.wage_tax = Money::round(in.payment * res.rate, kSpecialTaxDown);
  if (trace != nullptr) {
    trace->step("table row", res.row_from.str(), "the highest row whose lower bound is at most the jaarloon");
    trace->step("percentage", res.rate.str(),
                in.payroll_tax_credit ? "standard + verrekeningspercentage loonheffingskorting" : "without loonheffingskorting");
    trace->result("loonheffing on the payment", res.wage_tax.str(),
                  in.payment.str() + " × " + res.rate.str() + ", " + std::string(kSpecialTaxDown.rule));
  }
  return res;
}

Money annual_wage_for_special_rate(Money wage, const Decimal& months_employed, Trace* trace) {
  if (wage.sign() < 0) throw InputError("previous year's wage: expected 0 or more, got " + wage.str());
  if (months_employed.sign() < 0 || months_employed > Decimal(12)) {
    throw InputError("months employed: expected 0 to 12, got " + months_employed.str());
  }
  Money annual = wage;
  std::string how = "the wage of the previous year (employed all of it)";
  if (months_employed.sign() == 0) {
    how = "the expected wage of this year (employed since this year)";
  } else if (months_employed < Decimal(12)) {
    annual = Money::round(divide(wage * Decimal(12), months_employed, 6, Rounding::Down), kAnnualWholeEuros);
    how = wage.str() + " / " + months_employed.str() + " months × 12, " + std::string(kAnnualWholeEuros.rule);
  }
  if (trace != nullptr) trace->step("jaarloon bijzondere beloningen", annual.str(), how + "; Handboek Loonheffingen");
  return annual;
}

std::optional<SpecialRateTable> SpecialRateTable::prepare(const RuleBook& rules, const Date& on, TaxGroup group) {
  // The look-ups bijzonder_tarief() makes per payment, made once; any error (or a book that
  // records carried-forward parameters) leaves the payments to bijzonder_tarief() itself.
  if (rules.options().allow_provisional) return std::nullopt;
  try {
    const Table& t = rules.table("wage_tax.special_rate." + std::string(to_string(group)), on);
    if (t.size() == 0) return std::nullopt;
    SpecialRateTable table;
    for (std::size_t r = 0; r < t.size(); ++r) {
      table.rows_.push_back({t.money(r, "from"), t.rate(r, "rate_standard") + t.rate(r, "rate_settlement"), t.rate(r, "rate_without_credit")});
    }
    return table;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::optional<BijzonderTariefResult> SpecialRateTable::apply(const BijzonderTariefInput& in) const {
  // As bijzonder_tarief() without a trace: the same row (the last whose lower bound is at most
  // the jaarloon), the same rate and rounding.
  if (in.single_elderly || in.payment.sign() < 0 || in.annual_wage.sign() < 0) return std::nullopt;
  std::size_t row = 0;
  for (std::size_t r = 0; r < rows_.size(); ++r) {
    if (rows_[r].from <= in.annual_wage) row = r;
  }
  BijzonderTariefResult res;
  res.row_from = rows_[row].from;
  res.rate = in.payroll_tax_credit ? rows_[row].with_credit : rows_[row].without_credit;
  if (res.rate.fraction().sign() < 0) res.rate = Rate();  // a negative percentage is never withheld
  res.wage_tax = Money::round(in.payment * res.rate, kSpecialTaxDown);
  return res;
}

}  // namespace basisbaan
