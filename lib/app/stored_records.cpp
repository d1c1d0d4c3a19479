// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/stored_records.hpp"

namespace basisbaan::app {

SickReportsFile sick_reports_of(const EmployeeRecord& record, const std::optional<Date>& on) {
  SickReportsFile f;
  f.employee = record.employee.id;
  f.reports = record.sick_reports;
  f.birth_date = record.employee.birth_date;
  if (on) {
    for (const ScalePlacement& p : record.placements) {
      if (p.from <= *on) f.hourly_wage = p.hourly_wage;  // by date: the last one in force wins
    }
  }
  return f;
}

std::vector<AbsenceEmployee> absence_employees_of(const std::vector<EmployeeRecord>& records) {
  std::vector<AbsenceEmployee> out;
  for (const EmployeeRecord& r : records) {
    if (r.contracts.empty()) continue;
    AbsenceEmployee e;
    e.id = r.employee.id;
    for (const Contract& c : r.contracts) e.employment.push_back({c.start, c.end, c.hours_per_week});
    e.sickness = r.sick_reports;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace basisbaan::app
