// SPDX-License-Identifier: EUPL-1.2
// basisbaan_paused_run: a test-only program (never installed) for tests/cli/store_cli.sh. It runs
// the payroll of a period like `basisbaan payroll run`, but pauses halfway through storing the
// payslips, inside the run's write transaction, through the library's RunOptions::progress. The
// test then starts a second run (which must be told the period is being computed) or kills this
// one (which must leave the database as it was). The production program has no such hook.
//
// Usage: basisbaan_paused_run DB PERIOD SECONDS
// Prints "test pause mid-run (N of M payslips stored, S s)" to standard error when it pauses.
// Exit codes: 0 the run was stored, 1 an error (message on standard error), 2 usage.

#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <string>
#include <thread>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/payroll_runs.hpp"

int main(int argc, char** argv) {
  using namespace basisbaan;
  if (argc != 4) {
    std::cerr << "usage: basisbaan_paused_run DB PERIOD SECONDS\n";
    return 2;
  }
  const std::string db_file = argv[1];
  const std::string period_text = argv[2];
  const int seconds = std::stoi(argv[3]);
  try {
    const RuleBook rules = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
    Database db = Database::open(db_file);
    RunOptions options;
    bool paused = false;
    options.progress = [&](std::size_t stored, std::size_t total) {
      if (paused || stored != total / 2) return;
      paused = true;
      std::fprintf(stderr, "test pause mid-run (%zu of %zu payslips stored, %d s)\n", stored, total, seconds);
      std::fflush(stderr);
      std::this_thread::sleep_for(std::chrono::seconds(seconds));
    };
    const RunOutcome r = run_payroll(db, rules, PayPeriod::parse(period_text, "PERIOD"), options);
    std::cout << "run " << r.run.id << " of " << r.run.period.label() << ": " << r.run.payslips.size() << " payslips\n";
    return 0;
  } catch (const std::exception& e) {
    std::cerr << "basisbaan_paused_run: error: " << e.what() << "\n";
    return 1;
  }
}
