// SPDX-License-Identifier: EUPL-1.2
// audit verify: the file's integrity, the protective triggers, the hash chain, and every stored
// row against the hash its latest audit entry recorded (runs down to each payslip line).
#include "basisbaan/store/audit.hpp"

#include <map>
#include <set>

#include <sqlite3.h>

#include "basisbaan/core/sha256.hpp"
#include "basisbaan/store/schema.hpp"
#include "audit_verify_parts.hpp"
#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

std::string describe(const Database& db, const std::string& entity) {
  const auto colon = entity.find(':');
  const std::string kind = entity.substr(0, colon);
  const std::string key = entity.substr(colon + 1);
  if (kind == "run") {
    SQLite::Statement q(db.sql(), "SELECT period, kind FROM payroll_runs WHERE id = ?");
    q.bind(1, static_cast<std::int64_t>(std::stoll(key)));
    if (q.executeStep()) return "payroll run " + key + " (" + q.getColumn(0).getString() + ", " + q.getColumn(1).getString() + ")";
    return "payroll run " + key;
  }
  if (kind == "rules") return "stored rules " + key;
  if (kind == "placement") return "scale placement " + key;
  if (kind == "leave") return "leave record " + key;
  if (kind == "sick") return "sick report " + key;
  if (kind == "maternity") return "pregnancy and maternity leave " + key;
  if (kind == "extension") return "extension of wage continuation " + key;
  if (kind == "step") return "reintegration step " + key;
  return kind + " " + key;
}

void check_rule_set(const Database& db, const std::string& fingerprint, AuditVerification& v) {
  SQLite::Statement q(db.sql(), "SELECT path, content FROM rule_files WHERE fingerprint = ? ORDER BY path");
  q.bind(1, fingerprint);
  std::string all;
  while (q.executeStep()) {
    ++v.rows;
    all += q.getColumn(0).getString() + '\x1f' + sha256_hex(q.getColumn(1).getString()) + '\n';
  }
  SQLite::Statement s(db.sql(), "SELECT files_hash FROM rule_sets WHERE fingerprint = ?");
  s.bind(1, fingerprint);
  s.executeStep();
  if (sha256_hex(all) != s.getColumn(0).getString()) {
    v.problems.push_back({"stored rules " + fingerprint, "altered", "the stored copy of the rules files no longer matches its hash"});
  }
}


/// One read transaction around the whole verification: every statement sees the same snapshot
/// of the database (a run committed by another process meanwhile is not half seen). Under WAL a
/// reader never waits for a writer.
class ReadSnapshot {
 public:
  explicit ReadSnapshot(const Database& db) : db_(db) {
    if (sqlite3_get_autocommit(db.sql().getHandle()) == 0) return;  // the caller's transaction already is one
    SQLite::Statement(db.sql(), "BEGIN").exec();
    open_ = true;
    // The snapshot starts with the first read: take it now.
    SQLite::Statement(db.sql(), "SELECT count(*) FROM sqlite_master").executeStep();
  }
  ReadSnapshot(const ReadSnapshot&) = delete;
  ReadSnapshot& operator=(const ReadSnapshot&) = delete;
  ~ReadSnapshot() {
    if (!open_) return;
    try {
      SQLite::Statement(db_.sql(), "ROLLBACK").exec();
    } catch (...) {  // nothing was written; closing the connection ends the transaction anyway
    }
  }

 private:
  const Database& db_;
  bool open_ = false;
};

/// PRAGMA integrity_check: a damaged page (a zeroed index, a torn write) is named before the
/// chain is read. False when the file is damaged.
bool check_integrity(const Database& db, AuditVerification& v) {
  try {
    SQLite::Statement q(db.sql(), "PRAGMA integrity_check(20)");
    bool ok = true;
    while (q.executeStep()) {
      const std::string line = q.getColumn(0).getString();
      if (line == "ok") continue;
      ok = false;
      v.problems.push_back({"database file", "damaged", "SQLite's integrity check: " + line});
    }
    return ok;
  } catch (const SQLite::Exception& e) {
    v.problems.push_back({"database file", "damaged", std::string("SQLite's integrity check could not complete: ") + e.what()});
    return false;
  }
}

/// What the trigger `name` (one the migrations create) protects, as "the database no longer
/// enforces that …" goes on.
std::string what_trigger_protects(const std::string& name) {
  const auto starts = [&](const char* prefix) { return name.rfind(prefix, 0) == 0; };
  if (starts("audit_log_")) return "the audit log is append-only (no entry changed or deleted)";
  if (starts("rule_sets_") || starts("rule_files_")) return "the stored copies of the rules are immutable";
  if (starts("closed_run_")) return "a closed payroll run's row is never changed or deleted";
  if (starts("closed_payslip_")) return "the payslips of a closed run are never added, changed or deleted";
  if (starts("closed_line_")) return "the payslip lines of a closed run are never added, changed or deleted";
  if (starts("closed_correction_")) return "a correction's stored differences are never added, changed or deleted";
  if (starts("payslip_texts_")) {
    return "the stored payslip texts (input snapshots, states and packed lines, shared by payslips of closed runs) are immutable";
  }
  return "closed runs, stored rules and the audit log are immutable";
}

/// Every trigger against the full definition the migrations gave it: a trigger replaced by one
/// of the same name that does nothing is "altered", a missing one "deleted", an unknown one "inserted".
void check_triggers(const Database& db, AuditVerification& v) {
  SQLite::Statement uv(db.sql(), "PRAGMA user_version");
  uv.executeStep();
  const auto expected = expected_trigger_definitions(uv.getColumn(0).getInt());
  std::map<std::string, std::string> present;
  SQLite::Statement t(db.sql(), "SELECT name, coalesce(sql, '') FROM sqlite_master WHERE type = 'trigger'");
  while (t.executeStep()) present[t.getColumn(0).getString()] = t.getColumn(1).getString();
  std::set<std::string> known;
  for (const auto& [name, sql] : expected) {
    known.insert(name);
    const auto it = present.find(name);
    const std::string why = "the database no longer enforces that " + what_trigger_protects(name);
    if (it == present.end()) {
      v.problems.push_back({"trigger " + name, "deleted", why});
    } else if (it->second != sql) {
      v.problems.push_back({"trigger " + name, "altered", "its definition is not the one the schema created: " + why});
    }
  }
  for (const auto& [name, sql] : present) {
    if (known.count(name) == 0) {
      v.problems.push_back({"trigger " + name, "inserted", "no migration of this program creates it; it may change rows behind the library's back"});
    }
  }
}

/// What the chain says about the entities, for the rows check.
struct ChainFacts {
  std::map<std::string, std::pair<std::string, std::int64_t>> latest;  ///< entity -> (row hash, seq) of its latest entry
  std::map<std::string, std::int64_t> closed;                          ///< run entity -> the entry that closed it
  std::map<std::string, std::pair<std::string, std::int64_t>> content;  ///< run entity -> (content hash, seq) recorded
  std::vector<std::pair<std::int64_t, std::int64_t>> deleted;           ///< gaps in the numbering: first and last entry missing

  /// The gaps after entry `seq` (all with 0), as "audit entry 20" or "audit entries 20 and 31–33"; "" when none.
  std::string deleted_after(std::int64_t seq) const {
    std::vector<std::string> names;
    for (const auto& [first, last] : deleted) {
      if (first > seq) names.push_back(first == last ? std::to_string(first) : std::to_string(first) + "–" + std::to_string(last));
    }
    if (names.empty()) return "";
    const bool many = names.size() > 1 || names.front().find("–") != std::string::npos;
    std::string out = many ? "audit entries " : "audit entry ";
    for (std::size_t i = 0; i < names.size(); ++i) out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
  }
};

std::string detail_field(const std::string& detail, const char* field) {
  const auto j = nlohmann::json::parse(detail, nullptr, false);
  if (j.is_object() && j.contains(field) && j[field].is_string()) return j[field].get<std::string>();
  return "";
}

/// Walks the chain: numbering, links, each entry's hash; a closed run changed afterwards (its
/// closing is an entry of the chain: "payroll.close", or "payroll.correct" for a correction,
/// which is closed when made); `expected_head` must be one of the entries (the chain may extend it).
ChainFacts check_chain(const Database& db, const std::optional<std::string>& expected_head, AuditVerification& v) {
  ChainFacts f;
  std::string prev(64, '0');
  std::int64_t expected = 1;
  std::int64_t head_at = 0;
  SQLite::Statement q(db.sql(), "SELECT seq, at, action, entity, row_hash, detail, prev_hash, hash FROM audit_log ORDER BY seq");
  while (q.executeStep()) {
    const std::int64_t seq = q.getColumn(0).getInt64();
    const std::string action = q.getColumn(2).getString();
    const std::string entity = q.getColumn(3).getString();
    const std::string row_hash = q.getColumn(4).getString();
    const std::string detail = q.getColumn(5).getString();
    const std::string stored_prev = q.getColumn(6).getString();
    const std::string hash = q.getColumn(7).getString();
    ++v.entries;
    if (seq > expected) f.deleted.emplace_back(expected, seq - 1);
    if (seq != expected) {
      v.problems.push_back({"audit entry " + std::to_string(expected) + (seq > expected + 1 ? "–" + std::to_string(seq - 1) : ""),
                            seq > expected ? "deleted" : "inserted",
                            "the entries are numbered without gaps; entry " + std::to_string(seq) + " follows " +
                                std::to_string(expected - 1)});
    } else if (stored_prev != prev) {
      v.problems.push_back({"audit entry " + std::to_string(seq), "chain broken",
                            "it does not continue from the entry before it (an entry was altered, inserted or deleted there)"});
    }
    if (audit_entry_hash(stored_prev, seq, q.getColumn(1).getString(), action, entity, row_hash, detail) != hash) {
      v.problems.push_back({"audit entry " + std::to_string(seq), "altered",
                            "its content (" + action + " " + entity + ") no longer matches its hash"});
    }
    if (entity.rfind("run:", 0) == 0) {
      if (const auto c = f.closed.find(entity); c != f.closed.end()) {
        const std::string period = detail_field(detail, "period");
        v.problems.push_back({"payroll run " + entity.substr(4) + (period.empty() ? "" : " (" + period + ")"), "reopened",
                              "audit entry " + std::to_string(c->second) + " closed it, audit entry " + std::to_string(seq) + " (" +
                                  action + ") changed it afterwards: a closed run can never be changed, only corrected"});
      } else if (action == "payroll.close" || action == "payroll.correct") {
        f.closed[entity] = seq;
      }
      if (action == "payroll.run" || action == "payroll.correct") f.content[entity] = {detail_field(detail, "content_hash"), seq};
    }
    if (expected_head && hash == *expected_head) head_at = seq;
    f.latest[entity] = {row_hash, seq};
    prev = hash;
    expected = seq + 1;
  }
  v.head = prev;
  v.expected_head_at = head_at;
  if (expected_head && head_at == 0) {
    v.problems.push_back({"audit head", "differs",
                          "no entry of the chain has the hash " + *expected_head + " (the chain ends in " + v.head + " after entry " +
                              std::to_string(expected - 1) + "): the entries up to it were rewritten or cut off"});
  }
  return f;
}

/// A run the chain closed that is open now, and a run whose content hash is not the one its
/// "payroll.run"/"payroll.correct" entry recorded.
void check_run_against_chain(const Database& db, const std::string& entity, const std::string& name, const ChainFacts& f,
                             AuditVerification& v) {
  SQLite::Statement q(db.sql(), "SELECT closed, content_hash FROM payroll_runs WHERE id = ?");
  q.bind(1, static_cast<std::int64_t>(std::stoll(entity.substr(4))));
  if (!q.executeStep()) return;
  if (const auto c = f.closed.find(entity); c != f.closed.end() && q.getColumn(0).getInt() != 1) {
    v.problems.push_back({name, "reopened", "audit entry " + std::to_string(c->second) + " closed it; it is open now"});
  }
  if (f.closed.count(entity) == 0 && q.getColumn(0).getInt() == 1) {
    const auto latest = f.latest.find(entity);
    const std::string gap = f.deleted_after(latest == f.latest.end() ? 0 : latest->second.second);
    v.problems.push_back({name, "closed without an entry",
                          "it is closed, but no audit entry closed it (payroll.close): its closing entry was removed — " +
                              (gap.empty() ? std::string("as the last entry, which leaves no gap in the numbering (audit verify --expect-head "
                                                         "with a head noted earlier names that)")
                                           : gap + ", deleted (above), may have been it") +
                              " — or it was closed behind the library's back"});
  }
  if (const auto c = f.content.find(entity); c != f.content.end() && !c->second.first.empty() &&
                                               c->second.first != q.getColumn(1).getString()) {
    v.problems.push_back({name, "altered", "its content hash is not the one audit entry " + std::to_string(c->second.second) + " recorded"});
  }
}

/// Whether run `entity`, closed without an entry that closed it, is otherwise the row `recorded`
/// (the hash its latest entry, payroll.run, recorded): then its closing is all that changed.
bool only_closed_since(const Database& db, const std::string& entity, const ChainFacts& f, const std::string& recorded) {
  if (entity.rfind("run:", 0) != 0 || f.closed.count(entity) != 0) return false;
  return open_run_hash(db, std::stoll(entity.substr(4))) == recorded;
}

/// One row against the latest entry that recorded it. A gap in the numbering (entries deleted) may
/// explain a row without an entry, or a row that changed after the entry that recorded it.
void check_row(const Database& db, const std::string& entity, const std::string& name, const ChainFacts& f, EntityHasher& hasher,
               AuditVerification& v) {
  const auto it = f.latest.find(entity);
  if (it == f.latest.end() || it->second.first.empty()) {
    const std::string gap = f.deleted_after(it == f.latest.end() ? 0 : it->second.second);
    if (gap.empty()) {
      v.problems.push_back({name, "inserted", "no audit entry records it: it was added behind the library's back"});
    } else {
      v.problems.push_back({name, "unrecorded", "no audit entry records it; " + gap +
                                                     ", deleted (above), may have recorded it — if not, it was added behind the library's back"});
    }
    return;
  }
  const auto& [recorded, seq] = it->second;
  if (hasher.hash(entity) == recorded || only_closed_since(db, entity, f, recorded)) return;
  std::string detail = "it no longer matches what audit entry " + std::to_string(seq) + " recorded";
  if (entity.rfind("employee:", 0) == 0) {
    if (const std::string fields = employee_field_differences(db, entity.substr(9)); !fields.empty()) detail += ": " + fields;
  }
  if (const std::string gap = f.deleted_after(seq); !gap.empty()) detail += "; " + gap + ", deleted (above), may have recorded a later change to it";
  v.problems.push_back({name, "altered", detail});
}

/// Every row against its latest entry; runs down to each line; the stored rules copies.
void check_rows(const Database& db, const ChainFacts& f, AuditVerification& v) {
  std::set<std::string> present;
  EntityHasher hasher(db);  // one statement and column layout per table, not per row
  for (const auto& entity : all_entities(db)) {
    present.insert(entity);
    ++v.rows;
    const std::string name = describe(db, entity);
    if (entity.rfind("run:", 0) == 0) {
      check_run(db, std::stoll(entity.substr(4)), name, v);
      check_run_against_chain(db, entity, name, f, v);
    }
    if (entity.rfind("rules:", 0) == 0) check_rule_set(db, entity.substr(6), v);
    check_row(db, entity, name, f, hasher, v);
  }
  for (const auto& [entity, h] : f.latest) {
    if (!h.first.empty() && present.count(entity) == 0) {
      v.problems.push_back({describe(db, entity), "deleted",
                            "audit entry " + std::to_string(h.second) + " recorded it, but it is no longer in the database"});
    }
  }
}

}  // namespace

AuditVerification verify_audit(const Database& db, const std::optional<std::string>& expected_head) {
  AuditVerification v;
  v.copied_from_schema = db.copied_from_schema();
  try {
    const ReadSnapshot snapshot(db);
    if (!check_integrity(db, v)) return v;  // a damaged file: the rest would only repeat it
    check_triggers(db, v);
    const ChainFacts chain = check_chain(db, expected_head, v);
    check_rows(db, chain, v);
  } catch (const SQLite::Exception& e) {
    v.problems.push_back({"database", "unreadable", e.what()});
  } catch (const Error& e) {
    v.problems.push_back({"database", "unreadable", e.what()});
  }
  return v;
}

}  // namespace basisbaan
