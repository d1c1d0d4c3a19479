// SPDX-License-Identifier: EUPL-1.2
// What a recomputed payslip changes against an earlier version of it: the differences a
// correction stores (payroll_correction.cpp) and replay recomputes (replay_totals.cpp).
#include <map>
#include <set>
#include <utility>

#include "run_parts.hpp"

namespace basisbaan::store_detail {

PayslipDifference payslip_difference(const std::string& id, const PayslipRow& row, const std::vector<LineRow>& lines,
                                     const RunPayslipVersion* version) {
  PayslipDifference d;
  d.employee_id = id;
  std::map<std::pair<std::string, int>, const LineRow*> before;
  std::map<std::string, int> seen;
  if (version != nullptr) {
    for (const auto& l : version->lines) before[{l.code, seen[l.code]++}] = &l;
  }
  seen.clear();
  std::set<std::pair<std::string, int>> matched;
  for (const auto& l : lines) {
    const std::pair<std::string, int> key{l.code, seen[l.code]++};
    matched.insert(key);
    const auto b = before.find(key);
    const std::int64_t was = b == before.end() ? 0 : b->second->amount;
    if (was != l.amount || b == before.end()) {
      d.lines.push_back({stored_line_code(l.code), l.description, line_kind_from(l.kind), Money::from_cents(was),
                         Money::from_cents(l.amount)});
    }
  }
  for (const auto& [key, l] : before) {
    if (matched.count(key) == 0) {
      d.lines.push_back({stored_line_code(l->code), l->description, line_kind_from(l->kind), Money::from_cents(l->amount), Money()});
    }
  }
  const PayslipRow none{};
  const PayslipRow& b = version != nullptr ? version->row : none;
  d.gross = Money::from_cents(row.gross - b.gross);
  d.wage_for_wage_tax = Money::from_cents(row.wage_for_wage_tax - b.wage_for_wage_tax);
  d.wage_tax = Money::from_cents(row.wage_tax - b.wage_tax);
  d.net = Money::from_cents(row.net - b.net);
  d.employer_charges = Money::from_cents(row.employer_charges - b.employer_charges);
  return d;
}

}  // namespace basisbaan::store_detail
