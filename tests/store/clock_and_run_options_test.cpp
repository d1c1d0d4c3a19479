// SPDX-License-Identifier: EUPL-1.2
// The times the store writes come from the Database's clock only (a FixedClock here), and a
// payroll run reports its progress and phases only to what the caller passes in RunOptions.

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <sstream>

#include "basisbaan/core/clock.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

TEST_CASE("a fixed clock accepts only a UTC time of the form YYYY-MM-DDTHH:MM:SSZ") {
  CHECK(FixedClock("2026-03-31T09:12:00Z").now() == "2026-03-31T09:12:00Z");
  CHECK_THROWS_AS(FixedClock("2026-03-31 09:12:00"), InputError);
  CHECK_THROWS_AS(FixedClock("2026-02-30T09:12:00Z"), InputError);
  CHECK_THROWS_AS(FixedClock("2026-03-31T24:00:00Z"), InputError);
  CHECK_THROWS_WITH(FixedClock(""), Catch::Contains("YYYY-MM-DDTHH:MM:SSZ"));
  // The system clock has the same form, and says the time strftime says (UTC), to the second;
  // before and after are read from the same clock (std::time may lag a tick behind it).
  const auto stamp = [](std::time_t t) {
    std::tm utc{};
    gmtime_r(&t, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return std::string(text);
  };
  const std::time_t before = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  const std::string now = system_clock()->now();
  const std::time_t after = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  CHECK_NOTHROW(FixedClock(now));
  CHECK(now >= stamp(before));
  CHECK(now <= stamp(after));
}

TEST_CASE("utc_text writes the bytes the formatted print wrote, for every field's width and the years 0000-9999") {
  using namespace std::chrono;
  const auto printed = [](int y, unsigned mo, unsigned d, long h, long mi, long s) {
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02ld:%02ld:%02ldZ", y, mo, d, h, mi, s);
    return std::string(text);
  };
  struct Instant {
    int y;
    unsigned mo, d;
    long h, mi, s;
  };
  for (const Instant& i : {Instant{1970, 1, 1, 0, 0, 0}, Instant{2000, 2, 29, 23, 59, 59}, Instant{2026, 3, 5, 7, 8, 9},
                           Instant{2026, 12, 31, 23, 59, 59}, Instant{999, 10, 10, 10, 10, 10}, Instant{2262, 4, 11, 23, 47, 16},
                           Instant{1, 1, 1, 0, 0, 1}, Instant{9999, 12, 31, 23, 59, 59}}) {
    const sys_seconds t = sys_days{year{i.y} / month{i.mo} / day{i.d}} + hours{i.h} + minutes{i.mi} + seconds{i.s};
    CHECK(utc_text(t) == printed(i.y, i.mo, i.d, i.h, i.mi, i.s));
  }
  // Outside 0000-9999 there is no such text (the old print wrote 5 digits or a sign).
  CHECK_THROWS_AS(utc_text(sys_days{year{10000} / 1 / 1}), InputError);
  CHECK_THROWS_AS(utc_text(sys_days{year{-1} / 12 / 31}), InputError);
}

TEST_CASE("runs, closings and audit entries carry the time of the database's clock") {
  TempDb t;
  {
    Database db = Database::create(t.path(), std::make_shared<FixedClock>("2026-03-31T09:12:00Z"));
    load_example(db);
    const RunOutcome r = run_payroll(db, store_rules(), PayPeriod::parse("2026-01"));
    CHECK(r.run.computed_at == "2026-03-31T09:12:00Z");
  }
  {
    Database db = Database::open(t.path(), Database::Access::ReadWrite, std::make_shared<FixedClock>("2026-04-01T10:00:00Z"));
    const StoredRun closed = close_period(db, PayPeriod::parse("2026-01"));
    CHECK(closed.computed_at == "2026-03-31T09:12:00Z");
    CHECK(closed.closed_at == std::optional<std::string>("2026-04-01T10:00:00Z"));
    const auto entries = audit_entries(db);
    REQUIRE_FALSE(entries.empty());
    CHECK(entries.front().at == "2026-03-31T09:12:00Z");
    CHECK(entries.back().action == "payroll.close");
    CHECK(entries.back().at == "2026-04-01T10:00:00Z");
    CHECK(verify_audit(db).ok());
  }
}

TEST_CASE("a run reports its progress and its phases only to what RunOptions gives") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  std::vector<std::pair<std::size_t, std::size_t>> calls;
  std::ostringstream profile;
  RunOptions options;
  options.progress = [&](std::size_t stored, std::size_t total) { calls.emplace_back(stored, total); };
  options.profile = &profile;
  const RunOutcome r = run_payroll(db, store_rules(), PayPeriod::parse("2026-03"), options);
  const std::size_t n = r.run.payslips.size();
  REQUIRE(n == 12);
  REQUIRE(calls.size() == n + 1);  // 0 of 12 before the first, then after each
  for (std::size_t i = 0; i <= n; ++i) CHECK(calls[i] == std::make_pair(i, n));
  CHECK(profile.str().find("profile run: checks, carried states") != std::string::npos);
  CHECK(profile.str().find("of which compute_payslip") != std::string::npos);
  CHECK(profile.str().find("profile run: content hash, audit") != std::string::npos);

  // A callback that throws aborts the run: nothing of it is stored.
  options.progress = [](std::size_t stored, std::size_t) {
    if (stored == 6) throw InputError("stopped by the caller");
  };
  options.profile = nullptr;
  const auto before = count(db, "SELECT count(*) FROM payslips");
  CHECK_THROWS_WITH(run_payroll(db, store_rules(), PayPeriod::parse("2026-04"), options), Catch::Contains("stopped by the caller"));
  CHECK(count(db, "SELECT count(*) FROM payslips") == before);
  CHECK(count(db, "SELECT count(*) FROM payroll_runs WHERE period = '2026-04'") == 0);
}
