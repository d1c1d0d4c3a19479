// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private to the store: the inserts of the administration's rows with their audit entries, shared
// by the CSV import (administration.cpp) and the single-employee writes (employment_changes.cpp).
// Each runs inside the caller's write transaction.

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

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

/// The same inserts for many rows in one write transaction (the CSV import): each table's rows
/// go in by one statement of up to 64 rows (kept open, the statement's cursors append without a
/// descent from the root per row; each CHECK's list is built once per statement, not per row),
/// then the batch's audit entries are appended by one AuditAppender in the order of one row at a
/// time. Every row (row ids included) and entry is what the functions above write, one by one.
class AdministrationRows {
 public:
  /// Rows whose "employee.import" entries name `document`.
  AdministrationRows(Database& db, std::string document);
  /// Adds an employee with its contract and placement (as insert_employee_row, "employee.import",
  /// insert_contract and insert_placement); the three must live until the next flush.
  void add(const Employee& e, const Contract& c, const ScalePlacement& p);
  /// Writes the rows added and not yet written (also called every 64 rows); throws as the
  /// functions above, with the transaction then to be rolled back.
  void flush();

  /// The rows written by one statement: add() writes them when it has this many.
  static constexpr std::size_t kBatch = 64;

 private:
  struct Pending {
    const Employee* e;
    const Contract* c;
    const ScalePlacement* p;
  };
  Database* db_;
  std::string document_;
  std::vector<Pending> pending_;
  std::unique_ptr<SQLite::Statement> employees_, employees_tail_, contracts_, contracts_tail_, placements_,
      placements_tail_;
  AuditAppender audit_;
};

}  // namespace basisbaan::store_detail
