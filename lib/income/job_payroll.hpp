// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The job's payroll in the income comparison: the monthly payslips of the year before (only for
// the May holiday-allowance reserve) and of the comparison year, summed into a JobPayroll.
//
// Two ways that give the same JobPayroll, amount by amount (tests/income/job_payroll_test.cpp):
// - job_payroll_every_month(): every payslip computed, 24 for a steady year (the reference);
// - job_payroll(): only the payslips that can differ (issue 18), with a PayrollPlan made once per
//   household. Why the months it leaves out are equal is written at plan_job_payroll().

#include <cstddef>
#include <set>
#include <string>
#include <vector>

#include "basisbaan/income/comparison.hpp"
#include "simulated_periods.hpp"

namespace basisbaan::income_detail {

/// The employer of the simulated job: the household's holiday-allowance payment and WGA rate.
Employer job_employer(const Household& h, HolidayAllowancePayment holiday);
/// The employee of the simulated job at `hours`, employed since the first simulated period.
Employee job_employee(const Household& h, const Date& employed_since, const Hours& hours);
/// The same employee for the year before: born a year earlier, so that the year before is
/// computed at the age of the comparison year (no youth wage from an invented year).
Employee employee_year_before(const Employee& e);

/// The payroll of the comparison year at `hours`: every simulated period computed in order, the
/// year before too (the straightforward way, kept as the reference of job_payroll()). Adds the
/// unconfirmed rules the payslips used to `unconfirmed`.
JobPayroll job_payroll_every_month(const SimulatedPeriods& periods, int year, const Household& h,
                                   HolidayAllowancePayment holiday, const Hours& hours, std::set<std::string>& unconfirmed);

/// What plan_job_payroll() compares of the employee in a month (payslip_facts()).
struct MonthFacts {
  bool usable = false;  ///< known, and employed on every weekday of the month
  int age = 0;          ///< on the pay date, capped at 21: every adult age has the same minimum wage
  TaxGroup group = TaxGroup::BelowAow;  ///< on the pay date
  bool insured = true;  ///< for the employee insurances
  int periods_per_year = 0;  ///< the wage-tax table's period factor
  /// Equal in every field.
  bool operator==(const MonthFacts&) const = default;
};

/// The facts of `e` in a month with rules `pr`, from payslip_facts(); not usable where it throws.
MonthFacts month_facts(const PeriodRules& pr, const Employer& employer, const Employee& e);

/// month_facts(periods.rules(i), ...) without building month i's rules when they are not built:
/// then payslip_facts()'s steps with month i's dates and the rules of a month whose every look-up
/// answers the same (SimulatedPeriods::same_look_ups). Equal to it (tests/income/job_payroll_test.cpp).
MonthFacts month_facts(const SimulatedPeriods& periods, std::size_t i, const Employer& employer, const Employee& e);

/// Which periods job_payroll() computes and which take the values of an earlier payslip. The
/// same for every number of hours of one household.
struct PayrollPlan {
  /// The first period computed: the periods before it leave nothing the comparison year reads.
  std::size_t first = 0;
  /// Per period: -1 to compute it, else the index of the computed period whose payslip it equals.
  std::vector<std::ptrdiff_t> same_as;
  /// Payslips the plan computes (for the benchmark and the tests).
  int computed() const;
};

/// The plans of a household.
struct PayrollPlans {
  PayrollPlan from_first;  ///< leaves out the periods that leave nothing to the comparison year
  /// From the first period on (first == 0): the same JobPayroll and the same first error as
  /// job_payroll_every_month() (the model's check that the rules cover the year before).
  PayrollPlan whole;
};

/// The plans for `periods` (the periods of job_payroll_every_month(): from January of the year
/// before, or of the year alone, to December of `year`). Plans that compute every period when
/// the book is provisional (its carried-forward record is a side effect of every look-up).
PayrollPlans plan_job_payroll(const RuleBook& rules, const SimulatedPeriods& periods, int year, const Household& h,
                              HolidayAllowancePayment holiday);

/// The same JobPayroll and unconfirmed rules as job_payroll_every_month(), computing only the
/// payslips `plan` asks for.
JobPayroll job_payroll(const SimulatedPeriods& periods, int year, const Household& h, HolidayAllowancePayment holiday,
                       const Hours& hours, const PayrollPlan& plan, std::set<std::string>& unconfirmed);

/// The tests' access to an IncomeModel (comparison.cpp).
struct ModelAccess {
  /// From now on `model` computes the reference way, as before issue 18: the job's payroll with
  /// job_payroll_every_month() at every number of hours (not reusing the offered hours' payroll),
  /// the toeslagen, the bijstand, the income-tax assessment and the municipal schemes with their
  /// RuleBook functions every time, and the sweep's points with their notes and traces.
  static void use_reference(IncomeModel& model);
  /// The plan `model` gives job_payroll().
  static const PayrollPlan& plan(const IncomeModel& model);
  /// with_job(hours) without what the sweep does not read: no notes on the lines and no trace of
  /// the income-tax assessment; every other field the same (tests/income/job_payroll_test.cpp).
  /// A model using the reference computes with_job() itself.
  static SituationResult amounts(const IncomeModel& model, const Hours& hours);
};

}  // namespace basisbaan::income_detail
