// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the parsers of single values that every entry path shares (command-line options,
// CSV fields, JSON strings): amounts, exact decimals, hours, percentages, dates, pay periods,
// payslip quantities and rates, and the BSN/IBAN/BIC checks. Any input must give a
// value or a basisbaan::Error; a value must print without throwing, and an amount or a decimal
// printed must read back as the same value.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/payroll/payslip_line.hpp"

namespace {

template <typename F>
void attempt(F&& parse) {
  try {
    parse();
  } catch (const basisbaan::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace basisbaan;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::size_t printed = 0;
  // What str() writes, parse reads back to the same value.
  attempt([&] {
    const Money m = Money::parse(text);
    if (Money::parse(m.str()) != m) __builtin_trap();
    printed += m.str().size();
  });
  attempt([&] {
    const Decimal d = Decimal::parse(text);
    if (Decimal::parse(d.str()) != d) __builtin_trap();
    printed += d.str().size();
  });
  attempt([&] { printed += Hours::parse(text).str().size(); });
  attempt([&] { printed += Hours::parse(text, "hours", true).str().size(); });
  attempt([&] { printed += Rate::parse_percent(text).str().size(); });
  attempt([&] { printed += to_string(parse_date(text)).size(); });
  attempt([&] { printed += PayPeriod::parse(text).label().size(); });
  attempt([&] { printed += LineQuantity::parse(text).str().size(); });
  attempt([&] { printed += LineRate::parse(text).str().size(); });
  printed += is_valid_bsn(text) ? mask_bsn(text).size() : 0;
  printed += is_valid_iban(text) ? normalize_iban(text).size() : 0;
  printed += is_valid_bic(text) ? 1u : 0u;
  return printed == static_cast<std::size_t>(-1) ? 1 : 0;
}
