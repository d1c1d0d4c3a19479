// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Loonheffing (wage tax and national insurance contributions) on a period wage, the white table,
// computed as the Belastingdienst's "Rekenvoorschriften voor de geautomatiseerde
// loonadministratie" prescribe: annualise, round down to the table step, brackets, tax credits,
// divide back. The result equals the published wage-tax tables to the cent (docs/wage-tax.md).

#include <optional>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/law/algemene_heffingskorting.hpp"
#include "basisbaan/law/arbeidskorting.hpp"
#include "basisbaan/law/ouderenkorting.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Every parameter the white-table computation needs for one date, period kind and group.
/// Load once per period and reuse: computing with it does no rule look-ups.
struct WageTaxParameters {
  Date on;  ///< the date the parameters are in force on
  PeriodKind period;  ///< the pay-period kind (fixes F)
  TaxGroup group;  ///< the table group (age and residence)
  std::int64_t period_factor;  ///< F: periods per year (12, 13, 52, 4, 260)
  Money table_step;            ///< Lv: the annual wage is rounded down to a multiple of this
  Money table_wage_max;        ///< Lmax: above it the top rate applies to the excess
  /// One bracket of the box-1 tariff (tax and national insurance combined).
  struct Bracket {
    Money from;  ///< annual wage from which the rate applies
    Rate rate;  ///< rate on the part above `from`
    Money base;  ///< tax on the wage up to `from`, whole euros
  };
  std::vector<Bracket> brackets;  ///< ascending by `from`
  AlgemeneHeffingskortingParameters ahk;  ///< algemene heffingskorting
  ArbeidskortingParameters ark;  ///< arbeidskorting
  std::optional<OuderenkortingParameters> ouk;  ///< AOW groups only

  /// Reads every parameter in force on `on`; throws RuleError when one has no value.
  static WageTaxParameters load(const RuleBook& rules, const Date& on, PeriodKind period, TaxGroup group,
                                Trace* trace = nullptr);
};

/// The wage of one period, and the employee's credit choices.
struct WageTaxInput {
  Money period_wage;                ///< loon voor de loonheffingen in the period (tabelloon), >= 0
  bool payroll_tax_credit = true;   ///< the employee asked for the loonheffingskorting
  bool single_elderly_credit = false;  ///< alleenstaande-ouderenkorting (AOW groups, on request)
};

/// One period's wage tax, with the annual figures of the Rekenvoorschriften it was derived from.
struct WageTaxResult {
  Money wage_tax;               ///< withheld in the period
  Money annual_table_wage;      ///< L: the annualised wage rounded down to the table step
  Money tax_before_credits;     ///< X1: annual, whole euros
  Money algemene_heffingskorting;  ///< applied annual credits (after any reduction)
  Money arbeidskorting;  ///< applied annual arbeidskorting
  Money ouderenkorting;  ///< applied annual ouderenkorting (AOW groups)
  Money alleenstaande_ouderenkorting;  ///< applied annual alleenstaande-ouderenkorting (AOW groups, on request)
  Money annual_tax;             ///< X: annual tax after credits, whole euros
  Money arbeidskorting_per_period;  ///< verrekende arbeidskorting, reported in the wage-tax return
  bool above_table = false;     ///< the wage exceeds the highest table wage (Lmax)
};

/// The wage tax on `input.period_wage` for the period kind, date and group of `p`.
/// Throws InputError for a negative wage.
WageTaxResult wage_tax(const WageTaxParameters& p, const WageTaxInput& input, Trace* trace = nullptr);

/// Convenience: loads the parameters and computes (slower; use the overload above in loops).
WageTaxResult wage_tax(const RuleBook& rules, const Date& on, PeriodKind period, TaxGroup group,
                       const WageTaxInput& input, Trace* trace = nullptr);

}  // namespace basisbaan
