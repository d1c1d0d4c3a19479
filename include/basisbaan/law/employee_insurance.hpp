// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Employer contributions on wages: the Zvw income-related contribution (werkgeversheffing,
// Zorgverzekeringswet art. 42-46) and the employee-insurance premiums (Wfsv: AWf, Aof, Wko,
// Whk, Ufo), each over the wage up to the annual maximum, capped cumulatively through the year.

#include <optional>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The Zvw and employee-insurance rates and annual maximum wages in force on one date.
struct EmployeeInsuranceParameters {
  Rate zvw_employer_rate;  ///< werkgeversheffing Zvw
  Money zvw_max_wage;  ///< per year
  Rate awf_low;        ///< written permanent contract
  Rate awf_high;  ///< every other contract
  Rate aof_low;        ///< small employer
  Rate aof_high;  ///< every other employer
  Rate wko;            ///< opslag kinderopvang, on the Aof wage
  Money max_premium_wage;  ///< per year

  /// Reads the parameters in force on `on`; throws RuleError when one has no value.
  static EmployeeInsuranceParameters load(const RuleBook& rules, const Date& on, Trace* trace = nullptr);
};

/// The part of this period's `wage` that is below the cumulative cap: the annual maximum × the
/// number of periods so far / periods per year, less what was already counted this year
/// ("voortschrijdend cumulatief", Handboek Loonheffingen). Never negative, never above `wage`.
Money capped_wage(Money wage, Money counted_so_far, Money annual_max, int period_number, int periods_per_year);

/// One period's employer contributions (rounded down to cents) and the wages they were levied on.
struct EmployerContributions {
  Money zvw_wage;  ///< the Zvw wage this period, after the cumulative cap
  Money zvw;  ///< Zvw employer contribution
  Money premium_wage;  ///< loon voor de werknemersverzekeringen
  ///@{
  /// Premiums: AWf, Aof, Wko (childcare surcharge, on the Aof wage), Whk.
  Money awf;
  Money aof;
  Money wko;
  Money whk;
  ///@}
  /// Sum of the contribution and the premiums.
  Money total() const { return zvw + awf + aof + wko + whk; }
};

/// What employer_contributions needs about one period's wage.
struct EmployerContributionInput {
  Money wage;                     ///< wage for the levies in this period (regular + irregular)
  Money zvw_wage_so_far;          ///< this year, before this period
  Money premium_wage_so_far;  ///< this year, before this period
  int period_number = 1;  ///< 1-based period in the year
  int periods_per_year = 12;  ///< 12, 13, 52 or 4
  bool permanent_contract = false;    ///< AWf low rate (Wfsv art. 27e)
  bool small_employer = false;        ///< Aof low rate
  Rate whk_rate;                      ///< the employer's own Whk rate (beschikking)
  bool insured = true;                ///< false from the month the AOW age is reached
};

/// The employer's contributions on one period's wage, each rounded down to cents in the
/// employer's favour (Handboek Loonheffingen, premieberekening; see docs/wage-tax.md).
EmployerContributions employer_contributions(const EmployeeInsuranceParameters& p, const EmployerContributionInput& in,
                                             Trace* trace = nullptr);

}  // namespace basisbaan
