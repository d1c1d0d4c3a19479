// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/law/awir.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kYearlyToeslag{0, Rounding::HalfUp,
                                       "Awir art. 14 lid 4: the toeslag is rounded arithmetically to whole euros"};
constexpr NamedRounding kMonthlyAdvance{0, Rounding::Down,
                                        "monthly amount = exact yearly toeslag / 12 rounded down to whole euros, as "
                                        "the Belastingdienst's trial calculation shows it (docs/income-rules.md)"};
constexpr NamedRounding kIncomeWholeEuros{0, Rounding::Down,
                                          "Awir art. 8: the inkomensgegeven (verzamelinkomen) is in whole euros; "
                                          "cents are dropped"};

}  // namespace

Date toeslag_year_start(int year, std::string_view field) {
  if (year < 1900 || year > 2199) {
    throw InputError(std::string(field) + ": expected a calendar year such as 2025, got " + std::to_string(year));
  }
  return Date{date::year{year}, date::month{1}, date::day{1}};
}

Money toetsingsinkomen(Money income, std::optional<Money> partner_income, Trace* trace) {
  if (income.sign() < 0) throw InputError("income: expected 0 or more, got " + income.str());
  if (partner_income && partner_income->sign() < 0) {
    throw InputError("partner income: expected 0 or more, got " + partner_income->str());
  }
  const Money joint = income + partner_income.value_or(Money{});
  const Money whole = Money::round(joint.decimal(), kIncomeWholeEuros);
  if (trace != nullptr) {
    trace->input("income (claimant)", income.str());
    if (partner_income) trace->input("income (toeslagpartner)", partner_income->str());
    trace->step("toetsingsinkomen", whole.str(),
                std::string(partner_income ? "claimant + toeslagpartner (Awir art. 7 lid 1); " : "") +
                    std::string(kIncomeWholeEuros.rule));
  }
  return whole;
}

AwirRules::AwirRules(const RuleBook& rules, const Date& start)
    : year_start(start),
      rounding(rules, "toeslagen.rounding", start, ParamType::Text),
      threshold(rules, "toeslagen.payout_threshold", start, ParamType::Amount) {
  const ParamValue* mode = rounding.peek();
  rounding_known = mode != nullptr && std::get<std::string>(*mode) == "half_up_whole_euros";
}

ToeslagPayment awir_payment(const RuleBook& rules, const Date& year_start, const Decimal& computed_per_year,
                            Trace* trace) {
  return awir_payment(AwirRules(rules, year_start), computed_per_year, trace);
}

ToeslagPayment awir_payment(const AwirRules& rules, const Decimal& computed_per_year, Trace* trace) {
  const std::string& mode = rules.rounding.text(nullptr, nullptr);
  if (!rules.rounding_known) {
    throw RuleError("toeslagen.rounding on " + to_string(rules.year_start) + " is \"" + mode +
                    "\"; this version of basisbaan implements only half_up_whole_euros (Awir art. 14 lid 4)");
  }
  ToeslagPayment p;
  p.computed_per_year = max(computed_per_year, Decimal(0));
  p.rounded_per_year = Money::round(p.computed_per_year, kYearlyToeslag);
  const Money threshold = rules.threshold.amount(trace, nullptr);
  p.below_payout_threshold = p.rounded_per_year < threshold;
  p.per_year = p.below_payout_threshold ? Money{} : p.rounded_per_year;
  p.per_month = p.below_payout_threshold ? Money{}
                                         : Money::exact(divide(p.computed_per_year, Decimal(12), kMonthlyAdvance));
  if (trace != nullptr) {
    trace->step("yearly amount, rounded", p.rounded_per_year.str(),
                p.computed_per_year.str() + " → " + std::string(kYearlyToeslag.rule));
    if (p.below_payout_threshold && !p.rounded_per_year.is_zero()) {
      trace->step("below the minimum payment", "0.00",
                  "Awir art. 14 lid 5: no toeslag under " + threshold.str() + " a year");
    }
    trace->result("per year", p.per_year.str(), "Awir art. 14");
    trace->result("per month", p.per_month.str(), std::string(kMonthlyAdvance.rule));
  }
  return p;
}

}  // namespace basisbaan
