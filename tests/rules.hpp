// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The project's rules (rules/), loaded once per test binary and shared by the tests that include
// this header: the tests of rules prepared once (issue 18) compare them with the RuleBook
// functions on this one book.

#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan::test {

/// The rules directory of the project (BASISBAAN_TEST_RULES_DIR), loaded on first use.
inline const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

}  // namespace basisbaan::test
