// SPDX-License-Identifier: EUPL-1.2
// Exports are written through a temporary file and a rename: never half a file.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/atomic_file.hpp"

using namespace basisbaan;
namespace fs = std::filesystem;

TEST_CASE("a file is written whole, or not at all", "[export][atomic]") {
  const fs::path dir = fs::temp_directory_path() / "basisbaan-atomic-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path f = dir / "out.xml";
  write_file_atomically(f, "first");
  write_file_atomically(f, "second");
  std::ifstream in(f);
  std::stringstream s;
  s << in.rdbuf();
  CHECK(s.str() == "second");
  CHECK_THROWS_WITH(write_file_atomically(dir / "missing" / "x.xml", "x"), Catch::Contains("does not exist"));
  CHECK_THROWS_AS(write_file_atomically(dir, "x"), InputError);
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++files;
  CHECK(files == 1);  // no temporary file left behind
  fs::remove_all(dir);
}
