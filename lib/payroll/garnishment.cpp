// SPDX-License-Identifier: EUPL-1.2
// The garnishment part of the payslip (payslip_parts.hpp) and the garnishment helpers
// (garnishment.hpp). docs/garnishment.md explains the order and the choices.
#include "basisbaan/payroll/garnishment.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/payroll/payslip_parts.hpp"

namespace basisbaan {
namespace {

// The law sets the beslagvrije voet per month (Rv art. 475d lid 2); for a shorter period it is
// converted pro rata to the periods in a year, rounded up: in the debtor's favour.
constexpr NamedRounding kPerPeriod{2, Rounding::Up,
                                   "beslagvrije voet per period: per month × 12 / periods a year, up to the cent (debtor's favour, "
                                   "docs/garnishment.md)"};
// 95 % of the income (Rv art. 475dc lid 1), half up as the beslagvrije voet itself.
constexpr NamedRounding kIncomeCeiling{2, Rounding::HalfUp, "Rv art. 475dc lid 1: 95 % of the net income, to the cent, half up"};

}  // namespace

std::string_view to_string(GarnishmentKind k) noexcept {
  switch (k) {
    case GarnishmentKind::TaxAuthority: return "tax";
    case GarnishmentKind::Public: return "public";
    case GarnishmentKind::Alimony: return "alimony";
    case GarnishmentKind::Bailiff: return "bailiff";
    case GarnishmentKind::Voluntary: return "voluntary";
  }
  return "?";
}

GarnishmentKind parse_garnishment_kind(std::string_view text, std::string_view field) {
  for (auto k : {GarnishmentKind::TaxAuthority, GarnishmentKind::Public, GarnishmentKind::Alimony, GarnishmentKind::Bailiff,
                 GarnishmentKind::Voluntary}) {
    if (text == to_string(k)) return k;
  }
  throw InputError(std::string(field) + ": expected tax, public, alimony, bailiff or voluntary, got \"" + std::string(text) + "\"");
}

int garnishment_rank(GarnishmentKind k) noexcept { return static_cast<int>(k) + 1; }

std::vector<const Garnishment*> in_order_of_payment(const std::vector<Garnishment>& gs) {
  std::vector<const Garnishment*> out;
  for (const auto& g : gs) out.push_back(&g);
  std::stable_sort(out.begin(), out.end(), [](const Garnishment* a, const Garnishment* b) {
    const int ra = garnishment_rank(a->kind);
    const int rb = garnishment_rank(b->kind);
    if (ra != rb) return ra < rb;
    if (a->coordinating != b->coordinating) return a->coordinating;
    if (a->start != b->start) return a->start < b->start;
    if (a->id.size() != b->id.size()) return a->id.size() < b->id.size();  // G2 before G10
    return a->id < b->id;
  });
  return out;
}

Money protected_per_period(Money per_month, PeriodKind kind) {
  switch (kind) {
    case PeriodKind::Month: return per_month;
    case PeriodKind::FourWeeks: return Money::round(divide(per_month * Decimal(12), Decimal(13), 10, Rounding::Up), kPerPeriod);
    case PeriodKind::Week: return Money::round(divide(per_month * Decimal(12), Decimal(52), 10, Rounding::Up), kPerPeriod);
    case PeriodKind::Quarter:
    case PeriodKind::Year: break;
  }
  throw InputError("beslagvrije voet: period kind " + std::string(to_string(kind)) + " is not a pay period");
}

GarnishmentPart garnishment(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money net, Money untaxed, const std::map<std::string, Money>& paid_before,
                            const std::map<std::string, Money>& overpaid) {
  GarnishmentPart out;
  const Date& pay_date = f.rules->pay_date();
  struct Open {
    const Garnishment* g;
    Money remaining;  ///< still owed to the creditor
    Money overpaid;   ///< paid to the creditor beyond what was withheld (a lowering correction), set off first
  };
  std::vector<Open> open;
  Money protected_month;
  for (const Garnishment* g : in_order_of_payment(f.employee->garnishments)) {
    if (!g->applies_on(pay_date)) continue;
    const auto it = paid_before.find(g->id);
    const Money remaining = std::max(Money(), g->owed - (it == paid_before.end() ? Money() : it->second));
    const auto o = overpaid.find(g->id);
    const Money over = o == overpaid.end() ? Money() : std::max(Money(), o->second);
    if (remaining.sign() <= 0 && over.sign() <= 0) continue;
    open.push_back({g, remaining, over});
    protected_month = std::max(protected_month, g->protected_per_month);
  }
  if (open.empty()) return out;

  const Money base = std::max(Money(), net - untaxed);
  const Money per_period = protected_per_period(protected_month, f.rules->period().kind());
  const Money ceiling = Money::round(base * f.rules->rules().rate("beslag.income_share", pay_date), kIncomeCeiling);
  const Money kept = std::min(per_period, ceiling);
  Money available = base - kept;
  for (const Open& o : open) {
    if (available.sign() <= 0) break;
    const Money take = std::min(available, o.remaining + o.overpaid);
    available -= take;
    // An earlier overpayment to this creditor is set off first (BW art. 6:130: a claim from the
    // same employment; art. 7:632: only from what is above the beslagvrije voet).
    const Money set_off = std::min(take, o.overpaid);
    const Money paid = take - set_off;
    Trace t(f.with_traces ? "loonbeslag " + o.g->id : "");
    if (f.with_traces) {
      t.input("net wage after settlements, less untaxed allowances (Rv art. 475a lid 3)", base.str());
      t.input("beslagvrije voet per month (the notice, Rv art. 475i)", protected_month.str());
      t.step("beslagvrije voet this period", per_period.str(), std::string(kPerPeriod.rule));
      t.step("at most 95 % of the net", ceiling.str(), std::string(kIncomeCeiling.rule));
      t.step("still owed", o.remaining.str(), "owed " + o.g->owed.str() + " less withheld before");
      if (o.overpaid.sign() > 0) {
        t.step("overpaid to the creditor by a correction, to set off", o.overpaid.str(), "docs/garnishment.md \"Corrections\"");
      }
      t.result("withheld", take.str(), "net above the beslagvrije voet (Rv art. 475b lid 1), in order of payment (docs/garnishment.md)");
      if (set_off.sign() > 0) t.result("set off, not paid to the creditor", set_off.str(), "BW art. 6:130 and 7:632");
    }
    const bool voluntary = o.g->kind == GarnishmentKind::Voluntary;
    std::string description = (voluntary ? "Inhouding op verzoek " : "Loonbeslag ") + o.g->creditor;
    if (!o.g->reference.empty()) description += ", kenmerk " + o.g->reference;
    description += " (beslagvrije voet " + kept.str_nl();
    if (set_off.sign() > 0) description += "; " + set_off.str_nl() + " verrekend met eerder teveel afgedragen";
    description += ")";
    lines.push_back({LineCode::Garnishment, LineText(description), LineKind::Settlement, std::nullopt, std::nullopt, -take, std::move(t)});
    if (paid.sign() > 0) out.withheld.push_back({o.g->id, paid});
    if (set_off.sign() > 0) out.set_off.push_back({o.g->id, set_off});
    out.total += take;
  }
  return out;
}

}  // namespace basisbaan
