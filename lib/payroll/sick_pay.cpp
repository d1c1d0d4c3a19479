// SPDX-License-Identifier: EUPL-1.2
// Wage continuation during sickness on the payslip (art. 7:629 BW; cao Aan de Slag).

#include <algorithm>

#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "part_support.hpp"

namespace basisbaan {

using namespace payroll_detail;

namespace {

constexpr NamedRounding kSickReductionDown{
    2, Rounding::Down,
    "wage not continued during sickness rounded down to the cent: the employee keeps at least the share art. 7:629 lid 1 BW guarantees"};
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

}  // namespace

SickPay sick_pay(const PayslipFacts& f, const BaseWage& base) {
  const Employee& e = *f.employee;
  const RuleBook& rules = f.rules->rules();
  SickPay out;
  out.paid_basic = base.basic;
  if (e.sick_reports.empty() || !sick_between(e.sick_reports, f.first_day, f.last_day)) return out;

  std::vector<SickReport> reports = e.sick_reports;
  validate_sick_reports(reports, "employee " + e.id + " sick_reports");
  const auto periods = aggregate_sickness(rules, reports);
  const Rate full = Rate::percent(Decimal(100));
  std::vector<SickPayGroup> groups;
  for (Date d = f.first_day; d <= f.last_day; d = add_days(d, 1)) {
    if (iso_weekday(d) > 5) continue;
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
    out.lines.push_back(make_line(LineCode::SickPayReduction, "Loondoorbetaling bij ziekte " + g.paid_rate.str_nl() + " — " + days_text(n),
                                  LineKind::Earning, LineQuantity::days(n), LineRate::of(g.paid_rate), -reduction, std::move(t)));
    out.paid_basic -= reduction;
  }
  if (!out.lines.empty()) out.unconfirmed = f.rules->unconfirmed_sick_pay_rules();
  return out;
}

}  // namespace basisbaan
