// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A tiny timing helper for the benchmarks: run a body until ~0.5 s has passed, print ops/s.
// Benchmarks print figures; they never assert on time (see docs/performance.md).

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace bench {

/// Keeps the optimiser from removing a computation whose result is unused.
template <typename T>
inline void keep(T const& value) {
  asm volatile("" : : "r,m"(value) : "memory");
}

/// Runs `body(iterations)` with growing batches until 0.5 s, then prints the rate.
template <typename Body>
void measure(const char* name, Body&& body) {
  using clock = std::chrono::steady_clock;
  std::uint64_t batch = 1000;
  for (;;) {
    const auto t0 = clock::now();
    body(batch);
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(clock::now() - t0).count();
    if (ns > 500'000'000 || batch > (1ULL << 34)) {
      const std::uint64_t per_second = batch * 1'000'000'000ULL / static_cast<std::uint64_t>(ns);
      const std::uint64_t ns_per_op = static_cast<std::uint64_t>(ns) / batch;
      std::printf("%-50s %14llu ops/s  (%llu ns/op)\n", name, static_cast<unsigned long long>(per_second),
                  static_cast<unsigned long long>(ns_per_op));
      return;
    }
    batch *= 4;
  }
}

}  // namespace bench
