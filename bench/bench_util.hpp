// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A tiny timing helper for the benchmarks: run a body until ~0.5 s has passed, print ops/s by the
// wall clock and by the thread's CPU clock (on a shared machine the CPU figure is the one to
// compare; the wall figure also measures the other work on the cores). Benchmarks print figures;
// they never assert on time (see docs/performance.md).

#include <time.h>

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace bench {

/// Keeps the optimiser from removing a computation whose result is unused.
template <typename T>
inline void keep(T const& value) {
  asm volatile("" : : "r,m"(value) : "memory");
}

/// CPU time used by the calling thread, in nanoseconds.
inline std::int64_t thread_cpu_ns() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<std::int64_t>(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

/// Runs `body(iterations)` with growing batches until 0.5 s, then prints the rate by wall clock
/// and by the thread's CPU time.
template <typename Body>
void measure(const char* name, Body&& body) {
  using clock = std::chrono::steady_clock;
  std::uint64_t batch = 1000;
  for (;;) {
    const auto t0 = clock::now();
    const std::int64_t c0 = thread_cpu_ns();
    body(batch);
    const std::int64_t cpu = thread_cpu_ns() - c0;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(clock::now() - t0).count();
    if (ns > 500'000'000 || batch > (1ULL << 34)) {
      const std::uint64_t per_second = batch * 1'000'000'000ULL / static_cast<std::uint64_t>(ns);
      const std::uint64_t ns_per_op = static_cast<std::uint64_t>(ns) / batch;
      const std::uint64_t cpu_per_second = cpu > 0 ? batch * 1'000'000'000ULL / static_cast<std::uint64_t>(cpu) : 0;
      std::printf("%-50s %14llu ops/s  (%llu ns/op)  CPU: %llu ops/s\n", name, static_cast<unsigned long long>(per_second),
                  static_cast<unsigned long long>(ns_per_op), static_cast<unsigned long long>(cpu_per_second));
      return;
    }
    batch *= 4;
  }
}

}  // namespace bench
