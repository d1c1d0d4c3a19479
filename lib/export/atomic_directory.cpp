// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/atomic_directory.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <random>
#include <set>
#include <system_error>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

namespace fs = std::filesystem;

std::string errno_text() { return std::strerror(errno); }

/// Closes the descriptor when it goes out of scope.
struct Descriptor {
  int fd = -1;
  ~Descriptor() {
    if (fd >= 0) ::close(fd);
  }
};

/// ".NAME.XXXXXXXXXXXX.tmp" beside the target.
fs::path fresh_name(const fs::path& parent, const fs::path& target, const char* what) {
  static const char hex[] = "0123456789abcdef";
  std::random_device rd;
  std::string tag;
  for (int i = 0; i < 12; ++i) tag += hex[rd() % 16];
  return parent / ("." + target.filename().string() + "." + tag + "." + what);
}

void write_one(const fs::path& dir, const ExportFile& f, const fs::path& target) {
  const fs::path file = dir / f.first;
  Descriptor d;
  d.fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
  if (d.fd < 0) throw InputError((target / f.first).string() + ": cannot write: " + errno_text());
  if (::fchmod(d.fd, S_IRUSR | S_IWUSR) != 0) throw InputError((target / f.first).string() + ": cannot write: " + errno_text());
  std::size_t done = 0;
  while (done < f.second.size()) {
    const ssize_t n = ::write(d.fd, f.second.data() + done, f.second.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw InputError((target / f.first).string() + ": cannot write: " + errno_text() + "; " + target.string() +
                       " was left as it was");
    }
    done += static_cast<std::size_t>(n);
  }
  const int fd = d.fd;
  d.fd = -1;
  if (::close(fd) != 0) throw InputError((target / f.first).string() + ": cannot write: " + errno_text());
}

void sync_path(const fs::path& p) {
  Descriptor d;
  d.fd = ::open(p.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d.fd >= 0) (void)::fsync(d.fd);
}

/// Every file of `dir` on the disk: one syncfs for the file system (not one fsync per file:
/// 10,000 payslips), then the directory itself.
void sync_all(const fs::path& dir) {
  Descriptor d;
  d.fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (d.fd < 0) return;
  if (::syncfs(d.fd) != 0) throw InputError(dir.string() + ": cannot sync to the disk: " + errno_text());
  (void)::fsync(d.fd);
}

/// Exchanges two paths atomically (Linux renameat2 RENAME_EXCHANGE); false when the file system
/// or kernel does not support it.
bool exchange(const fs::path& a, const fs::path& b) {
#ifdef SYS_renameat2
  constexpr unsigned kRenameExchange = 2;  // RENAME_EXCHANGE
  if (::syscall(SYS_renameat2, AT_FDCWD, a.c_str(), AT_FDCWD, b.c_str(), kRenameExchange) == 0) return true;
  if (errno != EINVAL && errno != ENOSYS) throw InputError(b.string() + ": cannot replace: " + errno_text());
#endif
  return false;
}

void check_names(const fs::path& path, const std::vector<ExportFile>& files) {
  std::set<std::string> names;
  for (const auto& f : files) {
    if (f.first.empty() || f.first.find('/') != std::string::npos || f.first.front() == '.') {
      throw InputError(path.string() + ": the file name \"" + f.first + "\" is not a plain name; nothing was written");
    }
    if (!names.insert(f.first).second) {
      throw InputError(path.string() + ": two files would both be named " + f.first + "; nothing was written");
    }
  }
}

}  // namespace

void write_directory_atomically(const fs::path& path, const std::vector<ExportFile>& files,
                                const std::function<bool(const std::string&)>& replaceable) {
  check_names(path, files);
  const fs::path target = path.filename().empty() ? path.parent_path() : path;  // "out/" is "out"
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::error_code ec;
  if (!fs::is_directory(parent, ec)) {
    throw InputError(target.string() + ": cannot write: directory " + parent.string() + " does not exist");
  }
  const bool exists = fs::exists(fs::symlink_status(target, ec));
  if (exists) {
    if (fs::is_symlink(fs::symlink_status(target, ec)) || !fs::is_directory(target, ec)) {
      throw InputError(target.string() + ": cannot write: it exists and is not a directory; nothing was written");
    }
    for (const auto& entry : fs::directory_iterator(target, ec)) {
      const std::string name = entry.path().filename().string();
      if (!entry.is_regular_file() || !replaceable(name)) {
        throw InputError(target.string() + ": it holds " + name +
                         ", which is not a file of an earlier export; write to a new or empty directory (nothing was written)");
      }
    }
    if (ec) throw InputError(target.string() + ": cannot read the directory: " + ec.message());
  }
  const fs::path fresh = fresh_name(parent, target, "new");
  if (::mkdir(fresh.c_str(), S_IRWXU) != 0) throw InputError(target.string() + ": cannot write: " + errno_text());
  try {
    for (const auto& f : files) write_one(fresh, f, target);
    sync_all(fresh);
    if (!exists) {
      fs::rename(fresh, target, ec);
      if (ec) throw InputError(target.string() + ": cannot write: " + ec.message());
    } else if (exchange(fresh, target)) {
      fs::remove_all(fresh, ec);  // now the old export
    } else {
      const fs::path old = fresh_name(parent, target, "old");
      fs::rename(target, old, ec);
      if (ec) throw InputError(target.string() + ": cannot replace: " + ec.message());
      fs::rename(fresh, target, ec);
      if (ec) {
        std::error_code ignored;
        fs::rename(old, target, ignored);
        throw InputError(target.string() + ": cannot replace: " + ec.message());
      }
      fs::remove_all(old, ec);
    }
  } catch (...) {
    fs::remove_all(fresh, ec);
    throw;
  }
  sync_path(parent);
}

}  // namespace basisbaan
