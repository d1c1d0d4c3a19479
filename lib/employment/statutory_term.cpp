// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/statutory_term.hpp"

namespace basisbaan {
namespace {

constexpr const char* kHolidays = "atw.public_holidays";

Date jan1(int year) { return Date{date::year{year}, date::January, date::day{1}}; }
Date dec31(int year) { return Date{date::year{year}, date::December, date::day{31}}; }

}  // namespace

bool holidays_known(const RuleBook& rules, int year) {
  if (!rules.has(kHolidays)) return false;
  const Parameter& p = rules.parameter(kHolidays);
  if (p.known_until && dec31(year) > *p.known_until) return false;
  // Each value lists one calendar year: it must start on that year's 1 January.
  for (const DatedValue& v : p.values) {
    if (v.from == jan1(year)) return true;
  }
  return false;
}

std::optional<std::string> public_holiday(const RuleBook& rules, const Date& d) {
  const int year = static_cast<int>(d.year());
  if (!holidays_known(rules, year)) return std::nullopt;
  const Table& t = rules.table(kHolidays, jan1(year));
  const std::string day = to_string(d);
  for (std::size_t r = 0; r < t.size(); ++r) {
    if (t.text(r, "date") == day) return t.text(r, "name");
  }
  return std::nullopt;
}

bool is_atw_rest_day(const RuleBook& rules, const Date& d) {
  return iso_weekday(d) > 5 || public_holiday(rules, d).has_value();
}

StatutoryTermEnd atw_term_end(const RuleBook& rules, const Date& term_end) {
  StatutoryTermEnd out{term_end, {}};
  while (is_atw_rest_day(rules, out.day)) out.day = add_days(out.day, 1);
  if (out.day != term_end) {
    const auto h = public_holiday(rules, term_end);
    out.note = "the term ends on " + to_string(term_end) + ", " +
               (h ? *h : std::string(iso_weekday(term_end) == 6 ? "a Saturday" : "a Sunday")) +
               ": moved to " + to_string(out.day) + " (Algemene termijnenwet art. 1 lid 1)";
  }
  return out;
}

Date next_working_day_after(const RuleBook& rules, const Date& d) {
  Date x = add_days(d, 1);
  while (is_atw_rest_day(rules, x)) x = add_days(x, 1);
  return x;
}

}  // namespace basisbaan
