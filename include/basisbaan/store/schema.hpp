// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The schema of the employer's database: numbered migrations (PRAGMA user_version), applied in
// order, each in its own transaction. Used by Database::open/create; public for the tests, which
// build databases at every earlier version and migrate them.

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace SQLite {
class Database;
}

namespace basisbaan {

/// The schema version this program writes (the number of migrations).
int latest_schema_version() noexcept;

/// Called inside the transaction of each migration, after it was applied: from and to version.
using MigrationStep = std::function<void(int from, int to)>;

/// Applies the migrations after the database's user_version up to and including `target`, each
/// in its own transaction, in which `in_transaction` (when given) runs after the migration (the
/// store writes its audit entry there). Throws StoreError naming `file` and the migration when
/// one fails (that migration is rolled back); what `in_transaction` throws rolls it back too.
void migrate(SQLite::Database& db, const std::string& file, int target, const MigrationStep& in_transaction = {});

/// The triggers that keep closed runs, stored rules and the audit log immutable (sorted).
std::vector<std::string> expected_triggers();

/// Every trigger a database at schema `version` has, sorted by name, with its full SQL text as
/// the migrations created it (name, `CREATE TRIGGER …`); empty for a version this program does not
/// know. `verify_audit` compares each trigger's definition with it, not only its name.
std::vector<std::pair<std::string, std::string>> expected_trigger_definitions(int version);

/// Every table, index and trigger with its SQL, sorted: for comparing schemas.
std::string schema_text(SQLite::Database& db);

}  // namespace basisbaan
