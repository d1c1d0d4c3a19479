// SPDX-License-Identifier: EUPL-1.2
// The dates that matter in the coming months for one employee, and the employer policy's advice.

#include <catch2/catch.hpp>

#include "basisbaan/employment/upcoming.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

namespace {

bool has(const std::vector<UpcomingDate>& v, const char* date, const std::string& kind) {
  for (const auto& u : v) {
    if (u.date == d(date) && u.kind == kind) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("a clerk sees renewals, notices, conversions, reintegration deadlines and expiring leave", "[employment][upcoming]") {
  // Contract C2 2025-07-01 … 2026-06-30 after C1 2024-07-01 … 2025-06-30: notice due by
  // 2026-05-31 (7:668), the contract ends 2026-06-30. Sick from 2026-03-09 (open): week 8 ends
  // 2026-05-03 (sick day 56 = 2026-03-09 + 55). Leave: 2025 statutory hours not taken are gone on
  // 2026-07-01, so 2026-06-30 is their last day (7:640a). Window 2026-04-15 … 2026-07-15.
  EmployeeRecords r;
  r.contracts = {fixed("C1", "2024-07-01", "2025-06-30"), fixed("C2", "2025-07-01", "2026-06-30")};
  validate_contracts(r.contracts);
  SickReport s;
  s.id = "Z1";
  s.first_day = d("2026-03-09");
  r.sick_reports = {s};
  LeaveLedger l;
  l.employment_start = d("2024-07-01");
  l.hours.push_back({d("2024-07-01"), Hours(Decimal(32))});
  r.leave = l;
  const auto v = upcoming_dates(rules(), r, d("2026-04-15"), 3);
  CHECK(has(v, "2026-05-03", "reintegration"));
  CHECK(has(v, "2026-05-31", "notice deadline"));
  CHECK(has(v, "2026-05-31", "advice"));
  CHECK(has(v, "2026-06-30", "contract end"));
  CHECK(has(v, "2026-06-30", "leave expiry"));
  for (std::size_t i = 1; i < v.size(); ++i) CHECK(v[i - 1].date <= v[i].date);
}

TEST_CASE("employer policy: permanent after 36 months on a positive report, notice on a negative one", "[employment][policy]") {
  // Groningen (collegebrief 8-3-2023): permanent after three years on the coach's advice.
  // C1 (18 months) and C2 (18 months) from 2022-07-01 last exactly 36 months at the end of C2
  // (2025-06-30) — not more, so the law does not convert them — but the policy offers a permanent
  // contract, by the notice deadline 2025-05-31 (7:668: the day before 2025-07-01 − 1 month).
  std::vector<Contract> cs = {fixed("C1", "2022-07-01", "2023-12-31"), fixed("C2", "2024-01-01", "2025-06-30")};
  validate_contracts(cs);
  EmployerPolicy policy{"Groningen basisbanen", 36, true};
  auto adv = advise(rules(), cs, {{d("2025-04-01"), true, "coach", ""}}, policy, d("2025-04-15"));
  REQUIRE_FALSE(adv.empty());
  CHECK(adv.back().action == AdviceAction::MakePermanent);
  CHECK(adv.back().by == d("2025-05-31"));
  // A negative report: give notice of non-renewal by the same day.
  adv = advise(rules(), cs, {{d("2025-04-01"), false, "coach", ""}}, policy, d("2025-04-15"));
  CHECK(adv.back().action == AdviceAction::GiveNotice);
  // No report yet: obtain one, then decide.
  adv = advise(rules(), cs, {}, policy, d("2025-04-15"));
  CHECK(adv.front().action == AdviceAction::ObtainReport);
  // One year into the chain: renew.
  std::vector<Contract> one = {fixed("C1", "2025-01-01", "2025-12-31")};
  adv = advise(rules(), one, {{d("2025-10-01"), true, "coach", ""}}, policy, d("2025-10-15"));
  CHECK(adv.back().action == AdviceAction::Renew);
}
