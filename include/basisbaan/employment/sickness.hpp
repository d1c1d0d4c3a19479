// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Sick reports (ziekmeldingen) with partial and full recovery, and their aggregation into one
// period of incapacity when they follow each other with an interruption of less than four weeks
// (art. 7:629 lid 10 BW; labour.sick_pay.aggregation_gap_weeks). The interruption days do not
// count towards the 104 weeks, so every later week of the period moves by them.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// From `from` on, the employee is unfit for this fraction of the agreed hours (partial recovery).
struct IncapacityChange {
  Date from;  ///< first day of the new fraction
  Rate incapacity;  ///< in (0, 100 %]
};

/// One sick report: the first day of sickness, any partial recoveries, and the first day the
/// employee is fully fit again (none while still sick).
struct SickReport {
  std::string id;  ///< the back office's label, e.g. "S1"
  Date first_day;  ///< first day of sickness
  Rate initial_incapacity = Rate::percent(Decimal(100));  ///< fraction unfit from first_day (default 100 %)
  std::vector<IncapacityChange> changes;  ///< increasing dates, after first_day, before recovered
  std::optional<Date> recovered;          ///< first day fully fit again
  bool pregnancy = false;                 ///< pregnancy-related: left out of absence figures

  /// The last day of sickness (the day before recovery); none while still sick.
  std::optional<Date> last_sick_day() const;
  /// The incapacity fraction on `d` (zero outside the report).
  Rate incapacity_on(const Date& d) const;
  /// True when `d` is a day of this sickness.
  bool sick_on(const Date& d) const;
};

/// Checks each report (recovery after the first day, partial recoveries inside the report in date
/// order, fractions in (0, 100 %]) and that reports do not overlap, and sorts them by first day.
/// Throws InputError naming `document`, the report and the dates.
void validate_sick_reports(std::vector<SickReport>& reports, const std::string& document = "reports");

/// Reports added together into one period under art. 7:629 lid 10.
struct SicknessPeriod {
  std::vector<std::size_t> reports;       ///< indices into the validated reports, in order
  std::vector<int> interruptions;         ///< fit days between consecutive reports (size = reports − 1)
  Date first_day;                         ///< first day of the first report
  std::optional<Date> last_sick_day;      ///< none while the last report is open
  int interruption_days = 0;              ///< total days inside the period not counted (fit days and Wazo leave)
  /// Per interruption (size = reports − 1): true when it is a pregnancy and maternity leave that
  /// the sickness directly preceded and followed (art. 7:629 lid 10 BW), not fit days.
  std::vector<bool> across_wazo_leave;
  /// The last day of wage continuation when the 104 weeks are extended (art. 7:629 lid 11 BW;
  /// set by count_sickness, counted_sickness.hpp); none: the period's 104 weeks are not extended.
  /// wage_continuation pays sick days after the 104 weeks up to and including this day.
  std::optional<Date> wage_continuation_until;

  /// The date of sick day number `n` (1-based) of the period, counting only days of sickness;
  /// beyond the last report's end, projected as if the sickness continues (for an open period)
  /// or none (for an ended period).
  std::optional<Date> date_of_sick_day(const std::vector<SickReport>& all, int n) const;
  /// The sick-day number of `d` within the period (1-based), or none when `d` is not a sick day of it.
  std::optional<int> sick_day_number(const std::vector<SickReport>& all, const Date& d) const;
};

/// Groups validated reports into periods: a report starting after an interruption of less than
/// labour.sick_pay.aggregation_gap_weeks weeks (27 fit days: yes; 28: no) joins the previous period.
std::vector<SicknessPeriod> aggregate_sickness(const RuleBook& rules, const std::vector<SickReport>& reports);

/// The days of one pregnancy and maternity leave (art. 3:1 Wazo), first and last day inclusive.
struct WazoLeavePeriod {
  Date from;  ///< first day of the pregnancy leave
  Date to;    ///< last day of the maternity leave
};

/// As aggregate_sickness, and also: a report that starts the day after a Wazo leave in `leave`
/// joins the period whose last sick day is the day before that leave, however long the leave
/// (art. 7:629 lid 10 BW: periods "die direct voorafgaan aan en aansluiten op" the period with a
/// benefit under art. 3:7 or 3:8 Wazo are added together). The leave days are not counted.
/// `reports` must hold no sick day inside a leave (sick_reports_outside_wazo_leave).
std::vector<SicknessPeriod> aggregate_sickness(const RuleBook& rules, const std::vector<SickReport>& reports,
                                               const std::vector<WazoLeavePeriod>& leave);

}  // namespace basisbaan
