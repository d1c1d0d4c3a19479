// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/annual_exports.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/jaaropgaaf.hpp"
#include "basisbaan/export/loonstaat.hpp"

namespace basisbaan::app {
namespace {

std::vector<RunData> closed_runs(const Backoffice& office, int year, AnnualExport& out) {
  std::vector<RunData> runs = office.closed_runs_of_year(year, &out.open_periods);
  if (runs.empty()) {
    throw InputError("year " + std::to_string(year) + ": no closed payroll run in " + office.database().path().string() +
                     (out.open_periods.empty() ? std::string() : " (not closed: " + out.open_periods.front() + ")"));
  }
  out.closed_periods = runs.size();
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
