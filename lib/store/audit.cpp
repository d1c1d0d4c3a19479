// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/audit.hpp"

#include <map>
#include <set>

#include "basisbaan/core/sha256.hpp"
#include "basisbaan/store/schema.hpp"
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
  return kind + " " + key;
}

/// Checks one run's payslips and lines against their hashes and the run's content hash.
void check_run(const Database& db, std::int64_t run_id, const std::string& name, AuditVerification& v) {
  SQLite::Statement ps(db.sql(), std::string(kPayslipSelect) + " WHERE p.run_id = ? ORDER BY p.employee_id");
  ps.bind(1, run_id);
  SQLite::Statement ls(db.sql(),
                       "SELECT employee_id, seq, code, description, kind, quantity, rate, amount_cents, check_hash FROM payslip_lines "
                       "WHERE run_id = ? ORDER BY employee_id, seq");
  ls.bind(1, run_id);
  bool more = ls.executeStep();
  std::set<std::string> employees;
  while (ps.executeStep()) {
    const PayslipRow row = read_payslip_row(ps);
    employees.insert(row.employee_id);
    ++v.rows;
    // Lines of employees without a payslip row (sorted before this one) were inserted.
    while (more && ls.getColumn(0).getString() < row.employee_id) {
      v.problems.push_back({name + " line " + ls.getColumn(1).getString() + " of employee " + ls.getColumn(0).getString(), "inserted",
                            "a payslip line without a payslip"});
      more = ls.executeStep();
    }
    std::vector<LineRow> lines;
    bool line_problem = false;
    while (more && ls.getColumn(0).getString() == row.employee_id) {
      LineRow l{ls.getColumn(1).getInt64(), ls.getColumn(2).getString(), ls.getColumn(3).getString(), ls.getColumn(4).getString(),
                ls.getColumn(5).getString(), ls.getColumn(6).getString(), ls.getColumn(7).getInt64()};
      ++v.rows;
      if (line_check(row.employee_id, l) != ls.getColumn(8).getString()) {
        v.problems.push_back({name + " payslip " + row.employee_id + " line " + std::to_string(l.seq) + " " + l.code, "altered",
                              "the line (amount " + Money::from_cents(l.amount).str() + ", \"" + l.description +
                                  "\") no longer matches the check hash it was stored with"});
        line_problem = true;
      }
      lines.push_back(std::move(l));
      more = ls.executeStep();
    }
    if (static_cast<std::int64_t>(lines.size()) != row.line_count) {
      v.problems.push_back({name + " payslip " + row.employee_id, lines.size() < static_cast<std::size_t>(row.line_count) ? "lines deleted" : "lines inserted",
                            std::to_string(row.line_count) + " lines were stored, " + std::to_string(lines.size()) + " are there"});
      line_problem = true;
    }
    if (!line_problem && payslip_hash(row, lines) != ps.getColumn(20).getString()) {
      v.problems.push_back({name + " payslip " + row.employee_id, "altered",
                            "the payslip (totals, input snapshot or lines) no longer matches its hash"});
    }
  }
  while (more) {
    v.problems.push_back({name + " line " + ls.getColumn(1).getString() + " of employee " + ls.getColumn(0).getString(), "inserted",
                          "a payslip line without a payslip"});
    more = ls.executeStep();
  }
  SQLite::Statement h(db.sql(), "SELECT content_hash FROM payroll_runs WHERE id = ?");
  h.bind(1, run_id);
  h.executeStep();
  if (compute_content_hash(db, run_id) != h.getColumn(0).getString()) {
    v.problems.push_back({name, "altered",
                          "the run's content (header, the set of payslips and their hashes, or its correction differences) no "
                          "longer matches its content hash"});
  }
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

}  // namespace

std::vector<AuditEntry> audit_entries(const Database& db, std::optional<int> limit) {
  std::vector<AuditEntry> out;
  std::string sql = "SELECT seq, at, action, entity, row_hash, detail, prev_hash, hash FROM audit_log ORDER BY seq";
  if (limit) sql = "SELECT * FROM (SELECT seq, at, action, entity, row_hash, detail, prev_hash, hash FROM audit_log ORDER BY seq DESC LIMIT " +
                   std::to_string(*limit) + ") ORDER BY seq";
  try {
    SQLite::Statement q(db.sql(), sql);
    while (q.executeStep()) {
      out.push_back({q.getColumn(0).getInt64(), q.getColumn(1).getString(), q.getColumn(2).getString(), q.getColumn(3).getString(),
                     q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getString(), q.getColumn(7).getString()});
    }
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), "reading the audit log", e);
  }
  return out;
}

AuditVerification verify_audit(const Database& db, const std::optional<std::string>& expected_head) {
  AuditVerification v;
  try {
    // 1. The triggers that make closed runs, stored rules and the log itself immutable.
    std::set<std::string> triggers;
    SQLite::Statement t(db.sql(), "SELECT name FROM sqlite_master WHERE type = 'trigger'");
    while (t.executeStep()) triggers.insert(t.getColumn(0).getString());
    for (const auto& name : expected_triggers()) {
      if (triggers.count(name) == 0) {
        v.problems.push_back({"trigger " + name, "deleted", "the database no longer enforces that closed runs, stored rules and the audit log are immutable"});
      }
    }

    // 2. The chain.
    std::map<std::string, std::pair<std::string, std::int64_t>> latest;  // entity -> (row hash, seq)
    std::string prev(64, '0');
    std::int64_t expected = 1;
    SQLite::Statement q(db.sql(), "SELECT seq, at, action, entity, row_hash, detail, prev_hash, hash FROM audit_log ORDER BY seq");
    while (q.executeStep()) {
      const std::int64_t seq = q.getColumn(0).getInt64();
      const std::string entity = q.getColumn(3).getString();
      const std::string row_hash = q.getColumn(4).getString();
      const std::string stored_prev = q.getColumn(6).getString();
      const std::string hash = q.getColumn(7).getString();
      ++v.entries;
      if (seq != expected) {
        v.problems.push_back({"audit entry " + std::to_string(expected) + (seq > expected + 1 ? "–" + std::to_string(seq - 1) : ""),
                              seq > expected ? "deleted" : "inserted",
                              "the entries are numbered without gaps; entry " + std::to_string(seq) + " follows " +
                                  std::to_string(expected - 1)});
      } else if (stored_prev != prev) {
        v.problems.push_back({"audit entry " + std::to_string(seq), "chain broken",
                              "it does not continue from the entry before it (an entry was altered, inserted or deleted there)"});
      }
      if (audit_entry_hash(stored_prev, seq, q.getColumn(1).getString(), q.getColumn(2).getString(), entity, row_hash,
                           q.getColumn(5).getString()) != hash) {
        v.problems.push_back({"audit entry " + std::to_string(seq), "altered",
                              "its content (" + q.getColumn(2).getString() + " " + entity + ") no longer matches its hash"});
      }
      latest[entity] = {row_hash, seq};
      prev = hash;
      expected = seq + 1;
    }
    v.head = prev;
    if (expected_head && *expected_head != v.head) {
      v.problems.push_back({"audit head", "differs",
                            "the chain ends in " + v.head + " after entry " + std::to_string(expected - 1) + ", expected " + *expected_head +
                                " (entries at the end were deleted, or others added)"});
    }

    // 3. Every row against its latest entry; runs down to each line.
    std::set<std::string> present;
    for (const auto& entity : all_entities(db)) {
      present.insert(entity);
      ++v.rows;
      const std::string name = describe(db, entity);
      if (entity.rfind("run:", 0) == 0) check_run(db, std::stoll(entity.substr(4)), name, v);
      if (entity.rfind("rules:", 0) == 0) check_rule_set(db, entity.substr(6), v);
      const auto it = latest.find(entity);
      if (it == latest.end() || it->second.first.empty()) {
        v.problems.push_back({name, "inserted", "no audit entry records it: it was added behind the library's back"});
        continue;
      }
      if (entity_hash(db, entity) != it->second.first) {
        v.problems.push_back({name, "altered", "it no longer matches what audit entry " + std::to_string(it->second.second) + " recorded"});
      }
    }
    for (const auto& [entity, h] : latest) {
      if (!h.first.empty() && present.count(entity) == 0) {
        v.problems.push_back({describe(db, entity), "deleted",
                              "audit entry " + std::to_string(h.second) + " recorded it, but it is no longer in the database"});
      }
    }
  } catch (const SQLite::Exception& e) {
    v.problems.push_back({"database", "unreadable", e.what()});
  } catch (const Error& e) {
    v.problems.push_back({"database", "unreadable", e.what()});
  }
  return v;
}

}  // namespace basisbaan
