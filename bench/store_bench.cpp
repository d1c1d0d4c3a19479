// SPDX-License-Identifier: EUPL-1.2
// Benchmarks of issue 6: a monthly payroll run for 10,000 employees including storage, and the
// replay of 12 stored periods for 10,000 employees, in a temporary database file; with where the
// time goes (payslip computation, measured on its own, against the rest: SQLite, the input
// snapshots, hashing). Goal: each under 2 s.

#include <unistd.h>

#include <cctype>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <string>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/export/payslip_html.hpp"
#include "basisbaan/export/programme_report.hpp"
#include "basisbaan/export/store_run_data.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "bench_util.hpp"

using namespace basisbaan;

namespace {

using WallClock = std::chrono::steady_clock;
double seconds_since(WallClock::time_point t0) { return std::chrono::duration<double>(WallClock::now() - t0).count(); }

/// A distinct made-up BSN that passes the 11-test (one in every 110 numbers from 100000000).
std::string bsn(int n) {
  for (long long x = 100000000LL + static_cast<long long>(n) * 110;; ++x) {
    const std::string s = std::to_string(x);
    if (s.size() == 9 && is_valid_bsn(s)) return s;
  }
}

std::string iban(int n) {
  char account[11];
  std::snprintf(account, sizeof account, "%010d", 100000000 + n);
  const std::string bban = std::string("TEST") + account;
  // Check digits: the BBAN then "NL00" as numbers, mod 97.
  std::string digits;
  for (char c : bban + "NL00") digits += std::isdigit(static_cast<unsigned char>(c)) ? std::string(1, c) : std::to_string(c - 'A' + 10);
  int mod = 0;
  for (char c : digits) mod = (mod * 10 + (c - '0')) % 97;
  char check[4];
  std::snprintf(check, sizeof check, "%02d", 98 - mod);
  return std::string("NL") + check + bban;
}

/// 10,000 employees like the example's: 20–36 hours, ages 19–59 and some near the AOW age, a third on a cao scale, all
/// employed from 2026-01-01, half of them for an indefinite period.
std::string employees_csv(int n) {
  std::string csv = "id,name,birth_date,bsn,iban,employed_since,employed_until,hours_per_week,hourly_wage,scale,permanent_contract,commute_km_per_period\n";
  for (int i = 0; i < n; ++i) {
    char line[256];
    const bool permanent = i % 2 == 0;
    const bool scale = i % 3 == 0;
    std::snprintf(line, sizeof line, "B%05d,Werknemer %d,%04d-%02d-%02d,%s,%s,2026-01-01,%s,%d,%s,%s,%s,%d\n", i, i, i % 50 == 0 ? 1958 + i % 7 : 1967 + i % 40,
                  1 + i % 12, 1 + i % 28, bsn(i).c_str(), iban(i).c_str(), permanent ? "" : "2026-12-31", 20 + i % 17,
                  scale ? ("15." + std::to_string(10 + i % 80)).c_str() : "", scale ? "schaal 2" : "WML", permanent ? "ja" : "nee",
                  i % 5 * 40);
    csv += line;
  }
  return csv;
}

}  // namespace

int main() {
  std::printf("basisbaan store benchmarks (one core, temporary database file)\n");
  const RuleBook rules = RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR);
  const auto path = std::filesystem::temp_directory_path() / ("basisbaan-store-bench-" + std::to_string(::getpid()) + ".db");
  const int N = 10000;
  struct RemoveAtEnd {  // also when a step throws
    std::filesystem::path p;
    ~RemoveAtEnd() {
      std::error_code ec;
      for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix, ec);
    }
  } remove_at_end{path};
  {
    Database db = Database::create(path);
    Employer employer;
    employer.name = "Bench";
    employer.whk_rate = Rate::percent(Decimal::parse("1.52"));
    employer.whk_wga_rate = Rate::percent(Decimal::parse("0.70"));
    set_employer(db, employer);

    auto t0 = WallClock::now();
    import_employees_csv(db, employees_csv(N), "bench.csv");
    std::printf("%-62s %8.3f s\n", "import 10,000 employees (CSV, checks, audit entries)", seconds_since(t0));

    // The computation alone, for the breakdown: 10,000 payslips of one month.
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
    const double compute = seconds_since(t0);
    t0 = WallClock::now();
    bench::keep(load_employee_records(db).size());
    const double load = seconds_since(t0);

    double first = 0;
    double later = 0;
    double worst = 0;
    double later_cpu = 0;
    for (int m = 1; m <= 12; ++m) {
      char label[16];
      std::snprintf(label, sizeof label, "2026-%02d", m);
      t0 = WallClock::now();
      const auto c0 = std::clock();
      run_payroll(db, rules, PayPeriod::parse(label));
      const double s = seconds_since(t0);
      if (m == 1) first = s; else later += s;
      if (m > 1) later_cpu += static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
      if (m > 1 && s > worst) worst = s;
    }
    std::printf("%-62s %8.3f s\n", "payroll run 2026-01, 10,000 employees, stored (the first run)", first);
    std::printf("%-62s %8.3f s  (cpu %.3f s; slowest %.3f s)\n", "payroll run, 10,000 employees, stored (mean of 2026-02..12)",
                later / 11, later_cpu / 11, worst);
    std::printf("  of which: computing the payslips %.3f s, reading the administration %.3f s,\n"
                "  the rest (snapshots, hashes, SQLite inserts in one transaction, commit) %.3f s\n",
                compute, load, later / 11 - compute - load);

    // Replay all twelve periods with the stored rules (as `basisbaan replay --period 2026` does).
    t0 = WallClock::now();
    const auto c0 = std::clock();
    const ReplayReport r = replay_periods(db, stored_periods(db, 2026), nullptr);
    const double replay = seconds_since(t0);
    const double replay_cpu = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    std::size_t lines = 0;
    for (const auto& x : r.runs) lines += static_cast<std::size_t>(x.lines);
    std::printf("%-62s %8.3f s  (cpu %.3f s; %zu lines, %s)\n", "replay of 12 periods x 10,000 employees (rules as applied)", replay,
                replay_cpu, lines, r.identical() ? "identical" : "NOT identical");
    std::printf("  of which: computing the payslips ~%.3f s (12 x the month above),\n"
                "  the rest (reading payslips and lines, parsing the snapshots, comparing) ~%.3f s\n",
                12 * compute, replay - 12 * compute);
    t0 = WallClock::now();
    bench::keep(stored_rules(db, rules.fingerprint()).fingerprint());
    std::printf("%-62s %8.3f s\n", "  loading the stored copy of the rules once", seconds_since(t0));

    t0 = WallClock::now();
    const auto v = verify_audit(db);
    std::printf("%-62s %8.3f s  (%lld entries, %lld rows, %s)\n", "audit verify of the whole database", seconds_since(t0),
                static_cast<long long>(v.entries), static_cast<long long>(v.rows), v.ok() ? "ok" : "PROBLEMS");
    std::printf("%-62s %8.1f MB\n", "database size", static_cast<double>(std::filesystem::file_size(path)) / 1e6);

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
  return 0;
}
