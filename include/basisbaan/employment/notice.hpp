// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Notice on (non-)renewal (aanzegging, art. 7:668 BW): at least one month before a fixed-term
// contract of six months or longer ends by law, the employer tells the employee in writing
// whether it will be continued. Late notice costs the aanzegvergoeding pro rata, no notice one
// month's wage (lid 3). Numbers: labour.renewal_notice.*.

#include <optional>
#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/employment/contract.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Where the notice duty of one contract stands on a day.
enum class NoticeState : std::uint8_t {
  NotRequired,  ///< indefinite, permanent by law, or shorter than six months
  Due,          ///< not yet given, the last day has not passed
  GivenOnTime,  ///< given on or before the last day
  GivenLate,    ///< given after the last day but before the end: pro rata penalty
  Overdue,      ///< not given, the last day has passed, the contract has not ended yet
  Missed,       ///< not given before the contract ended: the full penalty
};
/// "not required", "due", "given on time", "given late", "overdue", "missed".
std::string_view to_string(NoticeState s) noexcept;

/// The notice duty (art. 7:668 BW) of one contract on one day, with the penalty when late.
struct RenewalNotice {
  NoticeState state = NoticeState::NotRequired;  ///< where the duty stands
  std::string why;                 ///< the article and fact that decide the state
  std::optional<Date> last_day;    ///< the last day on which notice is in time
  std::optional<Date> given;  ///< the day notice was given, if it was (Contract::notice_given)
  int days_late = 0;               ///< days after the last day (as of the given date, or of `as_of` when overdue)
  int notice_days = 0;             ///< days from the last day to the end of the contract (the pro-rata base)
  std::optional<Money> monthly_wage;   ///< Besluit loonbegrip art. 2 wage, when the contract records a wage
  std::optional<Money> penalty;        ///< aanzegvergoeding due (GivenLate, Missed) or accruing (Overdue)
};

/// The notice duty of contract `c` judged on `as_of`. `ends_by_law` is false when the contract is
/// indefinite by art. 7:668a (then it does not end by operation of law and needs no notice).
/// The late penalty is monthly wage × days late / notice days, rounded half up to cents
/// (docs/employment.md: the statute gives no formula).
RenewalNotice renewal_notice(const RuleBook& rules, const Contract& c, const Date& as_of, bool ends_by_law = true,
                             Trace* trace = nullptr);

}  // namespace basisbaan
