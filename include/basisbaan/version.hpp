// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The library's version.

#include <string_view>

namespace basisbaan {

/// "MAJOR.MINOR.PATCH" of the library this program is linked with.
std::string_view version() noexcept;

}  // namespace basisbaan
