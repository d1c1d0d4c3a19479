// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A stored payslip explained: computed again, with a trace on every line, from exactly what its
// run stored — the copy of the rules it used, the employer, the employee's input snapshot and the
// state the period started from — so that an auditor can follow every stored amount to its rule,
// value, date and source years later (docs/store.md, "Explaining a stored payslip").

#include <cstdint>
#include <string>

#include "basisbaan/payroll/payslip.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// A stored payslip computed again with traces.
struct ExplainedPayslip {
  std::int64_t run_id = 0;        ///< the run the payslip is stored in
  std::string rules_fingerprint;  ///< of the stored rules copy it was computed with
  Payslip payslip;                ///< recomputed, every line with its trace
  /// True when every recomputed line (code, text, amount) and the totals equal the stored ones:
  /// the traces then explain the stored amounts. False: `audit verify` and `replay` say why.
  bool matches_stored = false;
};

/// The payslip of `employee_id` stored in `run` (a regular or a correction run), computed again
/// with traces. Throws InputError when the run holds no payslip of the employee.
ExplainedPayslip explain_stored_payslip(const Database& db, const StoredRun& run, const std::string& employee_id);

}  // namespace basisbaan
