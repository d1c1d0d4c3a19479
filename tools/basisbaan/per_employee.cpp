// SPDX-License-Identifier: EUPL-1.2
// The --db variant of the per-employee commands (contract check, sick timeline, leave balance):
// one employee, or every employee the command has something to say about.

#include <ostream>

#include "basisbaan/store/administration.hpp"
#include "store_commands.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {

std::size_t print_per_employee(Context& ctx, const std::string& db_file, const std::string& employee_id, bool json,
                               const std::string& separator, const std::function<bool(const EmployeeRecord&)>& wanted,
                               const std::function<Json(const EmployeeRecord&)>& one) {
  const Database db = open_to_read(ctx, db_file);
  Json all = Json::array();
  std::size_t shown = 0;
  for (const EmployeeRecord& r : load_employee_records(db, employee_id)) {
    if (!wanted(r)) continue;
    if (!json && shown != 0) *ctx.out << separator;
    ++shown;
    all.push_back(one(r));
  }
  if (json) print_json(*ctx.out, employee_id.empty() ? all : (all.empty() ? Json(nullptr) : all.at(0)));
  return shown;
}

}  // namespace basisbaan::cli
