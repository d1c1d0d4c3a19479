// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The gross amount of a net benefit such as bijstand: the toeslagen test the gross (taxable)
// income, while the Participatiewet fixes the net. The municipality withholds wage tax on the
// benefit with the table for benefits (no arbeidskorting), with or without the
// loonheffingskorting; the gross is the smallest amount whose net after that withholding
// reaches the net amount (to the cent, within the table's step).

#include "basisbaan/law/wage_tax.hpp"

namespace basisbaan {

/// The month-table parameters for a benefit on `on`: the white table without arbeidskorting.
WageTaxParameters benefit_wage_tax_parameters(const RuleBook& rules, const Date& on, TaxGroup group);

/// The gross monthly amount whose net after wage tax (parameters from
/// benefit_wage_tax_parameters) is at least `net_per_month`. 0 for 0.
Money gross_up_benefit(const WageTaxParameters& p, Money net_per_month, bool payroll_tax_credit);

}  // namespace basisbaan
