// SPDX-License-Identifier: EUPL-1.2
// Wage continuation during sickness on the payslip (art. 7:629 BW; cao Aan de Slag), and during
// pregnancy and maternity leave the UWV benefit paid on instead of the wage (art. 3:8 Wazo).

#include <algorithm>

#include "basisbaan/employment/counted_sickness.hpp"
#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

namespace {

constexpr NamedRounding kSickReductionDown{
    2, Rounding::Down,
    "wage not continued during sickness rounded down to the cent: the employee keeps at least the share art. 7:629 lid 1 BW guarantees"};
constexpr NamedRounding kWazoNoWageDown{
    2, Rounding::Down, "wage not paid during pregnancy and maternity leave rounded down to the cent (in the employee's favour)"};
constexpr NamedRounding kWazoDayWage{
    2, Rounding::HalfUp, "day wage for the pregnancy and maternity benefit to the cent (UWV pays whole cents per day)"};
constexpr NamedRounding kDayWageShown{6, Rounding::HalfUp, "day wage shown to 6 decimals (the reduction uses the exact quotient)"};

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

std::string days_text(std::int64_t n) { return std::to_string(n) + (n == 1 ? " dag" : " dagen"); }

/// True when one of `leave` has a day in [from, to].
bool on_leave_between(const CountedSickness& c, const Date& from, const Date& to) {
  for (const auto& l : c.leave_periods) {
    if (l.from <= to && from <= l.to) return true;
  }
  return false;
}

/// Art. 3:8 Wazo: the UWV benefit for the weekdays of leave in the period, paid on by the
/// employer, instead of the wage (art. 7:629 lid 4 BW). Two lines: the wage not paid (day wage ×
/// days, rounded down) and the benefit (the day wage in cents, at most the maximum daily wage,
/// × days). Returns the change to the basic wage paid (benefit − wage not paid).
Money wazo_lines(const PayslipFacts& f, const BaseWage& base, const CountedSickness& c, const std::vector<Date>& days,
                 std::vector<PayslipLine>& lines) {
  const auto n = static_cast<std::int64_t>(days.size());
  const RuleBook& rules = f.rules->rules();
  const Money not_paid =
      Money::exact(divide(base.period_basic.decimal() * Decimal(n), Decimal(f.period_weekdays), kWazoNoWageDown));
  const Money day_wage = Money::exact(divide(base.period_basic.decimal(), Decimal(f.period_weekdays), kWazoDayWage));
  // One benefit per day: the maximum daily wage in force on that day (Wfsv art. 17; Wazo art. 3:13).
  Money benefit;
  Money per_day_first = maternity_benefit_per_day(rules, day_wage, days.front());
  bool one_rate = true;
  for (const Date& d : days) {
    const Money per_day = maternity_benefit_per_day(rules, day_wage, d);
    if (per_day != per_day_first) one_rate = false;
    benefit += per_day;
  }
  const MaternityLeave* leave = c.wazo_leave_on(days.front());
  const std::string which = leave != nullptr ? to_string(leave->pregnancy_leave_from) + " … " + to_string(leave->last_day) : "";
  Trace t = new_trace(f, "pregnancy and maternity leave: no wage");
  if (f.with_traces) {
    std::string list;
    for (const auto& d : days) list += (list.empty() ? "" : ", ") + to_string(d);
    t.step("weekdays of pregnancy and maternity leave", list, "art. 3:1 Wazo, leave " + which);
    t.result("wage not paid by the employer", (-not_paid).str(),
             base.period_basic.str() + " × " + std::to_string(n) + " days / " + std::to_string(f.period_weekdays) +
                 " weekdays (art. 7:629 lid 4 BW: no wage continuation during the leave); " + std::string(kWazoNoWageDown.rule));
  }
  add_line(lines, LineCode::WazoLeaveNoWage, LineText("Geen loon: zwangerschaps- en bevallingsverlof — " + days_text(n)),
                            LineKind::Earning, LineQuantity::days(n), std::nullopt, -not_paid, std::move(t));
  Trace b = new_trace(f, "pregnancy and maternity benefit (UWV), paid on by the employer");
  if (f.with_traces) {
    b.step("day wage", day_wage.str(),
           base.period_basic.str() + " / " + std::to_string(f.period_weekdays) + " weekdays; " + std::string(kWazoDayWage.rule));
    b.step("maximum daily wage", rules.amount("labour.sick_pay.max_daily_wage", days.front()).str(),
           "labour.sick_pay.max_daily_wage (Wfsv art. 17) on " + to_string(days.front()));
    b.result("benefit", benefit.str(),
             "100 % of the day wage, at most the maximum daily wage (art. 3:13 Wazo), × " + std::to_string(n) +
                 " days; UWV pays it to the employer, who pays it on (art. 3:8 Wazo)");
  }
  add_line(lines, LineCode::WazoBenefit, LineText("Zwangerschaps- en bevallingsuitkering (UWV) — " + days_text(n)),
                            LineKind::Earning, LineQuantity::days(n),
                            one_rate ? std::optional<LineRate>(LineRate::amount(per_day_first)) : std::nullopt, benefit,
                            std::move(b));
  return benefit - not_paid;
}

}  // namespace

SickPay sick_pay(const PayslipFacts& f, std::vector<PayslipLine>& lines, const BaseWage& base) {
  const Employee& e = *f.employee;
  const RuleBook& rules = f.rules->rules();
  SickPay out;
  out.paid_basic = base.basic;
  if (e.sick_reports.empty() && e.maternity_leave.empty()) return out;
  const bool sick = !e.sick_reports.empty() && sick_between(e.sick_reports, f.first_day, f.last_day);
  if (!sick && e.maternity_leave.empty()) return out;

  std::vector<SickReport> validated = e.sick_reports;
  validate_sick_reports(validated, "employee " + e.id + " sick_reports");
  // Wazo leave cut out, periods added together across it, the 104 weeks extended (counted_sickness.hpp);
  // without leave, steps or extensions the reports are only added together (art. 7:629 lid 10 BW).
  CountedSickness counted;
  if (e.maternity_leave.empty() && e.reintegration_steps.empty() && e.sickness_extensions.empty()) {
    counted.reports = std::move(validated);
    for (SicknessPeriod& p : aggregate_sickness(rules, counted.reports)) counted.periods.push_back({std::move(p), {}, {}, std::nullopt});
  } else {
    counted = count_sickness(rules, validated, e.maternity_leave, e.reintegration_steps, e.sickness_extensions, std::nullopt);
  }
  if (!sick && !on_leave_between(counted, f.first_day, f.last_day)) return out;
  const std::vector<SickReport>& reports = counted.reports;
  const auto periods = counted.sickness_periods();
  const Rate full = Rate::percent(Decimal(100));
  std::vector<SickPayGroup> groups;
  std::vector<Date> leave_days;
  for (Date d = f.first_day; d <= f.last_day; d = add_days(d, 1)) {
    if (iso_weekday(d) > 5) continue;
    if (counted.wazo_leave_on(d) != nullptr) {
      leave_days.push_back(d);
      continue;
    }
    if (std::none_of(reports.begin(), reports.end(), [&](const SickReport& r) { return r.sick_on(d); })) continue;
    WageContinuationDay w = wage_continuation(rules, reports, periods, d, sick_pay_facts(rules, base.hourly, e.birth_date, d));
    if (w.paid_rate >= full) continue;
    auto g = std::find_if(groups.begin(), groups.end(), [&](const SickPayGroup& x) { return x.paid_rate == w.paid_rate; });
    if (g == groups.end()) g = groups.insert(groups.end(), SickPayGroup{w.paid_rate, {}, {}});
    g->days.push_back(d);
    if (std::find(g->reasons.begin(), g->reasons.end(), w.reason) == g->reasons.end()) g->reasons.push_back(std::move(w.reason));
  }
  // One line per share paid: −(day wage × days × (1 − share)), day wage = the whole period's
  // basic wage / the period's weekdays (as a part period is pro-rated); one rounding per line.
  for (const auto& g : groups) {
    const auto n = static_cast<std::int64_t>(g.days.size());
    const Rate unpaid = full - g.paid_rate;
    const Money reduction = Money::exact(
        divide(base.period_basic.decimal() * Decimal(n) * unpaid.fraction(), Decimal(f.period_weekdays), kSickReductionDown));
    Trace t = new_trace(f, "wage continuation during sickness");
    if (f.with_traces) {
      Trace first_day("wage continuation on " + to_string(g.days.front()));
      (void)wage_continuation(rules, reports, periods, g.days.front(),
                              sick_pay_facts(rules, base.hourly, e.birth_date, g.days.front()), &first_day);
      t.nest(std::move(first_day), g.paid_rate.str(), "the first of these days");
      std::string days;
      for (const auto& d : g.days) days += (days.empty() ? "" : ", ") + to_string(d);
      std::string reasons;
      for (const auto& r : g.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
      t.step("sick weekdays paid at " + g.paid_rate.str(), days, reasons);
      t.step("day wage", divide(base.period_basic.decimal(), Decimal(f.period_weekdays), kDayWageShown).str(),
             "basic wage of the whole period " + base.period_basic.str() + " / " + std::to_string(f.period_weekdays) +
                 " weekdays (as a part period is pro-rated)");
      t.result("wage not continued", (-reduction).str(),
               base.period_basic.str() + " × " + std::to_string(n) + " days × (100% − " + g.paid_rate.str() + ") / " +
                   std::to_string(f.period_weekdays) + " (art. 7:629 lid 1 BW, cao Aan de Slag cao.sick_pay.*); " +
                   std::string(kSickReductionDown.rule));
    }
    add_line(lines, LineCode::SickPayReduction, LineText("Loondoorbetaling bij ziekte " + g.paid_rate.str_nl() + " — " + days_text(n)),
                                  LineKind::Earning, LineQuantity::days(n), LineRate::of(g.paid_rate), -reduction, std::move(t));
    out.paid_basic -= reduction;
  }
  if (!groups.empty()) out.unconfirmed = f.rules->unconfirmed_sick_pay_rules();
  if (!leave_days.empty()) out.paid_basic += wazo_lines(f, base, counted, leave_days, lines);
  return out;
}

}  // namespace basisbaan
