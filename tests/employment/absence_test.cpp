// SPDX-License-Identifier: EUPL-1.2
// Absence figures following the national standard (docs/employment.md §absence): every golden
// value is a hand calculation written out below.

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/absence.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

namespace {

AbsenceEmployee employee(std::string id, const char* from, int hours) {
  AbsenceEmployee e;
  e.id = std::move(id);
  e.employment.push_back({d(from), std::nullopt, Hours(Decimal(hours))});
  return e;
}

SickReport sick(const char* first, const char* recovered, const char* half_from = nullptr) {
  SickReport r;
  r.first_day = d(first);
  if (recovered != nullptr) r.recovered = d(recovered);
  if (half_from != nullptr) r.changes.push_back({d(half_from), Rate::percent(Decimal(50))});
  return r;
}

}  // namespace

TEST_CASE("absence figures of the research example: a full-timer and a half-sick part-timer", "[employment][absence]") {
  // labour-law.md §7: year 2025 (365 days), full-time 37 h (cao). A 37 h sick 10 days at 100 %,
  // B 32 h sick 30 days at 50 %, both cases ended in 2025.
  // ZVP = (10 × 37/37 × 1 + 30 × 32/37 × 0.5) / (365 × 37/37 + 365 × 32/37) × 100
  //     = (370 + 480) / (13505 + 11680) × 100 = 850 / 25185 × 100 = 3.37502…% -> 3.38
  // ZMF = 2 cases × 365 / 730 person-days = 1.00; duration = (10 + 30) / 2 = 20.0 days.
  AbsenceEmployee a = employee("A", "2020-01-01", 37);
  a.sickness.push_back(sick("2025-03-03", "2025-03-13"));
  AbsenceEmployee b = employee("B", "2020-01-01", 32);
  b.sickness.push_back(sick("2025-05-05", "2025-06-04", "2025-05-05"));
  const auto f = absence_figures(rules(), {a, b}, d("2025-01-01"), d("2025-12-31"));
  CHECK(f.verzuimpercentage.str() == "3.38");
  CHECK(f.sick_fte_days.str() == "22.973");  // 10 + 30 × 32/37 × 0.5 = 22.97297…
  CHECK(f.meldingsfrequentie->str() == "1");
  CHECK(f.average_duration->str() == "20");
}

TEST_CASE("absence percentage for part-timers over half a year matches a hand calculation", "[employment][absence]") {
  // Period 2025-07-01 … 2025-12-31 = 184 days, full-time 37 h.
  //  A 37 h, whole period; sick 2025-06-20 … 2025-07-10 (recovered 07-11): 10 days inside at 100 %.
  //    Not a new case (started before), ended in the period after 21 days.
  //  B 32 h, employed from 2025-10-01 (92 days); sick from 2025-11-03, 50 % from 11-17, recovered
  //    12-01: 14 days × 100 % + 14 days × 50 %. New case, ended after 28 days.
  //  C 20 h, whole period; sick from 2025-12-15, still sick: 17 days at 100 %. New case.
  //  D 32 h, whole period; pregnancy-related sickness in August: left out of every figure.
  // Sick hours-days:      A 37 × 10 = 370; B 32 × 14 + 32 × 14 × 0.5 = 672; C 20 × 17 = 340 -> 1382
  // Available hours-days: A 37 × 184 = 6808; B 32 × 92 = 2944; C 20 × 184 = 3680; D 32 × 184 = 5888 -> 19320
  // (the full-time 37 h divides both sums: the part-time factor cancels out)
  // ZVP = 1382 / 19320 × 100 = 7.1532…% -> 7.15
  // Person-days 184 + 92 + 184 + 184 = 644: average 3.5 employees. New cases 2 (B, C).
  // ZMF = 2 / 3.5 × 365 / 184 = 2 × 365 / 644 = 1.1335… -> 1.13 per employee per year.
  // Average duration of the ended cases (A 21, B 28) = 24.5 days.
  AbsenceEmployee a = employee("A", "2020-01-01", 37);
  a.sickness.push_back(sick("2025-06-20", "2025-07-11"));
  AbsenceEmployee b = employee("B", "2025-10-01", 32);
  b.sickness.push_back(sick("2025-11-03", "2025-12-01", "2025-11-17"));
  AbsenceEmployee c = employee("C", "2021-01-01", 20);
  c.sickness.push_back(sick("2025-12-15", nullptr));
  AbsenceEmployee dd = employee("D", "2021-01-01", 32);
  SickReport preg = sick("2025-08-01", "2025-09-01");
  preg.pregnancy = true;
  dd.sickness.push_back(preg);
  const auto f = absence_figures(rules(), {a, b, c, dd}, d("2025-07-01"), d("2025-12-31"));
  CHECK(f.days == 184);
  CHECK(f.employees == 4);
  CHECK(f.verzuimpercentage.str() == "7.15");
  CHECK(f.average_employees.str() == "3.5");
  CHECK(f.new_cases == 2);
  CHECK(f.meldingsfrequentie->str() == "1.13");
  CHECK(f.ended_cases == 2);
  CHECK(f.average_duration->str() == "24.5");
  // With pregnancy included: D adds 32 × 31 = 992 sick hours-days, a new and an ended case.
  // ZVP = 2374 / 19320 × 100 = 12.2877…% -> 12.29.
  AbsenceOptions with;
  with.include_pregnancy = true;
  CHECK(absence_figures(rules(), {a, b, c, dd}, d("2025-07-01"), d("2025-12-31"), with).verzuimpercentage.str() == "12.29");
}

TEST_CASE("an absence period ending before it starts is refused", "[employment][absence]") {
  CHECK_THROWS_AS(absence_figures(rules(), {}, d("2025-12-31"), d("2025-01-01")), InputError);
}
