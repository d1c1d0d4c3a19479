#include "basisbaan/law/bijzonder_tarief.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

// No rounding rule for payment × percentage was found in the Belastingdienst's publications;
// we round down to cents, in the employee's favour, as the period tables do for tax amounts
// (docs/wage-tax.md, "bijzonder tarief").
constexpr NamedRounding kSpecialTaxDown{2, Rounding::Down, "bijzonder tarief: payment × percentage rounded down to cents (docs/wage-tax.md)"};
constexpr NamedRounding kAnnualWholeEuros{0, Rounding::Down, "jaarloon bijzondere beloningen herleid to a year, whole euros down"};

}  // namespace

BijzonderTariefResult bijzonder_tarief(const RuleBook& rules, const Date& on, TaxGroup group,
                                       const BijzonderTariefInput& in, Trace* trace) {
  if (in.payment.sign() < 0) throw InputError("payment: expected an amount of 0 or more, got " + in.payment.str());
  if (in.annual_wage.sign() < 0) throw InputError("annual wage: expected an amount of 0 or more, got " + in.annual_wage.str());
  if (trace != nullptr) {
    trace->input("irregular payment", in.payment.str());
    trace->input("jaarloon bijzondere beloningen", in.annual_wage.str());
    trace->input("loonheffingskorting", in.payroll_tax_credit ? "yes" : "no");
  }
  const Table& t = rules.table("wage_tax.special_rate." + std::string(to_string(group)), on, trace);
  if (t.size() == 0) throw RuleError("wage_tax.special_rate." + std::string(to_string(group)) + " has no rows on " + to_string(on));
  std::size_t row = 0;
  for (std::size_t r = 0; r < t.size(); ++r) {
    if (t.money(r, "from") <= in.annual_wage) row = r;
  }
  BijzonderTariefResult res;
  res.row_from = t.money(row, "from");
  res.rate = in.payroll_tax_credit ? t.rate(row, "rate_standard") + t.rate(row, "rate_settlement")
                                   : t.rate(row, "rate_without_credit");
  if (res.rate.fraction().sign() < 0) res.rate = Rate();  // a negative percentage is never withheld
  res.wage_tax = Money::round(in.payment * res.rate, kSpecialTaxDown);
  if (trace != nullptr) {
    trace->step("table row", res.row_from.str(), "the highest row whose lower bound is at most the jaarloon");
    trace->step("percentage", res.rate.str(),
                in.payroll_tax_credit ? "standard + verrekeningspercentage loonheffingskorting" : "without loonheffingskorting");
    trace->result("loonheffing on the payment", res.wage_tax.str(),
                  in.payment.str() + " × " + res.rate.str() + ", " + std::string(kSpecialTaxDown.rule));
  }
  return res;
}

Money annual_wage_for_special_rate(Money wage, const Decimal& months_employed, Trace* trace) {
  if (wage.sign() < 0) throw InputError("previous year's wage: expected 0 or more, got " + wage.str());
  if (months_employed.sign() < 0 || months_employed > Decimal(12)) {
    throw InputError("months employed: expected 0 to 12, got " + months_employed.str());
  }
  Money annual = wage;
  std::string how = "the wage of the previous year (employed all of it)";
  if (months_employed.sign() == 0) {
    how = "the expected wage of this year (employed since this year)";
  } else if (months_employed < Decimal(12)) {
    annual = Money::round(divide(wage * Decimal(12), months_employed, 6, Rounding::Down), kAnnualWholeEuros);
    how = wage.str() + " / " + months_employed.str() + " months × 12, " + std::string(kAnnualWholeEuros.rule);
  }
  if (trace != nullptr) trace->step("jaarloon bijzondere beloningen", annual.str(), how + "; Handboek Loonheffingen");
  return annual;
}

}  // namespace basisbaan
