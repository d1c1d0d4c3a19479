// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Pay periods (loontijdvakken): calendar month, four-week period 1..13 and week, numbered as the
// tax authority numbers them (see docs/pay-periods.md), plus quarter and year.

#include <compare>
#include <string>
#include <string_view>

#include "basisbaan/core/date.hpp"

namespace basisbaan {

/// The kinds of pay period (loontijdvak), plus quarter and year.
enum class PeriodKind : std::uint8_t { Month, FourWeeks, Week, Quarter, Year };

/// "month", "four-weeks", "week", "quarter", "year".
std::string_view to_string(PeriodKind kind) noexcept;
/// The Dutch name for employee-facing documents: "maand", "vier weken", "week", "kwartaal", "jaar".
std::string_view name_nl(PeriodKind kind) noexcept;
/// Parses the names above (and "4-weeks", "4w", "maand", "vier-weken", "week", "kwartaal");
/// throws InputError naming `what` and the accepted names.
PeriodKind parse_period_kind(std::string_view text, std::string_view what = "period kind");

/// One pay period: its kind, year and number, with its first and last calendar day.
class PayPeriod {
 public:
  /// Period `number` (1-based) of `kind` in `year`; throws InputError if there is no such period.
  PayPeriod(PeriodKind kind, int year, int number);

  /// The period of `kind` that contains `d`.
  static PayPeriod containing(PeriodKind kind, const Date& d);
  /// Parses a label: "2025-03" (month), "2025-4w05" (four weeks), "2025-w12" (week),
  /// "2025-q1" (quarter), "2025" (year). Case-insensitive. Throws InputError naming `what`.
  static PayPeriod parse(std::string_view label, std::string_view what = "period");
  /// How many periods of `kind` `year` has (12, 13, 52 or 53, 4, 1).
  static int count_in_year(PeriodKind kind, int year);

  /// Month, four weeks, week, quarter or year.
  PeriodKind kind() const noexcept { return kind_; }
  /// The year the period is numbered in.
  int year() const noexcept { return year_; }
  /// 1-based number within the year.
  int number() const noexcept { return number_; }
  /// The first day.
  const Date& start() const noexcept { return start_; }
  const Date& end() const noexcept { return end_; }  ///< inclusive
  /// Calendar days in the period.
  int days() const { return days_between(start_, end_) + 1; }
  /// True when `d` lies in the period (both ends included).
  bool contains(const Date& d) const { return start_ <= d && d <= end_; }
  /// The canonical label, the inverse of parse(): "2025-03", "2025-4w05", "2025-w12".
  std::string label() const;
  /// The period of the same kind that follows (into the next year after the last).
  PayPeriod next() const;
  /// The period of the same kind that precedes (into the previous year before the first).
  PayPeriod previous() const;

  /// Same kind, year and number.
  friend bool operator==(const PayPeriod& a, const PayPeriod& b) {
    return a.kind_ == b.kind_ && a.year_ == b.year_ && a.number_ == b.number_;
  }

 private:
  PeriodKind kind_;
  int year_;
  int number_;
  Date start_;
  Date end_;
};

}  // namespace basisbaan
