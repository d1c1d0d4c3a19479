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

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  namespace fs = std::filesystem;
  const fs::path dir = path.has_parent_path() ? path.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    throw InputError(path.string() + ": cannot write: directory " + dir.string() + " does not exist");
  }
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
    fs::rename(tmp, path, ec);
    if (ec) throw InputError(path.string() + ": cannot write: " + ec.message());
  } catch (...) {
    fs::remove(tmp, ec);
    throw;
  }
  // The rename itself on the disk: sync the directory.
  Fd d;
  d.fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d.fd >= 0) (void)::fsync(d.fd);
}

}  // namespace basisbaan
