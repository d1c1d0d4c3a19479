// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/sweep.hpp"

#include "basisbaan/core/error.hpp"
#include "job_payroll.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kRateOneDecimal{1, Rounding::HalfUp, "effective marginal rate shown in percent to one decimal"};

}  // namespace

SweepRange SweepRange::parse(std::string_view text, std::string_view what) {
  const auto a = text.find(':');
  const auto b = a == std::string_view::npos ? a : text.find(':', a + 1);
  if (b == std::string_view::npos || text.find(':', b + 1) != std::string_view::npos) {
    throw InputError(std::string(what) + ": expected FROM:TO:STEP, e.g. 0:40:1, got \"" + std::string(text) + "\"");
  }
  SweepRange r{Hours::parse(text.substr(0, a), std::string(what) + " FROM"),
               Hours::parse(text.substr(a + 1, b - a - 1), std::string(what) + " TO"),
               Hours::parse(text.substr(b + 1), std::string(what) + " STEP")};
  if (r.step.value().sign() <= 0) throw InputError(std::string(what) + ": STEP must be more than 0");
  if (r.to < r.from) throw InputError(std::string(what) + ": FROM " + r.from.str() + " is above TO " + r.to.str());
  if (r.to.value() > Decimal(60)) throw InputError(std::string(what) + ": TO must be at most 60 hours a week");
  if (divide(r.to.value() - r.from.value(), r.step.value(), 0, Rounding::Down) > Decimal(1000)) {
    throw InputError(std::string(what) + ": more than 1000 points; use a larger STEP");
  }
  return r;
}

SweepRange SweepRange::standard() { return {Hours(Decimal(0)), Hours(Decimal(40)), Hours(Decimal(1))}; }

std::vector<Hours> SweepRange::points() const {
  std::vector<Hours> v;
  for (Hours h = from; h <= to; h += step) v.push_back(h);
  return v;
}

Sweep sweep(const IncomeModel& model, const SweepRange& range) {
  Sweep s;
  s.range = range;
  const SituationResult& now = model.current();
  s.current_net_per_year = now.net_per_year;
  s.current_net_per_month = now.net_per_month;
  for (const auto& l : now.lines) {
    s.line_codes.push_back(l.code);
    s.line_labels_nl.push_back(l.label_nl);
  }
  const Money noise_year = noise_threshold_per_month() * 12;
  std::vector<SituationResult> results;
  for (const Hours& h : range.points()) {
    // The lines' amounts only: no notes or trace, which a point does not show.
    SituationResult r = income_detail::ModelAccess::amounts(model, h);
    SweepPoint p;
    p.hours = h;
    p.gross_per_year = r.payroll ? r.payroll->gross_per_year : Money();
    p.net_per_year = r.net_per_year;
    p.net_per_month = r.net_per_month;
    for (const auto& l : r.lines) {
      p.lines_per_year.push_back(l.per_year);
      p.lines_apply.push_back(l.applies);
    }
    if (!s.points.empty()) {
      const SweepPoint& q = s.points.back();
      const Money dg = p.gross_per_year - q.gross_per_year;
      if (dg.sign() > 0) {
        const Decimal kept = divide((p.net_per_year - q.net_per_year).decimal() * Decimal(100), dg.decimal(), 6, Rounding::HalfUp);
        p.marginal_rate_percent = (Decimal(100) - kept).rounded(kRateOneDecimal);
      }
      // Cliffs: a scheme that stops or drops to a lower band, and any fall of the total.
      bool line_cliff = false;
      const SituationResult& prev = results.back();
      for (std::size_t i = 0; i < r.lines.size(); ++i) {
        const auto& a = prev.lines[i];
        const auto& b = r.lines[i];
        if (a.code == "net_wage" || a.code == "tax_settlement" || a.code == "partner_income") continue;
        const bool stops = a.applies && !b.applies;
        const bool lower_band = a.applies && b.applies && b.per_year < a.per_year &&
                                (a.code == "energietoeslag");  // a fixed amount that drops: a reduced band
        const bool awir_minimum = a.per_year.sign() > 0 && b.per_year.is_zero();
        if (!(stops || lower_band || awir_minimum)) continue;
        // A known amount below the noise threshold is not a cliff (docs: "Noise threshold").
        const bool known = !(a.per_year.is_zero() && !a.confirmed);
        if (known && a.per_year - b.per_year < noise_year && q.net_per_year - p.net_per_year < noise_year) continue;
        // Gradual phase-outs (bijstand, toeslagen) are reported where they end, with the last
        // amount lost; fixed-amount schemes lose their whole value at once.
        Cliff c{q.hours, h, a.code, a.label_nl, a.label_en, lower_band ? "reduced" : "stops",
                a.per_year - b.per_year, !(a.per_year.is_zero() && !a.confirmed), p.net_per_year - q.net_per_year};
        s.cliffs.push_back(std::move(c));
        line_cliff = true;
      }
      if (!line_cliff && p.net_per_year < q.net_per_year && q.net_per_year - p.net_per_year >= noise_year) {
        // Consecutive falls of the total form one cliff over the whole range.
        Cliff* last = s.cliffs.empty() ? nullptr : &s.cliffs.back();
        if (last != nullptr && last->kind == "net_falls" && last->to_hours == q.hours) {
          last->to_hours = h;
          last->lost_per_year += q.net_per_year - p.net_per_year;
          last->net_change_per_year += p.net_per_year - q.net_per_year;
        } else {
          s.cliffs.push_back({q.hours, h, "net", "Netto huishoudinkomen", "Household net income", "net_falls",
                              q.net_per_year - p.net_per_year, true, p.net_per_year - q.net_per_year});
        }
      }
    }
    if (h.value().sign() > 0 && r.line("bijstand").applies &&
        (!s.top_up_until || (!s.points.empty() && s.points.back().hours == *s.top_up_until))) {
      s.top_up_until = h;
    }
    s.points.push_back(std::move(p));
    results.push_back(std::move(r));
  }
  if (!s.points.empty()) {
    Money best = s.points.front().net_per_year;
    s.best_hours = s.points.front().hours;
    for (const auto& p : s.points) {
      if (p.net_per_year > best) {
        best = p.net_per_year;
        s.best_hours = p.hours;
      }
      if (!s.break_even_hours && p.hours.value().sign() > 0 && p.net_per_year - s.current_net_per_year >= noise_year) {
        s.break_even_hours = p.hours;
      }
    }
    Money highest_before = s.points.front().net_per_year;
    for (std::size_t i = 1; i < s.points.size(); ++i) {
      if (highest_before - s.points[i].net_per_year >= noise_year) s.worse_than_fewer_hours.push_back(s.points[i].hours);
      highest_before = max(highest_before, s.points[i].net_per_year);
    }
  }
  return s;
}

}  // namespace basisbaan
