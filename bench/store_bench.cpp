// SPDX-License-Identifier: EUPL-1.2
// Benchmarks of issues 6 and 18: a monthly payroll run for 10,000 employees including storage
// (synchronous commit), the database it adds, and the replay of 12 stored periods on one core, in
// a temporary database file; with where the time goes (payslip computation, measured on its own,
// against the rest: SQLite, the input snapshots, hashing). `store_bench 100000` does the same for
// 100,000 employees (import, each month, the year's replay) with the peak memory after each step;
// `store_bench 100000 import` does the import alone (for measuring and profiling it);
// `store_bench 10000 quick` leaves out audit verify and the exports (for profiling the runs);
// `store_bench 10000 keep FILE` does the same and keeps the database in FILE, which
// `store_bench replay FILE [ROUNDS]` replays again (for profiling the replay alone).

#include <sched.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>

#include <SQLiteCpp/Database.h>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/export/payslip_html.hpp"
#include "basisbaan/export/programme_report.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "../tests/made_up_identifiers.hpp"
#include "bench_util.hpp"

using namespace basisbaan;

namespace {

using WallClock = std::chrono::steady_clock;
double seconds_since(WallClock::time_point t0) { return std::chrono::duration<double>(WallClock::now() - t0).count(); }

/// 10,000 employees like the example's: 20–36 hours, ages 19–59 and some near the AOW age, a third on a cao scale, all
/// employed from 2026-01-01, half of them for an indefinite period.
std::string employees_csv(int n) {
  std::string csv = "id,name,birth_date,bsn,iban,employed_since,employed_until,hours_per_week,hourly_wage,scale,permanent_contract,commute_km_per_period\n";
  for (int i = 0; i < n; ++i) {
    char line[256];
    const bool permanent = i % 2 == 0;
    const bool scale = i % 3 == 0;
    // Personnel numbers from B00001: one of zeros only is refused (it has no NumIV for the return).
    std::snprintf(line, sizeof line, "B%05d,Werknemer %d,%04d-%02d-%02d,%s,%s,2026-01-01,%s,%d,%s,%s,%s,%d\n", i + 1, i, i % 50 == 0 ? 1958 + i % 7 : 1967 + i % 40,
                  1 + i % 12, 1 + i % 28, basisbaan::test::made_up_bsn(i).c_str(), basisbaan::test::made_up_iban(i).c_str(), permanent ? "" : "2026-12-31", 20 + i % 17,
                  scale ? ("15." + std::to_string(10 + i % 80)).c_str() : "", scale ? "schaal 2" : "WML", permanent ? "ja" : "nee",
                  i % 5 * 40);
    csv += line;
  }
  return csv;
}

/// Peak resident memory of the process so far, in MB (getrusage: kilobytes on Linux).
double peak_rss_mb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

/// Anonymous resident memory now, in MB (/proc/self/status RssAnon): the heap, without the pages
/// of the database file that SQLite reads through its memory map (those count in the peak RSS).
double anon_rss_mb() {
  std::FILE* f = std::fopen("/proc/self/status", "r");
  if (f == nullptr) return 0;
  char line[256];
  long kb = 0;
  while (std::fgets(line, sizeof line, f) != nullptr) {
    if (std::sscanf(line, "RssAnon: %ld kB", &kb) == 1) break;
  }
  std::fclose(f);
  return static_cast<double>(kb) / 1024.0;
}

/// What a step cost besides CPU: the connection's page cache (SQLite's hits, misses, pages written
/// and pages spilled to the WAL before the commit, sqlite3_db_status, reset per step), the
/// process's page faults, blocking waits (voluntary context switches: fsync, I/O) and the WAL's
/// size after the step. Printed after each import and run: what grows faster than the employees.
struct StepCounters {
  rusage before{};
  explicit StepCounters(Database& db) : db_(&db) {
    getrusage(RUSAGE_SELF, &before);
    for (int op : {SQLITE_DBSTATUS_CACHE_HIT, SQLITE_DBSTATUS_CACHE_MISS, SQLITE_DBSTATUS_CACHE_WRITE, SQLITE_DBSTATUS_CACHE_SPILL}) {
      int cur = 0;
      int hi = 0;
      sqlite3_db_status(db.sql().getHandle(), op, &cur, &hi, 1);
    }
  }
  std::string text() const {
    int v[4] = {};
    int hi = 0;
    const int ops[4] = {SQLITE_DBSTATUS_CACHE_HIT, SQLITE_DBSTATUS_CACHE_MISS, SQLITE_DBSTATUS_CACHE_WRITE, SQLITE_DBSTATUS_CACHE_SPILL};
    for (int i = 0; i < 4; ++i) sqlite3_db_status(db_->sql().getHandle(), ops[i], &v[i], &hi, 0);
    int cache_used = 0;
    sqlite3_db_status(db_->sql().getHandle(), SQLITE_DBSTATUS_CACHE_USED, &cache_used, &hi, 0);
    rusage after{};
    getrusage(RUSAGE_SELF, &after);
    std::error_code ec;
    const auto wal = std::filesystem::file_size(db_->path().string() + "-wal", ec);
    char out[320];
    std::snprintf(out, sizeof out,
                  "pages: hit %d, miss %d, written %d, spilled %d; cache %.0f MB; faults %ld minor %ld major; "
                  "waits %ld; user %.3f s sys %.3f s; WAL %.1f MB",
                  v[0], v[1], v[2], v[3], cache_used / 1e6, after.ru_minflt - before.ru_minflt, after.ru_majflt - before.ru_majflt,
                  after.ru_nvcsw - before.ru_nvcsw, seconds(after.ru_utime) - seconds(before.ru_utime),
                  seconds(after.ru_stime) - seconds(before.ru_stime), ec ? 0.0 : static_cast<double>(wal) / 1e6);
    return out;
  }

 private:
  static double seconds(const timeval& t) { return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6; }
  Database* db_;
};

/// The database's size in MB as its connection sees it (pages in the WAL included).
double database_mb(Database& db) {
  const auto pages = db.sql().execAndGet("PRAGMA page_count").getInt64();
  const auto size = db.sql().execAndGet("PRAGMA page_size").getInt64();
  return static_cast<double>(pages * size) / 1e6;
}

/// The replay runs on the first CPU the process may use only: one core, whatever threads it starts.
struct OneCore {
  cpu_set_t before{};
  bool pinned = false;
  OneCore() {
    if (sched_getaffinity(0, sizeof before, &before) != 0) return;
    cpu_set_t one;
    CPU_ZERO(&one);
    for (std::size_t c = 0; c < static_cast<std::size_t>(CPU_SETSIZE); ++c) {
      if (CPU_ISSET(c, &before)) {
        CPU_SET(c, &one);
        break;
      }
    }
    pinned = sched_setaffinity(0, sizeof one, &one) == 0;
  }
  ~OneCore() {
    if (pinned) sched_setaffinity(0, sizeof before, &before);
  }
};

/// Replays the year 2026 of the database `path` (written by `keep`) `rounds` times on one core.
void replay_only(const std::filesystem::path& path, int rounds) {
  const Database db = Database::open(path, Database::Access::ReadOnly);
  const auto periods = stored_periods(db, 2026);
  OneCore one;
  for (int i = 0; i < rounds; ++i) {
    const auto t0 = WallClock::now();
    const auto c0 = std::clock();
    const ReplayReport r = replay_periods(db, periods, nullptr, std::nullopt, 1);
    std::size_t lines = 0;
    std::size_t payslips = 0;
    for (const auto& x : r.runs) {
      lines += static_cast<std::size_t>(x.lines);
      payslips += static_cast<std::size_t>(x.payslips);
    }
    std::printf("replay of %zu periods, %zu payslips, one core%s: %.3f s (cpu %.3f s; %zu lines, %s; peak RSS %.0f MB, heap now %.0f MB)\n",
                periods.size(), payslips, one.pinned ? "" : " (NOT pinned)", seconds_since(t0),
                static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC, lines, r.identical() ? "identical" : "NOT identical", peak_rss_mb(),
                anon_rss_mb());
  }
}

void run_benchmarks(const RuleBook& rules, int N, bool details, bool quick, const std::string& keep, bool import_only) {
  const auto path = !keep.empty() ? std::filesystem::path(keep)
                                  : std::filesystem::temp_directory_path() / ("basisbaan-store-bench-" + std::to_string(::getpid()) + ".db");
  struct RemoveAtEnd {  // also when a step throws
    std::filesystem::path p;
    ~RemoveAtEnd() {
      if (p.empty()) return;
      std::error_code ec;
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix, ec);
    }
  } remove_at_end{keep.empty() ? path : std::filesystem::path()};
  char what[128];
  Database db = Database::create(path);
  Employer employer;
  employer.name = "Bench";
  employer.whk_rate = Rate::percent(Decimal::parse("1.52"));
  employer.whk_wga_rate = Rate::percent(Decimal::parse("0.70"));
  set_employer(db, employer);

  auto t0 = WallClock::now();
  const std::string csv = employees_csv(N);
  std::snprintf(what, sizeof what, "making the CSV of %d employees", N);
  std::printf("%-62s %8.3f s\n", what, seconds_since(t0));
  t0 = WallClock::now();
  const auto c_import = std::clock();
  StepCounters import_counters(db);
  import_employees_csv(db, csv, "bench.csv");
  std::snprintf(what, sizeof what, "import %d employees (CSV, checks, audit entries)", N);
  std::printf("%-62s %8.3f s  (cpu %.3f s; peak RSS %.0f MB)\n", what, seconds_since(t0),
              static_cast<double>(std::clock() - c_import) / CLOCKS_PER_SEC, peak_rss_mb());
  std::printf("  %s\n", import_counters.text().c_str());
  if (import_only) return;

  double compute = 0;
  double load = 0;
  if (details) {
    // The computation alone, for the breakdown: the payslips of one month.
    const auto records = load_employee_records(db);
    t0 = WallClock::now();
    const PeriodRules pr(rules, PayPeriod::parse("2026-02"));
    std::int64_t sum = 0;
    for (const auto& r : records) {
      PayrollState s;
      s.year = 2026;
      sum += compute_payslip(pr, employer, *employee_terms(r, pr.period()), s).net.cents();
    }
    bench::keep(sum);
    compute = seconds_since(t0);
    t0 = WallClock::now();
    bench::keep(load_employee_records(db).size());
    load = seconds_since(t0);
  }

  double first = 0;
  double later = 0;
  double worst = 0;
  double later_cpu = 0;
  const double size_before = database_mb(db);
  double size_first = 0;
  for (int m = 1; m <= 12; ++m) {
    char label[16];
    std::snprintf(label, sizeof label, "2026-%02d", m);
    t0 = WallClock::now();
    const auto c0 = std::clock();
    StepCounters counters(db);
    RunOptions options;
    if (details && m == 6) options.profile = &std::cout;  // where the time of one run goes, by phase
    run_payroll(db, rules, PayPeriod::parse(label), options);
    const double s = seconds_since(t0);
    if (m == 1) {
      first = s;
      size_first = database_mb(db) - size_before;
    } else {
      later += s;
    }
    if (m > 1) later_cpu += static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    if (m > 1 && s > worst) worst = s;
    {  // each run: wall, CPU, memory and what it cost besides CPU
      std::printf("  run %s: %.3f s (cpu %.3f s), peak RSS %.0f MB, heap now %.0f MB\n", label, s,
                  static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC, peak_rss_mb(), anon_rss_mb());
      std::printf("    %s\n", counters.text().c_str());
    }
  }
  const double size_year = database_mb(db) - size_before;
  std::snprintf(what, sizeof what, "payroll run 2026-01, %d employees, stored (the first run)", N);
  std::printf("%-62s %8.3f s\n", what, first);
  std::snprintf(what, sizeof what, "payroll run, %d employees, stored (mean of 2026-02..12)", N);
  std::printf("%-62s %8.3f s  (cpu %.3f s; slowest %.3f s)\n", what, later / 11, later_cpu / 11, worst);
  if (details) {
    std::printf("  of which: computing the payslips %.3f s, reading the administration %.3f s,\n"
                "  the rest (snapshots, hashes, SQLite inserts in one transaction, commit) %.3f s\n",
                compute, load, later / 11 - compute - load);
  }
  std::printf("%-62s %8.1f MB  (the first run %.1f MB; peak RSS %.0f MB)\n", "database added per monthly run (12 runs / 12)",
              size_year / 12, size_first, peak_rss_mb());

  // Replay all twelve periods with the stored rules (as `basisbaan replay --period 2026` does),
  // on one core.
  {
    OneCore one;
    t0 = WallClock::now();
    const auto c0 = std::clock();
    const ReplayReport r = replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 1);  // one thread, one connection
    const double replay = seconds_since(t0);
    const double replay_cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    std::size_t lines = 0;
    for (const auto& x : r.runs) lines += static_cast<std::size_t>(x.lines);
    std::snprintf(what, sizeof what, "replay of 12 periods x %d employees, one core%s", N, one.pinned ? "" : " (NOT pinned)");
    std::printf("%-62s %8.3f s  (cpu %.3f s; %zu lines, %s; peak RSS %.0f MB, heap now %.0f MB)\n", what, replay, replay_cpu,
                lines, r.identical() ? "identical" : "NOT identical", peak_rss_mb(), anon_rss_mb());
    if (details) {
      std::printf("  of which: computing the payslips ~%.3f s (12 x the month above),\n"
                  "  the rest (reading payslips and lines, parsing the snapshots, comparing) ~%.3f s\n",
                  12 * compute, replay - 12 * compute);
    }
  }
  if (details && !quick) {
    t0 = WallClock::now();
    bench::keep(stored_rules(db, rules.fingerprint()).fingerprint());
    std::printf("%-62s %8.3f s\n", "  loading the stored copy of the rules once", seconds_since(t0));
    t0 = WallClock::now();
    const auto v = verify_audit(db);
    std::printf("%-62s %8.3f s  (%lld entries, %lld rows, %s)\n", "audit verify of the whole database", seconds_since(t0),
                static_cast<long long>(v.entries), static_cast<long long>(v.rows), v.ok() ? "ok" : "PROBLEMS");
    // Issue 19: the exports that loaded every employee once per employee (10,000: 225 s).
    for (int m = 1; m <= 12; ++m) {
      char label[16];
      std::snprintf(label, sizeof label, "2026-%02d", m);
      close_period(db, PayPeriod::parse(label));
    }
    t0 = WallClock::now();
    const RunData month = load_run_data(db, PayPeriod::parse("2026-12"), &rules);
    std::size_t bytes = 0;
    for (const auto& re : month.employees) bytes += payslip_html(month.employer, re).size() + payslip_file_name(re).size();
    std::printf("%-62s %8.3f s  (%zu pages, %.1f MB, not written)\n", "export payslips 2026-12, 10,000 employees (load + HTML)",
                seconds_since(t0), month.employees.size(), static_cast<double>(bytes) / 1e6);
    t0 = WallClock::now();
    const auto year = load_closed_runs_of_year(db, 2026, nullptr, &rules);
    const auto report = programme_report(rules, 2026, year, {});
    bench::keep(programme_report_csv(report).size());
    std::printf("%-62s %8.3f s  (%zu participants)\n", "report programme 2026, 12 closed periods x 10,000 employees", seconds_since(t0),
                report.participants.size());
  }
  std::printf("%-62s %8.1f MB\n", "database size", database_mb(db));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 2 && std::string(argv[1]) == "replay") {
    replay_only(argv[2], argc > 3 ? std::max(1, std::atoi(argv[3])) : 1);
    return 0;
  }
  const int n = argc > 1 ? std::atoi(argv[1]) : 10000;
  const bool keep = argc == 4 && std::string(argv[2]) == "keep";
  const bool import_only = argc == 3 && std::string(argv[2]) == "import";
  const bool quick = keep || (argc == 3 && std::string(argv[2]) == "quick");
  if (n <= 0 || (argc > 2 && !quick && !import_only)) {
    std::fprintf(stderr,
                 "usage: store_bench [EMPLOYEES [quick | import | keep FILE]]  (default 10000; quick: without audit verify and exports;\n"
                 "         import: the import alone; keep: as quick, the database kept in FILE)\n"
                 "       store_bench replay FILE [ROUNDS]  (replays the year 2026 of a kept database on one core)\n");
    return 2;
  }
  std::printf("basisbaan store benchmarks (one core, temporary database file, synchronous=FULL)\n");
  const RuleBook rules = RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR);
  run_benchmarks(rules, n, n <= 10000 && !import_only, quick, keep ? argv[3] : "", import_only);
  return 0;
}
