#pragma once
// The comparison and the sweep as CSV (RFC 4180 quoting, "\n" line ends), for `compare --format
// csv` and the web page's download. Amounts as decimal strings; the same input gives the same bytes.

#include <string>

#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// One row per line of the comparison (code, label, now/job/difference per month and year,
/// applies, confirmed) and a last row "net" with the household's net income.
std::string comparison_csv(const Comparison& c);

/// One row per hours point of the sweep: gross, net, difference with now, marginal rate, every
/// line's yearly amount (columns in s.line_codes order) and the cliffs that end at the point.
std::string sweep_csv(const Sweep& s);

}  // namespace basisbaan
