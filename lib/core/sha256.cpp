// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/sha256.hpp"

// OpenSSL's one-algorithm SHA-256 functions, deprecated since OpenSSL 3.0 in favour of EVP, and
// used here on purpose: EVP_Digest's first call initialises OpenSSL's provider machinery (reads
// openssl.cnf, loads the default provider, fetches the algorithm, and registers a clean-up at
// exit), about a millisecond of every command that loads rules, since the rule-set fingerprint is
// a SHA-256 (issue 18, docs/performance.md). SHA256_Init/Update/Final compute the same digest with
// the same assembly (SHA-NI, AVX2) and need none of that. The audit chain's own EVP use
// (lib/store) is unchanged.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

#include <array>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

std::string sha256_hex(std::string_view data) {
  std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
  SHA256_CTX ctx;
  if (SHA256_Init(&ctx) != 1 || SHA256_Update(&ctx, data.data(), data.size()) != 1 || SHA256_Final(digest.data(), &ctx) != 1) {
    throw Error("SHA-256 computation failed (OpenSSL)");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(digest.size() * 2);
  for (const unsigned char byte : digest) {
    out.push_back(kHex[byte >> 4]);
    out.push_back(kHex[byte & 0x0f]);
  }
  return out;
}

}  // namespace basisbaan
