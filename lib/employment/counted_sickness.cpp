// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/counted_sickness.hpp"

#include "basisbaan/employment/wazo_sickness.hpp"

namespace basisbaan {

std::vector<SicknessPeriod> CountedSickness::sickness_periods() const {
  std::vector<SicknessPeriod> out;
  out.reserve(periods.size());
  for (const CountedSicknessPeriod& p : periods) out.push_back(p.period);
  return out;
}

const MaternityLeave* CountedSickness::wazo_leave_on(const Date& d) const {
  for (const MaternityLeave& m : wazo_leave) {
    if (m.pregnancy_leave_from <= d && d <= m.last_day) return &m;
  }
  return nullptr;
}

CountedSickness count_sickness(const RuleBook& rules, const std::vector<SickReport>& reports,
                               const std::vector<MaternityLeaveFacts>& maternity,
                               const std::vector<ReintegrationStep>& steps,
                               const std::vector<RecordedExtension>& extensions, const std::optional<Date>& as_of) {
  CountedSickness c;
  for (const MaternityLeaveFacts& f : maternity) {
    c.wazo_leave.push_back(maternity_leave(rules, f, reports));
    c.leave_periods.push_back(wazo_leave_period(c.wazo_leave.back()));
  }
  c.reports = c.leave_periods.empty() ? reports : sick_reports_outside_wazo_leave(reports, c.leave_periods);
  const auto periods = aggregate_sickness(rules, c.reports, c.leave_periods);
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const SicknessPeriod& p = periods[i];
    const std::optional<Date> until = i + 1 < periods.size() ? std::optional<Date>(periods[i + 1].first_day) : std::nullopt;
    CountedSicknessPeriod cp{p, poortwachter_timeline(rules, c.reports, p), {}, std::nullopt};
    // Checked once the employer records steps at all (an employee without any keeps the plain timeline).
    if (!steps.empty()) cp.steps = check_reintegration_steps(rules, p, cp.milestones, steps, until, as_of);
    const auto mine = extensions_of_period(p, extensions, until, cp.steps);
    for (const Milestone& m : cp.milestones) {
      if (m.key == "wage_continuation_ends" && m.deadline && !mine.empty()) {
        cp.extended = extend_wage_continuation(rules, *m.deadline, mine);
        // Art. 7:629 lid 11 BW: the 104 weeks are extended, so the wage continuation runs on.
        cp.period.wage_continuation_until = cp.extended->last_day;
      }
    }
    c.periods.push_back(std::move(cp));
  }
  return c;
}

}  // namespace basisbaan
