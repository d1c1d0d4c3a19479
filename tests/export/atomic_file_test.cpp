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

TEST_CASE("a planted symbolic link is never written through, and the file is the owner's only", "[export][atomic]") {
  // Issue 19: `ln -s /any/file .la.xml.tmp` made the return overwrite any file the user could
  // write; and exports holding BSNs were created with the umask (0644).
  const fs::path dir = fs::temp_directory_path() / "basisbaan-atomic-link-test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path victim = dir / "victim.txt";
  { std::ofstream(victim) << "keep me"; }
  fs::create_symlink(victim, dir / ".la.xml.tmp");
  write_file_atomically(dir / "la.xml", "<xml/>");
  std::ifstream in(victim);
  std::stringstream s;
  s << in.rdbuf();
  CHECK(s.str() == "keep me");
  const auto perms = fs::status(dir / "la.xml").permissions();
  CHECK((perms & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
  CHECK((perms & fs::perms::owner_read) != fs::perms::none);
  fs::remove_all(dir);
}
