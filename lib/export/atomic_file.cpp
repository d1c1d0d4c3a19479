// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <random>
#include <string>
#include <system_error>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

/// Closes the descriptor when it goes out of scope.
struct Fd {
  int fd = -1;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

std::string errno_text() { return std::strerror(errno); }

/// A temporary name beside the target that no other writer uses: ".NAME.XXXXXXXX.tmp".
std::filesystem::path temporary_name(const std::filesystem::path& dir, const std::filesystem::path& target) {
  static const char hex[] = "0123456789abcdef";
  std::random_device rd;
  std::string tag;
  for (int i = 0; i < 12; ++i) tag += hex[rd() % 16];
  return dir / ("." + target.filename().string() + "." + tag + ".tmp");
}

void write_all(int fd, std::string_view content, const std::filesystem::path& path) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw InputError(path.string() + ": cannot write: " + errno_text());
    }
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

namespace {

/// Writes `content` to a fresh temporary file beside `path` (exclusive, mode 0600, synced) and
/// returns its name; on failure removes it and throws InputError naming `path`.
std::filesystem::path write_temporary(const std::filesystem::path& dir, const std::filesystem::path& path, std::string_view content) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(path, ec)) throw InputError(path.string() + ": cannot write: it is a directory");
  // Created exclusively (never through an existing file or a symbolic link someone placed
  // there), readable by the owner only whatever the umask: exports hold BSNs and IBANs.
  const fs::path tmp = temporary_name(dir, path);
  Fd file;
  file.fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (file.fd < 0) throw InputError(path.string() + ": cannot write: " + errno_text());
  try {
    if (::fchmod(file.fd, S_IRUSR | S_IWUSR) != 0) throw InputError(path.string() + ": cannot write: " + errno_text());
    write_all(file.fd, content, path);
    // On the disk before the rename, so that a crash leaves the old file or the whole new one.
    if (::fsync(file.fd) != 0) throw InputError(path.string() + ": cannot write: " + errno_text());
    if (::close(file.fd) != 0) {
      file.fd = -1;
      throw InputError(path.string() + ": cannot write: " + errno_text());
    }
    file.fd = -1;
  } catch (...) {
    fs::remove(tmp, ec);
    throw;
  }
  return tmp;
}

/// The rename itself on the disk: sync the directory.
void sync_directory(const std::filesystem::path& dir) {
  Fd d;
  d.fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d.fd >= 0) (void)::fsync(d.fd);
}

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return s;
}

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw InputError(path.string() + ": cannot write: directory " + dir.string() + " does not exist");
  }
  const fs::path tmp = write_temporary(dir, path, content);
  fs::rename(tmp, path, ec);
  if (ec) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw InputError(path.string() + ": cannot write: " + ec.message());
  }
  sync_directory(dir);
}

void write_files_atomically(const std::filesystem::path& dir, const std::vector<std::pair<std::string, std::string>>& files) {
  namespace fs = std::filesystem;
  std::vector<std::string> seen;
  for (const auto& [name, content] : files) {
    if (name.empty() || name.find('/') != std::string::npos || name[0] == '.') {
      throw InputError(dir.string() + ": cannot write file '" + name + "': expected a plain file name");
    }
    const std::string key = lower(name);
    for (const auto& s : seen) {
      if (s == key) throw InputError(dir.string() + ": two files would be named '" + name + "' (ignoring case)");
    }
    seen.push_back(key);
  }
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw InputError(dir.string() + ": cannot create the directory: " + ec.message());
  std::vector<std::pair<fs::path, fs::path>> written;  // temporary, target
  try {
    for (const auto& [name, content] : files) {
      const fs::path target = dir / name;
      written.emplace_back(write_temporary(dir, target, content), target);
    }
    for (const auto& [tmp, target] : written) {
      fs::rename(tmp, target, ec);
      if (ec) throw InputError(target.string() + ": cannot write: " + ec.message());
    }
  } catch (...) {
    std::error_code ignored;
    for (const auto& [tmp, target] : written) fs::remove(tmp, ignored);
    throw;
  }
  sync_directory(dir);
}

}  // namespace basisbaan
