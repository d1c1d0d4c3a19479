// SPDX-License-Identifier: EUPL-1.2
// The job's payroll of the income comparison, month by month (the reference) and with only the
// payslips that can differ (issue 18: the sweep computes it for 41 numbers of hours).
#include "job_payroll.hpp"

#include <algorithm>

#include "basisbaan/payroll/payslip_parts.hpp"

namespace basisbaan::income_detail {

Employer job_employer(const Household& h, HolidayAllowancePayment holiday) {
  Employer employer;
  employer.name = "werkgever";
  employer.holiday_allowance = holiday;
  employer.whk_wga_rate = h.job.whk_wga_rate;
  employer.whk_rate = h.job.whk_wga_rate;
  return employer;
}

Employee job_employee(const Household& h, const Date& employed_since, const Hours& hours) {
  Employee e;
  e.id = "job";
  e.name = h.person.name;
  e.birth_date = h.person.birth_date;
  e.employed_since = employed_since;
  e.hours_per_week = hours;
  e.agreed_hourly_wage = h.job.hourly_wage;
  e.scale = h.job.scale;
  e.permanent_contract = true;
  e.pay_period = PeriodKind::Month;
  return e;
}

Employee employee_year_before(const Employee& e) {
  Employee before = e;
  const Date b = e.birth_date;
  Date earlier = b - date::years{1};
  if (!earlier.ok()) earlier = Date{earlier.year(), earlier.month(), date::day{28}};  // 29 February
  before.birth_date = earlier;
  return before;
}

namespace {

void add_all(std::set<std::string>& to, const std::vector<std::string>& from) { to.insert(from.begin(), from.end()); }

// The comparison year's net so far: the regular net of each month and the irregular pay's net.
struct YearTotals {
  std::vector<Money> regular_net;
  Money special_net;
};

// The Participatiewet counts the holiday allowance and other yearly payments over the months
// they are earned in: one twelfth each month (the remainder cents in the first months).
void count_per_month(JobPayroll& r, const YearTotals& t) {
  const std::int64_t share = t.special_net.cents() / 12;
  std::int64_t rest = t.special_net.cents() - share * 12;
  for (const Money& m : t.regular_net) {
    std::int64_t extra = share;
    if (rest > 0) {
      ++extra;
      --rest;
    }
    r.counted_per_month.push_back(m + Money::from_cents(extra));
  }
}

// What the JobPayroll and the state take from one payslip.
struct Month {
  Money hourly_wage;
  Money net;
  Money special_net;
  Money holiday_paid;
  Money year_end;
  Money reserved;
  YearToDate added;  // the year-to-date amounts the payslip added (to carry a taken-over month)
  RuleNameList unconfirmed;  // shared with the payslip's period rules, not copied
};

// The month of `slip`; `before` is the year-to-date before it as compute_payslip opened it.
Month month_of(Payslip&& slip, const YearToDate& before) {
  Month x;
  x.hourly_wage = slip.hourly_wage;
  x.net = slip.net;
  x.special_net = slip.special_wage_for_wage_tax - slip.amount_of(LineCode::WageTaxSpecial);
  x.holiday_paid = slip.holiday_allowance_paid();
  x.year_end = slip.amount_of(LineCode::YearEndPayment);
  x.reserved = slip.holiday_allowance_reserved;
  x.added = slip.year_to_date - before;
  x.unconfirmed = std::move(slip.unconfirmed_rules);
  return x;
}

// Adds a month of the comparison year to `r`, with the year-to-date after it (`ytd`). A month
// that took over an earlier month of the year names no rule that month has not already added
// (`names_added`: the same Month), so its names are not added again.
void add_month(JobPayroll& r, YearTotals& t, const Month& m, const YearToDate& ytd, std::set<std::string>& unconfirmed,
               bool names_added = false) {
  if (t.regular_net.empty()) r.hourly_wage = m.hourly_wage;
  if (!names_added) add_all(unconfirmed, m.unconfirmed);
  r.holiday_allowance += m.holiday_paid;
  r.year_end_payment += m.year_end;
  t.special_net += m.special_net;
  t.regular_net.push_back(m.net - m.special_net);
  r.paid_per_month.push_back(m.net);
  r.special_net_per_month.push_back(m.special_net);
  r.holiday_allowance_per_month.push_back(m.holiday_paid);
  r.year_end_payment_per_month.push_back(m.year_end);
  r.gross_per_year = ytd.gross;
  r.wage_for_wage_tax = ytd.wage_for_wage_tax;
  r.wage_tax_withheld = ytd.wage_tax;
  r.net_per_year = ytd.net;
}

}  // namespace

JobPayroll job_payroll_every_month(const SimulatedPeriods& periods, int year, const Household& h,
                                   HolidayAllowancePayment holiday, const Hours& hours, std::set<std::string>& unconfirmed) {
  const Employer employer = job_employer(h, holiday);
  const Employee e = job_employee(h, periods.period(0).start(), hours);
  // The year before is simulated only so that the May holiday allowance holds twelve months of
  // accrual, at the person's age in the comparison year (no youth wage from an invented year).
  const Employee e_before = employee_year_before(e);

  JobPayroll r;
  r.hours_per_week = hours;
  PayrollState state;
  YearTotals totals;
  bool year_opened = false;
  for (std::size_t i = 0; i < periods.size(); ++i) {
    const PeriodRules& pr = periods.rules(i);
    const bool in_year = static_cast<int>(pr.period().start().year()) == year;
    if (in_year && !year_opened) {
      // Someone coming from bijstand had no job last year: the bijzonder tarief takes the
      // first-year method (Handboek Loonheffingen, jaarloon bijzondere beloningen: the expected
      // wage of a full year), not a simulated last year's wage. Only the holiday-allowance
      // reserve carries over.
      state.year = year - 2;
      year_opened = true;
    }
    Payslip slip = compute_payslip(pr, employer, in_year ? e : e_before, state);
    if (slip.period.year() != year) continue;
    const YearToDate after = slip.year_to_date;
    add_month(r, totals, month_of(std::move(slip), YearToDate{}), after, unconfirmed);
  }
  count_per_month(r, totals);
  return r;
}

MonthFacts month_facts(const PeriodRules& pr, const Employer& employer, const Employee& e) {
  const PayPeriod& p = pr.period();
  try {
    const PayslipFacts f = payslip_facts(pr, employer, e, false);
    return {p.kind() == PeriodKind::Month && f.first_day == p.start() && f.last_day == p.end() &&
                f.employed_weekdays == f.period_weekdays,
            std::min(f.age, 21), f.tax_group, f.insured, f.periods_per_year};
  } catch (const std::exception&) {
    return {};  // compute_payslip throws the same: computed
  }
}

// payslip_facts() (lib/payroll/payslip_facts.cpp) reads of its PeriodRules the period, the pay
// date, aow_ages() (AowAges::prepare(rules): no date), the book (tax_group_on() where there are
// no AowAges) and wage_tax(group).period_factor (a look-up on the pay date). Those of a month
// with the same look-ups are the same, so only the period and the pay date are month i's own.
// Employed on every weekday of the month: first_day and last_day are the month's own, so the
// weekdays employed are the month's.
MonthFacts month_facts(const SimulatedPeriods& periods, std::size_t i, const Employer& employer, const Employee& e) {
  if (periods.built(i)) return month_facts(periods.rules(i), employer, e);
  const PeriodRules& same = periods.same_look_ups(i);
  const PayPeriod& p = periods.period(i);
  const Date pay_date = periods.pay_date(i);
  try {
    const Date first_day = std::max(p.start(), e.employed_since);
    const Date last_day = e.employed_until ? std::min(p.end(), *e.employed_until) : p.end();
    if (last_day < first_day || p.kind() == PeriodKind::Year) return {};  // payslip_facts() throws
    std::optional<TaxGroup> group;
    if (same.aow_ages()) group = same.aow_ages()->tax_group_on(e.birth_date, pay_date);
    const TaxGroup g = group ? *group : tax_group_on(same.rules(), e.birth_date, pay_date);
    return {p.kind() == PeriodKind::Month && first_day == p.start() && last_day == p.end(),
            std::min(age_on(e.birth_date, pay_date), 21), g, g == TaxGroup::BelowAow,
            static_cast<int>(same.wage_tax(g).period_factor)};
  } catch (const std::exception&) {
    return {};
  }
}

int PayrollPlan::computed() const {
  int n = 0;
  for (std::size_t i = first; i < same_as.size(); ++i) n += same_as[i] < 0 ? 1 : 0;
  return n;
}

// Why a period may take the values of an earlier payslip, and which periods can be left out.
//
// What compute_payslip (lib/payroll/gross_to_net.cpp and the parts it runs) reads, for the
// employee of this simulation — monthly pay, employed from the first simulated day with no end
// date, no sickness, leave, one-off payments, commute, garnishments, previous_year_wage or
// anonymous rate (job_employee() sets none of them):
//  1. the period's rules (PeriodRules: every value looked up on the pay date) and the look-ups
//     the parts make themselves, all on the pay date (minimum_wage(), tax_group_on(),
//     bijzonder_tarief(), wage_tax.anonymous_rate, premium.ufo, beslag.income_share). A look-up
//     answers the same (value, error, status) on two dates unless a parameter's value starts, or
//     its horizon ends, between them: no such "change point" in (start of the earlier period,
//     pay date of the later] means equal rules;
//  2. the period itself: its kind, its year, whether it holds 31 May (the May payment, when the
//     allowance is paid in May) or 31 December (the end-of-year payment) — periods holding
//     either are never taken over, nor copied — and its weekdays, which only count when the
//     employee is employed on fewer weekdays than the period has (never: whole months, checked)
//     or is sick (never). The period's number and count in the year reach only the employer's
//     premiums;
//  3. the employee's facts on the pay date (payslip_facts: age, tax group, insured, periods per
//     year, days employed), compared. The age reaches the payslip only through the minimum wage
//     (base_wage: MinimumWageOfDate::for_employee or minimum_wage(), the same for every age from
//     21, Wml art. 8 and 9) and as slip.minimum_wage_age, which no JobPayroll amount reads: it is
//     compared capped at 21, so an adult's birthday changes nothing;
//  4. the state carried over: the holiday-allowance reserve (read only to pay it out, in May),
//     last year's wage (the same within a year: the state opens a year once), the year-to-date
//     cumulatives (read only by the employer's premiums for the year's maxima, which no amount of
//     the JobPayroll reads), the net settlement (zero: it starts at zero and settle_net keeps it
//     zero) and the garnishments (none).
// So two periods of one year, neither holding 31 May (paid in May) or 31 December, with equal
// facts and no change point between them, give payslips with the same lines, net and totals;
// the later one changes the state by adding the same reserve (balance_after = before + reserved)
// and the same year-to-date amounts. The reused payslip is the latest earlier period of the year
// that holds neither date (transitively, the payslip that period itself took over).
//
// The year before: the comparison year opens with last year's wage reset (its first-year
// bijzonder tarief), so all it keeps of the year before is the holiday-allowance reserve. Paid in
// May, the May payslip pays the whole reserve including May's accrual (holiday_allowance.cpp:
// balance_after = 0), so the periods up to that May leave nothing; paid every period the reserve
// never grows, so the year before leaves nothing at all. Those periods are not computed (their
// rules are built only where SimulatedPeriods must build them to decide the errors). The whole plan computes them (the model's first simulation: their
// errors decide, as before, whether the year is computed alone): a month taken over would throw
// what the month it equals threw before it, so the first error is the same.
PayrollPlans plan_job_payroll(const RuleBook& rules, const SimulatedPeriods& periods, int year, const Household& h,
                              HolidayAllowancePayment holiday) {
  PayrollPlans plans;
  plans.from_first.same_as.assign(periods.size(), -1);
  plans.whole.same_as.assign(periods.size(), -1);
  if (periods.size() == 0 || rules.options().allow_provisional) return plans;
  auto holds = [](const PayPeriod& p, date::month m, unsigned day) {
    return p.contains(Date{date::year{p.year()}, m, date::day{day}});
  };
  auto special = [&](const PayPeriod& p) {
    return holds(p, date::December, 31) || (holiday == HolidayAllowancePayment::InMay && holds(p, date::May, 31));
  };

  // The periods that leave nothing to the comparison year.
  std::size_t first = 0;
  if (periods.period(0).year() < year) {
    for (std::size_t i = 0; i < periods.size(); ++i) {
      const PayPeriod& p = periods.period(i);
      if (holiday == HolidayAllowancePayment::EveryPeriod && p.year() == year) {
        first = i;
        break;
      }
      if (holiday == HolidayAllowancePayment::InMay && p.year() == year - 1 && holds(p, date::May, 31)) {
        first = i + 1;
        break;
      }
    }
  }

  // The employee's facts per period; the hours do not enter them.
  const Employer employer = job_employer(h, holiday);
  const Employee e = job_employee(h, periods.period(0).start(), h.job.hours_per_week);
  const Employee e_before = employee_year_before(e);
  std::vector<MonthFacts> facts(periods.size());
  for (std::size_t i = 0; i < periods.size(); ++i) {
    facts[i] = month_facts(periods, i, employer, periods.period(i).year() == year ? e : e_before);
  }

  // Each period takes over the payslip of the latest earlier period of its year (from `from` on)
  // that holds neither date, or that period's own model.
  auto fill = [&](PayrollPlan& plan, std::size_t from) {
  plan.first = from;
  for (std::size_t i = from; i < periods.size(); ++i) {
    const PayPeriod& p = periods.period(i);
    if (!facts[i].usable || special(p)) continue;
    std::size_t j = i;
    while (j > from && periods.period(j - 1).year() == p.year() && special(periods.period(j - 1))) --j;
    if (j == from || periods.period(j - 1).year() != p.year()) continue;
    --j;
    const std::size_t root = plan.same_as[j] >= 0 ? static_cast<std::size_t>(plan.same_as[j]) : j;
    const MonthFacts& a = facts[root];
    const MonthFacts& b = facts[i];
    if (!a.usable || a.age != b.age || a.group != b.group || a.insured != b.insured || a.periods_per_year != b.periods_per_year) {
      continue;
    }
    if (periods.change_between(periods.period(root).start(), periods.pay_date(i))) continue;
    plan.same_as[i] = static_cast<std::ptrdiff_t>(root);
  }
  };
  fill(plans.from_first, first);
  fill(plans.whole, 0);
  return plans;
}

JobPayroll job_payroll(const SimulatedPeriods& periods, int year, const Household& h, HolidayAllowancePayment holiday,
                       const Hours& hours, const PayrollPlan& plan, std::set<std::string>& unconfirmed) {
  const Employer employer = job_employer(h, holiday);
  const Employee e = job_employee(h, periods.period(0).start(), hours);
  const Employee e_before = employee_year_before(e);

  std::vector<Month> months(periods.size());

  JobPayroll r;
  r.hours_per_week = hours;
  r.counted_per_month.reserve(12);
  r.paid_per_month.reserve(12);
  r.special_net_per_month.reserve(12);
  r.holiday_allowance_per_month.reserve(12);
  r.year_end_payment_per_month.reserve(12);
  PayrollState state;
  YearTotals totals;
  totals.regular_net.reserve(12);
  bool year_opened = false;
  for (std::size_t i = plan.first; i < periods.size(); ++i) {
    const PayPeriod& period = periods.period(i);
    const bool in_year = static_cast<int>(period.start().year()) == year;
    if (in_year && !year_opened) {
      state.year = year - 2;  // as job_payroll_every_month(): only the reserve carries over
      year_opened = true;
    }
    const Month* m = nullptr;
    if (plan.same_as[i] < 0) {
      const PeriodRules& pr = periods.rules(i);
      // The cumulatives before this payslip as compute_payslip opens them (a new year starts at zero).
      const YearToDate before = state.year == period.year() ? state.year_to_date : YearToDate{};
      months[i] = month_of(compute_payslip(pr, employer, in_year ? e : e_before, state), before);
      m = &months[i];
    } else {
      // The same payslip as period same_as[i] (plan_job_payroll): the same change of the state.
      m = &months[static_cast<std::size_t>(plan.same_as[i])];
      state.holiday_allowance_balance += m->reserved;
      state.year_to_date += m->added;
    }
    if (!in_year) continue;
    // A month taken over takes a month of its own year (plan_job_payroll), added before it.
    add_month(r, totals, *m, state.year_to_date, unconfirmed, plan.same_as[i] >= 0);
  }
  count_per_month(r, totals);
  return r;
}

}  // namespace basisbaan::income_detail
