// SPDX-License-Identifier: EUPL-1.2
// The one translation unit that holds Catch2's main().
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
