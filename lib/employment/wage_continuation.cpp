// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/wage_continuation.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/minimum_wage.hpp"
#include "basisbaan/law/tax_group.hpp"

namespace basisbaan {
namespace {

// The employee gets at least the percentage (and at least the minimum wage): round up.
constexpr NamedRounding kSickHourly{2, Rounding::Up,
                                    "art. 7:629 lid 1 BW: at least 70 % (and the minimum wage), so round up to cents"};
constexpr NamedRounding kSickRate{6, Rounding::Up,
                                  "share of the own wage kept to 6 decimals, rounded up so the floor is never undercut"};

}  // namespace

SickPayFacts sick_pay_facts(const RuleBook& rules, Money hourly_wage, const Date& birth, const Date& on) {
  SickPayFacts f{hourly_wage, age_on(birth, on), std::nullopt};
  if (aow_age_reached(rules, birth, on)) f.aow_date = aow_date(rules, birth);
  return f;
}

WageContinuationDay wage_continuation(const RuleBook& rules, const std::vector<SickReport>& reports,
                                      const std::vector<SicknessPeriod>& periods, const Date& d, const SickPayFacts& facts,
                                      Trace* trace) {
  if (facts.hourly_wage.sign() <= 0) throw InputError("sick pay: the hourly wage must be more than 0, got " + facts.hourly_wage.str());
  WageContinuationDay w;
  w.date = d;
  const Rate full = Rate::percent(Decimal(100));
  const SicknessPeriod* period = nullptr;
  for (const auto& p : periods) {
    if (const auto n = p.sick_day_number(reports, d)) {
      period = &p;
      w.sick_day = n;
    }
  }
  if (period == nullptr) {
    w.sick_part_rate = full;
    w.paid_rate = full;
    w.sick_part_hourly = facts.hourly_wage;
    w.reason = "not sick";
    return w;
  }
  for (std::size_t i : period->reports) {
    if (reports[i].sick_on(d)) w.incapacity = reports[i].incapacity_on(d);
  }
  if (trace != nullptr) {
    trace->input("date", to_string(d));
    trace->input("sick day of the period", std::to_string(*w.sick_day));
    trace->input("incapacity", w.incapacity.str());
    trace->input("hourly wage", facts.hourly_wage.str());
  }
  const int k = *w.sick_day;
  const auto max_waiting = rules.integer("labour.sick_pay.max_waiting_days", d, trace);
  const auto waiting = rules.integer("cao.sick_pay.waiting_days", d, trace);
  if (waiting > max_waiting) {
    throw RuleError("cao.sick_pay.waiting_days (" + std::to_string(waiting) + ") exceeds the statutory maximum "
                    "labour.sick_pay.max_waiting_days (" + std::to_string(max_waiting) + ")");
  }
  const auto floor_weeks = rules.integer("labour.sick_pay.wml_floor_weeks", d, trace);
  const auto max_weeks = rules.integer("labour.sick_pay.max_weeks", d, trace);
  const Rate statutory = rules.rate("labour.sick_pay.rate", d, trace);
  // Art. 7:629 lid 2 sub b BW: from the AOW age the right lasts six weeks (the term in force on
  // the first day of sickness: thirteen before 2023-07-01). Sickness from before the AOW date
  // keeps that term from the AOW date on, "voor zover het totale tijdvak niet meer bedraagt dan
  // 104 weken" (the 104-week branch below still applies).
  bool aow_term_over = false;
  std::string aow_reason;
  if (facts.aow_date && !(d < *facts.aow_date)) {
    const auto aow_weeks = rules.integer("labour.sick_pay.aow_age_weeks", period->first_day, trace);
    if (!(period->first_day < *facts.aow_date)) {
      aow_term_over = k > 7 * aow_weeks;
      aow_reason = "sick since " + to_string(period->first_day) + ", on or after the AOW date " + to_string(*facts.aow_date) +
                   ": " + std::to_string(aow_weeks) + " weeks";
    } else {
      const Date last = add_days(*facts.aow_date, static_cast<int>(7 * aow_weeks) - 1);
      aow_term_over = last < d;
      aow_reason = "sick before the AOW date " + to_string(*facts.aow_date) + ": " + std::to_string(aow_weeks) +
                   " weeks from that date, up to " + to_string(last);
    }
  }
  if (aow_term_over) {
    w.sick_part_rate = Rate();
    w.reason = "past the AOW-age term (" + aow_reason + "): no wage continuation (art. 7:629 lid 2 sub b BW)";
  } else if (k <= waiting) {
    w.sick_part_rate = Rate();
    w.reason = "waiting day " + std::to_string(k) + " of " + std::to_string(waiting) + " (art. 7:629 lid 9 BW, cao.sick_pay.waiting_days)";
  } else if (k <= 7 * floor_weeks) {
    const Rate cao = rules.rate("cao.sick_pay.year1_rate", d, trace);
    const Rate rate = cao > statutory ? cao : statutory;
    Money hourly = Money::round(facts.hourly_wage * rate, kSickHourly);
    const Money wml = minimum_wage(rules, d, facts.age).hourly;
    w.reason = "week 1–" + std::to_string(floor_weeks) + ": " + rate.str() + " of the wage (art. 7:629 lid 1 BW / cao)";
    if (hourly < wml) {
      hourly = wml;
      w.reason += ", raised to the minimum wage " + wml.str() + " per hour (art. 7:629 lid 1 BW)";
    }
    w.sick_part_hourly = hourly;
    w.sick_part_rate = hourly == facts.hourly_wage ? full
                                                   : Rate::fraction(divide(hourly.decimal(), facts.hourly_wage.decimal(), kSickRate));
  } else if (k <= 7 * max_weeks) {
    const Rate cao = rules.rate("cao.sick_pay.year2_rate", d, trace);
    const Rate rate = cao > statutory ? cao : statutory;
    w.sick_part_hourly = Money::round(facts.hourly_wage * rate, kSickHourly);
    w.sick_part_rate = rate;
    w.reason = "week " + std::to_string(floor_weeks + 1) + "–" + std::to_string(max_weeks) + ": " + rate.str() +
               " of the wage (art. 7:629 lid 1 BW / cao)";
  } else if (period->wage_continuation_until && !(*period->wage_continuation_until < d)) {
    // Art. 7:629 lid 11 BW: the 104 weeks are extended (late WIA application, agreed
    // postponement, wage sanction), so the right of lid 1 runs on: the statutory 70 % (the cao's
    // year-2 supplement is for weeks 53–104; docs/employment.md).
    w.sick_part_hourly = Money::round(facts.hourly_wage * statutory, kSickHourly);
    w.sick_part_rate = statutory;
    w.reason = "after " + std::to_string(max_weeks) + " weeks, extended up to " + to_string(*period->wage_continuation_until) +
               ": " + statutory.str() + " of the wage (art. 7:629 lid 11 BW, art. 7:629 lid 1 BW)";
    if (trace != nullptr) trace->input("wage continuation extended up to", to_string(*period->wage_continuation_until));
  } else {
    w.sick_part_rate = Rate();
    w.reason = "after " + std::to_string(max_weeks) + " weeks: no wage continuation (art. 7:629 lid 1 BW; WIA)";
    if (period->wage_continuation_until) w.reason += "; the extension ended " + to_string(*period->wage_continuation_until);
  }
  const bool extended_on = k > 7 * max_weeks && period->wage_continuation_until && !(*period->wage_continuation_until < d);
  if (aow_term_over || k <= waiting || (k > 7 * max_weeks && !extended_on)) w.sick_part_hourly = Money();
  w.paid_rate = (full - w.incapacity) + Rate::fraction(w.incapacity.fraction() * w.sick_part_rate.fraction());
  if (trace != nullptr) {
    trace->step("sick part", w.sick_part_rate.str(), w.reason);
    trace->result("share of the day's wage paid", w.paid_rate.str(), "(1 − incapacity) × 100 % + incapacity × sick part");
  }
  return w;
}

}  // namespace basisbaan
