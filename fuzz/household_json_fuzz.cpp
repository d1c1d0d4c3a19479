// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: a household for the income comparison (read_household) against the bundled
// rules. Any input must give a household or a basisbaan::Error.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "basisbaan/core/error.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/rules/rule_book.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const basisbaan::RuleBook rules = basisbaan::RuleBook::load_directory(BASISBAAN_FUZZ_RULES_DIR);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)basisbaan::read_household(rules, text, "fuzz.json");
  } catch (const basisbaan::Error&) {
  }
  return 0;
}
