// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The verdict of a comparison in plain words (Dutch and English): the gain, or the loss and the
// lines that cause it. Internal to lib/income.

#include "basisbaan/income/comparison.hpp"

namespace basisbaan {

/// Fills c.verdict_nl and c.verdict_en from the computed lines of `c` (job at `hours`).
void write_verdict(Comparison& c, const Hours& hours);

/// "€ 1.234,56" with an explicit sign for non-zero amounts ("+€ 12,00", "−€ 3,50").
std::string signed_eur_nl(Money m);
/// "€1,234.56" with an explicit sign for non-zero amounts.
std::string signed_eur_en(Money m);
/// "€1,234.56".
std::string eur_en(Money m);
/// A date as Dutch sentences write it: "15 april 2026".
std::string long_date_nl(const Date& d);

}  // namespace basisbaan
