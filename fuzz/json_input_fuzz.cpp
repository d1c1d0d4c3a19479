// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the bounded JSON reader every JSON input goes through (parse_json_exact). Any
// input must end in a Json value or an InputError; never a crash, a hang or another exception.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/json_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  try {
    (void)basisbaan::parse_json_exact(text, "fuzz.json");
  } catch (const basisbaan::Error&) {
  }
  return 0;
}
