// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The audit trail of the employer's database. Every change appends an entry that records the
// entity changed, the SHA-256 of its row afterwards, a detail, and a hash over all of that and
// the previous entry's hash. `verify_audit` walks the chain and every stored row (payroll runs
// down to each payslip line) and reports what was altered, inserted or deleted behind the
// library's back. See docs/store.md ("Audit trail") for what it can and cannot prove.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/store/database.hpp"

namespace basisbaan {

/// One entry of the audit chain: a change to one entity.
struct AuditEntry {
  std::int64_t seq = 0;  ///< 1-based position in the chain
  std::string at;        ///< UTC
  std::string action;    ///< e.g. "employee.import", "payroll.run", "payroll.close"
  std::string entity;    ///< e.g. "employee:E001", "run:3"
  std::string row_hash;  ///< SHA-256 of the entity's row after the change ("" when deleted)
  std::string detail;    ///< canonical JSON
  std::string prev_hash;  ///< the previous entry's hash (a fixed genesis value for the first)
  std::string hash;  ///< SHA-256 over this entry's fields and prev_hash
};

/// The entries, oldest first (the last `limit` when given).
std::vector<AuditEntry> audit_entries(const Database& db, std::optional<int> limit = std::nullopt);

/// The entries of one entity ("employee:E001", "contract:12", "run:3"), oldest first; none when
/// the entity exists but the chain has no entry for it (audit verify names it). Throws InputError
/// when there is no entry and no such row, or `entity` is not KIND:KEY of a kind the log names.
std::vector<AuditEntry> audit_entries_of_entity(const Database& db, const std::string& entity);

/// Every entry about one employee, oldest first: those of "employee:ID" (import, hire, change)
/// and those whose detail names the employee ("employee": ID: contracts, scale placements,
/// leave, sickness, maternity, garnishments). The payroll runs are entries of the whole run, not
/// of one employee: a payslip is traced by replay and its explanation. Throws InputError when
/// the database has no such employee and no entry names one.
std::vector<AuditEntry> audit_entries_of_employee(const Database& db, const std::string& employee_id);

/// One thing verify_audit found wrong.
struct AuditProblem {
  std::string where;  ///< "audit entry 7", "employee E003", "run 2 (2026-03) payslip E003 line 7 wage_tax", "trigger …"
  std::string what;   ///< "altered", "inserted", "deleted", "unrecorded", "reopened", "closed without an entry", …
  std::string detail;  ///< what was expected and found
};

/// What verify_audit checked and found.
struct AuditVerification {
  std::int64_t entries = 0;  ///< audit entries checked
  std::int64_t rows = 0;     ///< rows checked (administration, runs, payslips, lines)
  std::string head;          ///< hash of the last entry
  std::int64_t expected_head_at = 0;  ///< the entry whose hash is the expected head (0: none given, or not in the chain)
  /// The file's schema version when it is older and was checked through a private migrated copy
  /// (Database::copied_from_schema): the migrations only add, so every recorded hash still applies.
  std::optional<int> copied_from_schema;
  std::vector<AuditProblem> problems;  ///< in the order found: first the schema, then the chain, then the rows
  bool ok() const { return problems.empty(); }  ///< true when no problem was found
};

/// Checks, in one read transaction (one consistent snapshot, also while another process runs a
/// payroll): the file's integrity (PRAGMA integrity_check); the full definition of every trigger
/// (a trigger replaced by one of the same name is "altered"); the hash chain, and that no run was
/// changed after the entry that closed it ("reopened"); every row against the hash its latest
/// audit entry recorded (a row without an entry was inserted, an entry whose row is gone was
/// deleted); for payroll runs also each payslip and line against the run's hash, and that hash
/// against the one its "payroll.run" entry recorded. With `expected_head` (noted elsewhere, e.g.
/// on the closing report), an entry of the chain must have that hash: the chain may extend it,
/// but entries up to it cannot have been rewritten or cut off.
AuditVerification verify_audit(const Database& db, const std::optional<std::string>& expected_head = std::nullopt);

}  // namespace basisbaan
