// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Leave agreements in the employer's database: a longer lapse term for the statutory leave hours
// agreed in writing (art. 7:640a BW) and leave that may be taken in advance. Each agreement is
// one row (entity "leave-agreement:N" in the audit log); the latest by date governs the leave
// ledger (apply_leave_agreements), so `leave balance --db`, `leave take` and the alerts use it.

#include <map>
#include <string>
#include <vector>

#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/store/administration.hpp"

namespace basisbaan {

/// Records a leave agreement of `employee_id`, after checking that the leave already recorded
/// still fits the balance under it. Returns the balance on the day of the agreement.
/// @throw InputError for an unknown employee, a lapse term outside 1 … 600 months, negative
///        advance hours, or leave recorded that would no longer fit (naming the record).
LeaveBalance add_leave_agreement(Database& db, const RuleBook& rules, const std::string& employee_id,
                                 const LeaveAgreement& agreement);

/// Reads the agreements into `records` (indexed by employee id in `index`), by date; a database
/// of an older schema without the table leaves them empty. For load_employee_records.
void load_leave_agreements(const Database& db, std::vector<EmployeeRecord>& records,
                           const std::map<std::string, std::size_t>& index);

}  // namespace basisbaan
