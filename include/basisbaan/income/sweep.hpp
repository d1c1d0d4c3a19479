// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The hours sweep: the household's net income for a range of weekly hours, the effective
// marginal rate between steps, and the cliffs — each step where a scheme stops, a threshold is
// crossed or the net income falls although the hours rise — with how much is lost.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/income/comparison.hpp"

namespace basisbaan {

struct SweepRange {
  Hours from;
  Hours to;
  Hours step;

  /// Parses "FROM:TO:STEP" (e.g. "0:40:1", "20:36:0.5"); throws InputError naming `what` for a
  /// malformed range, FROM > TO, a step of 0 or more than 1000 points.
  static SweepRange parse(std::string_view text, std::string_view what = "--sweep");
  /// 0:40:1.
  static SweepRange standard();
  std::vector<Hours> points() const;
};

struct SweepPoint {
  Hours hours;
  Money gross_per_year;     ///< the job's gross pay (0 at 0 hours)
  Money net_per_year;       ///< household net income, all lines
  Money net_per_month;
  std::vector<Money> lines_per_year;   ///< in the order of SituationResult::lines
  std::vector<bool> lines_apply;
  /// 1 − Δnet / Δgross from the previous point (percent, 1 decimal); none at the first point.
  std::optional<Decimal> marginal_rate_percent;
};

/// A step from one point to the next where something is lost.
struct Cliff {
  Hours from_hours;
  Hours to_hours;
  std::string code;        ///< the line concerned, or "net" when only the total falls
  std::string label_nl;
  std::string label_en;
  std::string kind;        ///< "stops" (the scheme ends), "reduced" (a lower band), "net_falls"
  Money lost_per_year;     ///< what the line loses over the step (>= 0; 0 when the value is unknown)
  bool value_known = true; ///< false: the scheme's money value is a placeholder
  Money net_change_per_year;  ///< change of the household's net income over the step
};

struct Sweep {
  SweepRange range;
  std::vector<std::string> line_codes;
  std::vector<std::string> line_labels_nl;
  std::vector<SweepPoint> points;
  std::vector<Cliff> cliffs;
  Money current_net_per_year;   ///< the current situation (the bijstand level)
  Money current_net_per_month;
  Hours best_hours;             ///< the fewest hours with the highest net income
  std::vector<Hours> worse_than_fewer_hours;  ///< points where fewer hours give more net income
  std::optional<Hours> break_even_hours;      ///< the first point above the current net income
};

/// Computes every point of `range` with the household of `model`.
Sweep sweep(const IncomeModel& model, const SweepRange& range);

}  // namespace basisbaan
