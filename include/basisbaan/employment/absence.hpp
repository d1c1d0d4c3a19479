// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Absence figures for a group over a period, following the national standard "Berekening van
// ziekteverzuim — Standaard voor verzuimregistratie" (1996; CBS, Ctsv, NIA, SZW, Tica, TNO), as
// cited in docs/employment.md:
//  - verzuimpercentage = Σ sick calendar days × part-time factor × incapacity
//                        / Σ calendar days in service × part-time factor × 100 %;
//  - meldingsfrequentie = new cases in the period / average number of employees (persons),
//                         converted to a year (× days in a year / days in the period);
//  - average duration = Σ calendar days of the cases that ended in the period / their number.
// Pregnancy-related sickness is left out unless asked for. Part-time factor = weekly hours /
// full-time hours (cao.working_week.full_time_hours, or a given number).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// A stretch of employment with the same weekly hours.
struct EmploymentSpell {
  Date from;  ///< first day
  std::optional<Date> to;  ///< last day; none: still employed
  Hours hours_per_week;  ///< agreed hours per week
};

/// One employee's employment and sickness, for the absence figures.
struct AbsenceEmployee {
  std::string id;  ///< personnel number
  std::vector<EmploymentSpell> employment;  ///< date order, not overlapping
  std::vector<SickReport> sickness;         ///< validated (validate_sick_reports)
};

/// How the absence figures are computed.
struct AbsenceOptions {
  std::optional<Decimal> full_time_hours;  ///< default cao.working_week.full_time_hours on each day
  bool include_pregnancy = false;  ///< count pregnancy-related sickness too
};

/// The absence figures of the national standard for a group over a period.
struct AbsenceFigures {
  Date from;  ///< first day of the period
  Date to;  ///< last day of the period (inclusive)
  int days = 0;                      ///< calendar days in the period
  int employees = 0;                 ///< persons in service at some day of the period
  Decimal sick_fte_days;             ///< Σ sick days × part-time factor × incapacity (4 decimals)
  Decimal available_fte_days;        ///< Σ days in service × part-time factor (4 decimals)
  Decimal verzuimpercentage;         ///< percent, 2 decimals half up
  int new_cases = 0;                 ///< reports that started in the period (each recovery separates cases)
  Decimal average_employees;         ///< Σ days in service / days in the period (4 decimals)
  std::optional<Decimal> meldingsfrequentie;  ///< per employee per year, 2 decimals half up
  int ended_cases = 0;               ///< reports whose last sick day lies in the period
  std::optional<Decimal> average_duration;    ///< calendar days, 1 decimal half up
};

/// The three figures of the national standard for `employees` over `from` … `to` (inclusive).
/// Throws InputError when `to` is before `from` or an employee's employment spells overlap.
AbsenceFigures absence_figures(const RuleBook& rules, const std::vector<AbsenceEmployee>& employees, const Date& from,
                               const Date& to, const AbsenceOptions& options = {});

}  // namespace basisbaan
