// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/upcoming.hpp"

#include <algorithm>

#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/poortwachter.hpp"

namespace basisbaan {

std::vector<UpcomingDate> upcoming_dates(const RuleBook& rules, const EmployeeRecords& records, const Date& from, int months) {
  std::vector<UpcomingDate> out;
  const Date until = add_months(from, months);
  const auto in_window = [&](const Date& d) { return from <= d && d <= until; };

  if (!records.contracts.empty()) {
    const ChainAnalysis a = analyse_chain(rules, records.contracts);
    for (const Chain& ch : a.chains) {
      for (const ChainLink& l : ch.links) {
        const Contract& c = records.contracts[l.contract];
        if (l.status == ContractStatus::PermanentByLaw && in_window(*l.permanent_from)) {
          out.push_back({*l.permanent_from, "permanent by law", c.id + " becomes a contract for an indefinite period: " + l.reason});
        }
        if (l.status == ContractStatus::FixedTerm && c.end && in_window(*c.end)) {
          if (c.ending && c.ending->reason != EndReason::FixedTermExpired) {
            out.push_back({*c.end, "contract end", c.id + " ends (" + std::string(to_string(c.ending->reason)) + "; last day)"});
          } else {
            out.push_back({*c.end, "contract end", c.id + " ends by operation of law unless it is renewed (last day)"});
          }
        }
        const RenewalNotice n = renewal_notice(rules, c, from, l.status == ContractStatus::FixedTerm);
        if (n.last_day && n.state == NoticeState::Due && in_window(*n.last_day)) {
          out.push_back({*n.last_day, "notice deadline",
                         "last day for written notice on (non-)renewal of " + c.id + " (art. 7:668 BW); later costs the aanzegvergoeding"});
        }
      }
    }
    for (const Advice& adv : advise(rules, records.contracts, records.reports, records.policy, from)) {
      if (adv.action != AdviceAction::NoAction && in_window(adv.by)) {
        out.push_back({adv.by, "advice", std::string(to_string(adv.action)) + ": " + adv.text});
      }
    }
  }

  if (!records.sick_reports.empty()) {
    for (const SicknessPeriod& p : aggregate_sickness(rules, records.sick_reports)) {
      if (p.last_sick_day && *p.last_sick_day < from) continue;
      for (const Milestone& m : poortwachter_timeline(rules, records.sick_reports, p)) {
        if (m.deadline && in_window(*m.deadline)) {
          out.push_back({*m.deadline, "reintegration",
                         "week " + std::to_string(m.week) + " of the sickness from " + to_string(p.first_day) + ": " + m.what + " (" + m.basis + ")"});
        }
      }
    }
  }

  if (records.leave) {
    const LeaveBalance b = leave_balance(rules, *records.leave, from);
    for (const LeaveLot& lot : b.lots) {
      if (lot.remaining.value().sign() > 0 && in_window(lot.expires_on)) {
        out.push_back({add_days(lot.expires_on, -1), "leave expiry",
                       lot.remaining.str() + " " + std::string(to_string(lot.kind)) + " leave hours of " + std::to_string(lot.year) +
                           " (balance on " + to_string(from) + ") can be taken up to this day and are gone on " + to_string(lot.expires_on) +
                           (lot.kind == LeaveKind::Statutory ? " (art. 7:640a BW)" : " (art. 7:642 BW)")});
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [](const UpcomingDate& x, const UpcomingDate& y) { return x.date < y.date; });
  return out;
}

}  // namespace basisbaan
