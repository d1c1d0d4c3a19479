// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared by the income-comparison tests: the project's rules, loaded once, and the text of a
// bundled example household (examples/households/).

#include <fstream>
#include <sstream>
#include <string>

#include "basisbaan/rules/rule_book.hpp"

#include "../rules.hpp"

namespace basisbaan::income_test {

/// The rules directory of the project, loaded once per test binary (tests/rules.hpp).
using test::rules;

/// The JSON text of examples/households/`name`.
inline std::string example(const std::string& name) {
  std::ifstream in(std::string(BASISBAAN_TEST_RULES_DIR) + "/../examples/households/" + name);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace basisbaan::income_test
