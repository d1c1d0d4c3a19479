// SPDX-License-Identifier: EUPL-1.2
// Leave agreements the law allows: a longer lapse term for statutory hours agreed in writing
// (art. 7:640a BW) and leave taken in advance (a negative balance), settled at the end of
// employment.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

namespace {

// 36 hours a week from 2026-01-01, no extra hours: 4 × 36 = 144 statutory hours a year
// (art. 7:634 lid 1 BW), accrued pro rata to the days of the year (144 × days / 365, to 0.01 h).
LeaveLedger ledger36() {
  LeaveLedger l;
  l.employee = "E1";
  l.employment_start = d("2026-01-01");
  l.hours.push_back({d("2026-01-01"), Hours(Decimal(36))});
  l.extra_hours_per_year_fulltime = Hours(Decimal(0));
  l.hourly_wage = Money::parse("15.00");
  return l;
}

void take(LeaveLedger& l, const char* date, const char* hours) {
  l.taken.push_back({d(date), Hours::parse(hours), "taken[" + std::to_string(l.taken.size()) + "]", ""});
}

}  // namespace

TEST_CASE("a longer lapse term agreed in writing (art. 7:640a BW)", "[employment][leave][agreement]") {
  // Statutory hours of 2026 lapse six months after the year: from 2027-07-01. Agreed in writing:
  // 18 months, so from 2028-07-01. A shorter agreed term does not shorten the statutory one.
  LeaveLedger l = ledger36();
  auto b = leave_balance(rules(), l, d("2026-12-31"));
  REQUIRE(b.lots.size() == 1);
  CHECK(b.lots[0].expires_on == d("2027-07-01"));
  l.agreed_statutory_expiry_months = 18;
  b = leave_balance(rules(), l, d("2027-12-31"));
  CHECK(b.lots[0].expires_on == d("2028-07-01"));
  CHECK(b.lots[0].remaining.str() == "144");
  l.agreed_statutory_expiry_months = 3;
  CHECK(leave_balance(rules(), l, d("2026-12-31")).lots[0].expires_on == d("2027-07-01"));
}

TEST_CASE("leave taken in advance: a negative balance up to the agreed hours, settled at the end",
          "[employment][leave][agreement]") {
  LeaveLedger l = ledger36();
  // 40 hours on 2026-02-10 against 144 × 59 / 365 = 23.2767 → 23.28 accrued through February:
  // refused without an agreement.
  take(l, "2026-02-10", "40");
  CHECK_THROWS_AS(validate_leave_ledger(rules(), l), InputError);
  // With 24 hours in advance agreed: 16.72 in advance, balance on 2026-02-28 23.28 − 40 = −16.72;
  // by the end of April 144 × 120 / 365 = 47.3425 → 47.34 accrued: 47.34 − 40 = 7.34.
  l.advance_allowed = Hours(Decimal(24));
  validate_leave_ledger(rules(), l);
  CHECK(leave_balance(rules(), l, d("2026-02-28")).total.str() == "-16.72");
  CHECK(leave_balance(rules(), l, d("2026-04-30")).total.str() == "7.34");
  // Ten more hours on 2026-02-20 would make 26.72 in advance, more than the 24 agreed.
  LeaveLedger more = l;
  take(more, "2026-02-20", "10");
  CHECK_THROWS_AS(validate_leave_ledger(rules(), more), InputError);
  // Employment ends 2026-02-28 with −16.72 hours: settled at −16.72 × EUR 15.00 = EUR −250.80.
  l.employment_end = d("2026-02-28");
  const LeaveBalance end = leave_balance(rules(), l, d("2026-03-31"));
  CHECK(end.payout_hours->str() == "-16.72");
  CHECK(end.payout->str() == "-250.80");
}
