// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/annual_exports.hpp"

#include <set>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/jaaropgaaf.hpp"
#include "basisbaan/export/loonstaat.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan::app {
namespace {

/// The periods of `year` (of each employee's pay period) in which an employee was employed and
/// that have no run at all, in label order; `run` holds the labels of the year's runs. A period
/// once found is not looked at again for the next employees.
std::vector<std::string> never_run_periods(const Backoffice& office, int year, const std::set<std::string>& run) {
  std::set<std::string> missing;
  for (const EmployeeRecord& r : office.employees()) {
    const PeriodKind kind = r.employee.pay_period;
    for (int n = 1; n <= PayPeriod::count_in_year(kind, year); ++n) {
      const PayPeriod p(kind, year, n);
      const std::string label = p.label();
      if (run.count(label) == 0 && missing.count(label) == 0 && employee_terms(r, p)) missing.insert(label);
    }
  }
  return {missing.begin(), missing.end()};
}

std::vector<RunData> closed_runs(const Backoffice& office, int year, AnnualExport& out) {
  std::vector<RunData> runs = office.closed_runs_of_year(year, &out.open_periods);
  if (runs.empty()) {
    throw InputError("year " + std::to_string(year) + ": no closed payroll run in " + office.database().path().string() +
                     (out.open_periods.empty() ? std::string() : " (not closed: " + out.open_periods.front() + ")"));
  }
  out.closed_periods = runs.size();
  std::set<std::string> run(out.open_periods.begin(), out.open_periods.end());
  for (const RunData& r : runs) run.insert(r.period.label());
  out.never_run_periods = never_run_periods(office, year, run);
  return runs;
}

}  // namespace

AnnualExport jaaropgaaf_export(const Backoffice& office, int year, AnnualExportFormat format) {
  AnnualExport out;
  const auto statements = jaaropgaven(year, closed_runs(office, year, out));
  out.employees = statements.size();
  if (format == AnnualExportFormat::Csv) {
    out.files.emplace_back("jaaropgaven-" + std::to_string(year) + ".csv", jaaropgaaf_csv(statements));
  } else {
    for (const auto& j : statements) out.files.emplace_back(jaaropgaaf_file_name(j), jaaropgaaf_html(j));
  }
  return out;
}

AnnualExport loonstaat_export(const Backoffice& office, int year, AnnualExportFormat format) {
  AnnualExport out;
  const auto staten = loonstaten(year, closed_runs(office, year, out));
  out.employees = staten.size();
  if (format == AnnualExportFormat::Csv) {
    out.files.emplace_back("loonstaten-" + std::to_string(year) + ".csv", loonstaat_csv(staten));
  } else {
    for (const auto& s : staten) out.files.emplace_back(loonstaat_file_name(s), loonstaat_html(s));
  }
  return out;
}

}  // namespace basisbaan::app
