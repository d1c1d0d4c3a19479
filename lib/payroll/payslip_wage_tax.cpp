// SPDX-License-Identifier: EUPL-1.2
// Wage tax on the payslip: the period table (white table) over the regular wage and the
// bijzonder tarief over irregular pay (Wet LB 1964; Handboek Loonheffingen).

#include <algorithm>
#include <string>

#include "basisbaan/law/bijzonder_tarief.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

namespace {

inline constexpr NamedRounding kAnonymousDown{
    2, Rounding::Down, "wage tax at the anoniementarief rounded down to the cent (employee's favour)"};

/// "Loonheffing (wit, maand, met lhk)": "Loonheffing (wit, " + name_nl(kind) + ", met|zonder
/// lhk)" written out as literals (issue 18: no string per payslip); the test
/// "the wage-tax line's description is the built text" checks them against the built text.
LineText wage_tax_description(PeriodKind kind, bool credit) {
  switch (kind) {
    case PeriodKind::Month: return credit ? LineText("Loonheffing (wit, maand, met lhk)") : LineText("Loonheffing (wit, maand, zonder lhk)");
    case PeriodKind::FourWeeks:
      return credit ? LineText("Loonheffing (wit, vier weken, met lhk)") : LineText("Loonheffing (wit, vier weken, zonder lhk)");
    case PeriodKind::Week: return credit ? LineText("Loonheffing (wit, week, met lhk)") : LineText("Loonheffing (wit, week, zonder lhk)");
    case PeriodKind::Quarter:
      return credit ? LineText("Loonheffing (wit, kwartaal, met lhk)") : LineText("Loonheffing (wit, kwartaal, zonder lhk)");
    case PeriodKind::Year: return credit ? LineText("Loonheffing (wit, jaar, met lhk)") : LineText("Loonheffing (wit, jaar, zonder lhk)");
  }
  return LineText(std::string("Loonheffing (wit, ") + std::string(name_nl(kind)) + (credit ? ", met" : ", zonder") + " lhk)");
}

/// Art. 26b Wet LB 1964: the anoniementarief over the whole wage, regular and irregular, without
/// any heffingskorting (no loonheffingskorting, so no arbeidskorting either).
PayslipWageTax anonymous_wage_tax(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money regular, Money special) {
  const PeriodRules& pr = *f.rules;
  const Rate rate = pr.rules().rate("wage_tax.anonymous_rate", pr.pay_date());
  PayslipWageTax out;
  auto line = [&](LineCode code, const char* title, const char* what, Money wage) {
    Trace t = new_trace(f, title);
    const Money tax = Money::round(wage * rate, kAnonymousDown);
    if (f.with_traces) {
      t.input(what, wage.str());
      t.parameter("wage_tax.anonymous_rate", rate.str(), to_string(pr.pay_date()),
                  "Wet LB 1964 art. 26b (rules/wage_tax.xml)");
      t.step("no heffingskorting", "0.00",
             "art. 26b Wet LB 1964: the employee is not identified (no BSN or identity not established), "
             "so the anoniementarief applies and no loonheffingskorting or arbeidskorting is applied");
      t.result("loonheffing", tax.str(), wage.str() + " × " + rate.str() + "; " + std::string(kAnonymousDown.rule));
    }
    out.wage_tax += tax;
    add_line(lines, code,
                              LineText(std::string(code == LineCode::WageTax ? "Loonheffing" : "Loonheffing bijzondere beloning") +
                                       " anoniementarief " + rate.str_nl() + " (art. 26b Wet LB: geen BSN of identiteit, geen heffingskorting)"),
                                  LineKind::Tax, LineQuantity::euros(wage), LineRate::of(rate), tax, std::move(t));
  };
  line(LineCode::WageTax, "loonheffing anoniementarief", "regular wage for wage tax", max(Money(), regular));
  if (special.sign() > 0) line(LineCode::WageTaxSpecial, "loonheffing anoniementarief (bijzondere beloning)", "irregular pay", special);
  return out;
}

}  // namespace

PayslipWageTax payslip_wage_tax(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money regular, Money special, Money accrual, Money holiday_paid,
                                const SpecialRateHistory& history) {
  const PeriodRules& pr = *f.rules;
  const Employee& e = *f.employee;
  const int F = f.periods_per_year;
  if (anonymous_rate_applies(e)) return anonymous_wage_tax(f, lines, regular, special);
  PayslipWageTax out;
  {
    Trace t = new_trace(f, "loonheffing");
    // With a trace, the parameters the prepared table holds, with their value, date and source.
    if (f.with_traces) WageTaxParameters::load(pr.rules(), pr.pay_date(), pr.period().kind(), f.tax_group, &t);
    const WageTaxResult r = wage_tax(pr.wage_tax(f.tax_group), {max(Money(), regular), e.payroll_tax_credit, false}, trace_ptr(f, t));
    out.wage_tax = r.wage_tax;
    out.arbeidskorting = r.arbeidskorting_per_period;
    add_line(lines, LineCode::WageTax, wage_tax_description(pr.period().kind(), e.payroll_tax_credit), LineKind::Tax,
                                  std::nullopt, std::nullopt, r.wage_tax, std::move(t));
  }
  if (special.sign() <= 0) return out;
  Trace t = new_trace(f, "bijzonder tarief");
  Money annual;
  if (e.previous_year_wage) {
    annual = annual_wage_for_special_rate(*e.previous_year_wage, Decimal(12), trace_ptr(f, t));
  } else if (history.wage_for_wage_tax_last_year.sign() > 0) {
    annual = annual_wage_for_special_rate(history.wage_for_wage_tax_last_year,
                                          Decimal(std::min(12, history.months_employed_last_year * 12 / F)), trace_ptr(f, t));
  } else {
    // Employed since this year: the expected wage of a full year, including the irregular pay
    // (Handboek Loonheffingen, jaarloon bijzondere beloningen). A year's holiday allowance is
    // counted once: in the regular wage when it is paid every period, otherwise as the
    // period's accrual × periods — the May payment itself is not added again.
    const Money yearly_holiday = f.employer->holiday_allowance == HolidayAllowancePayment::EveryPeriod ? Money() : accrual * F;
    const Money expected = regular * F + yearly_holiday + (special - holiday_paid);
    annual = annual_wage_for_special_rate(expected, Decimal(0), trace_ptr(f, t));
  }
  const BijzonderTariefInput input{special, annual, e.payroll_tax_credit, false};
  // The table looked up once per period (PeriodRules), unless traced or left to the RuleBook.
  std::optional<BijzonderTariefResult> prepared;
  if (!f.with_traces && pr.special_rates(f.tax_group)) prepared = pr.special_rates(f.tax_group)->apply(input);
  const BijzonderTariefResult r = prepared ? *prepared : bijzonder_tarief(pr.rules(), pr.pay_date(), f.tax_group, input, trace_ptr(f, t));
  out.wage_tax += r.wage_tax;
  add_line(lines, LineCode::WageTaxSpecial, "Loonheffing bijzonder tarief", LineKind::Tax, LineQuantity::euros(special),
                                LineRate::of(r.rate), r.wage_tax, std::move(t));
  return out;
}

}  // namespace basisbaan
