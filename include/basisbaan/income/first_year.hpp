// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The first year with the job, month by month from its start date: what the household receives
// in each month (wage, bijstand, partner's and other income, toeslag advances, kinderbijslag),
// the month the bijstand stops (if it does), the first wage, the holiday allowance and the
// end-of-year payment, and the repayment risk when the toeslag advances are not adjusted to the
// job. Amounts are those of the comparison year (no indexation across a new year). The method
// and its choices are in docs/income-comparison.md, "The first year month by month".

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"

namespace basisbaan {

struct Comparison;
struct Household;

/// What the household receives in one calendar month.
struct FirstYearMonth {
  Date month;                  ///< the first day of the month
  bool before_start = false;   ///< the month before the job starts (the last month of the current situation)
  Money net_wage;              ///< net wage paid in the month (holiday allowance and end-of-year payment included)
  Money bijstand;              ///< bijstand paid for the month
  Money other_income;          ///< the current other income (e.g. WW) until the start, net
  Money partner_income;        ///< the partner's own net income
  Money toeslagen;             ///< toeslag advances (zorgtoeslag, huurtoeslag, kindgebonden budget) adjusted to the job
  Money toeslagen_unadjusted;  ///< the same advances if they stay at the current level
  Money kinderbijslag;         ///< kinderbijslag, averaged per month (the SVB pays per quarter)
  Money total;                 ///< the sum of the amounts above with adjusted advances
  /// The year whose norms and amounts the row shows: the month's own year, except a month
  /// outside the comparison year that the rules do not give its own amounts (months after
  /// December, and the month before a January start when the rules do not cover that year).
  int amounts_year = 0;
  std::vector<std::string> events_nl;  ///< what happens in the month, in plain Dutch
  std::vector<std::string> events;     ///< the same as codes: "last_full_bijstand", "first_wage", "bijstand_tops_up",
                                       ///< "bijstand_stops", "holiday_allowance", "year_end_payment", "toeslagen_change"
};

/// The current situation in the month before a January start (December of the year before the
/// comparison year), with that month's own norms and amounts.
struct MonthBeforeStart {
  Money bijstand;       ///< the bijstand of that month: its own norm minus the household's means
  Money toeslagen;      ///< the toeslag advances of that year (each yearly amount / 12 rounded down to whole euros)
  Money kinderbijslag;  ///< kinderbijslag of that year, averaged per month
};

/// The first year with the job, month by month.
struct FirstYear {
  Date start;                          ///< the job's start date (the comparison date when none is given)
  std::vector<FirstYearMonth> months;  ///< the month before the start, then twelve months from the start month
  std::optional<Date> bijstand_stops;  ///< the first month without bijstand; none when it keeps topping up (or there was none)
  std::optional<Date> first_wage;      ///< the month of the first wage
  Money toeslagen_advances_kept;       ///< advances from the start to December of that year if they are not adjusted
  Money toeslagen_with_job;            ///< the toeslagen for the same months with the job (what the Belastingdienst settles)
  Money repayment_risk;                ///< kept − with job when positive: to pay back after the year
  Money tax_settlement;                ///< the income-tax assessment of the year (negative: to pay), after the year
  std::vector<std::string> notes_nl;   ///< the method in plain Dutch, for under the table
};

/// The first year of `c`'s job for household `h` (the household compared). Requires a job with
/// hours (c.job.payroll); throws std::logic_error otherwise.
FirstYear first_year(const Household& h, const Comparison& c);

}  // namespace basisbaan
