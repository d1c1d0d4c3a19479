// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/version.hpp"

namespace basisbaan {

std::string_view version() noexcept { return BASISBAAN_VERSION; }

}  // namespace basisbaan
