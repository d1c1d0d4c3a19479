// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/alerts.hpp"

#include <algorithm>
#include <tuple>

#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/contract_ending.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/probation.hpp"
#include "basisbaan/employment/upcoming.hpp"
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
                       ": no longer in the payroll; settle the final pay, leave payout (7:641 BW) and transition payment";
    if (last.ending) {
      const TransitionEntitlement t = transition_entitlement(*last.ending);
      what += std::string(t.due ? " (due: " : " (not due: ") + t.why + ")";
    }
    out.push_back({*last.end, r.employee.id, r.employee.name, "employment ended", what, true});
  }
}

void sickness_alerts(const RuleBook& rules, const EmployeeRecord& r, const Window& w, std::vector<Alert>& out) {
  if (r.sick_reports.empty()) return;
  for (const SicknessPeriod& p : aggregate_sickness(rules, r.sick_reports)) {
    if (p.last_sick_day && *p.last_sick_day < w.from) continue;
    for (const Milestone& m : poortwachter_timeline(rules, r.sick_reports, p)) {
      if (!m.deadline || !w.contains(*m.deadline)) continue;
      const bool end_of_pay = m.key == "wage_continuation_ends";
      out.push_back({*m.deadline, r.employee.id, r.employee.name, end_of_pay ? "wage continuation end" : "reintegration",
                     "week " + std::to_string(m.week) + " of the sickness from " + to_string(p.first_day) + ": " + m.what +
                         " (" + m.basis + ")",
                     false});
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
