// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/wazo_sickness.hpp"

namespace basisbaan {

WazoLeavePeriod wazo_leave_period(const MaternityLeave& leave) { return {leave.pregnancy_leave_from, leave.last_day}; }

namespace {

/// The part of `r` from `from` on (a day of the report), with the incapacity of that day.
SickReport part_from(const SickReport& r, const Date& from, const std::string& id) {
  SickReport p = r;
  p.id = id;
  p.first_day = from;
  p.initial_incapacity = r.incapacity_on(from);
  p.changes.clear();
  for (const IncapacityChange& c : r.changes) {
    if (c.from > from) p.changes.push_back(c);
  }
  return p;
}

/// The part of `r` up to and including `last` (a day of the report).
SickReport part_until(const SickReport& r, const Date& last) {
  SickReport p = r;
  p.recovered = add_days(last, 1);
  std::erase_if(p.changes, [&](const IncapacityChange& c) { return c.from > last; });
  return p;
}

}  // namespace

std::vector<SickReport> sick_reports_outside_wazo_leave(const std::vector<SickReport>& reports,
                                                        const std::vector<WazoLeavePeriod>& leave) {
  std::vector<SickReport> out = reports;
  for (const WazoLeavePeriod& l : leave) {
    std::vector<SickReport> next;
    for (const SickReport& r : out) {
      const bool starts_before = r.first_day < l.from;
      const bool ends_after = !r.recovered || *r.recovered > add_days(l.to, 1);
      const bool touches = r.first_day <= l.to && (!r.recovered || *r.recovered > l.from);  // a sick day in the leave
      if (!touches) {
        next.push_back(r);
        continue;
      }
      if (starts_before) next.push_back(part_until(r, add_days(l.from, -1)));
      if (ends_after) next.push_back(part_from(r, add_days(l.to, 1), starts_before ? r.id + "+" : r.id));
    }
    out = std::move(next);
  }
  validate_sick_reports(out, "sick reports outside the pregnancy and maternity leave");
  return out;
}

std::optional<WazoLeavePeriod> wazo_leave_on(const std::vector<WazoLeavePeriod>& leave, const Date& d) {
  for (const WazoLeavePeriod& l : leave) {
    if (l.from <= d && d <= l.to) return l;
  }
  return std::nullopt;
}

}  // namespace basisbaan
