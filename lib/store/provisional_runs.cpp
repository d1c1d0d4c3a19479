// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/provisional_runs.hpp"

#include "basisbaan/core/error.hpp"
#include "internal.hpp"

namespace basisbaan {

std::vector<std::string> provisional_parameters(const Database& db, std::int64_t run_id) {
  SQLite::Statement q(db.sql(), "SELECT carried_forward FROM payroll_runs WHERE id = ?");
  q.bind(1, run_id);
  std::vector<std::string> out;
  if (!q.executeStep()) return out;
  const std::string list = q.getColumn(0).getString();
  for (std::size_t b = 0; b < list.size();) {
    const auto e = list.find(' ', b);
    out.push_back(list.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return out;
}

void refuse_provisional(const Database& db, std::int64_t run_id, const std::string& doing) {
  const auto names = provisional_parameters(db, run_id);
  if (names.empty()) return;
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  throw InputError("payroll run " + std::to_string(run_id) + " is provisional (computed with values carried past their horizon: " +
                   list + "), so it cannot be " + doing + ". Add the values in a local rules directory (--rules-local DIR) and "
                   "run the period again without --provisional");
}

namespace store_detail {
void record_provisional(Database& db, std::int64_t run_id, const RuleBook& rules) {
  const auto names = rules.carried_forward();
  if (names.empty()) return;
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : " ") + n;
  SQLite::Statement u(db.sql(), "UPDATE payroll_runs SET carried_forward = ? WHERE id = ?");
  u.bind(1, list);
  u.bind(2, run_id);
  u.exec();
}
}  // namespace store_detail

}  // namespace basisbaan
