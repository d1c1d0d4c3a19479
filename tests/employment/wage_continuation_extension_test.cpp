// SPDX-License-Identifier: EUPL-1.2
// Extensions of the 104 weeks of wage continuation (art. 7:629 lid 11 BW).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/wage_continuation_extension.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

TEST_CASE("a late WIA application and a wage sanction move the end of wage continuation (7:629 lid 11)",
          "[employment][extension]") {
  // Sick from Monday 2024-03-04. The 104 weeks (7:629 lid 1) are 728 days: the last day is
  // 2024-03-04 + 727 = 2026-03-01. Week 93 ends 2024-03-04 + 650 = Sunday 2025-12-14, moved by
  // the Algemene termijnenwet to Monday 2025-12-15. The application arrives 2025-12-29: 14 days
  // late, so onder a adds 14 days. UWV imposes a wage sanction of 12 weeks (onder c): 84 days.
  // Last day: 2026-03-01 + 14 + 84 = 2026-06-07.
  const auto late = late_wia_extension(d("2025-12-15"), d("2025-12-29"));
  REQUIRE(late.has_value());
  CHECK(late->kind == ExtensionKind::LateWiaApplication);
  CHECK(late->days == 14);
  CHECK_FALSE(late_wia_extension(d("2025-12-15"), d("2025-12-15")).has_value());
  const ExtendedWageContinuation x = extend_wage_continuation(
      rules(), d("2026-03-01"), {*late, WageContinuationExtension{ExtensionKind::WageSanction, 12 * 7, "UWV 2026-02-10"}});
  CHECK(x.extra_days == 98);
  CHECK(x.last_day == d("2026-06-07"));
  REQUIRE(x.basis.size() == 2);
  CHECK(x.basis[0].find("lid 11 onder a") != std::string::npos);
  CHECK(x.basis[1].find("lid 11 onder c") != std::string::npos);
  CHECK(x.basis[1].find("UWV 2026-02-10") != std::string::npos);
}

TEST_CASE("an agreed postponement of at most 52 weeks (7:629 lid 11 onder b, Wet WIA art. 24)", "[employment][extension]") {
  // 52 weeks = 364 days after 2026-03-01: 2027-02-28.
  const auto x = extend_wage_continuation(rules(), d("2026-03-01"),
                                          {WageContinuationExtension{ExtensionKind::AgreedPostponement, 364, ""}});
  CHECK(x.last_day == d("2027-02-28"));
  CHECK(x.basis[0].find("lid 11 onder b") != std::string::npos);
  // One day more is refused; so are lengths of zero.
  CHECK_THROWS_AS(extend_wage_continuation(rules(), d("2026-03-01"),
                                           {WageContinuationExtension{ExtensionKind::AgreedPostponement, 365, ""}}),
                  InputError);
  CHECK_THROWS_AS(extend_wage_continuation(rules(), d("2026-03-01"), {WageContinuationExtension{ExtensionKind::WageSanction, 0, ""}}),
                  InputError);
  // No extensions: the regular last day.
  CHECK(extend_wage_continuation(rules(), d("2026-03-01"), {}).last_day == d("2026-03-01"));
}
