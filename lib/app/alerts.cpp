// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/alerts.hpp"

#include <algorithm>
#include <tuple>

#include "basisbaan/app/sick_timeline.hpp"
#include "basisbaan/app/stored_records.hpp"
#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/contract_ending.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/probation.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/employment/upcoming.hpp"
#include "basisbaan/employment/young_part_timer.hpp"
#include "basisbaan/law/tax_group.hpp"

namespace basisbaan::app {
namespace {

struct Window {
  Date from;
  Date until;
  bool contains(const Date& d) const { return from <= d && d <= until; }
};

// Contract dates from the chain rule, the notice duty and the employer policy (upcoming_dates),
// the overdue notices and the probation that may still run.
void contract_alerts(const RuleBook& rules, const EmployeeRecord& r, const Window& w, int months, std::vector<Alert>& out) {
  const auto add = [&](const Date& d, std::string kind, std::string what, bool past = false) {
    out.push_back({d, r.employee.id, r.employee.name, std::move(kind), std::move(what), past});
  };
  EmployeeRecords records;
  records.contracts = r.contracts;
  records.sick_reports = {};  // reintegration is done below, with the milestone keys
  if (!r.contracts.empty()) records.leave = leave_ledger_of(r);
  for (const UpcomingDate& u : upcoming_dates(rules, records, w.from, months)) add(u.date, u.kind, u.what);
  if (r.contracts.empty()) return;

  const ChainAnalysis a = analyse_chain(rules, r.contracts);
  for (const Chain& ch : a.chains) {
    for (const ChainLink& l : ch.links) {
      const Contract& c = r.contracts[l.contract];
      if (l.status != ContractStatus::FixedTerm && c.end && w.contains(*c.end)) {
        add(*c.end, "contract end", c.id + " (indefinite) was ended: its last day");
      }
      const RenewalNotice n = renewal_notice(rules, c, w.from, l.status == ContractStatus::FixedTerm);
      if (n.state == NoticeState::Overdue && n.last_day) {
        add(*n.last_day, "notice overdue",
            "no written notice on (non-)renewal of " + c.id + " yet; the last day was " + to_string(*n.last_day) +
                ": the aanzegvergoeding accrues pro rata until notice is given (art. 7:668 lid 3 BW)",
            true);
      }
    }
  }
  // A contract until an event (a project's end, the return of the person replaced) has no date to
  // warn about and no aanzegging (art. 7:668 lid 2 BW): it is shown on its expected date, or on the
  // first day of the window when none is recorded or the expected date has passed.
  for (const Contract& c : r.contracts) {
    if (!c.ends_on_event() || c.end || c.start > w.until) continue;
    const std::string what = c.id + " ends on an event: " + c.end_event +
                             "; no aanzegging (art. 7:668 lid 2 BW); when it happens record the end (reason event-occurred)";
    if (!c.expected_end) {
      add(w.from, "ends on event", what + "; no expected date recorded");
    } else if (*c.expected_end < w.from) {
      add(*c.expected_end, "ends on event", what + "; it was expected on " + to_string(*c.expected_end), true);
    } else if (w.contains(*c.expected_end)) {
      add(*c.expected_end, "ends on event", what + "; expected on this day");
    }
  }
  // The latest end of a probation (7:652): the longest allowed one, if the contract has one.
  std::vector<Contract> earlier;
  for (const Contract& c : r.contracts) {
    const ProbationAllowance p = allowed_probation(rules, earlier, c);
    if (p.last_day && p.max_months > 0 && w.contains(*p.last_day)) {
      out.push_back({*p.last_day, r.employee.id, r.employee.name, "probation end",
                     "a probation agreed in " + c.id + " ends at the latest on this day (" + p.reason + ")", false});
    }
    earlier.push_back(c);
  }
  // The employment ended: the last contract ended within the look-back window and nothing follows.
  const Contract& last = r.contracts.back();
  if (last.end && *last.end < w.from && add_months(w.from, -months) <= *last.end) {
    std::string what = "the last contract " + last.id + " ended on " + to_string(*last.end) +
                       ": no longer in the payroll; the payslip of the period holding that day pays the leave not taken (7:641 BW) and the "
                       "holiday-allowance reserve; settle the transition payment";
    if (last.ending) {
      const TransitionEntitlement t = transition_entitlement(rules, *last.ending, r.contracts, r.employee.birth_date, *last.end);
      what += std::string(t.due ? " (due: " : " (not due: ") + t.why + ")";
    }
    out.push_back({*last.end, r.employee.id, r.employee.name, "employment ended", what, true});
  }
}

// The poortwachter deadlines in the window, the steps recorded late or not at all (with their
// legal deadline), and the end of wage continuation moved by any extension (art. 7:629 lid 11 BW).
void sickness_alerts(const RuleBook& rules, const EmployeeRecord& r, const Window& w, std::vector<Alert>& out) {
  if (r.sick_reports.empty()) return;
  const SickTimeline t = sickness_periods(rules, sick_reports_of(r, std::nullopt), w.from);
  for (std::size_t i = 0; i < t.periods.size(); ++i) {
    const SickPeriodTimeline& pt = t.periods[i];
    const SicknessPeriod& p = pt.period;
    if (p.last_sick_day && *p.last_sick_day < w.from) continue;
    const std::optional<Date> until = i + 1 < t.periods.size() ? std::optional<Date>(t.periods[i + 1].period.first_day) : std::nullopt;
    const std::vector<StepCheck> steps = check_reintegration_steps(rules, p, pt.milestones, r.reintegration_steps, until, w.from);
    const auto done = [&](const std::string& key) {
      for (const StepCheck& c : steps) {
        const bool same = (key == "problem_analysis" && c.kind == ReintegrationStepKind::ProblemAnalysis) ||
                          (key == "plan_of_action" && c.kind == ReintegrationStepKind::PlanOfAction) ||
                          (key == "uwv_report" && c.kind == ReintegrationStepKind::Week42Report) ||
                          (key == "first_year_evaluation" && c.kind == ReintegrationStepKind::FirstYearEvaluation) ||
                          (key == "wia_application" && c.kind == ReintegrationStepKind::WiaApplication);
        if (same && c.done) return true;
      }
      return false;
    };
    const std::string of_period = " of the sickness from " + to_string(p.first_day);
    for (const Milestone& m : pt.milestones) {
      if (!m.deadline || !w.contains(*m.deadline) || done(m.key)) continue;
      const bool end_of_pay = m.key == "wage_continuation_ends";
      std::string what = "week " + std::to_string(m.week) + of_period + ": " + m.what + " (" + m.basis + ")";
      Date when = *m.deadline;
      if (end_of_pay && pt.extended) {
        what += "; extended by " + std::to_string(pt.extended->extra_days) + " days to " + to_string(pt.extended->last_day) +
                " (art. 7:629 lid 11 BW)";
        when = pt.extended->last_day;
        if (!w.contains(when)) continue;
      }
      out.push_back({when, r.employee.id, r.employee.name, end_of_pay ? "wage continuation end" : "reintegration", what, false});
    }
    // An extended end that falls in the window while the regular one does not.
    for (const Milestone& m : pt.milestones) {
      if (m.key == "wage_continuation_ends" && m.deadline && pt.extended && !w.contains(*m.deadline) &&
          w.contains(pt.extended->last_day)) {
        out.push_back({pt.extended->last_day, r.employee.id, r.employee.name, "wage continuation end",
                       "end of wage continuation" + of_period + ", 104 weeks ending " + to_string(*m.deadline) + " extended by " +
                           std::to_string(pt.extended->extra_days) + " days (art. 7:629 lid 11 BW)",
                       false});
      }
    }
    // Steps recorded late, or missing although their deadline has passed.
    for (const StepCheck& c : steps) {
      if (c.state == StepState::Missing) {
        out.push_back({c.deadline, r.employee.id, r.employee.name, "reintegration overdue",
                       std::string(to_string(c.kind)) + of_period + " not recorded; the deadline was " + to_string(c.deadline) +
                           " (" + c.basis + ")",
                       true});
      } else if (c.state == StepState::Late && w.contains(*c.done)) {
        out.push_back({*c.done, r.employee.id, r.employee.name, "reintegration late",
                       std::string(to_string(c.kind)) + of_period + " done on " + to_string(*c.done) + ", after its deadline " +
                           to_string(c.deadline) + " (" + c.basis + ")",
                       true});
      }
    }
  }
}

void aow_alert(const RuleBook& rules, const EmployeeRecord& r, const Window& w, std::vector<Alert>& out) {
  const std::optional<Date> aow = fixed_aow_date(rules, r.employee.birth_date);
  if (!aow || !w.contains(*aow)) return;
  out.push_back({*aow, r.employee.id, r.employee.name, "AOW age",
                 "reaches the AOW age (Algemene Ouderdomswet art. 7a): other wage-tax and premium rules, sickness "
                 "pay of at most 6 weeks (art. 7:629 lid 2 BW), dismissal on the AOW age without transition payment",
                 false});
}

}  // namespace

std::vector<Alert> alerts(const RuleBook& rules, const std::vector<EmployeeRecord>& employees, const Date& from, int months) {
  const Window w{from, add_months(from, months)};
  std::vector<Alert> out;
  for (const EmployeeRecord& r : employees) {
    contract_alerts(rules, r, w, months, out);
    sickness_alerts(rules, r, w, out);
    aow_alert(rules, r, w, out);
  }
  std::stable_sort(out.begin(), out.end(), [](const Alert& x, const Alert& y) {
    return std::tie(x.date, x.employee, x.kind) < std::tie(y.date, y.employee, y.kind);
  });
  return out;
}

std::vector<Alert> alerts_up_to(const RuleBook& rules, const std::vector<EmployeeRecord>& employees, const Date& first_day,
                                const Date& last_day) {
  // The window reaches at least to last_day: a pay period is at most a month.
  std::vector<Alert> all = alerts(rules, employees, first_day, 1);
  std::erase_if(all, [&](const Alert& a) { return a.date > last_day; });
  return all;
}

}  // namespace basisbaan::app
