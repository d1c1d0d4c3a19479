// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/sweep_summary.hpp"

#include <algorithm>

namespace basisbaan {
namespace {

// Consecutive sweep points as one range: "1 tot en met 28, 31" (`through` " tot en met " or "-").
std::string ranges(const std::vector<Hours>& w, const Hours& step, const std::string& through) {
  std::string list;
  for (std::size_t i = 0; i < w.size();) {
    std::size_t j = i;
    while (j + 1 < w.size() && w[j] + step == w[j + 1]) ++j;
    list += (list.empty() ? "" : ", ") + w[i].str() + (j > i ? through + w[j].str() : std::string());
    i = j + 1;
  }
  return list;
}

// Income tax to pay back after the year at the hours where the top-up ends (the sweep point's
// line tax_settlement), by at least the noise threshold.
bool repayment_at_top_up_end(const Sweep& s) {
  const auto k = std::find(s.line_codes.begin(), s.line_codes.end(), "tax_settlement");
  if (!s.top_up_until || k == s.line_codes.end()) return false;
  const auto i = static_cast<std::size_t>(k - s.line_codes.begin());
  for (const auto& p : s.points) {
    if (p.hours == *s.top_up_until) return -p.lines_per_year[i] >= noise_threshold_per_month() * 12;
  }
  return false;
}

}  // namespace

SweepGroups sweep_groups(const Sweep& s) {
  SweepGroups g;
  const Money noise_year = noise_threshold_per_month() * 12;
  for (const auto& p : s.points) {
    if (p.hours.value().sign() <= 0) continue;
    const Money diff = p.net_per_year - s.current_net_per_year;
    if (-diff >= noise_year) g.less_than_now.push_back(p.hours);
    else if (diff >= noise_year) g.more_than_now.push_back(p.hours);
  }
  for (const auto& h : s.worse_than_fewer_hours) {
    if (std::find(g.less_than_now.begin(), g.less_than_now.end(), h) == g.less_than_now.end()) g.dips.push_back(h);
  }
  return g;
}

std::string sweep_summary_nl(const Sweep& s) {
  const SweepGroups g = sweep_groups(s);
  const std::string through = " tot en met ";
  std::string o;
  if (s.top_up_until) {
    o += "Tot en met " + s.top_up_until->str() + " uur per week vult de bijstand uw loon aan" +
         (repayment_at_top_up_end(s) ? "; wel moet u dan na het jaar belasting terugbetalen. " : ". ");
  }
  if (!g.less_than_now.empty()) o += "Bij " + ranges(g.less_than_now, s.range.step, through) + " uur per week houdt u minder over dan nu. ";
  if (!g.more_than_now.empty()) o += "Bij " + ranges(g.more_than_now, s.range.step, through) + " uur per week houdt u meer over dan nu. ";
  else o += "Bij geen van de berekende uren houdt u meer over dan nu. ";
  if (!g.dips.empty()) o += "Let op: bij " + ranges(g.dips, s.range.step, through) + " uur houdt u minder over dan met minder uren. ";
  o += "Het hoogste inkomen is er bij " + s.best_hours.str() + " uur.";
  return o;
}

std::string sweep_summary_en(const Sweep& s) {
  const SweepGroups g = sweep_groups(s);
  std::string o;
  if (s.top_up_until) {
    o += "bijstand tops up the wage up to " + s.top_up_until->str() + " h" +
         (repayment_at_top_up_end(s) ? " (income tax to pay back after the year); " : "; ");
  }
  if (!g.less_than_now.empty()) o += "less than now at " + ranges(g.less_than_now, s.range.step, "-") + " h; ";
  if (!g.more_than_now.empty()) o += "more than now at " + ranges(g.more_than_now, s.range.step, "-") + " h; ";
  else o += "at no hours more than now; ";
  if (!g.dips.empty()) o += "less than with fewer hours at " + ranges(g.dips, s.range.step, "-") + " h; ";
  o += "highest net income at " + s.best_hours.str() + " h";
  return o;
}

}  // namespace basisbaan
