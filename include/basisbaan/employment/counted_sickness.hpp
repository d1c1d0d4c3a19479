// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One employee's sickness as the wage continuation counts it, the same for `sick timeline`, the
// alerts and the payroll run: the days of pregnancy and maternity leave cut out of the sick reports
// (art. 7:629 lid 4 BW: no wage continuation during the leave of art. 3:1 Wazo), the reports added
// together into periods, also across a leave (art. 7:629 lid 10 BW), each period's poortwachter
// deadlines and recorded steps, and the 104 weeks moved by the extensions (art. 7:629 lid 11 BW).

#include <optional>
#include <vector>

#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/employment/sickness.hpp"
#include "basisbaan/employment/wage_continuation_extension.hpp"

namespace basisbaan {

/// One period of sickness with its deadlines, its steps checked and its extensions.
struct CountedSicknessPeriod {
  /// The reports added together; wage_continuation_until set when `extended` is.
  SicknessPeriod period;
  std::vector<Milestone> milestones;  ///< the poortwachter deadlines (poortwachter_timeline)
  std::vector<StepCheck> steps;       ///< the recorded steps checked; empty when none are recorded at all
  /// The end of wage continuation moved by the extensions; none when there are none or the 104
  /// weeks are not reached.
  std::optional<ExtendedWageContinuation> extended;
};

/// The sickness of one employee as counted.
struct CountedSickness {
  std::vector<MaternityLeave> wazo_leave;      ///< the leaves (art. 3:1 Wazo), in the order given
  std::vector<WazoLeavePeriod> leave_periods;  ///< their days, first to last
  std::vector<SickReport> reports;             ///< the reports with the leave days cut out (wazo_sickness.hpp)
  std::vector<CountedSicknessPeriod> periods;  ///< in date order; indices into `reports`

  /// The periods alone (for wage_continuation), with wage_continuation_until set where extended.
  std::vector<SicknessPeriod> sickness_periods() const;
  /// The leave that holds `d`, if any.
  const MaternityLeave* wazo_leave_on(const Date& d) const;
};

/// Counts `reports` (validated, by first day) with the leaves `maternity`, the recorded steps
/// `steps` and extensions `extensions`: steps and extensions belong to the period they are dated
/// in (from its first day until the next period's first day); with steps recorded, a WIA
/// application received late extends the period by the delay (extensions_of_period). With
/// `as_of`, a step whose deadline lies before it and is not recorded is Missing. Throws
/// InputError for a leave outside the window of art. 3:1 lid 2 Wazo or an invalid extension.
CountedSickness count_sickness(const RuleBook& rules, const std::vector<SickReport>& reports,
                               const std::vector<MaternityLeaveFacts>& maternity,
                               const std::vector<ReintegrationStep>& steps,
                               const std::vector<RecordedExtension>& extensions, const std::optional<Date>& as_of);

}  // namespace basisbaan
