#include "basisbaan/version.hpp"

namespace basisbaan {

std::string_view version() noexcept { return BASISBAAN_VERSION; }

}  // namespace basisbaan
