// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/run_json.hpp"

namespace basisbaan::app {

Json run_json(const StoredRun& run) {
  Json j;
  j["id"] = run.id;
  j["kind"] = std::string(to_string(run.kind));
  j["period"] = run.period.label();
  j["closed"] = run.closed;
  j["computed_at"] = run.computed_at;
  j["closed_at"] = run.closed_at ? Json(*run.closed_at) : Json(nullptr);
  j["rules_fingerprint"] = run.rules_fingerprint;
  j["program_version"] = run.program_version ? Json(*run.program_version) : Json(nullptr);  // null: not recorded
  j["content_hash"] = run.content_hash;
  if (run.kind == RunKind::Correction) {
    j["corrects_run"] = run.corrects_run.value_or(0);
    j["pay_in"] = run.pay_in ? run.pay_in->label() : "";
    j["reason"] = run.reason;
  }
  j["employer"] = run.employer.name;
  const RunTotals t = run_totals(run);
  auto slips = Json::array();
  for (const auto& s : run.payslips) slips.push_back(to_json(s.payslip));
  j["totals"] = Json{{"employees", t.employees}, {"gross", t.gross.str()}, {"wage_tax", t.wage_tax.str()}, {"net", t.net.str()},
                     {"employer_cost", t.employer_cost.str()}};
  j["payslips"] = std::move(slips);
  if (run.kind == RunKind::Correction) {
    auto ds = Json::array();
    for (const auto& d : run.differences) {
      auto ls = Json::array();
      for (const auto& l : d.lines) {
        ls.push_back(Json{{"code", std::string(code_name(l.code))}, {"description", l.description}, {"kind", std::string(to_string(l.kind))},
                          {"before", l.before.str()}, {"after", l.after.str()}, {"difference", l.difference().str()}});
      }
      ds.push_back(Json{{"employee_id", d.employee_id}, {"lines", ls}, {"gross", d.gross.str()},
                        {"wage_for_wage_tax", d.wage_for_wage_tax.str()}, {"wage_tax", d.wage_tax.str()}, {"net", d.net.str()},
                        {"employer_charges", d.employer_charges.str()}});
    }
    j["differences"] = std::move(ds);
  } else {
    auto cs = Json::array();
    for (const auto& c : run.corrections) cs.push_back(run_json(c));
    j["corrections"] = std::move(cs);
  }
  return j;
}

Json paid_corrections_json(const std::vector<PaidCorrection>& corrections) {
  auto arr = Json::array();
  for (const auto& c : corrections) {
    arr.push_back(Json{{"run", c.run}, {"corrected_period", c.corrected_period}, {"employee_id", c.employee_id},
                       {"gross", c.gross.str()}, {"wage_tax", c.wage_tax.str()}, {"net", c.net.str()}});
  }
  return arr;
}

Json payslip_versions_json(const std::vector<PayslipVersion>& versions) {
  Json arr = Json::array();
  for (const auto& v : versions) {
    Json j = to_json(v.payslip->payslip);
    j["run"] = v.run->id;
    j["run_kind"] = std::string(to_string(v.run->kind));
    arr.push_back(std::move(j));
  }
  return arr;
}

Json run_list_json(const std::vector<RunSummary>& runs) {
  auto arr = Json::array();
  for (const auto& r : runs) {
    arr.push_back(Json{{"id", r.id}, {"kind", std::string(to_string(r.kind))}, {"period", r.period},
                       {"pay_in", r.pay_in ? Json(*r.pay_in) : Json(nullptr)}, {"corrects_run", r.corrects_run ? Json(*r.corrects_run) : Json(nullptr)},
                       {"closed", r.closed}, {"computed_at", r.computed_at}, {"rules_fingerprint", r.rules_fingerprint},
                       {"employees", r.employees}, {"gross", r.gross.str()}, {"wage_tax", r.wage_tax.str()}, {"net", r.net.str()},
                       {"employer_cost", r.employer_cost.str()}});
  }
  return Json{{"runs", arr}};
}

}  // namespace basisbaan::app
