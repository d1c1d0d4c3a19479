#pragma once
// Bijzonder tarief: the wage tax on irregular pay (holiday allowance paid once a year,
// end-of-year payment, one-off payments), from the white "tabel bijzondere beloningen": a
// percentage chosen by the employee's annual wage (jaarloon bijzondere beloningen), which is
// normally the previous calendar year's wage (Handboek Loonheffingen; docs/wage-tax.md).

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

struct BijzonderTariefInput {
  Money payment;      ///< the irregular payment, >= 0
  Money annual_wage;  ///< jaarloon bijzondere beloningen (see annual_wage_for_special_rate)
  bool payroll_tax_credit = true;
};

struct BijzonderTariefResult {
  Rate rate;           ///< the percentage applied
  Money row_from;      ///< the table row chosen: the highest lower bound <= annual wage
  Money wage_tax;      ///< payment × rate, rounded down to cents
};

/// The tax on an irregular payment paid on `on` for `group`. Throws InputError for negative input.
BijzonderTariefResult bijzonder_tarief(const RuleBook& rules, const Date& on, TaxGroup group,
                                       const BijzonderTariefInput& input, Trace* trace = nullptr);

/// The jaarloon bijzondere beloningen: the wage for wage tax of the previous calendar year when
/// employed all 12 months of it; converted to a full year when employed part of it
/// (wage / months employed × 12, whole euros down: employed from 15 November, € 3.000 →
/// 3.000 / 1,5 × 12 = € 24.000). For an employee who started this year, pass the expected wage
/// of this year with `months_employed` = 0: it is used as it is.
Money annual_wage_for_special_rate(Money wage, const Decimal& months_employed, Trace* trace = nullptr);

}  // namespace basisbaan
