// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/export_summary.hpp"

namespace basisbaan::app {

RunDataTotals run_data_totals(const RunData& run) {
  RunDataTotals t;
  t.income_relationships = run.employees.size();
  t.corrected_periods = run.corrections.size();
  for (const auto& re : run.employees) t.net_wages += re.payslip.net;
  return t;
}

Money journal_debit_total(const std::vector<JournalLine>& lines) {
  Money m;
  for (const auto& l : lines) m += l.debit;
  return m;
}

}  // namespace basisbaan::app
