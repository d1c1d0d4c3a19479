// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The income-tax settlement the payroll cannot see: the tax on the year's wage computed as the
// annual assessment does (Wet IB 2001 box 1 brackets, algemene heffingskorting on the income,
// arbeidskorting on the labour income, both on the year's total) against the wage tax withheld
// period by period (white table for the regular wage, bijzonder tarief for the holiday allowance
// and the end-of-year payment). A positive settlement is a refund.

#include <string>
#include <vector>

#include "basisbaan/law/wage_tax.hpp"

namespace basisbaan {

struct AnnualIncomeTax {
  Money taxable_income;       ///< box 1 income from work, whole euros (rounded down)
  Money tax_before_credits;   ///< brackets (tax and national insurance), whole euros down
  Money algemene_heffingskorting;  ///< applied (at most the tax)
  Money arbeidskorting;            ///< applied (at most the tax left)
  Money tax;                  ///< after credits, >= 0
};

/// The annual box-1 tax on `taxable_income` of which `labour_income` is income from work, with
/// the brackets and credits of `p` (annual amounts; the period of `p` does not matter).
AnnualIncomeTax annual_income_tax(const WageTaxParameters& p, Money taxable_income, Money labour_income,
                                  Trace* trace = nullptr);

struct TaxSettlement {
  AnnualIncomeTax assessment;
  Money withheld;      ///< wage tax withheld over the year
  Money settlement;    ///< withheld − assessed tax: > 0 a refund, < 0 an additional payment
  std::vector<std::string> notes;
};

/// The settlement of one year's wage for an employee in table group `group` (parameters read on
/// 1 January of `year`).
TaxSettlement tax_settlement(const RuleBook& rules, int year, TaxGroup group, Money wage_for_wage_tax, Money withheld,
                             Trace* trace = nullptr);

}  // namespace basisbaan
