// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Writing a directory of exported files (one payslip per employee) so that it is all new or
// untouched: the files go to a fresh directory beside the target, which then takes its place.

#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace basisbaan {

/// A file of a directory export: its name (no directory part) and its content.
using ExportFile = std::pair<std::string, std::string>;

/// Writes `files` as the directory `path`: first into a fresh directory beside it (created
/// exclusively, mode 0700; files 0600 whatever the umask), synced to the disk, then renamed into
/// place — exchanged atomically with an existing `path`, whose old content is then removed. A
/// failure (a full disk, a bad name) leaves `path` as it was and removes the fresh directory.
/// An existing `path` is replaced only when every entry in it satisfies `replaceable` (e.g. the
/// files of an earlier export); otherwise InputError names the first other entry and nothing is
/// written. Two files with the same name, or a name with a '/' or starting with '.', are an
/// InputError naming them (nothing is written).
void write_directory_atomically(const std::filesystem::path& path, const std::vector<ExportFile>& files,
                                const std::function<bool(const std::string&)>& replaceable);

}  // namespace basisbaan
