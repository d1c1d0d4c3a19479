// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A payslip as a Dutch HTML page (loonstrook) that prints cleanly on one A4 page: employer and
// employee, every line with quantity, rate and amount, the totals, the year-to-date figures, the
// leave balance and the wage-continuation percentage during sickness when known, and the
// employer's charges. Self-contained (no scripts, fonts or images from elsewhere).

#include <string>

#include "basisbaan/export/run_data.hpp"

namespace basisbaan {

/// The payslip page of one employee in a run.
std::string payslip_html(const Employer& employer, const RunEmployee& employee);

/// The file name of the page: "loonstrook-<period>-<personnel number>.html". Letters, digits and
/// '-' of the personnel number stay; every other byte becomes "_XX" (its hex value: "E/1" →
/// "E_2F1", "E_1" → "E_5F1"), so two personnel numbers never share a file name.
std::string payslip_file_name(const RunEmployee& employee);

/// True for a name payslip_file_name can give ("loonstrook-….html"): the files `export payslips`
/// may replace in an existing directory.
bool is_payslip_file_name(const std::string& name);

}  // namespace basisbaan
