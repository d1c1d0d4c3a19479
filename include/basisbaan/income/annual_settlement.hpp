// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The income-tax settlement the payroll cannot see: the tax on the year's wage computed as the
// annual assessment does (Wet IB 2001 box 1 brackets, algemene heffingskorting on the income,
// arbeidskorting on the labour income, both on the year's total, and the inkomensafhankelijke
// combinatiekorting of a working parent, which the payroll never applies) against the wage tax withheld
// period by period (white table for the regular wage, bijzonder tarief for the holiday allowance
// and the end-of-year payment). A positive settlement is a refund.

#include <string>
#include <vector>

#include "basisbaan/law/combinatiekorting.hpp"
#include "basisbaan/law/wage_tax.hpp"

namespace basisbaan {

/// The box-1 income tax of one year's wage, as the annual assessment computes it (Wet IB 2001).
struct AnnualIncomeTax {
  Money taxable_income;       ///< box 1 income from work, whole euros (rounded down)
  Money tax_before_credits;   ///< brackets (tax and national insurance), whole euros down
  Money algemene_heffingskorting;  ///< applied (at most the tax)
  Money arbeidskorting;            ///< applied (at most the tax left)
  Money combinatiekorting;         ///< inkomensafhankelijke combinatiekorting applied (at most the tax left; 0 when not due)
  Money tax;                  ///< after credits, >= 0
};

/// The annual box-1 tax on `taxable_income` of which `labour_income` is income from work, with
/// the brackets and credits of `p` (annual amounts; the period of `p` does not matter), and with
/// `combinatiekorting` (not null) the inkomensafhankelijke combinatiekorting on the labour income
/// (for a person who qualifies: art. 8.14a lid 1 b and c are the caller's to decide).
AnnualIncomeTax annual_income_tax(const WageTaxParameters& p, Money taxable_income, Money labour_income,
                                  Trace* trace = nullptr, const CombinatiekortingParameters* combinatiekorting = nullptr);

/// The year's wage tax withheld set against the annual assessment.
struct TaxSettlement {
  AnnualIncomeTax assessment;  ///< the tax on the year's wage
  Money withheld;      ///< wage tax withheld over the year
  Money settlement;    ///< withheld − assessed tax: > 0 a refund, < 0 an additional payment
  std::vector<std::string> notes;  ///< the method's limits, for the reader
};

/// The year's taxable income as the assessment sees it: the job's wage, the benefits (bijstand,
/// another benefit) and what each payer withheld.
struct IncomeTaxYear {
  Money wage;                   ///< the job's loon voor de loonheffingen (labour income)
  Money wage_tax_withheld;      ///< withheld by the employer
  Money benefits;               ///< gross benefits of the year (bijstand, WW, ...): income, not labour income
  Money benefits_tax_withheld;  ///< withheld by the benefit payer(s)
  int payers_with_credit = 1;   ///< payers that applied the loonheffingskorting during the year
  /// The person qualifies for the inkomensafhankelijke combinatiekorting apart from the income
  /// (Wet IB 2001 art. 8.14a lid 1 b and c: a child under 12 on 1 January in the household for at
  /// least six months of the year, and no partner or a partner with more labour income).
  bool combinatiekorting = false;
};

/// The income-tax assessment of the year (Wet IB 2001): wage and benefits together in the
/// brackets, the algemene heffingskorting once over the whole income and the arbeidskorting
/// over the wage, against everything withheld. When more than one payer applied the
/// loonheffingskorting the credits were given twice in the withholding and the assessment
/// reclaims that (a negative settlement); a refund only where more was withheld than assessed.
/// The assessment is for the person alone (a partner's income is their own assessment).
TaxSettlement income_tax_assessment(const RuleBook& rules, int year, TaxGroup group, const IncomeTaxYear& income,
                                    Trace* trace = nullptr);

/// The same assessment with the year's parameters loaded once by the caller: `year_parameters`
/// must be WageTaxParameters::load(rules, 1 January of the year, PeriodKind::Month, group), and
/// the year assessed is the year of `year_parameters.on`. The RuleBook form is this function with
/// those parameters loaded on each call (one formula): the same result, trace and errors for
/// amounts (InputError for a negative amount). Throws InputError (after the amounts are checked)
/// for parameters in force on another date than 1 January or loaded for another period kind
/// than PeriodKind::Month; the table group is not checked (it is the caller's choice).
/// With `income.combinatiekorting` the year's CombinatiekortingParameters must be given too
/// (InputError otherwise).
TaxSettlement income_tax_assessment(const WageTaxParameters& year_parameters, const IncomeTaxYear& income,
                                    Trace* trace = nullptr, const CombinatiekortingParameters* combinatiekorting = nullptr);

/// The settlement of one year's wage alone (income_tax_assessment with no benefits) for an employee in table group `group` (parameters read on
/// 1 January of `year`).
TaxSettlement tax_settlement(const RuleBook& rules, int year, TaxGroup group, Money wage_for_wage_tax, Money withheld,
                             Trace* trace = nullptr);

}  // namespace basisbaan
