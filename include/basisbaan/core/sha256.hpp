// SPDX-License-Identifier: EUPL-1.2
#pragma once
// SHA-256 digests (OpenSSL's libcrypto), for rule-set fingerprints and the audit hash chain.

#include <string>
#include <string_view>

namespace basisbaan {

/// The SHA-256 digest of `data` as 64 lowercase hex digits.
std::string sha256_hex(std::string_view data);

}  // namespace basisbaan
