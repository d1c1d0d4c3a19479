// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The hours sweep: the household's net income for a range of weekly hours, the effective
// marginal rate between steps, and the cliffs — each step where a scheme stops, a threshold is
// crossed or the net income falls although the hours rise — with how much is lost. Changes
// below noise_threshold_per_month() are not cliffs.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/income/comparison.hpp"

namespace basisbaan {

/// The weekly hours of a sweep: FROM to TO (inclusive) in steps of STEP.
struct SweepRange {
  Hours from;  ///< first point
  Hours to;  ///< last point (inclusive)
  Hours step;  ///< between points (> 0)

  /// Parses "FROM:TO:STEP" (e.g. "0:40:1", "20:36:0.5"); throws InputError naming `what` for a
  /// malformed range, FROM > TO, a step of 0 or more than 1000 points.
  static SweepRange parse(std::string_view text, std::string_view what = "--sweep");
  /// 0:40:1.
  static SweepRange standard();
  /// The hours of every point, from `from` to `to` inclusive.
  std::vector<Hours> points() const;
};

/// The household's income at one number of weekly hours.
struct SweepPoint {
  Hours hours;  ///< weekly hours of the job
  Money gross_per_year;     ///< the job's gross pay (0 at 0 hours)
  Money net_per_year;       ///< household net income, all lines
  Money net_per_month;  ///< household net income per month, all lines
  std::vector<Money> lines_per_year;   ///< in the order of SituationResult::lines
  std::vector<bool> lines_apply;  ///< whether each line applies, in the same order
  /// 1 − Δnet / Δgross from the previous point (percent, 1 decimal); none at the first point.
  std::optional<Decimal> marginal_rate_percent;
};

/// A step from one point to the next where something is lost.
struct Cliff {
  Hours from_hours;  ///< hours of the point before the step
  Hours to_hours;  ///< hours of the point after the step
  std::string code;        ///< the line concerned, or "net" when only the total falls
  std::string label_nl;  ///< the line's Dutch label
  std::string label_en;  ///< the line's English label
  std::string kind;        ///< "stops" (the scheme ends), "reduced" (a lower band), "net_falls"
  Money lost_per_year;     ///< what the line loses over the step (>= 0; 0 when the value is unknown)
  bool value_known = true; ///< false: the scheme's money value is a placeholder
  Money net_change_per_year;  ///< change of the household's net income over the step
};

/// The household's income at every point of a range of weekly hours, with the cliffs between them.
struct Sweep {
  SweepRange range;  ///< the hours swept
  std::vector<std::string> line_codes;  ///< codes of the income lines, in their order (SituationResult::lines)
  std::vector<std::string> line_labels_nl;  ///< Dutch labels of the income lines, in the same order
  std::vector<SweepPoint> points;  ///< one per hour value of the range
  std::vector<Cliff> cliffs;  ///< every step where something is lost, in hour order
  Money current_net_per_year;   ///< the current situation (the bijstand level)
  Money current_net_per_month;  ///< the current situation per month
  Hours best_hours;             ///< the fewest hours with the highest net income
  std::vector<Hours> worse_than_fewer_hours;  ///< points where fewer hours give more net income (by at least the noise threshold)
  std::optional<Hours> break_even_hours;      ///< the first point at least the noise threshold above the current net income
  /// The highest hours of the first run of points (from the first point above 0 hours) where
  /// partial bijstand still tops up the wage; none when it never does.
  std::optional<Hours> top_up_until;
};

/// Computes every point of `range` with the household of `model`.
Sweep sweep(const IncomeModel& model, const SweepRange& range);

}  // namespace basisbaan
