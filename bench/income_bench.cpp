// SPDX-License-Identifier: EUPL-1.2
// Benchmarks of issue 5: the full hours sweep (41 points, every line and scheme, one household),
// one comparison, and the start-up of `basisbaan compare` including loading the rules (the
// program is run in a loop when its path is given: income_bench PATH/TO/basisbaan SOURCE_DIR).
// `income_bench --profile-sweep` runs only the sweep, for perf.

#include <time.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "../lib/income/job_payroll.hpp"
#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/sweep.hpp"
#include "bench_util.hpp"

using namespace basisbaan;

namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Wall time of `runs` runs of `command`, per run, in microseconds.
long long time_command(const std::string& command, int runs) {
  using clock = std::chrono::steady_clock;
  const auto t0 = clock::now();
  for (int i = 0; i < runs; ++i) {
    if (std::system(command.c_str()) != 0) return -1;
  }
  return std::chrono::duration_cast<std::chrono::microseconds>(clock::now() - t0).count() / runs;
}

}  // namespace

int main(int argc, char** argv) {
  std::printf("basisbaan income benchmarks (one core)\n");
  const std::string examples = std::string(BASISBAAN_BENCH_RULES_DIR) + "/../examples/households/";
  const RuleBook rules = RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR);
  if (argc > 1 && std::string(argv[1]) == "--profile-sweep") {
    // For perf: only the sweep as computed (prepare + 0:40:1), 400 times, nothing else.
    const Household h = read_household(rules, read(examples + "couple-two-children-groningen.json"), "couple");
    for (int i = 0; i < 400; ++i) {
      const IncomeModel model(rules, h);
      bench::keep(sweep(model, SweepRange::standard()).points.size());
    }
    return 0;
  }
  for (const char* name : {"single-groningen-32h.json", "couple-two-children-groningen.json"}) {
    const Household h = read_household(rules, read(examples + name), name);
    bench::measure((std::string("prepare + full sweep 0:40:1 (41 points), ") + name).c_str(), [&](std::uint64_t n) {
      for (std::uint64_t i = 0; i < n; ++i) {
        const IncomeModel model(rules, h);
        const Sweep s = sweep(model, SweepRange::standard());
        bench::keep(s.points.back().net_per_year.cents());
      }
    });
    // CPU time of this process, which a loaded machine distorts less than the wall clock; the
    // sweep as computed, and the reference way (every payslip of both years, the toeslagen and
    // municipal schemes from the RuleBook each time: as before issue 18), alternately.
    for (const bool every_month : {false, true, false, true}) {
      timespec a{};
      timespec b{};
      clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
      const int runs = 50;
      for (int i = 0; i < runs; ++i) {
        IncomeModel model(rules, h);
        if (every_month) income_detail::ModelAccess::use_reference(model);
        bench::keep(sweep(model, SweepRange::standard()).points.size());
      }
      clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
      const long long us = ((b.tv_sec - a.tv_sec) * 1'000'000'000LL + (b.tv_nsec - a.tv_nsec)) / runs / 1000;
      std::printf("%-50s %10lld us CPU per sweep (%d runs)\n",
                  (std::string(every_month ? "  reference (as before issue 18), CPU, " : "  same, CPU time, ") + name).c_str(), us, runs);
    }
    {
      const IncomeModel model(rules, h);
      std::printf("%-50s %10d of %zu\n", "  payslips computed per hours value",
                  income_detail::ModelAccess::plan(model).computed(), income_detail::ModelAccess::plan(model).same_as.size());
    }
    const IncomeModel model(rules, h);
    bench::measure((std::string("one comparison (prepared), ") + name).c_str(), [&](std::uint64_t n) {
      for (std::uint64_t i = 0; i < n; ++i) bench::keep(model.compare().difference_per_year.cents());
    });
  }
  bench::measure("load every rules file", [&](std::uint64_t n) {
    for (std::uint64_t i = 0; i < n; ++i) bench::keep(RuleBook::load_directory(BASISBAAN_BENCH_RULES_DIR).parameters().size());
  });

  // The command's start-up: the whole program (load rules, read the household, compare, sweep,
  // print), run in a loop. The program path comes from the command line or next to the bench.
  std::string program = argc > 1 ? argv[1] : "./basisbaan";
  std::ifstream probe(program);
  if (!probe) {
    std::printf("%-50s skipped (no program at %s)\n", "basisbaan compare, whole process", program.c_str());
    return 0;
  }
  for (const char* format : {"table", "json", "html"}) {
    const std::string cmd = program + " --rules " + BASISBAAN_BENCH_RULES_DIR + " compare --household " + examples +
                            "couple-two-children-groningen.json --format " + format + " > /dev/null";
    const long long us = time_command(cmd, 30);
    std::printf("%-50s %10lld us per run (30 runs, wall clock, incl. process start)\n",
                (std::string("basisbaan compare --format ") + format).c_str(), us);
  }
  return 0;
}
