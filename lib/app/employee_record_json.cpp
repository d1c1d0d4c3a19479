// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/employee_record_json.hpp"

#include "basisbaan/payroll/employee_json.hpp"

namespace basisbaan::app {

Json contract_json(const Contract& c) {
  Json j{{"label", c.id}, {"job", c.job}, {"start", to_string(c.start)},
         {"end", c.end ? Json(to_string(*c.end)) : Json(nullptr)}, {"indefinite", c.indefinite},
         {"hours_per_week", c.hours_per_week.str()}};
  // Only when set: the JSON of a contract by date is unchanged.
  if (c.ends_on_event()) j["end_event"] = c.end_event;
  if (c.expected_end) j["expected_end"] = to_string(*c.expected_end);
  if (c.ending) {
    j["end_reason"] = std::string(to_string(c.ending->reason));
    j["end_initiative"] = std::string(to_string(c.ending->initiative));
    if (c.ending->employer_seriously_culpable) j["seriously_culpable"] = "employer";
    if (c.ending->employee_seriously_culpable) j["seriously_culpable"] = "employee";
  }
  return j;
}

Json contract_change_json(const ContractChange& change) {
  return Json{{"added", contract_json(change.added)},
              {"ended", change.ended ? contract_json(*change.ended) : Json(nullptr)},
              {"replaced", change.replaced ? contract_json(*change.replaced) : Json(nullptr)}};
}

Json employee_record_json(const EmployeeRecord& record) {
  Json j = to_json(record.employee);
  auto cs = Json::array();
  for (const auto& c : record.contracts) cs.push_back(contract_json(c));
  j["contracts"] = cs;
  auto ps = Json::array();
  for (const auto& p : record.placements) {
    ps.push_back(Json{{"from", to_string(p.from)}, {"scale", p.scale}, {"hourly_wage", p.hourly_wage ? Json(p.hourly_wage->str()) : Json(nullptr)}});
  }
  j["scale_placements"] = ps;
  auto ls = Json::array();
  for (const auto& l : record.leave_taken) ls.push_back(Json{{"date", to_string(l.date)}, {"hours", l.hours.str()}, {"note", l.note}});
  j["leave_taken"] = ls;
  auto ss = Json::array();
  for (const auto& s : record.sick_reports) {
    ss.push_back(Json{{"label", s.id}, {"first_day", to_string(s.first_day)}, {"incapacity", s.initial_incapacity.percent().str()},
                      {"recovered", s.recovered ? Json(to_string(*s.recovered)) : Json(nullptr)}});
  }
  j["sick_reports"] = ss;
  return j;
}

}  // namespace basisbaan::app
