// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/file_names.hpp"

#include "basisbaan/core/sha256.hpp"

namespace basisbaan {

std::string export_file_id(const std::string& employee_id) {
  std::string id;
  bool changed = employee_id.empty();
  for (char c : employee_id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    if (!ok) changed = true;
    id += ok ? c : '_';
  }
  if (changed) id += "-" + sha256_hex(employee_id).substr(0, 8);
  return id;
}

}  // namespace basisbaan
