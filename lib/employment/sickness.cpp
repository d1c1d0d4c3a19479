// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/sickness.hpp"

#include <algorithm>
#include <numeric>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

std::optional<Date> SickReport::last_sick_day() const {
  if (!recovered) return std::nullopt;
  return add_days(*recovered, -1);
}

bool SickReport::sick_on(const Date& d) const { return d >= first_day && (!recovered || d < *recovered); }

Rate SickReport::incapacity_on(const Date& d) const {
  if (!sick_on(d)) return Rate();
  Rate r = initial_incapacity;
  for (const auto& c : changes) {
    if (c.from <= d) r = c.incapacity;
  }
  return r;
}

void validate_sick_reports(std::vector<SickReport>& reports, const std::string& document) {
  const auto where = [&](std::size_t i, const std::string& field) {
    return document + ": field reports[" + std::to_string(i) + "]" + (field.empty() ? "" : "." + field) + ": ";
  };
  const Rate zero;
  const Rate full = Rate::percent(Decimal(100));
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const SickReport& r = reports[i];
    const std::string name = r.id.empty() ? "the report" : "report " + r.id;
    if (r.recovered && *r.recovered <= r.first_day) {
      throw InputError(where(i, "recovered") + "the recovery " + to_string(*r.recovered) + " is not after the first sick day " +
                       to_string(r.first_day) + " of " + name + " (recovered = the first day fully fit again)");
    }
    if (r.initial_incapacity <= zero || r.initial_incapacity > full) {
      throw InputError(where(i, "incapacity") + "expected a percentage above 0 and at most 100, got " + r.initial_incapacity.str());
    }
    for (std::size_t k = 0; k < r.changes.size(); ++k) {
      const auto& c = r.changes[k];
      const std::string f = "partial[" + std::to_string(k) + "]";
      if (c.from <= r.first_day || (r.recovered && c.from >= *r.recovered)) {
        throw InputError(where(i, f + ".from") + "the change on " + to_string(c.from) + " is not inside " + name + " (" +
                         to_string(r.first_day) + " … " + (r.recovered ? "before " + to_string(*r.recovered) : std::string("open")) + ")");
      }
      if (k > 0 && c.from <= r.changes[k - 1].from) {
        throw InputError(where(i, f + ".from") + "partial recoveries must be in date order; " + to_string(c.from) +
                         " is not after " + to_string(r.changes[k - 1].from));
      }
      if (c.incapacity <= zero || c.incapacity > full) {
        throw InputError(where(i, f + ".incapacity") + "expected a percentage above 0 and at most 100 (use \"recovered\" for full "
                         "recovery), got " + c.incapacity.str());
      }
    }
  }
  std::vector<std::size_t> order(reports.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return reports[a].first_day < reports[b].first_day; });
  for (std::size_t k = 1; k < order.size(); ++k) {
    const SickReport& prev = reports[order[k - 1]];
    const SickReport& cur = reports[order[k]];
    if (!prev.recovered || cur.first_day < *prev.recovered) {
      throw InputError(where(order[k], "first_day") + "report " + cur.id + " starting " + to_string(cur.first_day) +
                       " overlaps report " + prev.id + " (" + to_string(prev.first_day) + " … " +
                       (prev.recovered ? "recovered " + to_string(*prev.recovered) : std::string("still open")) + ")");
    }
  }
  std::vector<SickReport> sorted;
  for (std::size_t i : order) sorted.push_back(std::move(reports[i]));
  reports = std::move(sorted);
}

std::vector<SicknessPeriod> aggregate_sickness(const RuleBook& rules, const std::vector<SickReport>& reports) {
  return aggregate_sickness(rules, reports, {});
}

std::vector<SicknessPeriod> aggregate_sickness(const RuleBook& rules, const std::vector<SickReport>& reports,
                                               const std::vector<WazoLeavePeriod>& leave) {
  std::vector<SicknessPeriod> out;
  for (std::size_t i = 0; i < reports.size(); ++i) {
    const SickReport& r = reports[i];
    const auto gap_weeks = rules.integer("labour.sick_pay.aggregation_gap_weeks", r.first_day);
    if (!out.empty() && out.back().last_sick_day) {
      // Fit days between the previous last sick day and this first sick day.
      const Date& before = *out.back().last_sick_day;
      const int fit = days_between(before, r.first_day) - 1;
      // Art. 7:629 lid 10 BW: sickness directly before and directly after a Wazo leave is one period.
      const bool across_leave = std::any_of(leave.begin(), leave.end(), [&](const WazoLeavePeriod& l) {
        return add_days(before, 1) == l.from && add_days(l.to, 1) == r.first_day;
      });
      if (fit < 7 * gap_weeks || across_leave) {
        SicknessPeriod& p = out.back();
        p.reports.push_back(i);
        p.interruptions.push_back(fit);
        p.across_wazo_leave.push_back(across_leave);
        p.interruption_days += fit;
        p.last_sick_day = r.last_sick_day();
        continue;
      }
    }
    SicknessPeriod p;
    p.reports.push_back(i);
    p.first_day = r.first_day;
    p.last_sick_day = r.last_sick_day();
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<Date> SicknessPeriod::date_of_sick_day(const std::vector<SickReport>& all, int n) const {
  int left = n;
  for (std::size_t k = 0; k < reports.size(); ++k) {
    const SickReport& r = all[reports[k]];
    if (!r.recovered) return add_days(r.first_day, left - 1);
    const int len = days_between(r.first_day, *r.recovered);
    if (left <= len) return add_days(r.first_day, left - 1);
    left -= len;
  }
  return std::nullopt;
}

std::optional<int> SicknessPeriod::sick_day_number(const std::vector<SickReport>& all, const Date& d) const {
  int before = 0;
  for (std::size_t k = 0; k < reports.size(); ++k) {
    const SickReport& r = all[reports[k]];
    if (r.sick_on(d)) return before + days_between(r.first_day, d) + 1;
    if (!r.recovered) return std::nullopt;
    before += days_between(r.first_day, *r.recovered);
  }
  return std::nullopt;
}

}  // namespace basisbaan
