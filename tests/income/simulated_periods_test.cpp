// SPDX-License-Identifier: EUPL-1.2
// The simulated months' rules built lazily (issue 18, income_detail::SimulatedPeriods) against
// building every month in order, as the model did before: for every start from January 2020 to
// December 2027 over one or two years, the same first error (the model's first simulation decides
// the first-year method by it) or none, a provisional book building every month, and the facts
// the payroll plan compares equal to payslip_facts() on the month's own rules for employees of
// every age (youth wage, birthdays, the AOW age within the year).

#include <catch2/catch.hpp>

#include <string>

#include "../../lib/income/job_payroll.hpp"
#include "basisbaan/core/error.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::income_detail;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return Date{date::year{y}, date::month{m}, date::day{d}}; }

// Every month's rules built in order, as IncomeModel did before issue 18's laziness: "" or the
// first RuleError's message.
std::string eager_error(const RuleBook& rules, const Date& first, const Date& last) {
  try {
    for (PayPeriod p = PayPeriod::containing(PeriodKind::Month, first);; p = p.next()) {
      const PeriodRules pr(rules, p);
      if (p.contains(last)) break;
    }
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

std::string lazy_error(const RuleBook& rules, const Date& first, const Date& last, std::optional<SimulatedPeriods>& out) {
  try {
    out.emplace(rules, first, last);
  } catch (const RuleError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("simulated periods: the first error of building every month, or none", "[income][job_payroll][lazy]") {
  const RuleBook& rules = income_test::rules();
  int ok = 0;
  int failed = 0;
  int unbuilt = 0;
  for (int year = 2020; year <= 2027; ++year) {
    for (unsigned month = 1; month <= 12; ++month) {
      for (const int years : {0, 1}) {
        const Date first = ymd(year, month, 1);
        const Date last = ymd(year + years, 12, 31);
        INFO(to_string(first) << " to " << to_string(last));
        std::optional<SimulatedPeriods> lazy;
        const std::string error = lazy_error(rules, first, last, lazy);
        CHECK(error == eager_error(rules, first, last));
        if (!error.empty()) {
          ++failed;
          continue;
        }
        ++ok;
        for (std::size_t i = 0; i < lazy->size(); ++i) {
          if (lazy->built(i)) continue;
          ++unbuilt;
          CHECK_NOTHROW(lazy->rules(i));  // built on use, never throwing
          CHECK(lazy->rules(i).period() == lazy->period(i));
        }
      }
    }
  }
  CHECK(ok > 20);
  CHECK(failed > 20);
  CHECK(unbuilt > 200);
}

TEST_CASE("simulated periods: a steady year builds only the months that can differ", "[income][job_payroll][lazy]") {
  const SimulatedPeriods periods(income_test::rules(), ymd(2025, 1, 1), ymd(2026, 12, 31));
  REQUIRE(periods.size() == 24);
  std::string built;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    if (periods.built(i)) built += std::to_string(i) + " ";
  }
  // January and July of both years: the values of the rules start on 1 January and 1 July.
  CHECK(built == "0 6 12 18 ");
}

TEST_CASE("simulated periods: a provisional book builds every month", "[income][job_payroll][lazy][horizon]") {
  RuleBook book = income_test::rules();
  book.set_options({.allow_provisional = true});
  const SimulatedPeriods periods(book, ymd(2026, 1, 1), ymd(2027, 12, 31));
  for (std::size_t i = 0; i < periods.size(); ++i) CHECK(periods.built(i));
}

TEST_CASE("simulated periods: the plan's facts of an unbuilt month are payslip_facts() of its own rules",
          "[income][job_payroll][lazy]") {
  const RuleBook& rules = income_test::rules();
  int compared = 0;
  for (int year = 2024; year <= 2026; ++year) {
    const Date first = ymd(year - 1, 1, 1);
    const SimulatedPeriods periods(rules, first, ymd(year, 12, 31));
    for (const auto holiday : {HolidayAllowancePayment::InMay, HolidayAllowancePayment::EveryPeriod}) {
      // Ages around 21 (youth wage), adults, and people reaching the AOW age in either year.
      for (const Date birth : {ymd(year - 21, 3, 15), ymd(year - 21, 11, 30), ymd(year - 22, 1, 1), ymd(year - 40, 6, 12),
                               ymd(year - 67, 2, 10), ymd(year - 67, 9, 1), ymd(year - 66, 7, 31), ymd(year - 68, 12, 31)}) {
        Household h;
        h.date = ymd(year, 1, 1);
        h.municipality = "groningen";
        h.person.birth_date = birth;
        h.job.hours_per_week = Hours(Decimal(24));
        h.job.holiday_allowance = holiday;
        const Employer employer = job_employer(h, holiday);
        for (const Date since : {first, ymd(year - 1, 3, 15)}) {
          const Employee e = job_employee(h, since, h.job.hours_per_week);
          for (const Employee& who : {e, employee_year_before(e)}) {
            for (std::size_t i = 0; i < periods.size(); ++i) {
              INFO(year << " born " << to_string(who.birth_date) << " since " << to_string(since) << " month " << i);
              const PeriodRules own(rules, periods.period(i));
              CHECK(month_facts(periods, i, employer, who) == month_facts(own, employer, who));
              ++compared;
            }
          }
        }
      }
    }
  }
  CHECK(compared == 3 * 2 * 8 * 2 * 2 * 24);
}
