// SPDX-License-Identifier: EUPL-1.2
// The leave ledger (art. 7:634–7:642 BW): accrual pro rata, accrual during sickness, expiry of
// statutory hours six months after the year (7:640a), extra hours after five years (7:642), the
// order of use and the payout at the end (7:641).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

namespace {

LeaveLedger ledger32(const char* start) {
  LeaveLedger l;
  l.employee = "E1";
  l.employment_start = d(start);
  l.hours.push_back({d(start), Hours(Decimal(32))});
  l.extra_hours_per_year_fulltime = Hours(Decimal(37));  // 37 extra hours a year full-time (example value)
  l.hourly_wage = Money::parse("14.71");
  return l;
}

void take(LeaveLedger& l, const char* date, const char* hours) {
  l.taken.push_back({d(date), Hours::parse(hours), "taken[" + std::to_string(l.taken.size()) + "]", ""});
}

const LeaveLot& lot(const LeaveBalance& b, int year, LeaveKind kind) {
  for (const auto& x : b.lots) {
    if (x.year == year && x.kind == kind) return x;
  }
  FAIL("no lot " << year);
  return b.lots.front();
}

}  // namespace

TEST_CASE("statutory leave accrues 4 × weekly hours a year, pro rata to the days in service", "[employment][leave]") {
  // 7:634 lid 1: 32 h/week -> 128 h a year. Extra: 37 × 32 / 37 = 32 h a year.
  LeaveLedger l = ledger32("2025-01-01");
  auto b = leave_balance(rules(), l, d("2025-12-31"));
  CHECK(b.statutory.str() == "128");
  CHECK(b.extra.str() == "32");
  // Months are credited at their start: on 2025-03-10 January to March are in,
  // 128 × 90 / 365 = 31.561… -> 31.56 h.
  b = leave_balance(rules(), l, d("2025-03-10"));
  CHECK(b.statutory.str() == "31.56");
  // Start on 2026-03-01: 128 × 306 / 365 = 107.31 h (labour-law.md §5, days basis).
  l = ledger32("2026-03-01");
  CHECK(leave_balance(rules(), l, d("2026-12-31")).statutory.str() == "107.31");
  // The months add up to the year exactly.
  Hours sum;
  for (const auto& m : leave_accrual_by_month(rules(), ledger32("2025-01-01"), 2025)) sum += m.statutory;
  CHECK(sum.str() == "128");
}

TEST_CASE("leave expiry across two years with sickness in between", "[employment][leave]") {
  // Employed from 2024-01-01 at 32 h/week. 2024: 128 statutory + 32 extra hours; 40 hours taken in
  // August 2024 come from the 2024 statutory hours (they expire first: 2025-07-01).
  // Sick 2025-03-01 … 2025-09-30. Since 2012 leave accrues in full during sickness (Stb. 2011, 318):
  // 2025 still gives 128 + 32 hours.
  // 7:640a: the 88 statutory hours left of 2024 expire on 2025-07-01 (six months after 2024), also
  // for a sick employee who could take leave (default). If the employee could reasonably NOT take
  // leave up to that moment, they do not expire then but fall under 7:642: five years after 2024,
  // gone on 2030-01-01.
  LeaveLedger l = ledger32("2024-01-01");
  take(l, "2024-08-05", "40");
  l.sickness.push_back({d("2025-03-01"), d("2025-09-30"), false});
  validate_leave_ledger(rules(), l);
  auto before = leave_balance(rules(), l, d("2025-06-30"));
  CHECK(lot(before, 2024, LeaveKind::Statutory).remaining.str() == "88");
  auto after = leave_balance(rules(), l, d("2025-07-01"));
  const auto& st24 = lot(after, 2024, LeaveKind::Statutory);
  CHECK(st24.expires_on == d("2025-07-01"));
  CHECK(st24.expired.str() == "88");
  CHECK(st24.remaining.str() == "0");
  CHECK(lot(after, 2024, LeaveKind::Extra).remaining.str() == "32");
  auto end25 = leave_balance(rules(), l, d("2025-12-31"));
  CHECK(lot(end25, 2025, LeaveKind::Statutory).accrued.str() == "128");
  CHECK(end25.total.str() == "192");  // 32 extra of 2024 + 128 + 32 of 2025

  l.sickness.back().unable_to_take_leave = true;
  after = leave_balance(rules(), l, d("2025-07-01"));
  CHECK(lot(after, 2024, LeaveKind::Statutory).remaining.str() == "88");
  CHECK(lot(after, 2024, LeaveKind::Statutory).expires_on == d("2030-01-01"));
  CHECK(lot(after, 2024, LeaveKind::Statutory).expiry_postponed);
}

TEST_CASE("leave taken uses the hours that expire first", "[employment][leave]") {
  // In May 2025 the 2024 statutory hours (gone 2025-07-01) go before the 2025 statutory hours
  // (gone 2026-07-01) and before any extra hours (gone 2030-01-01 / 2031-01-01).
  // 80 hours on 2024-08-05: January-August 2024 credit 128 × 244/366 = 85.33 statutory hours, so
  // all 80 come from them. 60 hours on 2025-05-12: the 48 left of 2024 first, then 12 of 2025.
  LeaveLedger l = ledger32("2024-01-01");
  take(l, "2024-08-05", "80");
  take(l, "2025-05-12", "60");
  const auto b = leave_balance(rules(), l, d("2025-05-31"));
  CHECK(lot(b, 2024, LeaveKind::Statutory).used.str() == "128");
  CHECK(lot(b, 2025, LeaveKind::Statutory).used.str() == "12");
  CHECK(lot(b, 2024, LeaveKind::Extra).used.str() == "0");
}

TEST_CASE("extra hours are time-barred five years after the year", "[employment][leave]") {
  // 7:642: 2024 extra hours can be used through 2029-12-31 and are gone on 2030-01-01.
  // The accrual of 2028 and 2029 needs the cao's full-time week after the cao's end date
  // (2027-12-31, its horizon): computed provisionally, with the 2027 week carried forward.
  LeaveLedger l = ledger32("2024-01-01");
  l.employment_end.reset();
  RuleBook provisional = rules();
  provisional.set_options(RuleBookOptions{true});
  const auto b = leave_balance(provisional, l, d("2030-01-01"));
  CHECK(lot(b, 2024, LeaveKind::Extra).expired.str() == "32");
  CHECK(provisional.carried_forward() == std::vector<std::string>{"cao.working_week.full_time_hours"});
}

TEST_CASE("what remains at the end of employment is paid out", "[employment][leave]") {
  // Employed 2025-01-01 … 2025-06-30 (181 days): 128 × 181/365 = 63.47 statutory and
  // 32 × 181/365 = 15.87 extra hours; 20 hours taken (from the statutory hours): 59.34 hours left,
  // paid at the hourly wage (7:641 lid 1): 59.34 × 14.71 = 872.8914 -> EUR 872.89.
  LeaveLedger l = ledger32("2025-01-01");
  l.employment_end = d("2025-06-30");
  take(l, "2025-04-14", "20");
  const auto b = leave_balance(rules(), l, d("2025-07-15"));
  REQUIRE(b.payout_hours);
  CHECK(b.payout_hours->str() == "59.34");
  CHECK(b.payout->str() == "872.89");
}

TEST_CASE("leave taken beyond the balance is refused", "[employment][leave]") {
  // On 2025-01-20 only January is credited: 128 × 31/365 = 10.87 + 32 × 31/365 = 2.72 = 13.59 h.
  LeaveLedger l = ledger32("2025-01-01");
  take(l, "2025-01-20", "16");
  CHECK_THROWS_WITH(validate_leave_ledger(rules(), l, "ledger.json"),
                    "ledger.json: field taken[0]: 16 hours of leave on 2025-01-20 exceed the balance of 13.59 hours on "
                    "that day (leave taken beyond the balance)");
}

TEST_CASE("leave on a weekend day or a public holiday is named as such", "[employment][leave]") {
  // basisbaan spreads the contract hours over Monday to Friday (clerk's review F15).
  CHECK(leave_weekend_day(d("2026-03-14")) == "a Saturday");
  CHECK(leave_weekend_day(d("2026-03-15")) == "a Sunday");
  for (const char* day : {"2026-03-09", "2026-03-13", "2026-04-06"}) {
    INFO(day);
    CHECK_FALSE(leave_weekend_day(d(day)));
  }
  // A public holiday (rules/public_holidays.xml): a remark, not a refusal.
  CHECK(leave_public_holiday_remark(rules(), d("2026-04-06")) ==
        "2026-04-06 is tweede Paasdag, a public holiday (Atw art. 3): if the employee had the day off under the cao or the "
        "employer's rules, no leave hours are due for it");
  CHECK(leave_public_holiday_remark(rules(), d("2026-04-03"))->starts_with("2026-04-03 is Goede Vrijdag"));
  CHECK_FALSE(leave_public_holiday_remark(rules(), d("2026-04-07")));
}
