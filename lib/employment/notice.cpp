// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/notice.hpp"

#include <algorithm>

#include "basisbaan/employment/service_length.hpp"
#include "basisbaan/employment/wage_concept.hpp"

namespace basisbaan {
namespace {

// The statute says "naar rato" without a formula: days late / days of the notice month, and the
// resulting amount half up to cents (docs/employment.md, "aanzegvergoeding").
constexpr NamedRounding kPenalty{2, Rounding::HalfUp,
                                 "art. 7:668 lid 3 BW 'naar rato': no statutory rounding, half up to cents"};

}  // namespace

std::string_view to_string(NoticeState s) noexcept {
  switch (s) {
    case NoticeState::NotRequired: return "not required";
    case NoticeState::Due: return "due";
    case NoticeState::GivenOnTime: return "given on time";
    case NoticeState::GivenLate: return "given late";
    case NoticeState::Overdue: return "overdue";
    case NoticeState::Missed: return "missed";
  }
  return "?";
}

RenewalNotice renewal_notice(const RuleBook& rules, const Contract& c, const Date& as_of, bool ends_by_law, Trace* trace) {
  RenewalNotice n;
  n.given = c.notice_given;
  if (c.ends_on_event()) {
    // "Lid 1 is niet van toepassing indien ... het tijdstip van het einde niet op een kalenderdatum
    // is gesteld" (art. 7:668 lid 2 BW): a contract until an event needs no aanzegging.
    n.why = "ends on an event (" + c.end_event + "), not on a calendar date: no notice duty (art. 7:668 lid 2 BW)";
    return n;
  }
  if (c.indefinite || !c.end) {
    n.why = "indefinite contract: it does not end by operation of law (art. 7:668 lid 1 BW)";
    return n;
  }
  if (c.ending && c.ending->reason != EndReason::FixedTermExpired) {
    // Ended otherwise than by the lapse of its term (a termination agreement, notice, dissolution,
    // ...): it does not end by operation of law on the recorded day, so there is nothing to
    // announce (art. 7:668 lid 1 BW concerns the end by operation of law).
    n.why = "ended on " + to_string(*c.end) + " by " + std::string(to_string(c.ending->reason)) +
            ", not by operation of law: no notice duty (art. 7:668 lid 1 BW)";
    return n;
  }
  if (!ends_by_law) {
    n.why = "indefinite by art. 7:668a BW: it does not end by operation of law, so no notice (art. 7:668 lid 1 BW)";
    return n;
  }
  const Date end = *c.end;
  const Date duty_from = rules.parameter("labour.renewal_notice.min_contract_months").values.front().from;
  if (end < duty_from) {
    n.why = "ended before " + to_string(duty_from) + ", when the notice duty of art. 7:668 BW came into force (Wwz)";
    return n;
  }
  const auto min_months = rules.integer("labour.renewal_notice.min_contract_months", end, trace);
  if (!lasts_at_least_months(c.start, end, static_cast<int>(min_months))) {
    n.why = "shorter than " + std::to_string(min_months) + " months: no notice duty (art. 7:668 lid 2 BW)";
    return n;
  }
  const auto months_before = rules.integer("labour.renewal_notice.months_before_end", end, trace);
  // "Uiterlijk een maand voordat de arbeidsovereenkomst van rechtswege eindigt": the contract ends
  // at the end of its last day, i.e. at the start of the next day; one month earlier is the start of
  // the same day a month before, so notice is due on the day before that (30 June -> 31 May;
  // 29 February -> 31 January; 31 March -> 28/29 February). Exactly the latest day from which a
  // full month (end_of_month_term) still fits before the end. A term counted back from an event is
  // not extended by the Algemene termijnenwet (art. 1 lid 2 Atw): a deadline on a Saturday stays.
  n.last_day = add_days(add_months(add_days(end, 1), -static_cast<int>(months_before)), -1);
  n.notice_days = days_between(*n.last_day, end);
  if (trace != nullptr) {
    trace->input("contract", c.label());
    trace->step("last day for written notice", to_string(*n.last_day),
                "art. 7:668 lid 1 BW: at least " + std::to_string(months_before) + " month before the end " + to_string(end));
  }
  bool penalty_due = false;
  if (c.notice_given && *c.notice_given <= *n.last_day) {
    n.state = NoticeState::GivenOnTime;
    n.why = "written notice given on " + to_string(*c.notice_given) + ", in time";
    return n;
  }
  if (c.notice_given && *c.notice_given <= end) {
    n.state = NoticeState::GivenLate;
    n.days_late = days_between(*n.last_day, *c.notice_given);
    n.why = "written notice given on " + to_string(*c.notice_given) + ", " + std::to_string(n.days_late) +
            " days late: aanzegvergoeding pro rata (art. 7:668 lid 3 BW)";
    penalty_due = true;
  } else if (c.notice_given || as_of > end) {
    n.state = NoticeState::Missed;
    n.days_late = n.notice_days;
    n.why = c.notice_given ? "notice given on " + to_string(*c.notice_given) + ", after the contract ended: counts as none"
                           : "no written notice before the end " + to_string(end);
    n.why += ": aanzegvergoeding of one month's wage (art. 7:668 lid 3 BW)";
    penalty_due = true;
  } else if (as_of > *n.last_day) {
    n.state = NoticeState::Overdue;
    n.days_late = days_between(*n.last_day, as_of);
    n.why = "no written notice yet; the last day was " + to_string(*n.last_day) + ": notice given on " +
            to_string(as_of) + " would be " + std::to_string(n.days_late) + " days late";
    penalty_due = true;
  } else {
    n.state = NoticeState::Due;
    n.why = "written notice on (non-)renewal due at the latest on " + to_string(*n.last_day);
    return n;
  }
  if (!penalty_due) return n;
  if (!c.monthly_wage && !c.hourly_wage) return n;  // the wage is unknown: the state is still reported
  n.monthly_wage = base_monthly_wage(rules, c, end, trace);
  const Decimal months_wage = rules.decimal("labour.renewal_notice.penalty_months_wage", end, trace);
  const Decimal full = *n.monthly_wage * months_wage;
  const int days = std::min(n.days_late, n.notice_days);
  n.penalty = Money::exact(divide(full * Decimal(days), Decimal(n.notice_days), kPenalty));
  if (trace != nullptr) {
    trace->result("aanzegvergoeding", n.penalty->str(),
                  n.monthly_wage->str() + " × " + months_wage.str() + " × " + std::to_string(days) +
                      " / " + std::to_string(n.notice_days) + " days; " + std::string(kPenalty.rule));
  }
  return n;
}

}  // namespace basisbaan
