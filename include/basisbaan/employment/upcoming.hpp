// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Every date that matters for one employee in the coming months, from the records: contract
// ends, notice deadlines (7:668), conversions to permanent by law (7:668a), the employer policy's
// advice, reintegration deadlines (Wet verbetering poortwachter) and leave about to expire.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/employment/contract.hpp"
#include "basisbaan/employment/employer_policy.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// What the clerk has on file for one employee; every part may be empty.
struct EmployeeRecords {
  std::vector<Contract> contracts;          ///< validated and sorted
  std::vector<FunctioningReport> reports;  ///< functioning reports
  EmployerPolicy policy;  ///< the employer's renewal policy
  std::vector<SickReport> sick_reports;     ///< validated and sorted
  std::optional<LeaveLedger> leave;         ///< validated
};

/// One date that matters for an employee.
struct UpcomingDate {
  Date date;  ///< the day
  std::string kind;  ///< "contract end", "notice deadline", "permanent by law", "advice", "reintegration", "leave expiry"
  std::string what;  ///< plain text with the article or rule
};

/// The dates from `from` up to and including `from` + `months` months, in date order.
std::vector<UpcomingDate> upcoming_dates(const RuleBook& rules, const EmployeeRecords& records, const Date& from, int months);

}  // namespace basisbaan
