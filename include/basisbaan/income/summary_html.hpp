// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The Dutch one-page summary a coach prints and hands over: the verdict, the household's net
// income now and with the job line by line, the chart of net income against hours with the
// cliffs, and what rests on unconfirmed figures. A4, self-contained (no external resources).

#include <string>

#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// The summary as one HTML document (UTF-8, inline CSS and SVG). Deterministic.
std::string summary_html(const Household& h, const Comparison& c, const Sweep& s);

/// The appendix ("Bijlage") for after the summary, as an HTML fragment for inside the body element: the
/// first year month by month (table and chart, when the job has hours) and the hours sweep as a
/// table. It starts on a new printed page, so the summary stays one A4 page. Deterministic.
std::string appendix_html(const Comparison& c, const Sweep& s);

/// summary_html with appendix_html before the end of the body: the summary on the first printed
/// page, the appendix from the second.
std::string summary_with_appendix_html(const Household& h, const Comparison& c, const Sweep& s);

}  // namespace basisbaan
