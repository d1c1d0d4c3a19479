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

struct EmployeeInsuranceParameters {
  Rate zvw_employer_rate;
  Money zvw_max_wage;  ///< per year
  Rate awf_low;        ///< written permanent contract
  Rate awf_high;
  Rate aof_low;        ///< small employer
  Rate aof_high;
  Rate wko;            ///< opslag kinderopvang, on the Aof wage
  Money max_premium_wage;  ///< per year

  static EmployeeInsuranceParameters load(const RuleBook& rules, const Date& on, Trace* trace = nullptr);
};

/// The part of this period's `wage` that is below the cumulative cap: the annual maximum × the
/// number of periods so far / periods per year, less what was already counted this year
/// ("voortschrijdend cumulatief", Handboek Loonheffingen). Never negative, never above `wage`.
Money capped_wage(Money wage, Money counted_so_far, Money annual_max, int period_number, int periods_per_year);

struct EmployerContributions {
  Money zvw_wage;
  Money zvw;
  Money premium_wage;  ///< loon voor de werknemersverzekeringen
  Money awf;
  Money aof;
  Money wko;
  Money whk;
  Money total() const { return zvw + awf + aof + wko + whk; }
};

struct EmployerContributionInput {
  Money wage;                     ///< wage for the levies in this period (regular + irregular)
  Money zvw_wage_so_far;          ///< this year, before this period
  Money premium_wage_so_far;
  int period_number = 1;
  int periods_per_year = 12;
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
