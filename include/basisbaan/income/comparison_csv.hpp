// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The comparison and the sweep as CSV (RFC 4180 quoting, "\n" line ends), for `compare --format
// csv` and the web page's download; the same input gives the same bytes. Dutch by default, for
// Dutch Excel: ';' separator, decimal comma, Dutch headers and ja/nee; English: ',' and '.'.

#include <cstdint>
#include <string>

#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/sweep.hpp"

namespace basisbaan {

/// The CSV dialect: Dutch (';', decimal comma, Dutch headers) or English (',', decimal point, codes).
enum class CsvDialect : std::uint8_t { Dutch, English };

/// One row per line of the comparison (code, label, now/job/difference per month and year,
/// applies, confirmed) and a last row "net" with the household's net income.
std::string comparison_csv(const Comparison& c, CsvDialect dialect = CsvDialect::Dutch);

/// One row per month of the first year (the month before the start first): what the household
/// receives in it, the advances if not adjusted, and the events of the month.
std::string first_year_csv(const FirstYear& f, CsvDialect dialect = CsvDialect::Dutch);
/// One row per hours point of the sweep: gross, net, difference with now, marginal rate, every
/// line's yearly amount (columns in s.line_codes order) and the cliffs that end at the point.
std::string sweep_csv(const Sweep& s, CsvDialect dialect = CsvDialect::Dutch);

}  // namespace basisbaan
