// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/stored_records.hpp"

#include <algorithm>

#include "basisbaan/employment/wazo_sickness.hpp"

namespace basisbaan::app {

SickReportsFile sick_reports_of(const EmployeeRecord& record, const std::optional<Date>& on) {
  SickReportsFile f;
  f.employee = record.employee.id;
  f.reports = record.sick_reports;
  f.birth_date = record.employee.birth_date;
  for (const auto& l : record.maternity_leave) f.maternity_leave.push_back(l.second);
  f.reintegration_steps = record.reintegration_steps;
  f.extensions = record.sickness_extensions;
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

std::vector<AbsenceEmployee> absence_employees_of(const RuleBook& rules, const std::vector<EmployeeRecord>& records) {
  std::vector<AbsenceEmployee> out = absence_employees_of(records);
  for (AbsenceEmployee& e : out) {
    const auto r = std::find_if(records.begin(), records.end(), [&](const EmployeeRecord& x) { return x.employee.id == e.id; });
    std::vector<WazoLeavePeriod> leave;
    for (const auto& l : r->maternity_leave) leave.push_back(wazo_leave_period(maternity_leave(rules, l.second, r->sick_reports)));
    if (!leave.empty()) e.sickness = sick_reports_outside_wazo_leave(e.sickness, leave);
  }
  return out;
}

}  // namespace basisbaan::app
