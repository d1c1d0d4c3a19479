// SPDX-License-Identifier: EUPL-1.2
// An older database: migrated with an audit entry per migration when opened for writing, read
// through a private migrated copy when opened read only (review F13).
#include <SQLiteCpp/Backup.h>
#include <sqlite3.h>

#include "basisbaan/store/schema.hpp"
#include "basisbaan/version.hpp"
#include "internal.hpp"

namespace basisbaan::store_detail {

void migrate_recorded(Database& db, int from) {
  const std::string file = db.path().string();
  if (from == 0) {  // an empty file becomes a database: nothing to record a change of
    migrate(db.sql(), file, latest_schema_version());
    return;
  }
  migrate(db.sql(), file, latest_schema_version(), [&db](int step_from, int step_to) {
    AuditAppender entry(db);
    entry.add("schema.migrate", "schema:" + std::to_string(step_to), "",
              CJson{{"from", step_from}, {"to", step_to}, {"program_version", std::string(version())}});
    entry.write_added();
  });
}

std::unique_ptr<SQLite::Database> migrated_copy(SQLite::Database& original, const std::string& file) {
  // "": a temporary database of this connection only, in memory while it fits the cache, spilled
  // to a deleted temporary file beyond; gone when the connection closes.
  auto copy = std::make_unique<SQLite::Database>("", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX);
  copy->exec("PRAGMA cache_size = -65536");
  {
    SQLite::Backup backup(*copy, original);  // one read transaction of the file: a consistent snapshot
    if (backup.executeStep(-1) != SQLITE_DONE) {  // busy or locked (SQLiteCpp throws for the other failures)
      throw StoreError(ErrorCode::StoreLocked, file + ": another process holds the database; try again when it has finished",
                       {.document = file});
    }
  }
  copy->exec("PRAGMA foreign_keys = ON");
  migrate(*copy, file + " (a private copy read only)", latest_schema_version());
  return copy;
}

}  // namespace basisbaan::store_detail
