// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/payroll/gross_to_net.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/final_settlement.hpp"
#include "basisbaan/payroll/payslip_parts.hpp"

namespace basisbaan {

PeriodRules::PeriodRules(const RuleBook& rules, const PayPeriod& period)
    : rules_(&rules), period_(period), pay_date_(period.end()) {
  for (auto g : {TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946}) {
    wage_tax_.push_back(WageTaxParameters::load(rules, pay_date_, period.kind(), g));
  }
  insurance_ = EmployeeInsuranceParameters::load(rules, pay_date_);
  cao_ = CaoAanDeSlagTerms::load(rules, pay_date_);
  tax_free_per_km_ = rules.amount("wage_tax.tax_free_travel_allowance_per_km", pay_date_);
  statutory_holiday_rate_ = rules.rate("wml.holiday_allowance_percentage", pay_date_);
  // True when the rules have `name` on the pay date and its value there is unconfirmed.
  const auto unconfirmed = [&](const char* name) {
    return rules.has(name) && pay_date_ >= rules.parameter(name).values.front().from &&
           rules.value_at(name, pay_date_).status == "unconfirmed";
  };
  // The cao's sick-pay values a payslip with wage continuation names when they are unconfirmed.
  for (const char* name : {"cao.sick_pay.year1_rate", "cao.sick_pay.year2_rate", "cao.sick_pay.waiting_days"}) {
    if (unconfirmed(name)) unconfirmed_sick_pay_.emplace_back(name);
  }
  youth_percentage_unconfirmed_ = unconfirmed("wml.youth_percentage");
  minimum_hourly_unconfirmed_ = unconfirmed("wml.hourly");
  // What every payslip of the period names as unconfirmed, made once (issue 18: no copy of the
  // strings per payslip); the order is the one compute_payslip used to build per payslip.
  std::vector<std::string> with_sick_pay = cao_.unconfirmed;
  for (const auto& name : unconfirmed_sick_pay_) {
    if (std::find(with_sick_pay.begin(), with_sick_pay.end(), name) == with_sick_pay.end()) with_sick_pay.push_back(name);
  }
  unconfirmed_lists_[0] = RuleNameList(cao_.unconfirmed);
  unconfirmed_lists_[1] = RuleNameList(std::move(with_sick_pay));
  // At the minimum the same lists, with "wml.hourly" after them only when it is unconfirmed
  // (otherwise the very same lists, shared).
  for (int i : {0, 1}) {
    unconfirmed_lists_[i + 2] = unconfirmed_lists_[i];
    if (minimum_hourly_unconfirmed_) unconfirmed_lists_[i + 2].push_back("wml.hourly");
  }
  // Looked up once here instead of per employee (issue 18); none when the payslip must ask the
  // RuleBook itself (its errors and records then stay as they were).
  minimum_wage_ = MinimumWageOfDate::prepare(rules, pay_date_);
  aow_ages_ = AowAges::prepare(rules);
  for (auto g : {TaxGroup::BelowAow, TaxGroup::AowBornBefore1946, TaxGroup::AowBornFrom1946}) {
    special_rates_[static_cast<std::size_t>(g)] = SpecialRateTable::prepare(rules, pay_date_, g);
  }
}

namespace {

/// The state at the start of `year`: a new calendar year keeps last year's wage for the
/// bijzonder tarief and starts new cumulatives.
PayrollState opening_for_year(PayrollState s, int year) {
  if (s.year == year) return s;
  if (s.year == year - 1) {
    s.wage_for_wage_tax_last_year = s.year_to_date.wage_for_wage_tax;
    s.months_employed_last_year = s.year_to_date.periods;
  } else {
    s.wage_for_wage_tax_last_year = Money();
    s.months_employed_last_year = 0;
  }
  s.year_to_date = YearToDate{};
  s.year = year;
  return s;
}

/// Settles `due` (net differences of corrections paid in this period and a shortfall carried
/// in; docs/store.md "Corrections") on the payslip as the correction_earlier_period line. When
/// the net would fall below zero, the shortfall is carried forward: the net_carried_forward line
/// brings the net to zero, and the (negative) amount returned is settled with the next period.
/// Without anything due nothing changes (a payslip computed before settlements existed replays
/// identically).
Money settle_net(Payslip& slip, Money due, bool with_traces) {
  if (due.is_zero()) return Money();
  Trace t(with_traces ? "correcties eerdere perioden" : "");
  if (with_traces) {
    t.input("net of this period", slip.net.str());
    t.input("net differences of corrections paid now, with a shortfall carried in", due.str());
    t.result("net after corrections", (slip.net + due).str(), "net of this period + corrections (docs/store.md \"Corrections\")");
  }
  slip.lines.push_back({LineCode::CorrectionEarlierPeriod, "Correcties eerdere perioden (netto)", LineKind::Settlement, std::nullopt,
                        std::nullopt, due, std::move(t)});
  slip.net += due;
  if (slip.net.sign() >= 0) return Money();
  const Money shortfall = slip.net;
  Trace c(with_traces ? "negatief saldo" : "");
  if (with_traces) {
    c.result("carried to the next period", shortfall.str(),
             "a net below zero is not collected: it is settled with the next period's net (docs/store.md \"Corrections\")");
  }
  slip.lines.push_back({LineCode::NetCarriedForward, "Negatief saldo, verrekend met de volgende periode", LineKind::Settlement,
                        std::nullopt, std::nullopt, -shortfall, std::move(c)});
  slip.net = Money();
  return shortfall;
}

}  // namespace

Payslip compute_payslip(const PeriodRules& pr, const Employer& employer, const Employee& e, PayrollState& state,
                        bool with_traces) {
  // An empty payslip: the overload below replaces every field, and copies the employee's id and
  // name into it once.
  Payslip slip{{}, {}, pr.period(), pr.pay_date(), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}, {}};
  compute_payslip(slip, pr, employer, e, state, with_traces);
  return slip;
}

void compute_payslip(Payslip& slip, const PeriodRules& pr, const Employer& employer, const Employee& e, PayrollState& state,
                     bool with_traces) {
  const PayslipFacts f = payslip_facts(pr, employer, e, with_traces);
  PayrollState next = opening_for_year(state, pr.period().year());
  // Every field is replaced; only the storage of the lines is kept (a caller computing many
  // payslips into one allocates it once).
  std::vector<PayslipLine> storage = std::move(slip.lines);
  storage.clear();
  slip = Payslip{e.id, e.name, pr.period(), pr.pay_date(), std::move(storage), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}, {}};
  // Every part appends to this one vector: a payslip has 12-16 lines, so no part allocates its
  // own and no line moves while it grows (issue 18).
  std::vector<PayslipLine>& lines = slip.lines;
  lines.reserve(16);

  // Earnings: basic wage, wage continuation, holiday allowance, irregular pay, travel allowance.
  const BaseWage base = base_wage(f, lines);
  slip.hourly_wage = base.hourly;
  slip.minimum_hourly_wage = base.minimum_hourly;
  slip.minimum_wage_age = f.age;
  slip.minimum_holiday_allowance_rate = pr.statutory_holiday_allowance_rate();
  SickPay sick = sick_pay(f, lines, base);
  // The cao's unconfirmed values, then those of sick pay used here, then the statutory minimum
  // hourly wage when it sets the pay (the hourly wage is that minimum: scale WML, or an agreed
  // wage below it raised to it, Wml art. 7; an agreed wage above it does not rest on its value):
  // a list the period made once (PeriodRules::unconfirmed_rules), shared, not copied per payslip.
  const bool at_minimum = base.hourly == base.minimum_hourly;
  if (sick.unconfirmed.empty()) {
    slip.unconfirmed_rules = pr.unconfirmed_rules(false, at_minimum);
  } else if (sick.unconfirmed == pr.unconfirmed_sick_pay_rules()) {
    slip.unconfirmed_rules = pr.unconfirmed_rules(true, at_minimum);
  } else {
    slip.unconfirmed_rules = pr.unconfirmed_rules(false);
    for (auto& name : sick.unconfirmed) {
      if (std::find(slip.unconfirmed_rules.begin(), slip.unconfirmed_rules.end(), name) == slip.unconfirmed_rules.end()) {
        slip.unconfirmed_rules.push_back(std::move(name));
      }
    }
    if (at_minimum && pr.minimum_hourly_unconfirmed()) slip.unconfirmed_rules.push_back("wml.hourly");
  }
  // Under 21 the minimum wage is the youth percentage of the adult one (Besluit minimumjeugdloon
  // art. 2): an unconfirmed staffel is named like the cao's values.
  if (f.age < 21 && pr.youth_percentage_unconfirmed()) slip.unconfirmed_rules.push_back("wml.youth_percentage");
  // The final payslip: the leave not taken paid out (art. 7:641 BW), with holiday allowance over it.
  const LeavePayout leave = leave_payout(f, lines, base.hourly);
  const HolidayAllowance holiday = holiday_allowance(f, lines, sick.paid_basic, next.holiday_allowance_balance, leave.amount);
  slip.holiday_allowance_reserved = holiday.reserved;
  slip.holiday_allowance_balance = holiday.balance_after;
  next.holiday_allowance_balance = holiday.balance_after;
  const IrregularPay year_end = year_end_payment(f, lines);
  const IrregularPay one_off = one_off_payments(f, lines);
  const TravelAllowance travel = travel_allowance(f, lines);

  const Money regular = sick.paid_basic + holiday.regular + travel.taxed;
  const Money special = holiday.special + year_end.total + one_off.total + leave.amount;
  slip.gross = regular + special;

  // Deductions from the wage for wage tax: the employee's pension premium and the WGA recovery.
  const Pension pen = pension(f, lines, base.hourly);
  const WgaRecovery wga = wga_recovery(f, lines, slip.gross, slip.gross - pen.employee, next.year_to_date);
  slip.regular_wage_for_wage_tax = regular - pen.employee - wga.amount;
  slip.special_wage_for_wage_tax = special;
  slip.wage_for_wage_tax = slip.regular_wage_for_wage_tax + special;

  // Wage tax, then the employer's contributions over the wage for the levies.
  // The accrual of a regular period (without that over a leave payout) for the first year's annual wage.
  const PayslipWageTax tax = payslip_wage_tax(f, lines, slip.regular_wage_for_wage_tax, special,
                                              holiday.accrual - holiday.accrual_on_leave_payout, holiday.special,
                                              {next.wage_for_wage_tax_last_year, next.months_employed_last_year});
  slip.wage_tax = tax.wage_tax;
  const EmployerPremiums premiums = employer_premiums(f, lines, slip.gross - pen.employee, next.year_to_date);

  // Net pay and the totals.
  slip.untaxed = travel.untaxed;
  const Money own_net = slip.wage_for_wage_tax - slip.wage_tax + slip.untaxed;
  slip.net = own_net;
  next.net_settlement = settle_net(slip, next.net_settlement, with_traces);
  // Garnishments: the net above the beslagvrije voet, after the settlements (docs/garnishment.md).
  GarnishmentPart garnished = garnishment(f, lines, slip.net, slip.untaxed, next.garnished, next.garnishment_overpaid);
  slip.net -= garnished.total;
  for (const auto& w : garnished.withheld) next.garnished[w.garnishment_id] += w.amount;
  for (const auto& w : garnished.set_off) {
    if ((next.garnishment_overpaid[w.garnishment_id] -= w.amount).is_zero()) next.garnishment_overpaid.erase(w.garnishment_id);
  }
  slip.garnishments = std::move(garnished.withheld);
  slip.employer_charges = pen.employer + premiums.total;
  slip.employer_cost = slip.gross + slip.untaxed + slip.employer_charges;
  lines.emplace_back(LineCode::Net, LineText("Netto uit te betalen"), LineKind::Info, std::nullopt, std::nullopt, slip.net, Trace());

  YearToDate period;
  period.gross = slip.gross;
  period.wage_for_wage_tax = slip.wage_for_wage_tax;
  period.wage_tax = slip.wage_tax;
  period.zvw_wage = premiums.zvw_wage;
  period.premium_wage = premiums.premium_wage;
  period.net = own_net;  // corrections add their own net difference to the cumulatives (the store)
  period.employer_charges = slip.employer_charges;
  period.arbeidskorting = tax.arbeidskorting;
  period.periods = 1;
  next.year_to_date += period;
  slip.year_to_date = next.year_to_date;
  state = std::move(next);  // only now: a part that throws leaves the caller's state as it was
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
  // The history starts no earlier than the hourly minimum wage (wml.hourly, 2024-01-01): the
  // rules of 2022-2023 serve the income comparison of those years, not payroll history.
  const Date rules_begin = rules.parameter("wml.hourly").values.front().from;
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
