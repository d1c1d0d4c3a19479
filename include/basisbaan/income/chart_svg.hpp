// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The sweep as an SVG chart: the household's net income per month against the weekly hours,
// the current situation (bijstand level) as a dashed line, the offered hours, and every cliff
// marked and numbered with a legend. The y-axis starts at zero. Integer coordinates only: the same sweep gives the same bytes.

#include <optional>
#include <string>

#include "basisbaan/income/first_year.hpp"
#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// How the chart is drawn.
struct ChartOptions {
  std::string title;              ///< shown above the chart (Dutch); empty: none
  std::optional<Hours> offered;   ///< the offered hours, marked with a vertical line
  bool standalone = true;         ///< with the XML declaration (false: for embedding in HTML)
};

/// A self-contained SVG document (texts in Dutch, amounts per month).
std::string chart_svg(const Sweep& s, const ChartOptions& options = {});

/// The first year as a bar chart: one bar per month with what the household receives (adjusted
/// toeslag advances), the month before the start in grey, the month the bijstand stops marked;
/// the y-axis starts at zero. For embedding in HTML (no XML declaration).
std::string first_year_chart_svg(const FirstYear& f);

}  // namespace basisbaan
