// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The leave ledger (vakantie, art. 7:634–7:642 BW): statutory hours (4 × weekly hours a year,
// labour.leave.statutory_weeks) and extra hours (cao.leave.extra_hours_fulltime pro rata),
// accrued per calendar month pro rata to the contract hours and the days in service, also during
// sickness; leave taken is booked against the hours that expire first; statutory hours expire six
// months after the year of accrual (7:640a) unless the employee could not reasonably take them,
// extra hours five years after it (7:642); what remains at the end of employment is paid (7:641).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Agreed weekly hours from a date on (until the next entry).
struct ContractHours {
  Date from;  ///< first day of the hours
  Hours hours_per_week;  ///< agreed hours per week
};

/// Leave taken on one day.
struct LeaveTaken {
  Date date;  ///< the day
  Hours hours;  ///< hours taken (> 0)
  std::string ref;   ///< where it came from, for messages: "taken[3]"
  std::string note;  ///< free text
};

/// A sickness as the leave ledger needs it: only whether the employee could not reasonably take
/// leave (then statutory hours do not expire under 7:640a during it). Accrual is not affected.
struct LeaveSickness {
  Date from;  ///< first sick day
  std::optional<Date> to;  ///< last sick day; none: still sick
  bool unable_to_take_leave = false;  ///< the employee could not reasonably take leave during it (art. 7:640a)
};

/// One employee's leave records: employment, contract hours, leave taken and sickness.
struct LeaveLedger {
  std::string employee;  ///< personnel number, for messages
  Date employment_start;  ///< first day of employment
  std::optional<Date> employment_end;   ///< last day of employment
  std::vector<ContractHours> hours;     ///< date order, the first on or before the start
  std::optional<Hours> extra_hours_per_year_fulltime;  ///< default cao.leave.extra_hours_fulltime
  std::optional<Money> hourly_wage;     ///< for the payout at the end of employment
  /// A longer lapse term for statutory hours agreed in writing (art. 7:640a BW, "bij schriftelijke
  /// overeenkomst kan een langere termijn worden overeengekomen"), in months after the year of
  /// accrual; none or not longer than the statutory term: the statutory term.
  std::optional<int> agreed_statutory_expiry_months;
  /// Leave that may be taken in advance of accrual (a negative balance), as agreed; 0: none. A
  /// balance still negative at the end of employment is settled: the payout is negative.
  Hours advance_allowed;
  std::vector<LeaveTaken> taken;  ///< date order
  std::vector<LeaveSickness> sickness;  ///< date order
};

/// A leave agreement made in writing, as the employer records it: a longer lapse term for the
/// statutory hours (art. 7:640a BW) and leave that may be taken in advance of accrual.
struct LeaveAgreement {
  Date agreed_on;  ///< the day it was agreed
  /// The lapse term agreed for statutory hours, in months after the year of accrual; none: the
  /// statutory term (a shorter one than the law's has no effect).
  std::optional<int> statutory_expiry_months;
  Hours advance_allowed;  ///< leave that may be taken in advance of accrual; 0: none
  std::string note;       ///< free text, e.g. where the signed agreement is kept
};

/// Puts the agreement in force into `ledger`: the latest of `agreements` by agreed_on (the last
/// recorded on that day) replaces the earlier ones and governs the whole ledger. Nothing changes
/// without agreements.
void apply_leave_agreements(LeaveLedger& ledger, const std::vector<LeaveAgreement>& agreements);

/// Statutory (art. 7:634 BW) or extra (cao) leave hours.
enum class LeaveKind : std::uint8_t { Statutory, Extra };
/// "statutory", "extra".
std::string_view to_string(LeaveKind k) noexcept;

/// The hours of one kind accrued in one calendar year, on a date.
struct LeaveLot {
  int year = 0;  ///< the year of accrual
  LeaveKind kind = LeaveKind::Statutory;  ///< statutory or extra
  Hours accrued;    ///< credited up to and including the month of the date
  Hours used;       ///< leave taken on or before the date booked against this lot
  Hours expired;    ///< lost on expiry, when the expiry date is on or before the date
  Hours remaining;  ///< accrued − used − expired
  Date expires_on;  ///< the first day the remaining hours are gone
  bool expiry_postponed = false;  ///< 7:640a did not apply (unable to take leave): 7:642 term instead
};

/// The leave balance on one date, per lot, with the payout at the end of employment.
struct LeaveBalance {
  Date on;  ///< the date of the balance
  std::vector<LeaveLot> lots;  ///< by year, statutory before extra
  Hours statutory;             ///< remaining statutory hours
  Hours extra;                 ///< remaining extra hours
  Hours total;  ///< statutory + extra
  // At the end of employment (7:641):
  std::optional<Hours> payout_hours;  ///< the remaining hours, when employment ended on or before `on`
  std::optional<Money> payout;  ///< payout_hours × hourly wage, half up to cents
};

/// Whether leave may be recorded on a Saturday or Sunday.
enum class LeaveOnWeekend {
  Refuse,     ///< refused: no hours are scheduled that day in basisbaan's model
  Scheduled,  ///< the employee was scheduled to work that day (a roster outside basisbaan): recorded
};

/// "a Saturday" or "a Sunday" for a day of the weekend, none for Monday to Friday. basisbaan keeps
/// no work roster: a contract's weekly hours are spread over Monday to Friday (as the payroll
/// counts the weekdays of a period), so a weekend day has no scheduled hours to take leave of.
std::optional<std::string> leave_weekend_day(const Date& day);

/// A remark for leave on a public holiday of the rules (atw.public_holidays, Atw art. 3), e.g.
/// "2026-04-06 is tweede Paasdag, a public holiday: ...", or none. Not refused: whether the
/// employee has the day off is the cao's or the employer's rule, which basisbaan does not hold
/// (Goede Vrijdag and 5 May are working days for many).
std::optional<std::string> leave_public_holiday_remark(const RuleBook& rules, const Date& day);

/// Checks the ledger (hours from the start, leave inside employment and positive, sickness
/// dates) and the leave taken against the balance on each day taken; throws InputError naming
/// `document` and the record (e.g. "taken[3]: 16 hours on 2025-03-10 exceed the balance of 12.5").
void validate_leave_ledger(const RuleBook& rules, const LeaveLedger& ledger, const std::string& document = "ledger");

/// The balance on `on` (after validate_leave_ledger), with the lots, what expired and, when
/// employment has ended on or before `on`, the payout.
LeaveBalance leave_balance(const RuleBook& rules, const LeaveLedger& ledger, const Date& on);

/// Hours credited per calendar month of `year` (statutory, extra), for the payslip.
struct MonthlyAccrual {
  Date month;  ///< first day of the month
  Hours statutory;  ///< statutory hours credited in the month
  Hours extra;  ///< extra hours credited in the month
};
/// The hours credited in each calendar month of `year`.
std::vector<MonthlyAccrual> leave_accrual_by_month(const RuleBook& rules, const LeaveLedger& ledger, int year);

}  // namespace basisbaan
