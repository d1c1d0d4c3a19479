// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/zorgtoeslag.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

ZorgtoeslagRules::ZorgtoeslagRules(const RuleBook& rules, int y)
    : year(y),
      awir(rules, toeslag_year_start(y)),
      asset_limit_single(rules, "zorgtoeslag.asset_limit.single", awir.year_start, ParamType::Amount),
      asset_limit_partner(rules, "zorgtoeslag.asset_limit.partner", awir.year_start, ParamType::Amount),
      standard_premium(rules, "zorgtoeslag.standard_premium", awir.year_start, ParamType::Amount),
      threshold_income(rules, "zorgtoeslag.threshold_income", awir.year_start, ParamType::Amount),
      norm_percentage_single(rules, "zorgtoeslag.norm_percentage.single", awir.year_start, ParamType::Percentage),
      norm_percentage_partner(rules, "zorgtoeslag.norm_percentage.partner", awir.year_start, ParamType::Percentage),
      income_percentage(rules, "zorgtoeslag.income_percentage", awir.year_start, ParamType::Percentage),
      uninsured_partner_share(rules, "zorgtoeslag.uninsured_partner_share", awir.year_start, ParamType::Percentage) {}

Zorgtoeslag zorgtoeslag(const RuleBook& rules, const ZorgtoeslagFacts& f, Trace* trace) {
  return zorgtoeslag(ZorgtoeslagRules(rules, f.year), f, trace);
}

Zorgtoeslag zorgtoeslag(const ZorgtoeslagRules& rules, const ZorgtoeslagFacts& f, Trace* trace) {
  if (f.year != rules.year) {
    (void)toeslag_year_start(f.year);
    throw InputError("year: the zorgtoeslag rules are prepared for " + std::to_string(rules.year) + ", got " +
                     std::to_string(f.year));
  }
  if (f.assets.sign() < 0) throw InputError("assets: expected 0 or more, got " + f.assets.str());
  Zorgtoeslag z;
  z.year = f.year;
  z.has_partner = f.partner_income.has_value();
  std::vector<std::string>* const u = &z.unconfirmed;
  if (trace != nullptr) {
    trace->input("year", std::to_string(f.year));
    trace->input("toeslagpartner", z.has_partner ? "yes" : "no");
    trace->input("assets", f.assets.str());
    if (z.has_partner && !f.partner_insured) trace->input("partner insured under the Zvw", "no");
  }
  z.toetsingsinkomen = toetsingsinkomen(f.income, f.partner_income, trace);

  z.asset_limit = (z.has_partner ? rules.asset_limit_partner : rules.asset_limit_single).amount(trace, u);
  z.assets_above_limit = f.assets > z.asset_limit;
  if (z.assets_above_limit) {
    if (trace != nullptr) {
      trace->step("assets above the limit", f.assets.str() + " > " + z.asset_limit.str(),
                  "Wzt art. 3: no zorgtoeslag when the assets exceed the limit");
    }
    z.payment = awir_payment(rules.awir, Decimal(0), trace);
    return z;
  }

  const Money premium = rules.standard_premium.amount(trace, u);
  z.standard_premium = z.has_partner ? premium * 2 : premium;
  z.threshold_income = rules.threshold_income.amount(trace, u);
  const Rate p1 = (z.has_partner ? rules.norm_percentage_partner : rules.norm_percentage_single).rate(trace, u);
  const Rate p2 = rules.income_percentage.rate(trace, u);
  const Money above = max(z.toetsingsinkomen - z.threshold_income, Money{});
  z.normpremie = z.threshold_income * p1 + above * p2;
  Decimal amount = z.standard_premium.decimal() - z.normpremie;
  if (trace != nullptr) {
    trace->step("normpremie", z.normpremie.str(),
                "Wzt art. 2 lid 2-3: " + p1.str() + " × drempelinkomen " + z.threshold_income.str() + " + " +
                    p2.str() + " × income above it " + above.str());
    trace->step("standaardpremie − normpremie", amount.str(),
                z.has_partner ? "Wzt art. 2 lid 1: twice the standaardpremie with a toeslagpartner"
                              : "Wzt art. 2 lid 1");
  }
  if (z.has_partner && !f.partner_insured) {
    const Rate share = rules.uninsured_partner_share.rate(trace, u);
    amount = amount * share;
    if (trace != nullptr) {
      trace->step("partner not insured", amount.str(), "Wzt art. 2 lid 4: " + share.str() + " of the amount");
    }
  }
  z.payment = awir_payment(rules.awir, amount, trace);
  return z;
}

}  // namespace basisbaan
