// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/run_summary.hpp"

namespace basisbaan::app {

RunTotals run_totals(const StoredRun& run) {
  RunTotals t;
  t.employees = run.payslips.size();
  for (const auto& s : run.payslips) {
    t.gross += s.payslip.gross;
    t.wage_tax += s.payslip.wage_tax;
    t.net += s.payslip.net;
    t.employer_cost += s.payslip.employer_cost;
  }
  return t;
}

std::vector<PaidCorrection> corrections_paid_in(const Database& db, const PayPeriod& period) {
  std::vector<PaidCorrection> out;
  for (const auto& c : db.corrections_paid_in(period)) {
    for (const auto& d : c.differences) out.push_back({c.id, c.period.label(), d.employee_id, d.gross, d.wage_tax, d.net});
  }
  return out;
}

std::vector<PayslipVersion> payslip_versions(const StoredRun& run, const std::string& employee_id) {
  std::vector<PayslipVersion> out;
  if (const StoredPayslip* s = run.payslip(employee_id)) out.push_back({&run, s});
  for (const auto& c : run.corrections) {
    if (const StoredPayslip* s = c.payslip(employee_id)) out.push_back({&c, s});
  }
  return out;
}

Money total_net(const std::vector<PaidCorrection>& corrections) {
  Money m;
  for (const auto& c : corrections) m += c.net;
  return m;
}

}  // namespace basisbaan::app
