// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/audit_json.hpp"

namespace basisbaan::app {

Json audit_verification_json(const AuditVerification& v) {
  auto ps = Json::array();
  for (const auto& p : v.problems) ps.push_back(Json{{"where", p.where}, {"what", p.what}, {"detail", p.detail}});
  Json out{{"ok", v.ok()}, {"entries", v.entries}, {"rows", v.rows}, {"head", v.head}, {"problems", ps}};
  if (v.expected_head_at > 0) out["expected_head_at"] = v.expected_head_at;
  if (v.copied_from_schema) out["copied_from_schema"] = *v.copied_from_schema;
  return out;
}

Json audit_log_json(const std::vector<AuditEntry>& entries) {
  auto arr = Json::array();
  for (const auto& e : entries) {
    arr.push_back(Json{{"seq", e.seq}, {"at", e.at}, {"action", e.action}, {"entity", e.entity}, {"row_hash", e.row_hash},
                       {"detail", Json::parse(e.detail)}, {"prev_hash", e.prev_hash}, {"hash", e.hash}});
  }
  return Json{{"entries", arr}};
}

}  // namespace basisbaan::app
