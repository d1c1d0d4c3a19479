// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/audit.hpp"

#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

constexpr const char* kEntryColumns = "seq, at, action, entity, row_hash, detail, prev_hash, hash";

/// The entries `q` selects (kEntryColumns), in its order; `bind` binds its parameters.
template <typename Bind>
std::vector<AuditEntry> read_entries(const Database& db, const std::string& sql, const std::string& doing, Bind&& bind) {
  std::vector<AuditEntry> out;
  try {
    SQLite::Statement q(db.sql(), sql);
    bind(q);
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                     q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getString(), q.getColumn(7).getString()});
    }
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), doing, e);
  }
  return out;
}

}  // namespace

std::vector<AuditEntry> audit_entries(const Database& db, std::optional<int> limit) {
  std::string sql = std::string("SELECT ") + kEntryColumns + " FROM audit_log ORDER BY seq";
  if (limit) {
    sql = std::string("SELECT * FROM (SELECT ") + kEntryColumns + " FROM audit_log ORDER BY seq DESC LIMIT " + std::to_string(*limit) +
          ") ORDER BY seq";
  }
  return read_entries(db, sql, "reading the audit log", [](SQLite::Statement&) {});
}

std::vector<AuditEntry> audit_entries_of_entity(const Database& db, const std::string& entity) {
  // audit_by_entity (entity, seq) gives them in order.
  auto out = read_entries(db, std::string("SELECT ") + kEntryColumns + " FROM audit_log WHERE entity = ? ORDER BY seq",
                          "reading the audit entries of " + entity, [&](SQLite::Statement& q) { q.bind(1, entity); });
  if (!out.empty()) return out;
  std::optional<bool> exists;
  try {
    exists = entity_exists(db, entity);
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), "looking up " + entity, e);
  }
  if (!exists) {
    throw InputError(ErrorCode::InputNotFound,
                     "\"" + entity + "\" is not an entity of the audit log: it is written KIND:KEY, e.g. employee:E001, contract:12 or "
                     "run:3, with KIND one of " + audit_entity_kinds(),
                     {.document = db.path().string()});
  }
  if (!*exists) {
    throw InputError(ErrorCode::InputNotFound, "no " + entity + " in " + db.path().string() + ", and no audit entry names it",
                     {.document = db.path().string()});
  }
  return out;
}

std::vector<AuditEntry> audit_entries_of_employee(const Database& db, const std::string& employee_id) {
  // Every detail is canonical JSON written by the library; one altered behind its back (not
  // JSON any more) is skipped here rather than failing the whole listing: verify names it.
  auto out = read_entries(db,
                          std::string("SELECT ") + kEntryColumns +
                              " FROM audit_log WHERE entity = ?1 OR (json_valid(detail) AND json_extract(detail, '$.employee') = ?2) "
                              "ORDER BY seq",
                          "reading the audit entries of employee " + employee_id, [&](SQLite::Statement& q) {
                            q.bind(1, "employee:" + employee_id);
                            q.bind(2, employee_id);
                          });
  if (out.empty()) {
    bool known = false;
    try {
      SQLite::Statement q(db.sql(), "SELECT 1 FROM employees WHERE id = ?");
      q.bind(1, employee_id);
      known = q.executeStep();
    } catch (const SQLite::Exception& e) {
      throw store_error(db.path().string(), "looking up employee " + employee_id, e);
    }
    if (!known) {
      throw InputError(ErrorCode::InputNotFound, "no employee " + employee_id + " in " + db.path().string() + ", and no audit entry names one",
                       {.document = db.path().string()});
    }
  }
  return out;
}

}  // namespace basisbaan
