// SPDX-License-Identifier: EUPL-1.2
// Pregnancy and maternity leave (Wet arbeid en zorg art. 3:1) and the UWV benefit (art. 3:13).

#include <catch2/catch.hpp>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/maternity_leave.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::rules;

TEST_CASE("pregnancy and maternity leave: 16 weeks, longer after a late birth (art. 3:1 Wazo)", "[employment][wazo]") {
  // Expected birth Saturday 2026-08-15; the day after is 2026-08-16. Lid 2: start from six weeks
  // before it, 2026-08-16 − 42 = 2026-07-05, to four weeks before it, 2026-08-16 − 28 = 2026-07-19.
  MaternityLeaveFacts f{d("2026-08-15"), d("2026-07-05"), std::nullopt, false};
  MaternityLeave m = maternity_leave(rules(), f);
  CHECK(m.earliest_start == d("2026-07-05"));
  CHECK(m.latest_start == d("2026-07-19"));
  // Born on the expected day: pregnancy leave 2026-07-05 … 2026-08-15 = 42 days, maternity leave
  // ten weeks = 70 days from 2026-08-16 to 2026-08-15 + 70 = 2026-10-24; 112 days = 16 weeks.
  CHECK(m.pregnancy_days == 42);
  CHECK(m.maternity_leave_from == d("2026-08-16"));
  CHECK(m.maternity_days == 70);
  CHECK(m.last_day == d("2026-10-24"));
  CHECK(m.total_days == 112);

  // Started at the latest day, 2026-07-19: 28 days of pregnancy leave, 14 short of six weeks,
  // added to the maternity leave (lid 4): 84 days, to 2026-08-15 + 84 = 2026-11-07; still 112.
  f.leave_start = d("2026-07-19");
  m = maternity_leave(rules(), f);
  CHECK(m.pregnancy_days == 28);
  CHECK(m.maternity_days == 84);
  CHECK(m.last_day == d("2026-11-07"));
  CHECK(m.total_days == 112);

  // Born five days late, 2026-08-20, leave from 2026-07-05: pregnancy leave 47 days; the ten weeks
  // are not shortened: to 2026-08-20 + 70 = 2026-10-29, 117 days in all.
  f.leave_start = d("2026-07-05");
  f.birth = d("2026-08-20");
  m = maternity_leave(rules(), f);
  CHECK(m.pregnancy_days == 47);
  CHECK(m.maternity_days == 70);
  CHECK(m.last_day == d("2026-10-29"));
  CHECK(m.total_days == 117);

  // Born ten days early, 2026-08-05: pregnancy leave 32 days, 10 short, maternity 80 days, to
  // 2026-08-05 + 80 = 2026-10-24: the same last day, 112 days.
  f.birth = d("2026-08-05");
  m = maternity_leave(rules(), f);
  CHECK(m.pregnancy_days == 32);
  CHECK(m.maternity_days == 80);
  CHECK(m.last_day == d("2026-10-24"));
  CHECK(m.total_days == 112);
}

TEST_CASE("a multiple pregnancy: from ten to eight weeks before, 20 weeks (art. 3:1 lid 2 Wazo)", "[employment][wazo]") {
  // 2026-08-16 − 70 = 2026-06-07 to 2026-08-16 − 56 = 2026-06-21; from the earliest day and born on
  // the expected day: 70 + 70 = 140 days = 20 weeks.
  MaternityLeaveFacts f{d("2026-08-15"), d("2026-06-07"), std::nullopt, true};
  const MaternityLeave m = maternity_leave(rules(), f);
  CHECK(m.earliest_start == d("2026-06-07"));
  CHECK(m.latest_start == d("2026-06-21"));
  CHECK(m.pregnancy_days == 70);
  CHECK(m.total_days == 140);
}

TEST_CASE("a start outside the window and the benefit's maximum", "[employment][wazo]") {
  CHECK_THROWS_AS(maternity_leave(rules(), {d("2026-08-15"), d("2026-07-04"), std::nullopt, false}), InputError);
  CHECK_THROWS_AS(maternity_leave(rules(), {d("2026-08-15"), d("2026-07-20"), std::nullopt, false}), InputError);
  // Art. 3:13 Wazo: 100 % of the daily wage, at most the maximum daily wage (2026: EUR 304.25,
  // rules/labour_law.xml labour.sick_pay.max_daily_wage).
  CHECK(maternity_benefit_per_day(rules(), Money::parse("120.00"), d("2026-08-16")).str() == "120.00");
  CHECK(maternity_benefit_per_day(rules(), Money::parse("350.00"), d("2026-08-16")).str() == "304.25");
}

TEST_CASE("born before the chosen start: the whole leave after the birth (art. 3:1 lid 4 Wazo)", "[employment][wazo]") {
  // Expected 2026-08-15, start chosen 2026-07-10 (within 07-05 … 07-19), born 2026-07-08 while
  // still working: no pregnancy leave; maternity leave 10 weeks + the 42 days of pregnancy leave
  // not taken = 112 days from 2026-07-09, to 2026-07-08 + 112 = 2026-10-28.
  const MaternityLeave m = maternity_leave(rules(), {d("2026-08-15"), d("2026-07-10"), d("2026-07-08"), false});
  CHECK(m.pregnancy_days == 0);
  CHECK(m.pregnancy_leave_from == d("2026-07-09"));
  CHECK(m.maternity_leave_from == d("2026-07-09"));
  CHECK(m.maternity_days == 112);
  CHECK(m.last_day == d("2026-10-28"));
  CHECK(m.total_days == 112);
}

namespace {
SickReport sick(const char* id, const char* first, const char* recovered) {
  SickReport r;
  r.id = id;
  r.first_day = d(first);
  r.recovered = d(recovered);
  return r;
}
}  // namespace

TEST_CASE("sickness before the pregnancy leave counts as pregnancy leave (art. 3:1 lid 3 Wazo)", "[employment][wazo]") {
  // UWV's worked example "Fatima" (uwv.nl, Zwanger met werkgever › Ziek voordat mijn
  // zwangerschapsverlof begint › Ziek door zwangerschap): expected 1 July, leave window 21 May …
  // 4 June, leave from 4 June; sick from 15 May, fit again on 6 June. "Fatima was 14 dagen ziek in
  // de flexibiliseringsperiode. Dit was van 21 mei tot en met 3 juni. Deze dagen gaan af van haar
  // bevallingsverlof. Haar bevallingsverlof duurt dus 14 dagen korter." Dated in 2026.
  const MaternityLeaveFacts f{d("2026-07-01"), d("2026-06-04"), std::nullopt, false};
  const MaternityLeave plain = maternity_leave(rules(), f);
  CHECK(plain.earliest_start == d("2026-05-21"));
  // Without the sickness: 4 June … 1 July = 28 days, 14 short of six weeks: 70 + 14 = 84 days.
  CHECK(plain.pregnancy_days == 28);
  CHECK(plain.maternity_days == 84);
  CHECK(plain.last_day == d("2026-09-23"));

  const MaternityLeave m = maternity_leave(rules(), f, {sick("S1", "2026-05-15", "2026-06-06")});
  // 21 May … 3 June = 14 sick days count as pregnancy leave: 28 + 14 = 42, nothing added; the
  // maternity leave is ten weeks, 2 July … 1 July + 70 = 9 September: 14 days shorter.
  CHECK(m.sick_days_before_leave == 14);
  CHECK(m.pregnancy_days == 28);
  CHECK(m.maternity_days == 70);
  CHECK(m.last_day == d("2026-09-09"));
  CHECK(m.total_days == 98);
  CHECK_THAT(m.basis, Catch::Contains("art. 3:1 lid 3: 14 sick days from 2026-05-21"));

  // Only the days in the window count, sick or partly sick, from any report: sick 25 … 27 May and
  // 1 … 2 June (fit on 28 May and 3 June) is 3 + 2 = 5 days: 84 − 5 = 79 days.
  const MaternityLeave gaps =
      maternity_leave(rules(), f, {sick("S1", "2026-05-25", "2026-05-28"), sick("S2", "2026-06-01", "2026-06-03")});
  CHECK(gaps.sick_days_before_leave == 5);
  CHECK(gaps.maternity_days == 79);

  // Sickness before the window (ended 20 May) does not count.
  CHECK(maternity_leave(rules(), f, {sick("S1", "2026-05-01", "2026-05-21")}).maternity_days == 84);

  // Born before the chosen start (29 May, still before 4 June): no pregnancy leave began, the whole
  // six weeks are added after the birth (lid 4) and the sick days are not taken off (AVS, "Hoe is het
  // zwangerschaps- en bevallingsverlof bij vroeggeboorte geregeld?": no basis in the Wazo).
  MaternityLeaveFacts early = f;
  early.birth = d("2026-05-29");
  const MaternityLeave e = maternity_leave(rules(), early, {sick("S1", "2026-05-15", "2026-05-30")});
  CHECK(e.sick_days_before_leave == 0);
  CHECK(e.maternity_days == 112);
}

TEST_CASE("a multiple pregnancy: sickness in the flexible period counts too (art. 3:1 lid 3 Wazo)", "[employment][wazo]") {
  // UWV's example (uwv.nl, Zwanger met uitkering › tweeling of meerling › "Ik was ziek in de
  // flexibiliseringsperiode"): leave from 8 weeks before the day after the expected date, sick the
  // week before it, born 2 weeks early: "het totale zwangerschaps- en bevallingsverlof 20 weken:
  // 7 weken voor en 13 weken na uw bevalling". Dated: expected 2026-08-15, the day after
  // 2026-08-16; leave from 2026-08-16 − 56 = 2026-06-21; sick 2026-06-14 … 2026-06-20 (fit on the
  // 21st); born 2026-08-01. Pregnancy leave 2026-06-21 … 2026-08-01 = 42 days, with the 7 sick
  // days 49 of the 70: 21 days added to the ten weeks, 91 days = 13 weeks after the birth. Before
  // the birth: 42 + 7 = 49 days = 7 weeks (UWV's total of 20 weeks counts the sick week).
  const MaternityLeaveFacts f{d("2026-08-15"), d("2026-06-21"), d("2026-08-01"), true};
  SickReport s;
  s.id = "S1";
  s.first_day = d("2026-06-14");
  s.recovered = d("2026-06-21");
  const MaternityLeave m = maternity_leave(rules(), f, {s});
  CHECK(m.sick_days_before_leave == 7);
  CHECK(m.pregnancy_days == 42);
  CHECK(m.maternity_days == 91);
  CHECK(m.pregnancy_days + m.sick_days_before_leave + m.maternity_days == 140);
  CHECK(m.last_day == d("2026-10-31"));
}
