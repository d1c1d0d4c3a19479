// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What a back office reports after writing an export of a closed run: the counts and totals the
// command line prints beside the file it wrote ("12 income relationships, net wages …").

#include <cstddef>
#include <vector>

#include "basisbaan/core/money.hpp"
#include "basisbaan/export/journal.hpp"
#include "basisbaan/export/run_data.hpp"

namespace basisbaan::app {

/// The counts and the net total of a run as the exports read it.
struct RunDataTotals {
  std::size_t income_relationships = 0;  ///< employees in the run (one income relationship each in the return)
  std::size_t corrected_periods = 0;     ///< corrections of earlier periods paid in the run
  Money net_wages;                       ///< the sum of the payslips' net wages: what the SEPA file pays
};

/// The totals of `run`, exact to the cent.
RunDataTotals run_data_totals(const RunData& run);

/// The sum of the debit side of `lines` (journal_lines balances, so it equals the credit side).
Money journal_debit_total(const std::vector<JournalLine>& lines);

}  // namespace basisbaan::app
