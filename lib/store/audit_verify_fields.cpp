// SPDX-License-Identifier: EUPL-1.2
#include <map>

#include <nlohmann/json.hpp>

#include "audit_verify_parts.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "internal.hpp"

namespace basisbaan::store_detail {
namespace {

/// A recorded value and the entry that recorded it.
struct Recorded {
  std::string value;
  std::int64_t seq = 0;
};

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
      out["name"] = {detail["name"].get<std::string>(), seq};
    }
    if (action != "employee.change" || !detail.contains("changed") || !detail["changed"].is_object()) continue;
    for (const auto& [field, change] : detail["changed"].items()) {
      if (change.is_object() && change.contains("to") && change["to"].is_string()) out[field] = {change["to"].get<std::string>(), seq};
    }
  }
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
    out += (out.empty() ? "" : "; ") + std::string("field ") + field + ": audit entry " + std::to_string(recorded.seq) + " recorded \"" +
           (bsn ? mask_bsn(recorded.value) : recorded.value) + "\", the row holds \"" + (bsn ? mask_bsn(now) : now) + "\"";
  }
  return out;
}

}  // namespace basisbaan::store_detail
