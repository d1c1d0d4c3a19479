// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/file_permissions.hpp"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <string>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

std::string with_suffix(const std::filesystem::path& p, const char* suffix) { return p.string() + suffix; }

}  // namespace

bool database_readable_by_others(const std::filesystem::path& database) {
  for (const std::string& f : {database.string(), with_suffix(database, "-wal"), with_suffix(database, "-shm")}) {
    struct stat st {};
    if (::stat(f.c_str(), &st) == 0 && (st.st_mode & 077) != 0) return true;
  }
  return false;
}

void restrict_database_to_owner(const std::filesystem::path& database) {
  for (const std::string& f : {database.string(), with_suffix(database, "-wal"), with_suffix(database, "-shm")}) {
    struct stat st {};
    if (::stat(f.c_str(), &st) != 0) continue;
    if (::chmod(f.c_str(), S_IRUSR | S_IWUSR) != 0) {
      throw StoreError(f + ": cannot restrict the permissions to the owner (" + std::string(std::strerror(errno)) + ")");
    }
  }
}

}  // namespace basisbaan
