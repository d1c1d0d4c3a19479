// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/sha256.hpp"
#include "run_parts.hpp"

namespace basisbaan {

namespace store_detail {

void store_rules(Database& db, const RuleBook& rules) {
  SQLite::Statement q(db.sql(), "SELECT count(*) FROM rule_sets WHERE fingerprint = ?");
  q.bind(1, rules.fingerprint());
  q.executeStep();
  if (q.getColumn(0).getInt() > 0) return;
  std::string all;
  for (const auto& s : rules.sources()) all += s.path + '\x1f' + sha256_hex(s.content) + '\n';
  SQLite::Statement rs(db.sql(), "INSERT INTO rule_sets (fingerprint, files, files_hash) VALUES (?, ?, ?)");
  rs.bind(1, rules.fingerprint());
  rs.bind(2, static_cast<std::int64_t>(rules.sources().size()));
  rs.bind(3, sha256_hex(all));
  rs.exec();
  SQLite::Statement rf(db.sql(), "INSERT INTO rule_files (fingerprint, path, content) VALUES (?, ?, ?)");
  for (const auto& s : rules.sources()) {
    rf.reset();
    rf.bind(1, rules.fingerprint());
    rf.bind(2, s.path);
    rf.bind(3, s.content);
    rf.exec();
  }
  audit(db, "rules.store", "rules:" + rules.fingerprint(),
        CJson{{"fingerprint", rules.fingerprint()}, {"files", rules.sources().size()}});
}

}  // namespace store_detail

using namespace store_detail;

RuleBook stored_rules(const Database& db, const std::string& fingerprint) {
  std::vector<RuleSource> sources;
  try {
    SQLite::Statement q(db.sql(), "SELECT path, content FROM rule_files WHERE fingerprint = ? ORDER BY path");
    q.bind(1, fingerprint);
    while (q.executeStep()) sources.push_back({q.getColumn(0).getString(), q.getColumn(1).getString()});
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), "reading the stored rules " + fingerprint, e);
  }
  if (sources.empty()) throw StoreError(db.path().string() + ": the stored copy of the rules " + fingerprint + " is missing");
  RuleBook book = RuleBook::from_sources(std::move(sources));
  if (book.fingerprint() != fingerprint) {
    throw StoreError(db.path().string() + ": the stored copy of the rules " + fingerprint + " has the fingerprint " +
                     book.fingerprint() + ": it was altered");
  }
  return book;
}

}  // namespace basisbaan
