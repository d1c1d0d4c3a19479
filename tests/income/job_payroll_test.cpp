// SPDX-License-Identifier: EUPL-1.2
// The income comparison as computed (issue 18: only the payslips that can differ,
// income_detail::job_payroll; the toeslagen's, the bijstand's and the income-tax assessment's
// rules prepared once per model; the municipal schemes computed once per income tested; the
// months' rules built only where they can differ, income_detail::SimulatedPeriods; the sweep's
// points without notes and traces, ModelAccess::amounts) against the reference (ModelAccess::use_reference:
// every payslip in order, job_payroll_every_month, and the RuleBook functions every time, the
// way it was computed before): for a few hundred households —
// singles, couples, children, ages from 20 in January (youth wage) to the AOW age within the
// year, agreed wages from none to far above the minimum (premium maxima reached), the holiday
// allowance in May or every period, the years 2023-2026 (2023 and 2024 are computed alone: the
// rules do not cover the year before) — every field of the comparison, of the sweep 0:40:1 and of
// with_job() at other hours must be equal. No golden amounts: the reference is the computation
// itself, month by month.

#include <catch2/catch.hpp>

#include <cstdint>
#include <sstream>
#include <string>

#include "../../lib/income/job_payroll.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/income/comparison_json.hpp"
#include "basisbaan/income/sweep.hpp"
#include "support.hpp"

#include "../lcg.hpp"

using namespace basisbaan;
using income_detail::ModelAccess;

namespace {

// A small deterministic generator (the same households in every run).
using basisbaan::test::Lcg;

Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }

Household household(Lcg& g) {
  Household h;
  const int year = 2023 + static_cast<int>(g.below(4));
  h.date = ymd(year, 1 + g.below(12), 1);
  h.municipality = g.below(3) == 0 ? "rotterdam" : "groningen";
  h.person.name = "P";
  // Ages: 21 on the date with a birthday later in the year before it (20 in January: youth
  // wage), any adult age, or just below the AOW age (reached within the year).
  switch (g.below(4)) {
    case 0: h.person.birth_date = ymd(year - 21, 1 + g.below(static_cast<unsigned>(h.date.month())), 1 + g.below(28)); break;
    case 1: h.person.birth_date = ymd(year - 67, 1 + g.below(12), 1 + g.below(28)); break;
    default: h.person.birth_date = ymd(year - 22 - static_cast<int>(g.below(40)), 1 + g.below(12), 1 + g.below(28)); break;
  }
  if (g.below(2) == 0) {
    HouseholdPartner p;
    p.birth_date = ymd(year - 22 - static_cast<int>(g.below(44)), 1 + g.below(12), 1 + g.below(28));
    if (g.below(2) == 0) {
      p.gross_income_per_year = Money::euros(5000 + 1000 * static_cast<std::int64_t>(g.below(30)));
      p.net_income_per_month = Money::euros(300 + 50 * static_cast<std::int64_t>(g.below(30)));
    }
    h.partner = p;
  }
  for (unsigned c = g.below(4); c > 0; --c) h.children.push_back({ymd(year - 1 - static_cast<int>(g.below(17)), 1 + g.below(12), 1)});
  h.rent = g.below(4) == 0 ? Money() : Money::euros(400 + 25 * static_cast<std::int64_t>(g.below(16)));
  h.assets = Money::euros(500 * static_cast<std::int64_t>(g.below(20)));
  if (g.below(3) != 0) h.current.since = ymd(year - 1 - static_cast<int>(g.below(5)), 1 + g.below(12), 1);
  h.job.hours_per_week = Hours(Decimal(1 + static_cast<int>(g.below(40))));
  switch (g.below(4)) {
    case 0: h.job.hourly_wage = Money::parse("15.25"); break;
    case 1: h.job.hourly_wage = Money::parse(g.below(2) == 0 ? "24.80" : "48.00"); break;  // the premium maximum within the year
    default: break;
  }
  h.job.holiday_allowance = g.below(3) == 0 ? HolidayAllowancePayment::EveryPeriod : HolidayAllowancePayment::InMay;
  h.job.earnings_disregard = g.below(3) == 0;
  h.job.bijstand_keeps_tax_credit = g.below(4) != 0;
  if (g.below(2) == 0) h.job.whk_wga_rate = Rate::percent(Decimal::parse("0.52"));
  return h;
}

std::string text(const std::vector<Money>& v) {
  std::string s;
  for (const Money& m : v) s += m.str() + " ";
  return s;
}

// Every field of a situation, the payroll's monthly figures and the lines' traces included.
std::string text(const SituationResult& s) {
  std::ostringstream o;
  o << s.name << "|" << s.toetsingsinkomen.str() << "|" << s.gross_bijstand_per_year.str() << "|"
    << s.income_tested_per_month.str() << "|" << s.bijstand_norm_per_month.str() << "|" << text(s.bijstand_per_month) << "|"
    << s.net_per_year.str() << "|" << s.net_per_month.str() << "\n";
  if (s.payroll) {
    const JobPayroll& p = *s.payroll;
    o << p.hours_per_week.str() << "|" << p.hourly_wage.str() << "|" << p.gross_per_year.str() << "|" << p.wage_for_wage_tax.str()
      << "|" << p.holiday_allowance.str() << "|" << p.year_end_payment.str() << "|" << p.wage_tax_withheld.str() << "|"
      << p.net_per_year.str() << "\n"
      << text(p.counted_per_month) << "\n"
      << text(p.paid_per_month) << "\n"
      << text(p.special_net_per_month) << "\n"
      << text(p.holiday_allowance_per_month) << "\n"
      << text(p.year_end_payment_per_month) << "\n";
  }
  for (const auto& l : s.lines) {
    o << l.code << "|" << l.label_nl << "|" << l.label_en << "|" << l.per_year.str() << "|" << l.per_month.str() << "|" << l.applies
      << "|" << l.confirmed << "|";
    for (const auto& n : l.notes) o << n << ";";
    if (l.trace) o << "\n" << l.trace->to_text();
    o << "\n";
  }
  return o.str();
}

std::string text(const Comparison& c) {
  std::ostringstream o;
  o << to_json(c).dump() << "\n" << text(c.current) << text(c.job) << c.gain_per_hour_worked.str();
  for (const auto& u : c.unconfirmed) o << "|" << u;
  return o.str();
}

}  // namespace

TEST_CASE("job payroll: what is left out or reused changes no field of the comparison or the sweep", "[income][job_payroll]") {
  const RuleBook& rules = income_test::rules();
  Lcg g{20261207};
  int compared = 0;
  int alone = 0;
  int every_period = 0;
  int payslips_fast = 0;
  int payslips_every = 0;
  for (int n = 0; n < 400; ++n) {
    const Household h = household(g);
    std::optional<IncomeModel> fast;
    try {
      fast.emplace(rules, h);
    } catch (const InputError&) {
      continue;  // a household the comparison does not support (e.g. AOW age reached on the date)
    }
    IncomeModel every(rules, h);
    ModelAccess::use_reference(every);
    INFO("household " << n << ": " << to_string(h.date) << " born " << to_string(h.person.birth_date) << " hours "
                      << h.job.hours_per_week.str());
    CHECK(text(fast->compare()) == text(every.compare()));
    if (n % 2 == 0) {
      CHECK(to_json(sweep(*fast, SweepRange::standard())).dump() == to_json(sweep(every, SweepRange::standard())).dump());
    }
    for (const char* hours : {"1", "7.5", "12", "19.25", "24", "32", "36", "40", "48", "60"}) {
      const Hours at = Hours::parse(hours, "hours");
      SituationResult full = every.with_job(at);
      CHECK(text(fast->with_job(at)) == text(full));
      // The sweep's points: with_job() without the notes and the assessment's trace.
      for (auto& l : full.lines) {
        l.notes.clear();
        l.trace.reset();
      }
      CHECK(text(ModelAccess::amounts(*fast, at)) == text(full));
    }
    const auto& plan = ModelAccess::plan(*fast);
    payslips_fast += plan.computed();
    payslips_every += static_cast<int>(plan.same_as.size());
    if (plan.same_as.size() == 12) ++alone;
    if (h.job.holiday_allowance == HolidayAllowancePayment::EveryPeriod) ++every_period;
    ++compared;
  }
  // The generator must reach every kind of household named above.
  CHECK(compared > 200);
  CHECK(alone > 20);
  CHECK(every_period > 40);
  CHECK(payslips_fast * 2 < payslips_every);
}

TEST_CASE("job payroll: the payslips a steady year computes", "[income][job_payroll]") {
  // single-groningen-32h (2026, holiday allowance in May; the minimum wage changes on 1 January
  // and 1 July): of the year before June, July and December (the reserve from June); of 2026
  // January, May, July and December (the birthday on 12 June changes nothing from the age of 21).
  // The other months are equal to the latest one before them that holds neither 31 May nor 31 December.
  const RuleBook& rules = income_test::rules();
  Household h;
  h.date = ymd(2026, 1, 1);
  h.municipality = "groningen";
  h.person.birth_date = ymd(1984, 6, 12);
  h.job.hours_per_week = Hours(Decimal(32));
  const IncomeModel model(rules, h);
  const auto& plan = ModelAccess::plan(model);
  REQUIRE(plan.same_as.size() == 24);
  CHECK(plan.first == 5);  // June 2025
  std::string computed;
  for (std::size_t i = plan.first; i < plan.same_as.size(); ++i) {
    if (plan.same_as[i] < 0) computed += std::to_string(i) + " ";
  }
  CHECK(computed == "5 6 11 12 16 18 23 ");
}
