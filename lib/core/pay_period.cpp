// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/pay_period.hpp"

#include <cstdio>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

Date jan1(int y) { return Date{date::year{y}, date::January, date::day{1}}; }
Date dec31(int y) { return Date{date::year{y}, date::December, date::day{31}}; }

// Weeks and four-week periods follow the ISO weeks of the year; the first period starts on
// 1 January and the last ends on 31 December (docs/pay-periods.md). Returns the Sunday that ends
// ISO week `week` of `year`.
Date sunday_of_iso_week(int year, unsigned week) { return add_days(iso_week_monday(year, week), 6); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string_view to_string(PeriodKind kind) noexcept {
  switch (kind) {
    case PeriodKind::Month: return "month";
    case PeriodKind::FourWeeks: return "four-weeks";
    case PeriodKind::Week: return "week";
    case PeriodKind::Quarter: return "quarter";
    case PeriodKind::Year: return "year";
  }
  return "?";
}

std::string_view name_nl(PeriodKind kind) noexcept {
  switch (kind) {
    case PeriodKind::Month: return "maand";
    case PeriodKind::FourWeeks: return "vier weken";
    case PeriodKind::Week: return "week";
    case PeriodKind::Quarter: return "kwartaal";
    case PeriodKind::Year: return "jaar";
  }
  return "?";
}

PeriodKind parse_period_kind(std::string_view text, std::string_view what) {
  const std::string t = lower(text);
  if (t == "month" || t == "maand") return PeriodKind::Month;
  if (t == "four-weeks" || t == "4-weeks" || t == "4w" || t == "four-week" || t == "vier-weken") {
    return PeriodKind::FourWeeks;
  }
  if (t == "week") return PeriodKind::Week;
  if (t == "quarter" || t == "kwartaal") return PeriodKind::Quarter;
  if (t == "year" || t == "jaar") return PeriodKind::Year;
  throw InputError(ErrorCode::InputInvalidValue, std::string(what) + ": expected one of month, four-weeks, week, quarter, year; got \"" +
                   std::string(text) + "\"");
}

int PayPeriod::count_in_year(PeriodKind kind, int year) {
  switch (kind) {
    case PeriodKind::Month: return 12;
    case PeriodKind::FourWeeks: return 13;
    case PeriodKind::Week: return static_cast<int>(iso_weeks_in_year(year));
    case PeriodKind::Quarter: return 4;
    case PeriodKind::Year: return 1;
  }
  return 0;
}

PayPeriod::PayPeriod(PeriodKind kind, int year, int number) : kind_(kind), year_(year), number_(number) {
  if (year < 1900 || year > 2999) {
    throw InputError("period: the year " + std::to_string(year) + " is outside the years a period can have (1900..2999)");
  }
  const int n = count_in_year(kind, year);
  if (number < 1 || number > n) {
    throw InputError("period: there is no " + std::string(to_string(kind)) + " " + std::to_string(number) + " in " +
                     std::to_string(year) + " (1.." + std::to_string(n) + ")");
  }
  const auto un = static_cast<unsigned>(number);
  switch (kind) {
    case PeriodKind::Month:
      start_ = Date{date::year{year}, date::month{un}, date::day{1}};
      end_ = last_of_month(start_);
      break;
    case PeriodKind::Quarter:
      start_ = Date{date::year{year}, date::month{un * 3 - 2}, date::day{1}};
      end_ = last_of_month(Date{date::year{year}, date::month{un * 3}, date::day{1}});
      break;
    case PeriodKind::Year:
      start_ = jan1(year);
      end_ = dec31(year);
      break;
    case PeriodKind::FourWeeks:
    case PeriodKind::Week: {
      const unsigned span = kind == PeriodKind::Week ? 1 : 4;
      start_ = number == 1 ? jan1(year) : add_days(sunday_of_iso_week(year, (un - 1) * span), 1);
      end_ = number == n ? dec31(year) : sunday_of_iso_week(year, un * span);
      break;
    }
  }
}

PayPeriod PayPeriod::containing(PeriodKind kind, const Date& d) {
  const int y = static_cast<int>(d.year());
  switch (kind) {
    case PeriodKind::Month: return PayPeriod(kind, y, static_cast<int>(static_cast<unsigned>(d.month())));
    case PeriodKind::Quarter: return PayPeriod(kind, y, static_cast<int>((static_cast<unsigned>(d.month()) + 2) / 3));
    case PeriodKind::Year: return PayPeriod(kind, y, 1);
    case PeriodKind::FourWeeks:
    case PeriodKind::Week: {
      const int n = count_in_year(kind, y);
      int lo = 1;
      int hi = n;
      while (lo < hi) {  // binary search over the year's periods
        const int mid = (lo + hi) / 2;
        if (PayPeriod(kind, y, mid).end() < d) lo = mid + 1;
        else hi = mid;
      }
      return PayPeriod(kind, y, lo);
    }
  }
  throw InputError("period: unknown kind");
}

PayPeriod PayPeriod::parse(std::string_view label, std::string_view what) {
  const std::string t = lower(label);
  auto fail = [&] {
    return InputError(ErrorCode::InputInvalidValue, std::string(what) + ": expected a period like 2025-03 (month), 2025-4w05 (four weeks), "
                                          "2025-w12 (week), 2025-q1 (quarter) or 2025 (year); got \"" +
                      std::string(label) + "\"");
  };
  auto digits = [](std::string_view s) {
    if (s.empty() || s.size() > 4) return -1;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  };
  if (t.size() < 4) throw fail();
  const int year = digits(std::string_view(t).substr(0, 4));
  if (year < 0) throw fail();
  if (t.size() == 4) return PayPeriod(PeriodKind::Year, year, 1);
  if (t[4] != '-') throw fail();
  std::string_view rest = std::string_view(t).substr(5);
  PeriodKind kind = PeriodKind::Month;
  if (rest.starts_with("4w")) {
    kind = PeriodKind::FourWeeks;
    rest.remove_prefix(2);
  } else if (rest.starts_with("w")) {
    kind = PeriodKind::Week;
    rest.remove_prefix(1);
  } else if (rest.starts_with("q")) {
    kind = PeriodKind::Quarter;
    rest.remove_prefix(1);
  } else if (rest.size() != 2) {
    throw fail();
  }
  const int number = digits(rest);
  if (number < 0) throw fail();
  return PayPeriod(kind, year, number);
}

std::string PayPeriod::label() const {
  char buf[24];
  switch (kind_) {
    case PeriodKind::Month: std::snprintf(buf, sizeof buf, "%04d-%02d", year_, number_); break;
    case PeriodKind::FourWeeks: std::snprintf(buf, sizeof buf, "%04d-4w%02d", year_, number_); break;
    case PeriodKind::Week: std::snprintf(buf, sizeof buf, "%04d-w%02d", year_, number_); break;
    case PeriodKind::Quarter: std::snprintf(buf, sizeof buf, "%04d-q%d", year_, number_); break;
    case PeriodKind::Year: std::snprintf(buf, sizeof buf, "%04d", year_); break;
  }
  return buf;
}

PayPeriod PayPeriod::next() const {
  if (number_ < count_in_year(kind_, year_)) return PayPeriod(kind_, year_, number_ + 1);
  return PayPeriod(kind_, year_ + 1, 1);
}

PayPeriod PayPeriod::previous() const {
  if (number_ > 1) return PayPeriod(kind_, year_, number_ - 1);
  return PayPeriod(kind_, year_ - 1, count_in_year(kind_, year_ - 1));
}

}  // namespace basisbaan
