// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Writing an export so that a reader never sees half a file: the content goes to a temporary file
// beside the target, which is renamed over the target only when it is complete.

#include <filesystem>
#include <string_view>

namespace basisbaan {

/// Writes `content` to `path` through a temporary file in the same directory and a rename. The
/// temporary file is created exclusively under a fresh name (no existing file or symbolic link is
/// followed), with mode 0600 whatever the umask, and synced to the disk before the rename; the
/// directory is synced after it. On any failure the temporary file is removed, the target is left
/// as it was, and InputError names the path and the reason.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

}  // namespace basisbaan
