// SPDX-License-Identifier: EUPL-1.2
// The first year with the job month by month (issue 14, first_year.hpp). The amounts per month
// come from the comparison of the same household (its tests check them against the rules); the
// hand calculations here are the first year's own: which month gets what, the pro rata start
// month and the repayment of toeslag advances that are not adjusted.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/comparison_csv.hpp"
#include "basisbaan/income/comparison_json.hpp"
#include "basisbaan/income/first_year.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/summary_html.hpp"
#include "basisbaan/income/sweep.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

using income_test::example;
using income_test::rules;

Household household(const std::string& name, const std::string& start = "") {
  std::string text = example(name);
  if (!start.empty()) {
    const auto at = text.find("\"start_date\": \"");
    REQUIRE(at != std::string::npos);
    text.replace(at + 15, 10, start);
  }
  return read_household(rules(), text, name);
}

bool has(const std::vector<std::string>& v, const std::string& x) {
  for (const auto& s : v) {
    if (s == x) return true;
  }
  return false;
}

// The advance Dienst Toeslagen pays per month (whole euros, rounded down per toeslag).
Money toeslagen_per_month(const SituationResult& s) { return s.toeslagen_advance_per_month; }

}  // namespace

TEST_CASE("first year: a couple at 20 hours keeps partial bijstand all year", "[income][first_year]") {
  const Household h = household("couple-one-child-groningen-20h.json");
  const Comparison c = compare_income(rules(), h);
  REQUIRE(c.first_year);
  const FirstYear& f = *c.first_year;
  CHECK(to_string(f.start) == "2026-01-01");
  REQUIRE(f.months.size() == 13);
  // The month before the start: the current situation, full bijstand, no wage.
  CHECK(f.months[0].before_start);
  CHECK(to_string(f.months[0].month) == "2025-12-01");
  CHECK(f.months[0].net_wage.is_zero());
  // December 2025 lies before the comparison year: it shows its own amounts (the coach's review
  // F7): the couple norm of 2025-07-01, 1955.80 (Pw art. 21 sub b, BWBR0015703 2025-07-01; the
  // partner has no income), not January 2026's 2002.13; kinderbijslag of 2025 for the child born
  // 2018-06-21 (6 on the first day of every quarter of 2025): 4 × 347.83 = 1391.32 a year
  // (rules/toeslagen.xml 2025-01-01 and 2025-07-01), 1391.32 / 12 = 115.943… → 115.94.
  CHECK(f.months[0].bijstand.str() == "1955.80");
  CHECK(f.months[0].kinderbijslag.str() == "115.94");
  CHECK(f.months[0].amounts_year == 2025);
  CHECK(f.months[1].amounts_year == 2026);
  REQUIRE(c.month_before_start);
  CHECK(f.months[0].toeslagen == c.month_before_start->toeslagen);
  CHECK(has(f.months[0].events, "last_full_bijstand"));
  // January: the first wage and the bijstand topping it up.
  CHECK(has(f.months[1].events, "first_wage"));
  CHECK(has(f.months[1].events, "bijstand_tops_up"));
  CHECK(f.months[1].net_wage == c.job.payroll->paid_per_month[0]);
  CHECK(f.months[1].bijstand == c.job.bijstand_per_month[0]);
  CHECK(f.months[1].bijstand.sign() > 0);
  // The bijstand never stops at 20 hours, and the notes say so.
  CHECK(!f.bijstand_stops);
  bool said = false;
  for (const auto& n : f.notes_nl) said = said || n.find("stopt in dit jaar niet") != std::string::npos;
  CHECK(said);
  // The holiday allowance arrives in May, the end-of-year payment in December (the cao's months).
  CHECK(has(f.months[5].events, "holiday_allowance"));
  CHECK(has(f.months[12].events, "year_end_payment"));
  // In the first year they hold only the months since the start. May after a January start:
  // the regular net of May plus 5/12 of the special payments' net of a full year (accrued June-May:
  // January-May worked); December: the end-of-year payment for January-December, whole.
  const JobPayroll& p = *c.job.payroll;
  const NamedRounding r{2, Rounding::HalfUp, "test"};
  const Money may_special = Money::round(divide(p.special_net_per_month[4].decimal() * Decimal(5), Decimal(12), 6, Rounding::HalfUp), r);
  CHECK(f.months[5].net_wage == p.paid_per_month[4] - p.special_net_per_month[4] + may_special);
  CHECK(f.months[5].net_wage < p.paid_per_month[4]);
  CHECK(f.months[12].net_wage == p.paid_per_month[11]);
  // The event shows the gross earned: 5/12 of the year's holiday allowance.
  const Money may_gross = Money::round(divide(p.holiday_allowance_per_month[4].decimal() * Decimal(5), Decimal(12), 6, Rounding::HalfUp), r);
  CHECK(f.months[5].events_nl.back() == "Vakantiegeld (bruto " + may_gross.str_eur() + ").");
  // Every month adds up.
  for (const auto& m : f.months) {
    CHECK(m.total == m.net_wage + m.bijstand + m.other_income + m.partner_income + m.toeslagen + m.kinderbijslag);
  }
  // The tax repayment of the assessment is carried over.
  CHECK(f.tax_settlement == c.job.line("tax_settlement").per_year);
  CHECK(f.tax_settlement.sign() < 0);
}

TEST_CASE("first year: a single person at 32 hours leaves bijstand in the start month", "[income][first_year]") {
  const Household h = household("single-groningen-32h.json", "2026-01-01");
  const Comparison c = compare_income(rules(), h);
  REQUIRE(c.first_year);
  const FirstYear& f = *c.first_year;
  REQUIRE(f.bijstand_stops);
  CHECK(to_string(*f.bijstand_stops) == "2026-01-01");
  CHECK(has(f.months[1].events, "bijstand_stops"));
  CHECK(f.months[1].bijstand.is_zero());
  // Repayment risk, by hand: with a January start the advances kept for January-December are 12 ×
  // the current monthly advance; the toeslagen with the job are 12 × the job's monthly level; the
  // difference is what has to be paid back when the advance is not adjusted.
  const Money now = toeslagen_per_month(c.current);
  const Money job = toeslagen_per_month(c.job);
  CHECK(f.toeslagen_advances_kept == now * 12);
  CHECK(f.toeslagen_with_job == job * 12);
  if (now > job) {
    CHECK(f.repayment_risk == (now - job) * 12);
    CHECK(has(f.months[1].events, "toeslagen_change"));
  } else {
    CHECK(f.repayment_risk.is_zero());
  }
}

TEST_CASE("first year: a start within the month is shared by calendar days", "[income][first_year]") {
  // Start 16 March 2026: March has 31 days, 16 of them (16-31) with the job, 15 without.
  const Household h = household("single-groningen-32h.json", "2026-03-16");
  const Comparison c = compare_income(rules(), h);
  REQUIRE(c.first_year);
  const FirstYear& f = *c.first_year;
  REQUIRE(f.months.size() == 13);
  CHECK(to_string(f.months[0].month) == "2026-02-01");
  // The month before the start (February 2026) is in the comparison year: February's own amounts.
  CHECK(f.months[0].bijstand == c.current.bijstand_per_month[1]);
  const FirstYearMonth& march = f.months[1];
  CHECK(to_string(march.month) == "2026-03-01");
  const NamedRounding r{2, Rounding::HalfUp, "test"};
  auto part = [&](Money m, int days) { return Money::round(divide(m.decimal() * Decimal(days), Decimal(31), 6, Rounding::HalfUp), r); };
  // Wage: March's net × 16/31; bijstand: the current March bijstand × 15/31 + the job's × 16/31.
  CHECK(march.net_wage == part(c.job.payroll->paid_per_month[2], 16));
  CHECK(march.bijstand == part(c.current.bijstand_per_month[2], 15) + part(c.job.bijstand_per_month[2], 16));
  CHECK(has(march.events, "first_wage"));
  CHECK(march.events_nl.front().find("deel van de maand") != std::string::npos);
  // Twelve months from March: the last is February 2027 (amounts of 2026 by calendar month).
  CHECK(to_string(f.months.back().month) == "2027-02-01");
  // The repayment risk counts March (16/31) to December 2026 only: the toeslagen of 2026.
  const Money now = toeslagen_per_month(c.current);
  const Money job = toeslagen_per_month(c.job);
  CHECK(f.toeslagen_advances_kept == part(now, 16) + now * 9);
  CHECK(f.toeslagen_with_job == part(job, 16) + job * 9);
}

TEST_CASE("first year: in the JSON, the CSV and the appendix", "[income][first_year]") {
  const Household h = household("couple-one-child-groningen-20h.json");
  const Comparison c = compare_income(rules(), h);
  const Json j = to_json(c);
  REQUIRE(j.contains("first_year"));
  CHECK(j["first_year"]["months"].size() == 13);
  CHECK(j["first_year"]["months"][1]["month"] == "2026-01");
  CHECK(j["first_year"]["bijstand_stops"].is_null());
  const std::string csv = first_year_csv(*c.first_year);
  CHECK(csv.rfind("maand;voor_de_baan;netto_loon;bijstand;", 0) == 0);
  CHECK(csv.find("\n2026-01;nee;") != std::string::npos);
  const std::string en = first_year_csv(*c.first_year, CsvDialect::English);
  CHECK(en.find("\n2026-01,false,") != std::string::npos);
  const Sweep s = sweep(IncomeModel(rules(), h), SweepRange::standard());
  const std::string html = appendix_html(c, s);
  CHECK(html.find("Bijlage") != std::string::npos);
  CHECK(html.find("break-before: page") != std::string::npos);
  CHECK(html.find("Het eerste jaar, maand voor maand") != std::string::npos);
  CHECK(html.find("20 (aanbod)") != std::string::npos);
  // No job hours: no first year.
  CHECK(!compare_income(rules(), h, Hours::parse("0")).first_year);
}

TEST_CASE("first year: the toeslag advance quoted is the whole euros Dienst Toeslagen pays", "[income][first_year]") {
  // The coach's review F8: single, 30, rent 600, Groningen, 36 hours from 1 January 2026.
  // Dienst Toeslagen pays each toeslag per month as its exact yearly amount / 12 rounded down to
  // whole euros (docs/income-rules.md "per month"). By hand (rules/toeslagen.xml 2026):
  //   with the job, toetsingsinkomen 30426 (the wage at 36 hours):
  //     zorgtoeslag 2119 − 1.912 % × 29736 − 13.73 % × (30426 − 29736) = 1550.4568 − 94.737
  //       = 1455.7198; / 12 = 121.31 → 121
  //     huurtoeslag (rent 600: 295.68 + 65 % × (600 − 498.20) = 361.85 a month = 4342.20 a year)
  //       − 27 % × (30426 − 23425) = 4342.20 − 1890.27 = 2451.93; / 12 = 204.33 → 204
  //     advance 121 + 204 = 325
  //   now (bijstand, income below the huurtoeslag ijkpunt and the zorgtoeslag drempel):
  //     zorgtoeslag 1550.4568 / 12 = 129.20 → 129; huurtoeslag 4342.20 / 12 = 361.85 → 361; 490
  const Household h = read_household(
      rules(), R"({"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1995-05-10"},
      "housing": {"rent": "600.00"}, "assets": "1000", "current": {"situation": "bijstand", "since": "2022-02-01"},
      "job": {"hours_per_week": 36, "start_date": "2026-01-01"}})", "h1.json");
  const Comparison c = compare_income(rules(), h);
  REQUIRE(c.first_year);
  CHECK(c.job.toetsingsinkomen == Money::parse("30426"));
  CHECK(c.job.toeslagen_advance_per_month == Money::parse("325"));
  CHECK(c.current.toeslagen_advance_per_month == Money::parse("490"));
  const FirstYearMonth& january = c.first_year->months[1];
  CHECK(has(january.events, "toeslagen_change"));
  CHECK(has(january.events_nl, "Geef de baan door aan Dienst Toeslagen: het voorschot wordt € 325,00 per maand (nu € 490,00)."));
  // The table's toeslagen column shows the same advances.
  CHECK(january.toeslagen == Money::parse("325"));
  CHECK(c.first_year->months[2].toeslagen_unadjusted == Money::parse("490"));
}

TEST_CASE("first year: the month before a January start is labelled when it shows the comparison year's amounts", "[income][first_year]") {
  // The coach's review F7. When the rules do not cover December of the year before
  // (Comparison::month_before_start is none), the row "nu" keeps January's amounts of the
  // comparison year and says so; with its own amounts it is labelled "(nu)" only.
  const Household h = household("couple-one-child-groningen-20h.json");
  const Comparison c = compare_income(rules(), h);
  REQUIRE(c.month_before_start);
  const Sweep s = sweep(IncomeModel(rules(), h), SweepRange::parse("19:21:1"));
  CHECK(appendix_html(c, s).find("december 2025 (nu)</td>") != std::string::npos);
  Comparison uncovered = c;
  uncovered.month_before_start.reset();
  uncovered.first_year = first_year(h, uncovered);
  const FirstYearMonth& before = uncovered.first_year->months[0];
  CHECK(before.amounts_year == 2026);
  CHECK(before.bijstand.str() == "2002.13");  // the couple norm of 2026-01-01 (Pw art. 21 sub b)
  CHECK(appendix_html(uncovered, s).find("december 2025 (nu, bedragen 2026)") != std::string::npos);
  // A start within the comparison year: the row "nu" is that year's own month; the months after
  // December carry the comparison year's amounts, and say so.
  const Household later = household("single-groningen-32h.json", "2026-03-16");
  const Comparison cl = compare_income(rules(), later);
  CHECK_FALSE(cl.month_before_start);
  CHECK(cl.first_year->months[0].amounts_year == 2026);
  const Sweep sl = sweep(IncomeModel(rules(), later), SweepRange::parse("31:33:1"));
  const std::string html = appendix_html(cl, sl);
  CHECK(html.find("februari 2026 (nu)</td>") != std::string::npos);
  CHECK(html.find("januari 2027 (bedragen 2026)") != std::string::npos);
}
