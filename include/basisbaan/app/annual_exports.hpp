// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The year's exports per employee from the database: the annual statements (jaaropgaven) and the
// wage ledgers (loonstaten), as HTML pages (one per employee) or one CSV file, ready to be
// written into a directory all or nothing (export/atomic_file.hpp write_files_atomically). The
// command line `basisbaan export jaaropgaaf|loonstaat` is a thin adapter over this.

#include <string>
#include <utility>
#include <vector>

#include "basisbaan/app/backoffice.hpp"

namespace basisbaan::app {

/// HTML pages for print, one per employee, or one CSV file for all.
enum class AnnualExportFormat { Html, Csv };

/// What to write: file names (plain, collision-free) with their content, and what was read.
struct AnnualExport {
  std::vector<std::pair<std::string, std::string>> files;  ///< name, content; by personnel number
  std::size_t employees = 0;                               ///< employees with a payslip in the year
  std::size_t closed_periods = 0;                          ///< closed regular runs read
  std::vector<std::string> open_periods;                   ///< runs of the year left out because not closed
  /// Periods of the year in which an employee was employed (of their pay period) that were never
  /// run, in label order: the statements leave them out as they do open runs.
  std::vector<std::string> never_run_periods;
};

/// The annual statements of `year` (export/jaaropgaaf.hpp) from the closed runs in the back
/// office's database: HTML "jaaropgaaf-<year>-<id>.html" per employee or "jaaropgaven-<year>.csv".
/// InputError "year Y: no closed payroll run" when the year has none.
AnnualExport jaaropgaaf_export(const Backoffice& office, int year, AnnualExportFormat format);

/// The loonstaten of `year` (export/loonstaat.hpp): HTML "loonstaat-<year>-<id>.html" per
/// employee or "loonstaten-<year>.csv". InputError as jaaropgaaf_export.
AnnualExport loonstaat_export(const Backoffice& office, int year, AnnualExportFormat format);

}  // namespace basisbaan::app
