#include "basisbaan/payroll/gross_to_net.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/law/minimum_wage.hpp"

namespace basisbaan {
namespace {

// Roundings of the payslip, each with the reason it is there.
constexpr NamedRounding kWageUp{2, Rounding::Up,
                                "period wage rounded up to the cent: never below hours × hourly wage (Wml art. 7)"};
constexpr NamedRounding kHolidayUp{2, Rounding::Up,
                                   "holiday allowance rounded up to the cent: at least the percentage (Wml art. 15)"};
constexpr NamedRounding kProRataHalfUp{2, Rounding::HalfUp, "pro-rata amount rounded half up to the cent"};
constexpr NamedRounding kDeductionDown{2, Rounding::Down, "deduction from the employee rounded down to the cent (employee's favour)"};
constexpr NamedRounding kPremiumDown{2, Rounding::Down, "premium rounded down to the cent"};
constexpr NamedRounding kFraction{6, Rounding::HalfUp, "fraction kept to 6 decimals"};
constexpr NamedRounding kSickReductionDown{
    2, Rounding::Down,
    "wage not continued during sickness rounded down to the cent: the employee keeps at least the share art. 7:629 lid 1 BW guarantees"};
constexpr NamedRounding kDayWageShown{6, Rounding::HalfUp, "day wage shown to 6 decimals (the reduction uses the exact quotient)"};

int weekdays(const Date& from, const Date& to) {
  int n = 0;
  for (Date d = from; d <= to; d = add_days(d, 1)) {
    if (iso_weekday(d) <= 5) ++n;
  }
  return n;
}

std::string hours_text(const Decimal& h) { return h.str() + " uur"; }

/// True when one of `reports` has a sick day in [from, to].
bool sick_between(const std::vector<SickReport>& reports, const Date& from, const Date& to) {
  for (const auto& r : reports) {
    if (r.first_day <= to && (!r.recovered || *r.recovered > from)) return true;
  }
  return false;
}

/// The weekdays of one period paid at the same share of the day's wage during sickness.
struct SickPayGroup {
  Rate paid_rate;
  std::vector<Date> days;
  std::vector<std::string> reasons;  ///< distinct, in order of the first day that has them
};

/// Wage continuation during sickness (art. 7:629 BW; cao Aan de Slag, cao.sick_pay.*) for the
/// weekdays `from`..`to` of the period: one line per share of the day's wage paid below 100 %,
/// amount −(day wage × days × (1 − share)) with the day wage = the whole period's basic wage /
/// the period's weekdays (as a part period is pro-rated). Days paid in full give no line.
std::vector<PayslipLine> wage_continuation_lines(const RuleBook& rules, const Employee& e, Money hourly, Money period_basic,
                                                 int period_weekdays, const Date& from, const Date& to, bool with_traces) {
  std::vector<SickReport> reports = e.sick_reports;
  validate_sick_reports(reports, "employee " + e.id + " sick_reports");
  const auto periods = aggregate_sickness(rules, reports);
  const Rate full = Rate::percent(Decimal(100));
  std::vector<SickPayGroup> groups;
  for (Date d = from; d <= to; d = add_days(d, 1)) {
    if (iso_weekday(d) > 5) continue;
    if (std::none_of(reports.begin(), reports.end(), [&](const SickReport& r) { return r.sick_on(d); })) continue;
    WageContinuationDay w = wage_continuation(rules, reports, periods, d, sick_pay_facts(rules, hourly, e.birth_date, d));
    if (w.paid_rate >= full) continue;
    auto g = std::find_if(groups.begin(), groups.end(), [&](const SickPayGroup& x) { return x.paid_rate == w.paid_rate; });
    if (g == groups.end()) g = groups.insert(groups.end(), SickPayGroup{w.paid_rate, {}, {}});
    g->days.push_back(d);
    if (std::find(g->reasons.begin(), g->reasons.end(), w.reason) == g->reasons.end()) g->reasons.push_back(std::move(w.reason));
  }
  std::vector<PayslipLine> lines;
  for (const auto& g : groups) {
    const auto n = static_cast<std::int64_t>(g.days.size());
    const Rate unpaid = full - g.paid_rate;
    // One rounding per line: basic × days × (1 − share) / weekdays of the period.
    const Money reduction = Money::exact(
        divide(period_basic.decimal() * Decimal(n) * unpaid.fraction(), Decimal(period_weekdays), kSickReductionDown));
    Trace t(with_traces ? "wage continuation during sickness" : "");
    if (with_traces) {
      Trace first_day("wage continuation on " + to_string(g.days.front()));
      (void)wage_continuation(rules, reports, periods, g.days.front(), sick_pay_facts(rules, hourly, e.birth_date, g.days.front()), &first_day);
      t.nest(std::move(first_day), g.paid_rate.str(), "the first of these days");
      std::string days;
      for (const auto& d : g.days) days += (days.empty() ? "" : ", ") + to_string(d);
      std::string reasons;
      for (const auto& r : g.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
      t.step("sick weekdays paid at " + g.paid_rate.str(), days, reasons);
      t.step("day wage", divide(period_basic.decimal(), Decimal(period_weekdays), kDayWageShown).str(),
             "basic wage of the whole period " + period_basic.str() + " / " + std::to_string(period_weekdays) +
                 " weekdays (as a part period is pro-rated)");
      t.result("wage not continued", (-reduction).str(),
               period_basic.str() + " × " + std::to_string(n) + " days × (100% − " + g.paid_rate.str() + ") / " +
                   std::to_string(period_weekdays) + " (art. 7:629 lid 1 BW, cao Aan de Slag cao.sick_pay.*); " +
                   std::string(kSickReductionDown.rule));
    }
    lines.push_back({"sick_pay_reduction",
                     "Loondoorbetaling bij ziekte " + g.paid_rate.str_nl() + " — " + std::to_string(n) + (n == 1 ? " dag" : " dagen"),
                     LineKind::Earning, std::to_string(n) + (n == 1 ? " dag" : " dagen"), g.paid_rate.str(), -reduction, std::move(t)});
  }
  return lines;
}

const char* period_name_nl(PeriodKind k) {
  switch (k) {
    case PeriodKind::Month: return "maand";
    case PeriodKind::FourWeeks: return "vier weken";
    case PeriodKind::Week: return "week";
    case PeriodKind::Quarter: return "kwartaal";
    case PeriodKind::Year: return "jaar";
  }
  return "?";
}

}  // namespace

PeriodRules::PeriodRules(const RuleBook& rules, const PayPeriod& period)
    : rules_(&rules), period_(period), pay_date_(period.end()) {
  for (auto g : {TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946}) {
    wage_tax_.push_back(WageTaxParameters::load(rules, pay_date_, period.kind(), g));
  }
  insurance_ = EmployeeInsuranceParameters::load(rules, pay_date_);
  cao_ = CaoAanDeSlagTerms::load(rules, pay_date_);
  tax_free_per_km_ = rules.amount("wage_tax.tax_free_travel_allowance_per_km", pay_date_);
}

Payslip compute_payslip(const PeriodRules& pr, const Employer& employer, const Employee& e, PayrollState& state,
                        bool with_traces) {
  const PayPeriod& P = pr.period();
  const RuleBook& rules = pr.rules();
  const Date pay_date = pr.pay_date();
  const CaoAanDeSlagTerms& cao = pr.cao();
  const int year = P.year();

  // A new calendar year: keep last year's wage for the bijzonder tarief and start new cumulatives.
  if (state.year != year) {
    if (state.year == year - 1) {
      state.wage_for_wage_tax_last_year = state.year_to_date.wage_for_wage_tax;
      state.months_employed_last_year = state.year_to_date.periods;
    } else {
      state.wage_for_wage_tax_last_year = Money();
      state.months_employed_last_year = 0;
    }
    state.year_to_date = YearToDate{};
    state.year = year;
  }

  const Date first_day = std::max(P.start(), e.employed_since);
  const Date last_day = e.employed_until ? std::min(P.end(), *e.employed_until) : P.end();
  if (last_day < first_day) {
    throw InputError("employee " + e.id + ": not employed in period " + P.label() + " (employed since " +
                     to_string(e.employed_since) + (e.employed_until ? " until " + to_string(*e.employed_until) : std::string()) + ")");
  }

  Payslip slip{e.id, e.name, P, pay_date, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}};
  slip.unconfirmed_rules = cao.unconfirmed;
  auto add = [&slip](std::string code, std::string description, LineKind kind, std::string quantity, std::string rate,
                     Money amount, Trace trace) {
    slip.lines.push_back({std::move(code), std::move(description), kind, std::move(quantity), std::move(rate), amount,
                          std::move(trace)});
  };
  auto new_trace = [with_traces](const char* title) { return Trace(with_traces ? title : ""); };
  auto tp = [with_traces](Trace& t) { return with_traces ? &t : nullptr; };

  // 1. Hourly wage: the agreed (cao scale) wage, at least the statutory minimum for the age on
  //    the pay date (the later date: the minimum only rises, so this is in the employee's favour).
  const int age = age_on(e.birth_date, pay_date);
  Trace wage_trace = new_trace("hourly wage");
  const MinimumWage wml = minimum_wage(rules, pay_date, age, e.hours_per_week, tp(wage_trace));
  Money hourly = wml.hourly;
  if (e.agreed_hourly_wage && *e.agreed_hourly_wage > hourly) hourly = *e.agreed_hourly_wage;
  if (with_traces) {
    wage_trace.result("hourly wage", hourly.str(),
                      e.agreed_hourly_wage ? "the higher of the agreed " + e.agreed_hourly_wage->str() + " and the minimum " + wml.hourly.str()
                                           : "the statutory minimum (no agreed hourly wage)");
  }
  slip.hourly_wage = hourly;
  add("hourly_wage", "Uurloon" + (e.scale.empty() ? std::string() : " (" + e.scale + ")"), LineKind::Info, "", "",
      hourly, std::move(wage_trace));

  // 2. Basic wage for the period (SZW Kennisdocument method for fixed period wages).
  Trace basic_trace = new_trace("basic wage");
  Decimal hours_in_period;
  switch (P.kind()) {
    case PeriodKind::Month: hours_in_period = divide(wml.hours_per_year->value(), Decimal(12), 4, Rounding::HalfUp); break;
    case PeriodKind::FourWeeks: hours_in_period = e.hours_per_week.value() * Decimal(4); break;
    case PeriodKind::Week: hours_in_period = e.hours_per_week.value(); break;
    case PeriodKind::Quarter: hours_in_period = divide(wml.hours_per_year->value(), Decimal(4), 4, Rounding::HalfUp); break;
    case PeriodKind::Year: throw InputError("employee " + e.id + ": payroll runs per month, four weeks, week or quarter");
  }
  Money basic;
  if (P.kind() == PeriodKind::Month || P.kind() == PeriodKind::Quarter) {
    const Decimal per = P.kind() == PeriodKind::Month ? Decimal(12) : Decimal(4);
    basic = Money::exact(divide(wml.hours_per_year->value() * hourly.decimal(), per, kWageUp));
  } else {
    basic = Money::round(hours_in_period * hourly.decimal(), kWageUp);
  }
  if (with_traces) {
    basic_trace.step("hours in the period", hours_in_period.str(),
                     P.kind() == PeriodKind::Month ? "hours per year (workable weekdays × weekly hours / 5) / 12" : "weekly hours × weeks");
    basic_trace.step("basic wage, whole period", basic.str(), "hours × " + hourly.str() + ", " + std::string(kWageUp.rule));
  }
  const Money period_basic = basic;
  const int period_weekdays = weekdays(P.start(), P.end());
  const int employed_weekdays = weekdays(first_day, last_day);
  if (employed_weekdays < period_weekdays) {
    const Decimal fraction = divide(Decimal(employed_weekdays), Decimal(period_weekdays), kFraction);
    basic = Money::round(basic * fraction, kWageUp);
    hours_in_period = divide(hours_in_period * Decimal(employed_weekdays), Decimal(period_weekdays), 4, Rounding::HalfUp);
    if (with_traces) {
      basic_trace.step("part of the period employed", fraction.str(),
                       std::to_string(employed_weekdays) + " of " + std::to_string(period_weekdays) + " weekdays");
    }
  }
  if (with_traces) basic_trace.result("basic wage", basic.str());
  add("basic_wage", "Salaris", LineKind::Earning, hours_text(hours_in_period), hourly.str(), basic, std::move(basic_trace));

  // 2b. Wage continuation during sickness (art. 7:629 BW, cao): only when a sick report overlaps
  //     the days employed; days paid at 100 % (in year 1 at the minimum wage) change nothing.
  Money paid_basic = basic;
  if (!e.sick_reports.empty() && sick_between(e.sick_reports, first_day, last_day)) {
    auto lines = wage_continuation_lines(rules, e, hourly, period_basic, period_weekdays, first_day, last_day, with_traces);
    if (!lines.empty()) {
      for (const char* name : {"cao.sick_pay.year1_rate", "cao.sick_pay.year2_rate", "cao.sick_pay.waiting_days"}) {
        if (rules.value_at(name, pay_date).status == "unconfirmed" &&
            std::find(slip.unconfirmed_rules.begin(), slip.unconfirmed_rules.end(), name) == slip.unconfirmed_rules.end()) {
          slip.unconfirmed_rules.emplace_back(name);
        }
      }
    }
    for (auto& l : lines) {
      paid_basic += l.amount;
      slip.lines.push_back(std::move(l));
    }
  }

  Money regular = paid_basic;
  Money special;
  Money holiday_paid;  // the part of `special` that is the May holiday allowance payment

  // 3. Holiday allowance (vakantiebijslag): the cao rate, at least the Wml 8 %.
  const Rate statutory_holiday = rules.rate("wml.holiday_allowance_percentage", pay_date);
  const Rate holiday_rate = cao.holiday_allowance_rate < statutory_holiday ? statutory_holiday : cao.holiday_allowance_rate;
  Trace holiday_trace = new_trace("holiday allowance");
  // Over the wage paid, during sickness the wage continued (Wml art. 15 lid 1: 8 % "van zijn ten
  // laste van de werkgever komende loon"; UNCONFIRMED for the cao, docs/payslip-input.md "Sickness").
  const Money accrual = Money::round(paid_basic * holiday_rate, kHolidayUp);
  if (with_traces) {
    holiday_trace.step("holiday allowance earned", accrual.str(),
                       paid_basic.str() + " × " + holiday_rate.str() + " (cao Aan de Slag; Wml art. 15: at least 8 %), " +
                           std::string(kHolidayUp.rule));
  }
  slip.holiday_allowance_reserved = accrual;
  if (employer.holiday_allowance == HolidayAllowancePayment::EveryPeriod) {
    regular += accrual;
    add("holiday_allowance", "Vakantiebijslag", LineKind::Earning, "", holiday_rate.str(), accrual, std::move(holiday_trace));
    slip.holiday_allowance_reserved = Money();
  } else {
    state.holiday_allowance_balance += accrual;
    const Date may31{date::year{year}, date::May, date::day{31}};
    if (P.contains(may31)) {
      const Money pay = state.holiday_allowance_balance;
      state.holiday_allowance_balance = Money();
      special += pay;
      holiday_paid = pay;
      if (with_traces) holiday_trace.result("holiday allowance paid", pay.str(), "the reserve of June last year up to and including May");
      add("holiday_allowance_payment", "Vakantiebijslag (uitbetaling mei)", LineKind::SpecialEarning, "",
          holiday_rate.str(), pay, std::move(holiday_trace));
    } else {
      add("holiday_allowance_reserved", "Reservering vakantiebijslag", LineKind::Info, "", holiday_rate.str(), accrual,
          std::move(holiday_trace));
    }
  }
  slip.holiday_allowance_balance = state.holiday_allowance_balance;

  // 4. End-of-year payment (cao), paid in the period that holds 31 December, pro rata to the
  //    contract hours and to the days employed in the year. Sick days are days employed: not
  //    lowered by wage continuation (UNCONFIRMED, docs/payslip-input.md "Sickness").
  const Date dec31{date::year{year}, date::December, date::day{31}};
  if (P.contains(dec31) && cao.year_end_payment_full_time.sign() > 0) {
    Trace t = new_trace("end-of-year payment");
    const Date year_start{date::year{year}, date::January, date::day{1}};
    const Date from = std::max(year_start, e.employed_since);
    const Date to = e.employed_until ? std::min(dec31, *e.employed_until) : dec31;
    const Decimal days_fraction = divide(Decimal(days_between(from, to) + 1), Decimal(days_between(year_start, dec31) + 1), kFraction);
    const Decimal hours_fraction = divide(e.hours_per_week.value(), cao.full_time_hours, kFraction);
    const Money amount = Money::round(cao.year_end_payment_full_time * hours_fraction * days_fraction, kProRataHalfUp);
    if (with_traces) {
      t.parameter("cao.year_end_payment.amount", cao.year_end_payment_full_time.str(), to_string(pay_date),
                  source_of(rules.parameter("cao.year_end_payment.amount"), rules.value_at("cao.year_end_payment.amount", pay_date)));
      t.result("end-of-year payment", amount.str(),
               cao.year_end_payment_full_time.str() + " × " + e.hours_per_week.str() + "/" + cao.full_time_hours.str() +
                   " hours × " + days_fraction.str() + " of the year employed; " + std::string(kProRataHalfUp.rule));
    }
    special += amount;
    add("year_end_payment", "Eindejaarsuitkering", LineKind::SpecialEarning, "", "", amount, std::move(t));
  }

  // 5. One-off payments agreed for this period, pro rata to the contract hours.
  for (const auto& o : e.one_off_payments) {
    if (o.period != P.label()) continue;
    Trace t = new_trace("one-off payment");
    const Decimal hours_fraction = divide(e.hours_per_week.value(), cao.full_time_hours, kFraction);
    const Money amount = Money::round(o.full_time_amount * hours_fraction, kProRataHalfUp);
    if (with_traces) t.result(o.description, amount.str(), o.full_time_amount.str() + " full-time × " + hours_fraction.str());
    special += amount;
    add("one_off_payment", o.description.empty() ? "Eenmalige uitkering" : o.description, LineKind::SpecialEarning, "", "",
        amount, std::move(t));
  }

  // 6. Travel allowance: the cao amount per km; tax-free up to the werkkostenregeling amount.
  Money untaxed;
  if (e.commute_km_per_period.sign() > 0) {
    Trace t = new_trace("travel allowance");
    const Money allowance = Money::round(e.commute_km_per_period * cao.travel_allowance_per_km.decimal(), kProRataHalfUp);
    const Money free = min(allowance, Money::round(e.commute_km_per_period * pr.tax_free_per_km().decimal(), kProRataHalfUp));
    const Money taxable = allowance - free;
    if (with_traces) {
      t.step("travel allowance", allowance.str(), e.commute_km_per_period.str() + " km × " + cao.travel_allowance_per_km.str() + " (cao)");
      t.step("tax-free part", free.str(), "at most " + pr.tax_free_per_km().str() + " per km (Wet LB 1964 art. 31a lid 2 sub b)");
    }
    untaxed += free;
    add("travel_allowance", "Reiskostenvergoeding (onbelast)", LineKind::Untaxed, e.commute_km_per_period.str() + " km",
        cao.travel_allowance_per_km.str(), free, std::move(t));
    if (taxable.sign() > 0) {
      regular += taxable;
      add("travel_allowance_taxed", "Reiskostenvergoeding (belast)", LineKind::Earning, "", "", taxable, Trace());
    }
  }

  slip.gross = regular + special;
  const TaxGroup group = tax_group_on(rules, e.birth_date, pay_date);
  const bool insured = group == TaxGroup::BelowAow;
  const int F = static_cast<int>(pr.wage_tax(group).period_factor);

  // 7. Pension (PWRI): premium over the pension base, pro rata to the part-time factor. The base
  //    is the yearly wage from the hourly wage, so sickness does not lower it (UNCONFIRMED,
  //    docs/payslip-input.md "Sickness").
  Money pension_employee;
  Money pension_employer;
  {
    Trace t = new_trace("pension");
    const Decimal full_time_annual = hourly.decimal() * cao.full_time_hours * Decimal(52);
    const Decimal base_year = max(Decimal(), full_time_annual - cao.pension_franchise.decimal());
    const Decimal ptf = min(Decimal(1), divide(e.hours_per_week.value(), cao.pension_part_time_basis_hours, kFraction));
    const Money premium = Money::round(divide(base_year * ptf * cao.pension_premium_rate.fraction(), Decimal(F), 6, Rounding::Down), kPremiumDown);
    const Rate share = employer.pension_employee_share.value_or(Rate());
    pension_employee = Money::round(premium * share, kDeductionDown);
    pension_employer = premium - pension_employee;
    if (with_traces) {
      t.step("pension base (year, full-time)", base_year.str(),
             hourly.str() + " × " + cao.full_time_hours.str() + " h × 52 − franchise " + cao.pension_franchise.str());
      t.step("part-time factor", ptf.str(), e.hours_per_week.str() + " / " + cao.pension_part_time_basis_hours.str());
      t.result("pension premium this period", premium.str(),
               "base × factor × " + cao.pension_premium_rate.str() + " / " + std::to_string(F) + " (PWRI; " + std::string(kPremiumDown.rule) + ")");
    }
    if (pension_employee.sign() > 0) {
      add("pension_employee", "Pensioenpremie werknemer (PWRI)", LineKind::Deduction, "", share.str(), pension_employee, Trace());
    }
    add("pension_employer", "Pensioenpremie werkgever (PWRI)", LineKind::Employer, "", "", pension_employer, std::move(t));
  }

  // 8. WGA recovery: the employee's share of the employer's WGA premium (while the cao allows it).
  Money wga_recovery;
  if (cao.wga_recovered && employer.whk_wga_rate.fraction().sign() > 0 && insured) {
    Trace t = new_trace("WGA recovery");
    wga_recovery = Money::round(slip.gross * employer.whk_wga_rate * cao.wga_employee_share.fraction(), kDeductionDown);
    if (with_traces) {
      t.result("WGA premium recovered", wga_recovery.str(),
               slip.gross.str() + " × WGA rate " + employer.whk_wga_rate.str() + " × share " + cao.wga_employee_share.str() +
                   " (Wfsv art. 39a; cao Aan de Slag); lowers the wage for wage tax; " + std::string(kDeductionDown.rule));
    }
    const Rate effective = Rate::fraction(employer.whk_wga_rate.fraction() * cao.wga_employee_share.fraction());
    add("wga_recovery", "Verhaalde WGA-premie", LineKind::Deduction, slip.gross.str(), effective.str(), wga_recovery, std::move(t));
  }

  // 9. Wage for wage tax and the wage tax: regular wage with the period table, irregular pay at
  //    the bijzonder tarief.
  slip.regular_wage_for_wage_tax = regular - pension_employee - wga_recovery;
  slip.special_wage_for_wage_tax = special;
  slip.wage_for_wage_tax = slip.regular_wage_for_wage_tax + special;
  {
    Trace t = new_trace("loonheffing");
    const WageTaxResult r = wage_tax(pr.wage_tax(group), {max(Money(), slip.regular_wage_for_wage_tax), e.payroll_tax_credit, false}, tp(t));
    slip.wage_tax = r.wage_tax;
    state.year_to_date.arbeidskorting += r.arbeidskorting_per_period;
    add("wage_tax", std::string("Loonheffing (wit, ") + period_name_nl(P.kind()) + (e.payroll_tax_credit ? ", met" : ", zonder") +
                        " lhk)",
        LineKind::Tax, "", "", r.wage_tax, std::move(t));
  }
  if (special.sign() > 0) {
    Trace t = new_trace("bijzonder tarief");
    Money annual;
    if (e.previous_year_wage) {
      annual = annual_wage_for_special_rate(*e.previous_year_wage, Decimal(12), tp(t));
    } else if (state.wage_for_wage_tax_last_year.sign() > 0) {
      annual = annual_wage_for_special_rate(state.wage_for_wage_tax_last_year,
                                            Decimal(std::min(12, state.months_employed_last_year * 12 / F)), tp(t));
    } else {
      // Employed since this year: the expected wage of a full year, including the irregular pay
      // (Handboek Loonheffingen, jaarloon bijzondere beloningen). A year's holiday allowance is
      // counted once: in the regular wage when it is paid every period, otherwise as the
      // period's accrual × periods — the May payment itself is not added again.
      const Money yearly_holiday = employer.holiday_allowance == HolidayAllowancePayment::EveryPeriod ? Money() : accrual * F;
      const Money expected = slip.regular_wage_for_wage_tax * F + yearly_holiday + (special - holiday_paid);
      annual = annual_wage_for_special_rate(expected, Decimal(0), tp(t));
    }
    const auto r = bijzonder_tarief(rules, pay_date, group, {special, annual, e.payroll_tax_credit}, tp(t));
    slip.wage_tax += r.wage_tax;
    add("wage_tax_special", "Loonheffing bijzonder tarief", LineKind::Tax, special.str(), r.rate.str(), r.wage_tax, std::move(t));
  }

  // 10. Employer contributions on the wage for the levies.
  Money charges = pension_employer;
  {
    Trace t = new_trace("employer contributions");
    const Money levy_wage = slip.gross - pension_employee;
    const auto c = employer_contributions(pr.insurance(),
                                          {levy_wage, state.year_to_date.zvw_wage, state.year_to_date.premium_wage,
                                           P.number(), PayPeriod::count_in_year(P.kind(), year), e.permanent_contract,
                                           employer.small_employer, employer.whk_rate, insured},
                                          tp(t));
    state.year_to_date.zvw_wage += c.zvw_wage;
    state.year_to_date.premium_wage += c.premium_wage;
    charges += c.total();
    add("zvw", "Werkgeversheffing Zvw", LineKind::Employer, c.zvw_wage.str(), pr.insurance().zvw_employer_rate.str(), c.zvw, std::move(t));
    if (insured) {
      add("awf", e.permanent_contract ? "Premie AWf (laag)" : "Premie AWf (hoog)", LineKind::Employer, c.premium_wage.str(),
          (e.permanent_contract ? pr.insurance().awf_low : pr.insurance().awf_high).str(), c.awf, Trace());
      add("aof", employer.small_employer ? "Premie Aof (laag)" : "Premie Aof (hoog)", LineKind::Employer, c.premium_wage.str(),
          (employer.small_employer ? pr.insurance().aof_low : pr.insurance().aof_high).str(), c.aof, Trace());
      add("wko", "Opslag kinderopvang (Wko)", LineKind::Employer, c.premium_wage.str(), pr.insurance().wko.str(), c.wko, Trace());
      add("whk", "Premie Whk", LineKind::Employer, c.premium_wage.str(), employer.whk_rate.str(), c.whk, Trace());
    }
  }

  slip.untaxed = untaxed;
  slip.net = slip.wage_for_wage_tax - slip.wage_tax + untaxed;
  slip.employer_charges = charges;
  slip.employer_cost = slip.gross + untaxed + charges;
  add("net", "Netto uit te betalen", LineKind::Info, "", "", slip.net, Trace());

  auto& ytd = state.year_to_date;
  ytd.gross += slip.gross;
  ytd.wage_for_wage_tax += slip.wage_for_wage_tax;
  ytd.wage_tax += slip.wage_tax;
  ytd.net += slip.net;
  ytd.employer_charges += charges;
  ytd.periods += 1;
  slip.year_to_date = ytd;
  return slip;
}

Payslip payslip_with_history(const RuleBook& rules, const Employer& employer, const Employee& employee,
                             const PayPeriod& last, bool with_traces) {
  if (last.end() < employee.employed_since) {
    throw InputError("employee " + employee.id + ": period " + last.label() + " ends before the employment starts on " +
                     to_string(employee.employed_since));
  }
  // Start on 1 June two years back: then last year's wage (the jaarloon for the bijzonder
  // tarief) includes last May's holiday allowance with its whole reserve from June before, and
  // this year's reserve since June is complete. Not before the employment or the rules.
  const Date june_two_years_back{date::year{last.year() - 2}, date::June, date::day{1}};
  const Date rules_begin = rules.parameter("wage_tax.brackets.below_aow").values.front().from;
  PayPeriod p = PayPeriod::containing(last.kind(), std::max({employee.employed_since, june_two_years_back, rules_begin}));
  PayrollState state;
  for (;;) {
    const PeriodRules pr(rules, p);
    Payslip slip = compute_payslip(pr, employer, employee, state, with_traces && p == last);
    if (p == last) return slip;
    p = p.next();
  }
}

}  // namespace basisbaan
