// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared helpers for the employment tests: the real rule book and terse constructors.

#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/employment/contract.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan::test {

inline const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

inline Date d(const char* s) { return parse_date(s); }

/// A fixed-term contract for 32 hours a week at the 2026 minimum wage.
inline Contract fixed(std::string id, const char* start, const char* end, std::string employer = "thermiek",
                      std::string job = "wijkconciërge") {
  Contract c;
  c.id = std::move(id);
  c.employer = std::move(employer);
  c.job = std::move(job);
  c.start = d(start);
  c.end = d(end);
  c.hours_per_week = Hours(Decimal(32));
  c.hourly_wage = Money::parse("14.71");
  return c;
}

}  // namespace basisbaan::test
