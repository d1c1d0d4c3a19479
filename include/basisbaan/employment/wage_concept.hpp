// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What counts as "the wage per month" for the aanzegvergoeding and the transition payment
// (Besluit loonbegrip vergoeding aanzegtermijn en transitievergoeding, Stb. 2014, 538): the agreed
// monthly wage, or the gross hourly wage × the agreed hours per month. Weekly hours become monthly
// hours as weekly × labour.wage_concept.weeks_per_year / 12 (docs/employment.md).

#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/employment/contract.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Agreed hours per month for `hours_per_week`, exact (weekly × 52 / 12 kept to 1/10000 hour).
Hours hours_per_month(const RuleBook& rules, const Date& on, const Hours& hours_per_week, Trace* trace = nullptr);

/// The monthly wage of `c` on `on` in the sense of Besluit loonbegrip art. 2 (no holiday allowance
/// or other components): the agreed monthly wage, else hourly wage × hours per month rounded half
/// up to cents. Throws InputError naming the contract when it records neither wage.
Money base_monthly_wage(const RuleBook& rules, const Contract& c, const Date& on, Trace* trace = nullptr);

}  // namespace basisbaan
