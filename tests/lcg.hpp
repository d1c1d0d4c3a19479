// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The generator of the tests that compare a fast path with the exact one over many drawn operands:
// a 64-bit linear congruential generator with Knuth's MMIX constants, so every run on every machine
// draws the same operands (a failure can be replayed).

#include <cstdint>

namespace basisbaan::test {

/// A deterministic 64-bit LCG; `state` is the seed.
struct Lcg {
  std::uint64_t state = 18;  ///< the seed, then the last value drawn
  /// The next 64-bit value.
  std::uint64_t next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state;
  }
  /// A value in [0, n): the high bits of the next value, modulo n (n > 0).
  unsigned below(unsigned n) { return static_cast<unsigned>((next() >> 33) % n); }
};

}  // namespace basisbaan::test
