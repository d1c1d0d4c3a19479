// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/atomic_file.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

#include "basisbaan/core/error.hpp"

namespace basisbaan {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw InputError(path.string() + ": cannot write: directory " + dir.string() + " does not exist");
  }
  if (fs::is_directory(path, ec)) throw InputError(path.string() + ": cannot write: it is a directory");
  const fs::path tmp = dir / ("." + path.filename().string() + ".tmp");
  try {
    {
      std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
      if (!out) throw InputError(path.string() + ": cannot write: " + std::strerror(errno));
      out.write(content.data(), static_cast<std::streamsize>(content.size()));
      out.flush();
      if (!out) throw InputError(path.string() + ": cannot write: " + std::strerror(errno));
    }
    fs::rename(tmp, path, ec);
    if (ec) throw InputError(path.string() + ": cannot write: " + ec.message());
  } catch (...) {
    fs::remove(tmp, ec);
    throw;
  }
}

}  // namespace basisbaan
