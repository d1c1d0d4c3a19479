// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared helpers for the store tests: a temporary database file that is removed afterwards, the
// real rule book, and the example employer.

#include <SQLiteCpp/SQLiteCpp.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/database.hpp"

namespace basisbaan::test {

inline const RuleBook& store_rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

inline std::filesystem::path example_dir() {
  return std::filesystem::path(BASISBAAN_TEST_DATA_DIR) / ".." / ".." / "examples" / "employer";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// A database path in the temporary directory; the file and its -wal/-shm are removed at the end.
class TempDb {
 public:
  TempDb() {
    static std::atomic<int> n{0};
    path_ = std::filesystem::temp_directory_path() /
            ("basisbaan-store-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++) + ".db");
    remove();
  }
  ~TempDb() { remove(); }
  TempDb(const TempDb&) = delete;
  TempDb& operator=(const TempDb&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  void remove() {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path_.string() + suffix, ec);
  }
  std::filesystem::path path_;
};

/// The example employer and its employees in a new database.
inline void load_example(Database& db) {
  const std::string employer_file = (example_dir() / "employer.json").string();
  const Json doc = parse_json_exact(slurp(employer_file), employer_file);
  set_employer(db, read_employer(JsonField(doc, employer_file, "")));
  import_employees_csv(db, slurp(example_dir() / "employees.csv"), "employees.csv");
  const auto sick = parse_csv(slurp(example_dir() / "sick_reports.csv"), "sick_reports.csv");
  for (std::size_t i = 1; i < sick.size(); ++i) {
    SickReport r;
    r.id = sick[i].fields.at(1);
    r.first_day = parse_date(sick[i].fields.at(2));
    report_sick(db, sick[i].fields.at(0), r);
  }
}

inline int count(const Database& db, const std::string& sql) {
  SQLite::Statement q(db.sql(), sql);
  q.executeStep();
  return q.getColumn(0).getInt();
}

}  // namespace basisbaan::test
