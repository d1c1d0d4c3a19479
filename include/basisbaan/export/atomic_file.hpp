// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Writing an export so that a reader never sees half a file: the content goes to a temporary file
// beside the target, which is renamed over the target only when it is complete.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace basisbaan {

/// Writes `content` to `path` through a temporary file in the same directory and a rename. The
/// temporary file is created exclusively under a fresh name (no existing file or symbolic link is
/// followed), with mode 0600 whatever the umask, and synced to the disk before the rename; the
/// directory is synced after it. On any failure the temporary file is removed, the target is left
/// as it was, and InputError names the path and the reason.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Writes several files into directory `dir` (created when missing), all or nothing as far as the
/// file system allows: every file is first written completely to its own temporary file (as
/// write_file_atomically does) and only when all are written are they renamed over their targets.
/// A failure while writing removes every temporary file and leaves the directory as it was.
/// InputError for a name that is empty, contains '/' or starts with '.', for two names that are
/// equal ignoring case (they would collide on a case-insensitive file system), or when a file
/// cannot be written.
void write_files_atomically(const std::filesystem::path& dir, const std::vector<std::pair<std::string, std::string>>& files);

}  // namespace basisbaan
