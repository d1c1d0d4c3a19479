// SPDX-License-Identifier: EUPL-1.2
// Fuzz target: the JSON documents read into records after parse_json_exact — a payroll input
// (employer and employee, docs/payslip-input.md), contracts, sick reports, a leave ledger and
// absence records — each from the same bytes. Any input must give records or a basisbaan::Error.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/json_input.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace {

template <typename F>
void attempt(F&& read) {
  try {
    read();
  } catch (const basisbaan::Error&) {
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace basisbaan;
  static const RuleBook rules = RuleBook::load_directory(BASISBAAN_FUZZ_RULES_DIR);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  attempt([&] {
    const Json j = parse_json_exact(text, "fuzz.json");
    (void)read_payroll_input(JsonField(j, "fuzz.json", ""));
  });
  attempt([&] { (void)read_contracts_json(text, "fuzz.json"); });
  attempt([&] { (void)read_sick_reports_json(text, "fuzz.json"); });
  attempt([&] { (void)read_leave_ledger_json(rules, text, "fuzz.json"); });
  attempt([&] { (void)read_absence_records_json(text, "fuzz.json"); });
  return 0;
}
