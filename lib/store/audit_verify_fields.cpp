// SPDX-License-Identifier: EUPL-1.2
#include <map>

#include <nlohmann/json.hpp>

#include "audit_verify_parts.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "internal.hpp"

namespace basisbaan::store_detail {
namespace {

/// A recorded value, the entry that recorded it and, for a payslip's input snapshot, the run.
struct Recorded {
  std::string value;
  std::int64_t seq = 0;
  std::string run;  ///< "payroll run 3 (2026-01)" when the value is the one a run used; else empty

  /// How a problem names where the value is recorded, `shown` being the value as shown.
  std::string source(const std::string& shown) const {
    if (run.empty()) return "audit entry " + std::to_string(seq) + " recorded \"" + shown + "\"";
    return run + " used \"" + shown + "\" (its payslip's input snapshot, recorded by audit entry " + std::to_string(seq) + ")";
  }
};

/// The fields of the employee row a payslip's input snapshot holds as the row held them.
constexpr const char* kSnapshotFields[] = {"name", "birth_date", "bsn", "iban"};

/// The identity fields that the employee's latest payslip used (its input snapshot: what the row
/// held when the run was computed), where its run's entry is later than what `out` holds: an
/// imported employee's BSN, IBAN and birth date are recorded by no entry but by every payslip.
void add_snapshot_fields(const Database& db, const std::string& employee_id, std::map<std::string, Recorded>& out) {
  SQLite::Statement q(db.sql(),
                      "SELECT r.id, r.period, coalesce(t.content, p.employee), "
                      "(SELECT max(seq) FROM audit_log a WHERE a.entity = 'run:' || r.id AND a.action IN ('payroll.run', 'payroll.correct')) "
                      "FROM payslips p JOIN payroll_runs r ON r.id = p.run_id LEFT JOIN payslip_texts t ON t.id = p.employee_text "
                      "WHERE p.employee_id = ? ORDER BY r.id DESC LIMIT 1");
  q.bind(1, employee_id);
  if (!q.executeStep() || q.getColumn(3).isNull()) return;  // no payslip, or its run's entry is gone (verify names that)
  const std::int64_t seq = q.getColumn(3).getInt64();
  const auto snapshot = nlohmann::json::parse(q.getColumn(2).getString(), nullptr, false);
  if (!snapshot.is_object()) return;
  const std::string run = "payroll run " + q.getColumn(0).getString() + " (" + q.getColumn(1).getString() + ")";
  for (const char* field : kSnapshotFields) {
    const auto it = snapshot.find(field);
    if (it == snapshot.end() || !it->is_string()) continue;
    if (const auto known = out.find(field); known != out.end() && known->second.seq > seq) continue;  // changed after the run
    out[field] = {it->get<std::string>(), seq, run};
  }
}

/// The latest value each entry of `employee:ID` recorded per field of the employees row.
std::map<std::string, Recorded> recorded_fields(const Database& db, const std::string& employee_id) {
  std::map<std::string, Recorded> out;
  SQLite::Statement q(db.sql(), "SELECT seq, action, detail FROM audit_log WHERE entity = ? ORDER BY seq");
  q.bind(1, "employee:" + employee_id);
  while (q.executeStep()) {
    const std::int64_t seq = q.getColumn(0).getInt64();
    const std::string action = q.getColumn(1).getString();
    const auto detail = nlohmann::json::parse(q.getColumn(2).getString(), nullptr, false);
    if (!detail.is_object()) continue;  // altered: verify names the entry
    if ((action == "employee.import" || action == "employee.hire") && detail.contains("name") && detail["name"].is_string()) {
      out["name"] = {detail["name"].get<std::string>(), seq, {}};
    }
    if (action != "employee.change" || !detail.contains("changed") || !detail["changed"].is_object()) continue;
    for (const auto& [field, change] : detail["changed"].items()) {
      if (change.is_object() && change.contains("to") && change["to"].is_string()) out[field] = {change["to"].get<std::string>(), seq, {}};
    }
  }
  add_snapshot_fields(db, employee_id, out);
  return out;
}

/// The row's value of `field` as employee.change records it ("ja"/"nee" for the credit).
std::string row_value(const SQLite::Statement& row, const std::string& field) {
  const SQLite::Column c = row.getColumn(field.c_str());
  if (field == "payroll_tax_credit") return c.getInt() != 0 ? "ja" : "nee";
  return c.getString();
}

}  // namespace

std::string employee_field_differences(const Database& db, const std::string& employee_id) {
  SQLite::Statement row(db.sql(), "SELECT name, birth_date, bsn, iban, payroll_tax_credit, commute_km_per_period FROM employees WHERE id = ?");
  row.bind(1, employee_id);
  if (!row.executeStep()) return "";
  std::string out;
  for (const auto& [field, recorded] : recorded_fields(db, employee_id)) {
    if (field != "name" && field != "birth_date" && field != "bsn" && field != "iban" && field != "payroll_tax_credit" &&
        field != "commute_km_per_period") {
      continue;  // a field this version's change does not record
    }
    const std::string now = row_value(row, field);
    if (now == recorded.value) continue;
    const bool bsn = field == "bsn";
    out += (out.empty() ? "" : "; ") + std::string("field ") + field + ": " + recorded.source(bsn ? mask_bsn(recorded.value) : recorded.value) +
           ", the row holds \"" + (bsn ? mask_bsn(now) : now) + "\"";
  }
  return out;
}

}  // namespace basisbaan::store_detail
