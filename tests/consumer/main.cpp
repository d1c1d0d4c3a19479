// SPDX-License-Identifier: EUPL-1.2
// A back office linking basisbaan: load the installed rules and ask the minimum wage.
#include <basisbaan/law/minimum_wage.hpp>
#include <basisbaan/rules/rule_book.hpp>

#include <iostream>

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: consumer RULES_DIR\n";
    return 2;
  }
  const auto rules = basisbaan::RuleBook::load_directory(argv[1]);
  const auto w = basisbaan::minimum_wage(rules, basisbaan::parse_date("2025-07-01"), 30,
                                         basisbaan::Hours(basisbaan::Decimal(32)));
  std::cout << "hourly " << w.hourly.str() << " monthly " << w.per_month->str() << "\n";
  return w.per_month->str() == "2004.48" ? 0 : 1;
}
