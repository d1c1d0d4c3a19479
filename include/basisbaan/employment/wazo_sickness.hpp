// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Sickness around a pregnancy and maternity leave (Wazo). During the leave of art. 3:1 lid 2 and
// 3 Wazo the employee has no right to wage continuation (art. 7:629 lid 4 BW) but to the UWV
// benefit (art. 3:7 lid 1 Wazo): the leave days are no sick days and do not count towards the
// 104 weeks. Sickness directly before and directly after the leave is one period (art. 7:629 lid
// 10 BW; aggregate_sickness with the leave periods).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// The days of `leave`: its first day of pregnancy leave to its last day of maternity leave.
WazoLeavePeriod wazo_leave_period(const MaternityLeave& leave);

/// `reports` (validated) with the days of every leave in `leave` cut out: a report inside a leave
/// is left out; one that runs into a leave ends the day before it; one that runs on after the
/// leave continues, from the day after it, as a report labelled "ID+" with the incapacity it has
/// then. The result is validated and in date order.
std::vector<SickReport> sick_reports_outside_wazo_leave(const std::vector<SickReport>& reports,
                                                        const std::vector<WazoLeavePeriod>& leave);

/// The leave of `leave` that holds `d`, if any.
std::optional<WazoLeavePeriod> wazo_leave_on(const std::vector<WazoLeavePeriod>& leave, const Date& d);

}  // namespace basisbaan
