// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What `basisbaan --version` prints.

#include <filesystem>
#include <string>

namespace basisbaan::cli {

/// "basisbaan VERSION" (the CMake project version, as basisbaan::version()), then a line naming
/// the rules directory and the fingerprint of the rule set in it, or why it could not be read.
/// Never throws a rules error: a version answer must not depend on the rules being present.
std::string version_text(const std::filesystem::path& rules_directory);

}  // namespace basisbaan::cli
