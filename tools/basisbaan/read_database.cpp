// SPDX-License-Identifier: EUPL-1.2
#include "read_database.hpp"

#include <ostream>

#include "basisbaan/store/schema.hpp"

namespace basisbaan::cli {

Database open_to_read(Context& ctx, const std::string& file) {
  Database db = Database::open(file, Database::Access::ReadOnly);
  if (const auto from = db.copied_from_schema()) {
    *ctx.err << "note: " << file << " has schema version " << *from << "; it was read through a private copy migrated to version "
             << latest_schema_version() << " in memory, the file itself was not changed (open it once for writing, e.g. basisbaan init --db "
             << file << ", to migrate it)\n";
  }
  return db;
}

}  // namespace basisbaan::cli
