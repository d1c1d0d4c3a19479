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

Money toeslagen_per_month(const SituationResult& s) {
  const Money y = s.line("zorgtoeslag").per_year + s.line("huurtoeslag").per_year + s.line("kindgebonden_budget").per_year;
  return Money::round(divide(y.decimal(), Decimal(12), 4, Rounding::HalfUp), NamedRounding{2, Rounding::HalfUp, "test"});
}

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
  // December 2025 lies before the comparison year: it shows the current situation of January 2026
  // (the couple norm 2002.13, Pw art. 21 sub b, 2026-01-01, no other income).
  CHECK(f.months[0].bijstand == c.current.bijstand_per_month[0]);
  CHECK(f.months[0].bijstand.str() == "2002.13");
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
