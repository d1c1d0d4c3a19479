// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: a rules file (rules/*.xml format) read from memory (RuleBook::from_sources).
// Any input must give a rule book or a basisbaan::Error.

#include <cstddef>
#include <cstdint>
#include <string>

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/rule_book.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  try {
    (void)basisbaan::RuleBook::from_sources({{"fuzz.xml", std::string(reinterpret_cast<const char*>(data), size)}});
  } catch (const basisbaan::Error&) {
  }
  return 0;
}
