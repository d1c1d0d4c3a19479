// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Wage continuation during sickness (art. 7:629 BW) per day, as the payslip needs it: waiting
// days unpaid (cao, at most two, only at the start of a period), in the first 52 weeks 70 % of the
// wage but at least the minimum wage plus the cao supplement, in weeks 53–104 70 % plus the cao
// supplement, nothing after 104 weeks unless they are extended (art. 7:629 lid 11 BW; the period's
// wage_continuation_until, count_sickness): then the statutory 70 % up to that day. The fit part of a partially sick day is paid in full.
// From the AOW age (art. 7:629 lid 2 sub b): six weeks (thirteen for sickness that began before
// 2023-07-01, labour.sick_pay.aow_age_weeks); sickness that began before the AOW date is paid
// for that term from the AOW date, within the 104 weeks.
// Not applied: the maximum daily wage (labour.sick_pay.max_daily_wage), far above a basisbaan.

#include <optional>
#include <string>

#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// What the wage continuation needs about the employee on a day.
struct SickPayFacts {
  Money hourly_wage;   ///< the employee's own gross hourly wage
  int age = 21;        ///< age on the day, for the youth minimum wage
  std::optional<Date> aow_date;  ///< the AOW date when it is on or before the day (art. 7:629 lid 2 sub b)
};

/// The facts for the day `on` of an employee born on `birth`: the age, and the AOW date when it
/// has been reached by `on` (a RuleError only when that cannot be known yet, see tax_group.hpp).
SickPayFacts sick_pay_facts(const RuleBook& rules, Money hourly_wage, const Date& birth, const Date& on);

/// The wage continuation (art. 7:629 BW) on one day.
struct WageContinuationDay {
  Date date;  ///< the day
  std::optional<int> sick_day;  ///< number of the sick day in its period (none: not sick)
  Rate incapacity;              ///< fraction unfit on this day
  Rate sick_part_rate;          ///< share of the wage paid for the sick part
  Money sick_part_hourly;       ///< hourly amount paid for the sick part (rounded up to cents)
  Rate paid_rate;               ///< share of the full day's wage paid: (1 − incapacity) + incapacity × sick_part_rate
  std::string reason;           ///< the phase and the rule
};

/// The wage continuation on `d` for the employee with `reports` (validated) and `periods`
/// (aggregate_sickness). The minimum-wage floor is applied to the hourly amount and the rate is
/// that amount over the own wage, rounded up to six decimals (never below the floor).
WageContinuationDay wage_continuation(const RuleBook& rules, const std::vector<SickReport>& reports,
                                      const std::vector<SicknessPeriod>& periods, const Date& d, const SickPayFacts& facts,
                                      Trace* trace = nullptr);

}  // namespace basisbaan
