// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The permissions of the employer's database file: it holds BSNs, IBANs and wages, so it is
// readable and writable by its owner only. A new database is created so; these functions let a
// program warn about, and fix, one created otherwise (by an older version, a copy, a restore).

#include <filesystem>

namespace basisbaan {

/// True when the file (or its -wal/-shm companion) grants any permission to its group or to
/// others (mode & 077); false when it does not exist.
bool database_readable_by_others(const std::filesystem::path& database);

/// Sets the database file and its -wal/-shm companions that exist to mode 0600.
/// @throw StoreError naming the file when a chmod fails.
void restrict_database_to_owner(const std::filesystem::path& database);

}  // namespace basisbaan
