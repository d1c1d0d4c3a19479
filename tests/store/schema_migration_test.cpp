// SPDX-License-Identifier: EUPL-1.2
// An older database (review F13): read only, it is read through a private migrated copy and its
// file is not changed; opened for writing, each migration leaves an audit entry; a run records
// the program version that computed it. The truth: the database written by basisbaan 0.1.0
// (tests/data/store/written-by-0.1.0.sql, schema 4), whose periods replayed identical then.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "basisbaan/store/schema.hpp"
#include "basisbaan/version.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

std::string file_bytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

/// The database basisbaan 0.1.0 wrote (schema 4, 64 audit entries), at `path`.
void load_written_by_0_1_0(const std::filesystem::path& path) {
  SQLite::Database raw(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  raw.exec(file_bytes(std::filesystem::path(BASISBAAN_TEST_DATA_DIR) / "store" / "written-by-0.1.0.sql"));
}

}  // namespace

TEST_CASE("an older database read only is read through a migrated copy and its file is not changed") {
  TempDb t;
  load_written_by_0_1_0(t.path());
  const std::string before = file_bytes(t.path());
  {
    const Database db = Database::open(t.path(), Database::Access::ReadOnly);
    REQUIRE(db.copied_from_schema() == 4);
    CHECK(db.schema_version() == latest_schema_version());
    const AuditVerification v = verify_audit(db);
    CHECK(v.ok());
    CHECK(v.entries == 64);
    CHECK(v.copied_from_schema == 4);
    const ReplayReport r = replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 4);
    CHECK(r.identical());
    CHECK(r.runs.size() == 8);  // six periods, two corrections
    for (const auto& run : r.runs) CHECK_FALSE(run.program_version);  // 0.1.0 did not record it: not known
    CHECK_FALSE(db.load_run(PayPeriod::parse("2026-01")).program_version);
  }
  CHECK(file_bytes(t.path()) == before);
  CHECK_FALSE(std::filesystem::exists(t.path().string() + "-wal"));
}

TEST_CASE("opening an older database for writing records each migration in the audit chain") {
  TempDb t;
  load_written_by_0_1_0(t.path());
  const std::string head_before = verify_audit(Database::open(t.path(), Database::Access::ReadOnly)).head;
  {
    Database db = Database::open(t.path(), Database::Access::ReadWrite, std::make_shared<FixedClock>("2027-01-04T08:00:00Z"));
    CHECK_FALSE(db.copied_from_schema());
    CHECK(db.migrated_from_schema() == 4);
    const auto entries = audit_entries(db);
    REQUIRE(entries.size() == 64 + static_cast<std::size_t>(latest_schema_version() - 4));
    CHECK(entries[63].hash == head_before);  // the old chain, extended
    for (int to = 5; to <= latest_schema_version(); ++to) {
      const AuditEntry& e = entries[static_cast<std::size_t>(64 + to - 5)];
      CAPTURE(to);
      CHECK(e.action == "schema.migrate");
      CHECK(e.entity == "schema:" + std::to_string(to));
      CHECK(e.row_hash.empty());
      CHECK(e.at == "2027-01-04T08:00:00Z");
      CHECK(e.detail == R"({"from":)" + std::to_string(to - 1) + R"(,"program_version":")" + std::string(version()) +
                            R"(","to":)" + std::to_string(to) + "}");
    }
    const AuditVerification v = verify_audit(db, head_before);
    CHECK(v.ok());
    CHECK(v.expected_head_at == 64);
    CHECK(replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 1).identical());
  }
  // Opened again: nothing more to migrate, nothing more recorded.
  const Database again = Database::open(t.path());
  CHECK_FALSE(again.migrated_from_schema());
  CHECK(audit_entries(again).size() == 64 + static_cast<std::size_t>(latest_schema_version() - 4));
}

TEST_CASE("a new database records no migration, and a run records the program version that computed it") {
  TempDb t;
  Database db = Database::create(t.path());
  CHECK(audit_entries(db).empty());
  load_example(db);
  const PayPeriod p = PayPeriod::parse("2026-01");
  run_payroll(db, store_rules(), p);
  const StoredRun run = db.load_run(p);
  CHECK(run.program_version == std::string(version()));
  const auto entries = audit_entries(db);
  CHECK(entries.back().action == "payroll.run");
  CHECK_THAT(entries.back().detail, Catch::Contains(R"("program_version":")" + std::string(version()) + "\""));
  CHECK(verify_audit(db).ok());
  // The version is covered by the run's row hash: changed behind the library's back, verify says so.
  db.sql().exec("UPDATE payroll_runs SET program_version = '9.9.9'");
  const AuditVerification v = verify_audit(db);
  REQUIRE_FALSE(v.ok());
  CHECK(v.problems.front().where == "payroll run 1 (2026-01, regular)");
  CHECK(v.problems.front().what == "altered");
}
