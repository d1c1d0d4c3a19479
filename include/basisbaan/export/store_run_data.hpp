// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The exports' input read from the employer's database (store/database.hpp): the regular run of
// a period with its payslips, and the corrections paid in it with the payslips as filed before.

#include <vector>

#include "basisbaan/export/run_data.hpp"
#include "basisbaan/rules/rule_book.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// The run of `period`: StoreError "no payroll run for period P" when the period was not run.
/// The corrections are those whose difference is paid in `period`, each with the payslips of the
/// run it corrects. With `rules`, each employee's leave balance on the last day of the period and
/// absence percentage in the period are filled in from the administration (when it holds them).
/// The payslips of a provisional run (open) name the parameters it carried past their horizon
/// (Payslip::carried_forward).
RunData load_run_data(const Database& db, const PayPeriod& period, const RuleBook* rules = nullptr);

/// load_run_data and, for the wage-tax return's VerrArbKrt, each payslip's arbeidskorting of its
/// own period (RunEmployee::arbeidskorting_in_period: this period's year-to-date figure less the
/// previous period's, which is read too; the corrections' payslips likewise).
RunData load_wage_tax_return_data(const Database& db, const PayPeriod& period, const RuleBook* rules = nullptr);

/// The closed regular runs of `year`, oldest first, with the payslips as last corrected; `open_periods` receives the labels of the
/// runs of the year that are not closed (left out). With `rules`, absence and leave as above.
std::vector<RunData> load_closed_runs_of_year(const Database& db, int year, std::vector<std::string>* open_periods = nullptr,
                                              const RuleBook* rules = nullptr);

}  // namespace basisbaan
