// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A payslip as a Dutch HTML page (loonstrook) that prints cleanly on one A4 page: employer and
// employee, every line with quantity, rate and amount, the totals, the year-to-date figures, the
// leave balance and the wage-continuation percentage during sickness when known, and the
// employer's charges. Self-contained (no scripts, fonts or images from elsewhere).

#include <string>

#include "basisbaan/export/run_data.hpp"

namespace basisbaan {

/// Whether a payslip page is the final one of a closed run or a preview of an open run.
enum class PayslipStatus {
  Final,  ///< the run is closed: the payslip as paid
  Draft,  ///< the run is open and may still change: every page is marked "CONCEPT"
};

/// The status a page of `run` has: Final when the run is closed, Draft when it is open.
PayslipStatus payslip_status(const RunData& run);

/// The payslip page of one employee in a run. A Draft page says so in its title, in a heading
/// "CONCEPT — periode nog niet afgesloten" above everything else and in a watermark "CONCEPT"
/// across every printed page, so that it cannot be taken for the final payslip; a Final page
/// has none of these.
std::string payslip_html(const Employer& employer, const RunEmployee& employee, PayslipStatus status = PayslipStatus::Final);

/// The file name of the page: "loonstrook-<period>-<personnel number>.html". Letters, digits and
/// '-' of the personnel number stay; every other byte becomes "_XX" (its hex value: "E/1" →
/// "E_2F1", "E_1" → "E_5F1"), so two personnel numbers never share a file name.
std::string payslip_file_name(const RunEmployee& employee);

/// True for a name payslip_file_name can give ("loonstrook-….html"): the files `export payslips`
/// may replace in an existing directory.
bool is_payslip_file_name(const std::string& name);

}  // namespace basisbaan
