// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared helpers for the payroll tests: the real rule book, a test employer (Whk 1,52 % with a
// WGA part of 0,70 %), a 32-hour basisbaner at the minimum wage, born 1975-04-12, and the
// amount of a payslip line as text.

#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/payroll/employee.hpp"
#include "basisbaan/payroll/payslip.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan::test {

inline const RuleBook& payroll_rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

inline Employer test_employer() {
  Employer e;
  e.name = "Stichting Basisbanen (test)";
  e.whk_rate = Rate::percent(Decimal::parse("1.52"));
  e.whk_wga_rate = Rate::percent(Decimal::parse("0.70"));
  return e;
}

inline Employee basisbaner_32h(const char* employed_since) {
  Employee e;
  e.id = "E001";
  e.name = "J. de Vries";
  e.birth_date = parse_date("1975-04-12");
  e.employed_since = parse_date(employed_since);
  e.hours_per_week = Hours(Decimal(32));
  return e;
}

/// The amount of the first line with `code` as text ("12.34"), or "(none)".
inline std::string amount(const Payslip& p, LineCode code) {
  const auto* l = p.line(code);
  return l == nullptr ? "(none)" : l->amount.str();
}

}  // namespace basisbaan::test
