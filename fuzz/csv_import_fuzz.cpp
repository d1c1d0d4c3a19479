// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the employees CSV import into a database in memory (parse_csv, every field
// check, the insert). Any input must be imported or refused with a basisbaan::Error.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

#include <unistd.h>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/administration.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  static const std::filesystem::path file =
      std::filesystem::temp_directory_path() / ("basisbaan-fuzz-" + std::to_string(::getpid()) + ".db");
  const auto clean = [] {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(file.string() + suffix, ec);
  };
  clean();
  try {
    basisbaan::Database db = basisbaan::Database::create(file);
    (void)basisbaan::import_employees_csv(db, text, "fuzz.csv");
  } catch (const basisbaan::Error&) {
  }
  clean();
  return 0;
}
