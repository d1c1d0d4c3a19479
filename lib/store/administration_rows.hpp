// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: the inserts of the administration's rows with their audit entries, shared
// by the CSV import (administration.cpp) and the single-employee writes (employment_changes.cpp).
// Each runs inside the caller's write transaction.

#include <cstdint>
#include <string>

#include "basisbaan/store/administration.hpp"
#include "internal.hpp"

namespace basisbaan::store_detail {

/// The audit entity of the contracts row `id`: "contract:N".
std::string contract_entity(std::int64_t id);
/// Inserts a contract and audits "contract.add"; returns its row id.
std::int64_t insert_contract(Database& db, const std::string& employee_id, const Contract& c);
/// Inserts a scale placement and audits "placement.add".
void insert_placement(Database& db, const std::string& employee_id, const ScalePlacement& p);
/// Inserts the employees row of `e` (no audit entry: the caller writes the one that says why).
void insert_employee_row(Database& db, const Employee& e);

/// The same inserts for many rows in one write transaction (the CSV import): each statement is
/// prepared once and the audit entries are appended by one AuditAppender. Every row and entry is
/// what the functions above write.
class AdministrationRows {
 public:
  explicit AdministrationRows(Database& db);
  /// As insert_employee_row.
  void employee_row(const Employee& e);
  /// As insert_contract.
  std::int64_t contract(const std::string& employee_id, const Contract& c);
  /// As insert_placement.
  void placement(const std::string& employee_id, const ScalePlacement& p);
  /// The audit log these rows' entries are appended to.
  AuditAppender& audit() { return audit_; }

 private:
  Database* db_;
  SQLite::Statement employee_;
  SQLite::Statement contract_;
  SQLite::Statement placement_;
  AuditAppender audit_;
};

}  // namespace basisbaan::store_detail
