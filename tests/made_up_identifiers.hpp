// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Made-up identifiers for generated employees (tests and bench/store_bench.cpp): a BSN that passes
// the 11-test and a Dutch IBAN of the test bank "TEST" with valid check digits, distinct per n and
// the same on every run — no real person's or account's number.

#include <cstdio>
#include <string>

#include "basisbaan/core/identifiers.hpp"

namespace basisbaan::test {

/// A made-up BSN that passes the 11-test: the first valid one from 100000000 + 110 n on.
inline std::string made_up_bsn(int n) {
  for (long long x = 100000000LL + static_cast<long long>(n) * 110;; ++x) {
    const std::string s = std::to_string(x);
    if (s.size() == 9 && is_valid_bsn(s)) return s;
  }
}

/// A Dutch IBAN of the bank code TEST, account 100000000 + n, with ISO 13616 mod-97 check digits.
inline std::string made_up_iban(int n) {
  char account[16];  // 10 digits for n below 900,000,000 (room for any int, so no truncation warning)
  std::snprintf(account, sizeof account, "%010d", 100000000 + n);
  const std::string bban = std::string("TEST") + account;
  // Check digits: the BBAN then "NL00" as numbers (A = 10 … Z = 35), mod 97.
  std::string digits;
  for (char c : bban + "NL00") digits += (c >= '0' && c <= '9') ? std::string(1, c) : std::to_string(c - 'A' + 10);
  int mod = 0;
  for (char c : digits) mod = (mod * 10 + (c - '0')) % 97;
  char check[4];
  std::snprintf(check, sizeof check, "%02d", 98 - mod);
  return std::string("NL") + check + bban;
}

}  // namespace basisbaan::test
