// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/replay_json.hpp"

namespace basisbaan::app {

Json replay_json(const std::string& period_label, const ReplayReport& report) {
  auto runs = Json::array();
  for (const auto& r : report.runs) {
    runs.push_back(Json{{"run", r.run_id}, {"period", r.period}, {"kind", std::string(to_string(r.kind))},
                        {"rules", r.rules_as_applied ? "as-applied" : "current"}, {"rules_fingerprint", r.rules_fingerprint},
                        {"program_version", r.program_version ? Json(*r.program_version) : Json(nullptr)},
                        {"payslips", r.payslips}, {"lines", r.lines}, {"identical", r.differences.empty()},
                        {"differences", r.differences}});
  }
  return Json{{"period", period_label}, {"identical", report.identical()}, {"runs", runs}};
}

std::size_t replay_differences(const ReplayReport& report) {
  std::size_t n = 0;
  for (const auto& r : report.runs) n += r.differences.size();
  return n;
}

}  // namespace basisbaan::app
