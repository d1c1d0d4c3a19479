// SPDX-License-Identifier: EUPL-1.2
// Issue 19, safe files: payslip file names never collide, and a directory export is all new or
// untouched (a fresh directory beside the target that takes its place).

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <set>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/export/atomic_directory.hpp"
#include "basisbaan/export/payslip_html.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A fresh scratch directory, removed afterwards.
struct Scratch {
  fs::path dir;
  Scratch() {
    std::string tmpl = (fs::temp_directory_path() / "basisbaan-safe-XXXXXX").string();
    dir = ::mkdtemp(tmpl.data());
  }
  ~Scratch() {
    std::error_code ec;
    fs::remove_all(dir, ec);
  }
};

bool payslip_or_readme(const std::string& name) { return is_payslip_file_name(name); }

}  // namespace

TEST_CASE("payslip file names of different personnel numbers never collide", "[export][safe_files]") {
  RunData run = example_run("2026-03");
  RunEmployee re = run.employees[0];
  std::set<std::string> names;
  for (const char* id : {"E/1", "E_1", "E:1", "E 1", "E1", "../E1"}) {
    re.employee.id = id;
    const std::string name = payslip_file_name(re);
    INFO(id << " -> " << name);
    CHECK(name.find('/') == std::string::npos);
    CHECK(is_payslip_file_name(name));
    CHECK(names.insert(name).second);
  }
  re.employee.id = "E/1";
  CHECK(payslip_file_name(re) == "loonstrook-2026-03-E_2F1.html");
  re.employee.id = "E_1";
  CHECK(payslip_file_name(re) == "loonstrook-2026-03-E_5F1.html");
}

TEST_CASE("a directory export is all new, replaces an earlier export whole, and refuses clashes", "[export][safe_files]") {
  Scratch s;
  const fs::path out = s.dir / "slips";
  write_directory_atomically(out, {{"loonstrook-a.html", "A"}, {"loonstrook-b.html", "B"}}, payslip_or_readme);
  CHECK(slurp(out / "loonstrook-a.html") == "A");
  struct stat st {};
  REQUIRE(::stat((out / "loonstrook-a.html").c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0600);

  // Again, with one file fewer: the old export is replaced whole (no stale b).
  write_directory_atomically(out, {{"loonstrook-a.html", "A2"}}, payslip_or_readme);
  CHECK(slurp(out / "loonstrook-a.html") == "A2");
  CHECK_FALSE(fs::exists(out / "loonstrook-b.html"));

  // Two files of one name: nothing is written, the old export stays.
  CHECK_THROWS_WITH(write_directory_atomically(out, {{"loonstrook-x.html", "1"}, {"loonstrook-x.html", "2"}}, payslip_or_readme),
                    Catch::Contains("two files would both be named loonstrook-x.html"));
  CHECK(slurp(out / "loonstrook-a.html") == "A2");

  // A directory holding the user's own files is never replaced.
  std::ofstream(out / "notes.txt") << "mine";
  CHECK_THROWS_WITH(write_directory_atomically(out, {{"loonstrook-a.html", "A3"}}, payslip_or_readme),
                    Catch::Contains("it holds notes.txt"));
  CHECK(slurp(out / "notes.txt") == "mine");
  CHECK(slurp(out / "loonstrook-a.html") == "A2");

  // No temporary directory is left beside it.
  int entries = 0;
  for (const auto& e : fs::directory_iterator(s.dir)) {
    (void)e;
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("a directory export that fails halfway leaves the old export as it was", "[export][safe_files]") {
  Scratch s;
  const fs::path out = s.dir / "slips";
  write_directory_atomically(out, {{"loonstrook-a.html", "old"}}, payslip_or_readme);
  // A name that cannot be created (too long for the file system) after a good one: the write
  // fails in the middle, like a full disk.
  const std::string too_long = "loonstrook-" + std::string(300, 'x') + ".html";
  CHECK_THROWS_AS(write_directory_atomically(out, {{"loonstrook-a.html", "new"}, {too_long, "x"}}, payslip_or_readme), InputError);
  CHECK(slurp(out / "loonstrook-a.html") == "old");
  int entries = 0;
  for (const auto& e : fs::directory_iterator(s.dir)) {
    (void)e;
    ++entries;
  }
  CHECK(entries == 1);
}

TEST_CASE("messages show a BSN by its last three digits only", "[export][safe_files]") {
  CHECK(mask_bsn("999990031") == "******031");
  CHECK(mask_bsn("12") == "**");
  CHECK(mask_bsn("") == "");
}
