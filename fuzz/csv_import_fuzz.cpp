// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the employees CSV import into a database file (parse_csv, every field check, the
// insert). Any input must be imported or refused with a basisbaan::Error. The import is all or
// nothing, so a refused input leaves the database as it was and the next input reuses it; after
// an import that stored employees the database is made afresh (a new file costs about 0.2 s,
// which made fresh files for every input 100 times slower).

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <unistd.h>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/administration.hpp"

namespace {

std::filesystem::path database_file() {
  std::error_code ec;
  const std::filesystem::path shm("/dev/shm");
  const auto dir = std::filesystem::is_directory(shm, ec) ? shm : std::filesystem::temp_directory_path();
  return dir / ("basisbaan-fuzz-" + std::to_string(::getpid()) + ".db");
}

void remove_database(const std::filesystem::path& file) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix, ec);
}

}  // namespace

/// The database of this process, removed at exit.
struct FuzzDatabase {
  std::filesystem::path file = database_file();
  std::optional<basisbaan::Database> db;
  ~FuzzDatabase() {
    db.reset();
    remove_database(file);
  }
};

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static FuzzDatabase f;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!f.db) {
    remove_database(f.file);
    f.db.emplace(basisbaan::Database::create(f.file));
  }
  try {
    if (basisbaan::import_employees_csv(*f.db, text, "fuzz.csv") > 0) f.db.reset();  // made afresh for the next input
  } catch (const basisbaan::Error&) {
  }
  return 0;
}
