// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The verdict of a comparison in plain words (Dutch and English): the gain, or the loss and the
// lines that cause it. Internal to lib/income.

#include "basisbaan/income/comparison.hpp"

namespace basisbaan {

/// The start of the job's bijstand line note when the file asks for the earnings disregard and
/// the person is too young for it (Pw art. 31 lid 5); compare() repeats the note among the
/// comparison's notes and the page says it in Dutch.
inline constexpr const char* kDisregardNotApplied = "earnings disregard (job.earnings_disregard) not applied: ";

/// The minimum age of the earnings disregard as that note gives it ("27"); empty when the job's
/// bijstand line carries no such note.
std::string disregard_refused_below_age(const Comparison& c);

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
