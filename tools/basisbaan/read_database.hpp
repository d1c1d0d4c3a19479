// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Opening the employer's database for a command that only reads it.

#include <string>

#include "basisbaan/store/database.hpp"
#include "cli.hpp"

namespace basisbaan::cli {

/// Opens `file` read only. A file with an older schema is read through a private migrated copy
/// (Database::copied_from_schema; the file is not changed), which a note on standard error says.
Database open_to_read(Context& ctx, const std::string& file);

}  // namespace basisbaan::cli
