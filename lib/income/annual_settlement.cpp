// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/annual_settlement.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kIncomeWholeEurosDown{0, Rounding::Down,
                                              "Wet IB 2001 art. 2.13: the taxable income in whole euros, rounded down"};
constexpr NamedRounding kTaxWholeEurosDown{0, Rounding::Down, "tax on the income rounded down to whole euros (taxpayer's favour)"};

}  // namespace

AnnualIncomeTax annual_income_tax(const WageTaxParameters& p, Money taxable_income, Money labour_income, Trace* trace,
                                  const CombinatiekortingParameters* combinatiekorting_parameters) {
  if (taxable_income.sign() < 0 || labour_income.sign() < 0) {
    throw InputError("annual income: expected 0 or more, got " + taxable_income.str() + " / " + labour_income.str());
  }
  AnnualIncomeTax r;
  r.taxable_income = Money::round(taxable_income.decimal(), kIncomeWholeEurosDown);
  const Money labour = Money::round(labour_income.decimal(), kIncomeWholeEurosDown);
  const WageTaxParameters::Bracket* b = &p.brackets.front();
  for (const auto& x : p.brackets) {
    if (x.from <= r.taxable_income) b = &x;
  }
  const Decimal exact = (r.taxable_income - b->from) * b->rate + b->base.decimal();
  r.tax_before_credits = Money::round(exact, kTaxWholeEurosDown);
  Money remaining = r.tax_before_credits;
  r.algemene_heffingskorting = min(remaining, algemene_heffingskorting(p.ahk, r.taxable_income));
  remaining -= r.algemene_heffingskorting;
  r.arbeidskorting = min(remaining, arbeidskorting(p.ark, labour));
  remaining -= r.arbeidskorting;
  if (combinatiekorting_parameters != nullptr) {
    r.combinatiekorting = min(remaining, combinatiekorting(*combinatiekorting_parameters, labour));
    remaining -= r.combinatiekorting;
  }
  r.tax = remaining;
  if (trace != nullptr) {
    trace->input("taxable income (box 1)", r.taxable_income.str());
    trace->step("tax before credits", r.tax_before_credits.str(),
                "(" + r.taxable_income.str() + " − " + b->from.str() + ") × " + b->rate.str() + " + " + b->base.str() +
                    " (Wet IB 2001 art. 2.10 and the premium rates of the Wfsv); " + std::string(kTaxWholeEurosDown.rule));
    trace->step("algemene heffingskorting", r.algemene_heffingskorting.str(), "Wet IB 2001 art. 8.10, on the year's income");
    trace->step("arbeidskorting", r.arbeidskorting.str(), "Wet IB 2001 art. 8.11, on the year's labour income");
    if (combinatiekorting_parameters != nullptr) {
      trace->step("inkomensafhankelijke combinatiekorting", r.combinatiekorting.str(),
                  "Wet IB 2001 art. 8.14a, on the year's labour income, at most the tax left");
    }
    trace->result("tax after credits", r.tax.str(), "credits at most the tax (art. 8.1)");
  }
  return r;
}

namespace {

void require_non_negative(const IncomeTaxYear& in) {
  for (const Money* m : {&in.wage, &in.benefits, &in.benefits_tax_withheld}) {
    if (m->sign() < 0) throw InputError("income-tax assessment: expected amounts of 0 or more, got " + m->str());
  }
}

// The assessment's parameters are those in force on 1 January of the year, loaded for monthly
// periods (what the RuleBook form loads): parameters of another date or period kind are refused,
// so that a caller passing a payslip's parameters by mistake is told so rather than assessed with
// the rules of a mid-year date. The year assessed is the year of `p.on`.
void require_year_parameters(const WageTaxParameters& p) {
  const bool january_1 = p.on.month() == date::January && p.on.day() == date::day{1};
  if (!january_1 || p.period != PeriodKind::Month) {
    throw InputError("income-tax assessment: expected the wage-tax parameters of 1 January for monthly periods "
                     "(WageTaxParameters::load(rules, 1 January of the year, PeriodKind::Month, group)), got those of " +
                     to_string(p.on) + " for pay period kind " + std::string(to_string(p.period)));
  }
}

}  // namespace

TaxSettlement income_tax_assessment(const RuleBook& rules, int year, TaxGroup group, const IncomeTaxYear& in,
                                    Trace* trace) {
  require_non_negative(in);  // before the rules, as always: a bad amount is reported as such
  const Date jan1{date::year{year}, date::January, date::day{1}};
  if (!in.combinatiekorting) {
    return income_tax_assessment(WageTaxParameters::load(rules, jan1, PeriodKind::Month, group), in, trace);
  }
  const auto iack = CombinatiekortingParameters::load(rules, jan1);
  return income_tax_assessment(WageTaxParameters::load(rules, jan1, PeriodKind::Month, group), in, trace, &iack);
}

TaxSettlement income_tax_assessment(const WageTaxParameters& p, const IncomeTaxYear& in, Trace* trace,
                                    const CombinatiekortingParameters* combinatiekorting) {
  require_non_negative(in);
  require_year_parameters(p);
  if (in.combinatiekorting && combinatiekorting == nullptr) {
    throw InputError("income-tax assessment: the person qualifies for the inkomensafhankelijke combinatiekorting; "
                     "expected its parameters (CombinatiekortingParameters::load(rules, 1 January of the year))");
  }
  TaxSettlement s;
  if (trace != nullptr) {
    trace->input("wage (loon voor de loonheffingen)", in.wage.str());
    trace->input("benefits (gross, e.g. bijstand)", in.benefits.str());
    trace->input("payers that applied the loonheffingskorting", std::to_string(in.payers_with_credit));
  }
  s.assessment = annual_income_tax(p, in.wage + in.benefits, in.wage, trace, in.combinatiekorting ? combinatiekorting : nullptr);
  s.withheld = in.wage_tax_withheld + in.benefits_tax_withheld;
  s.settlement = s.withheld - s.assessment.tax;
  if (trace != nullptr) {
    trace->step("wage tax withheld by the employer", in.wage_tax_withheld.str(), "sum of the payslips of the year");
    trace->step("wage tax withheld on the benefits", in.benefits_tax_withheld.str(),
                "gross − net of the benefit payments (table for benefits)");
    trace->result("settlement", s.settlement.str(), "withheld − assessed: positive is a refund, negative a payment");
  }
  if (in.payers_with_credit > 1) {
    s.notes.push_back(std::to_string(in.payers_with_credit) +
                      " payers applied the loonheffingskorting: the assessment gives the credits only once and reclaims "
                      "the rest (Wet IB 2001 art. 8.1)");
  }
  s.notes.push_back("deductions, box 2/3 and the minimum amounts below which no assessment is sent are not included");
  return s;
}

TaxSettlement tax_settlement(const RuleBook& rules, int year, TaxGroup group, Money wage_for_wage_tax, Money withheld,
                             Trace* trace) {
  IncomeTaxYear in;
  in.wage = max(Money(), wage_for_wage_tax);
  in.wage_tax_withheld = withheld;
  return income_tax_assessment(rules, year, group, in, trace);
}

}  // namespace basisbaan
