// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/transition_payment.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/statutory_term.hpp"
#include "basisbaan/employment/wage_concept.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kMonthlyWage{2, Rounding::HalfUp,
                                     "Besluit loonbegrip art. 3: the wage per month with its components, half up to cents "
                                     "(as the Rijksoverheid rekenhulp shows it)"};
constexpr NamedRounding kLooseDaysWage{2, Rounding::HalfUp,
                                       "estimated wage over the loose days (monthly wage × days / days in that month), "
                                       "half up to cents"};
constexpr NamedRounding kIntermediate{10, Rounding::HalfUp,
                                      "components per month kept to 10 decimals before M is rounded to cents"};
constexpr NamedRounding kAmount{2, Rounding::HalfUp, "art. 7:673 BW prescribes no rounding: half up to cents"};

// True when `name` has a value on `on` (its first value starts on or before it).
bool in_force(const RuleBook& rules, std::string_view name, const Date& on) {
  return rules.has(name) && !rules.parameter(name).values.empty() && rules.parameter(name).values.front().from <= on;
}

// The holiday allowance in M: the cao rate, but never less than the statutory 8 % of art. 15 Wml,
// which holds whatever the cao (and before the cao Aan de Slag existed, 2021-07-01). The Wml
// value is looked up on the end date, or on its first value when the end is earlier (8 % since
// the Wet minimumloon en minimumvakantiebijslag 1974; rules/wml.xml starts in 2022).
Rate holiday_allowance_rate(const RuleBook& rules, const Date& end, Trace* trace) {
  const char* wml = "wml.holiday_allowance_percentage";
  const Date first = rules.parameter(wml).values.front().from;
  const Rate statutory = rules.rate(wml, end < first ? first : end, trace);
  if (!in_force(rules, "cao.holiday_allowance.rate", end)) return statutory;
  const Rate cao = rules.rate("cao.holiday_allowance.rate", end, trace);
  return cao < statutory ? statutory : cao;
}

int days_in_month(const Date& d) { return static_cast<int>(static_cast<unsigned>(last_of_month(d).day())); }

}  // namespace

TransitionPayment transition_payment(const RuleBook& rules, const std::vector<Contract>& contracts, const Date& end,
                                     const TransitionWageFacts& facts, Trace* trace) {
  TransitionPayment tp;
  tp.end = end;
  // The contract in which employment ends.
  std::optional<std::size_t> last;
  for (std::size_t i = 0; i < contracts.size(); ++i) {
    if (contracts[i].covers(end)) last = i;
  }
  if (!last) {
    throw InputError("transition payment: no contract covers the end date " + to_string(end) +
                     "; employment must end on a day of one of the contracts");
  }
  const Contract& lc = contracts[*last];
  const auto max_gap = rules.integer("labour.chain.max_interruption_months", end, trace);
  // Art. 7:673 lid 4: earlier contracts count when the interruptions were at most six months
  // (with the same or a successor employer).
  std::size_t first = *last;
  while (first > 0 && contracts[first - 1].end &&
         interruption_continues_chain(*contracts[first - 1].end, contracts[first].start, max_gap) &&
         same_or_successor_employer(contracts[first - 1], contracts[first])) {
    --first;
  }
  if (trace != nullptr) trace->input("last day of employment", to_string(end));

  // The monthly wage M (Besluit loonbegrip art. 3).
  const Money base = facts.base_monthly_wage ? *facts.base_monthly_wage : base_monthly_wage(rules, lc, end, trace);
  const Rate holiday = facts.holiday_allowance_rate ? *facts.holiday_allowance_rate : holiday_allowance_rate(rules, end, trace);
  Decimal year_end;
  if (facts.year_end_payment_per_year) {
    year_end = facts.year_end_payment_per_year->decimal();
  } else if (!in_force(rules, "cao.year_end_payment.amount", end)) {
    // Before the cao Aan de Slag (2021-07-01) no year-end payment is known; the statute has none.
    if (trace != nullptr) trace->step("year-end payment", "0", "no cao.year_end_payment.amount in force on " + to_string(end));
  } else {
    // Cao Aan de Slag: a fixed amount per year for a full-time employee, paid pro rata (naar rato)
    // to the part-time factor (docs/cao-aan-de-slag.md 2.4).
    const Money full = rules.amount("cao.year_end_payment.amount", end, trace);
    const Decimal ft = rules.decimal("cao.working_week.full_time_hours", end, trace);
    year_end = divide(full * lc.hours_per_week.value(), ft, kIntermediate);
  }
  const auto fixed_months = rules.integer("labour.wage_concept.fixed_components_months", end, trace);
  const auto variable_months = rules.integer("labour.wage_concept.variable_components_months", end, trace);
  const Decimal m_exact = base.decimal() + base * holiday + divide(year_end, Decimal(12), kIntermediate) +
                          divide(facts.fixed_components_last_12_months.decimal(), Decimal(fixed_months), kIntermediate) +
                          divide(facts.variable_components_last_3_years.decimal(), Decimal(variable_months), kIntermediate);
  tp.monthly_wage = Money::round(m_exact, kMonthlyWage);
  if (trace != nullptr) {
    trace->step("monthly wage M", tp.monthly_wage.str(),
                base.str() + " + " + holiday.str() + " holiday allowance + year-end " + year_end.str() + " / 12 + fixed " +
                    facts.fixed_components_last_12_months.str() + " / " + std::to_string(fixed_months) + " + variable " +
                    facts.variable_components_last_3_years.str() + " / " + std::to_string(variable_months) +
                    "; " + std::string(kMonthlyWage.rule));
  }

  // Service: per contract whole years, whole months and loose days (magontslag.nl rekenhulp).
  Money loose_estimate;
  for (std::size_t i = first; i <= *last; ++i) {
    const Contract& c = contracts[i];
    const Date to = i == *last ? end : *c.end;
    const ServiceLength s = service_length(c.start, to);
    tp.counted_contracts.push_back(i);
    tp.service.years += s.years;
    tp.service.months += s.months;
    tp.service.days += s.days;
    if (s.days > 0) {
      loose_estimate += Money::exact(divide(tp.monthly_wage * Decimal(s.days), Decimal(days_in_month(to)), kLooseDaysWage));
    }
    if (trace != nullptr) {
      trace->step("service " + c.label(), std::to_string(s.years) + " y " + std::to_string(s.months) + " m " +
                                              std::to_string(s.days) + " d",
                  "art. 7:673 lid 4 BW: contracts with interruptions of at most six months count together");
    }
  }
  tp.loose_days_wage = facts.loose_days_wage ? *facts.loose_days_wage : loose_estimate;

  // TV = years × M / 3 + months × M / 36 + loose-days wage / 36, as one exact fraction over 36.
  const auto year_div = rules.integer("labour.transition_payment.year_divisor", end, trace);
  const auto rest_div = rules.integer("labour.transition_payment.remainder_divisor", end, trace);
  if (year_div <= 0 || rest_div % year_div != 0) {
    throw RuleError("labour.transition_payment.remainder_divisor (" + std::to_string(rest_div) +
                    ") must be a multiple of labour.transition_payment.year_divisor (" + std::to_string(year_div) + ")");
  }
  const Decimal numerator = tp.monthly_wage * Decimal(std::int64_t{tp.service.years} * (rest_div / year_div)) +
                            tp.monthly_wage * Decimal(tp.service.months) + tp.loose_days_wage.decimal();
  tp.uncapped = Money::exact(divide(numerator, Decimal(rest_div), kAmount));
  const Money statutory_max = rules.amount("labour.transition_payment.maximum", end, trace);
  tp.maximum = max(statutory_max, tp.monthly_wage * 12);
  tp.amount = min(tp.uncapped, tp.maximum);
  // "Binnen drie maanden na de dag waarop de arbeidsovereenkomst is geëindigd" (7:686a lid 4): the
  // same day three months later (a missing day: the month's last), moved by the Algemene
  // termijnenwet when it is a Saturday, Sunday or public holiday.
  tp.claim_deadline =
      atw_term_end(rules, add_months(end, static_cast<int>(rules.integer("labour.transition_payment.claim_months", end, trace)))).day;
  if (trace != nullptr) {
    trace->step("before the maximum", tp.uncapped.str(),
                "art. 7:673 lid 2 BW: (" + std::to_string(tp.service.years) + " × M × " + std::to_string(rest_div / year_div) +
                    " + " + std::to_string(tp.service.months) + " × M + loose-days wage " + tp.loose_days_wage.str() +
                    ") / " + std::to_string(rest_div) + "; " + std::string(kAmount.rule));
    trace->step("maximum", tp.maximum.str(), "art. 7:673 lid 2 BW: the statutory maximum or 12 × M if higher");
    trace->result("transition payment", tp.amount.str(), "art. 7:673 BW");
  }
  return tp;
}

}  // namespace basisbaan
