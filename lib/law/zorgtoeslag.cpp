// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/zorgtoeslag.hpp"

#include "basisbaan/core/error.hpp"
#include "rule_lookup.hpp"

namespace basisbaan {

Zorgtoeslag zorgtoeslag(const RuleBook& rules, const ZorgtoeslagFacts& f, Trace* trace) {
  const Date on = toeslag_year_start(f.year);
  if (f.assets.sign() < 0) throw InputError("assets: expected 0 or more, got " + f.assets.str());
  Zorgtoeslag z;
  z.year = f.year;
  z.has_partner = f.partner_income.has_value();
  law_detail::RuleLookup r(rules, on, trace, z.unconfirmed);
  if (trace != nullptr) {
    trace->input("year", std::to_string(f.year));
    trace->input("toeslagpartner", z.has_partner ? "yes" : "no");
    trace->input("assets", f.assets.str());
    if (z.has_partner && !f.partner_insured) trace->input("partner insured under the Zvw", "no");
  }
  z.toetsingsinkomen = toetsingsinkomen(f.income, f.partner_income, trace);

  z.asset_limit = r.amount(z.has_partner ? "zorgtoeslag.asset_limit.partner" : "zorgtoeslag.asset_limit.single");
  z.assets_above_limit = f.assets > z.asset_limit;
  if (z.assets_above_limit) {
    if (trace != nullptr) {
      trace->step("assets above the limit", f.assets.str() + " > " + z.asset_limit.str(),
                  "Wzt art. 3: no zorgtoeslag when the assets exceed the limit");
    }
    z.payment = awir_payment(rules, on, Decimal(0), trace);
    return z;
  }

  const Money premium = r.amount("zorgtoeslag.standard_premium");
  z.standard_premium = z.has_partner ? premium * 2 : premium;
  z.threshold_income = r.amount("zorgtoeslag.threshold_income");
  const Rate p1 = r.rate(z.has_partner ? "zorgtoeslag.norm_percentage.partner" : "zorgtoeslag.norm_percentage.single");
  const Rate p2 = r.rate("zorgtoeslag.income_percentage");
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
    const Rate share = r.rate("zorgtoeslag.uninsured_partner_share");
    amount = amount * share;
    if (trace != nullptr) {
      trace->step("partner not insured", amount.str(), "Wzt art. 2 lid 4: " + share.str() + " of the amount");
    }
  }
  z.payment = awir_payment(rules, on, amount, trace);
  return z;
}

}  // namespace basisbaan
