// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/sick_timeline.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/counted_sickness.hpp"

namespace basisbaan::app {

int adult_minimum_wage_age(const RuleBook& rules, const Date& on) {
  const Table& youth = rules.table("wml.youth_percentage", on);
  std::int64_t age = 0;
  for (std::size_t r = 0; r < youth.size(); ++r) age = std::max(age, youth.integer(r, "age"));
  return static_cast<int>(age);
}

SickPayFacts sick_pay_facts_or_adult(const RuleBook& rules, const Money& hourly_wage, const std::optional<Date>& birth_date,
                                     const Date& on) {
  if (birth_date) return sick_pay_facts(rules, hourly_wage, *birth_date, on);
  return SickPayFacts{hourly_wage, adult_minimum_wage_age(rules, on), std::nullopt};
}

SickTimeline sickness_periods(const RuleBook& rules, const SickReportsFile& file, const std::optional<Date>& as_of) {
  CountedSickness c = count_sickness(rules, file.reports, file.maternity_leave, file.reintegration_steps, file.extensions, as_of);
  SickTimeline t;
  t.wazo_leave = std::move(c.wazo_leave);
  t.reports = std::move(c.reports);
  for (CountedSicknessPeriod& p : c.periods) {
    t.periods.push_back(SickPeriodTimeline{std::move(p.period), std::move(p.milestones), std::move(p.steps), std::move(p.extended)});
  }
  return t;
}

SickTimeline sick_timeline(const RuleBook& rules, const SickReportsFile& file, const std::optional<Date>& on,
                           const std::string& document, Trace* trace) {
  SickTimeline t = sickness_periods(rules, file, on);
  if (on) {
    for (const MaternityLeave& m : t.wazo_leave) {
      if (m.pregnancy_leave_from <= *on && *on <= m.last_day) {
        // Art. 7:629 lid 4 BW: no wage continuation during the leave of art. 3:1 lid 2 and 3 Wazo;
        // the UWV benefit of art. 3:7 lid 1 Wazo instead (art. 3:13: 100 % of the daily wage, at most the maximum).
        WageContinuationDay d;
        d.date = *on;
        d.reason = "pregnancy and maternity leave " + to_string(m.pregnancy_leave_from) + " … " + to_string(m.last_day) +
                   " (art. 3:1 Wazo): no wage continuation (art. 7:629 lid 4 BW); UWV pays the pregnancy and maternity "
                   "benefit (art. 3:7 lid 1 Wazo), 100 % of the daily wage up to the maximum daily wage (art. 3:13 Wazo)";
        t.wage_continuation = d;
        return t;
      }
    }
    if (!file.hourly_wage) throw InputError(document + ": field hourly_wage is missing; it is needed for the wage continuation on --date");
    std::vector<SicknessPeriod> periods;
    for (const auto& p : t.periods) periods.push_back(p.period);
    const SickPayFacts facts = sick_pay_facts_or_adult(rules, *file.hourly_wage, file.birth_date, *on);
    t.wage_continuation = wage_continuation(rules, t.reports, periods, *on, facts, trace);
  }
  return t;
}

Json sick_timeline_json(const SickReportsFile& file, const SickTimeline& timeline, const Trace* trace) {
  Json doc;
  doc["employee"] = file.employee;
  auto jp = Json::array();
  for (const auto& pt : timeline.periods) {
    const SicknessPeriod& p = pt.period;
    Json j;
    j["first_day"] = to_string(p.first_day);
    if (p.last_sick_day) j["last_sick_day"] = to_string(*p.last_sick_day);
    j["interruption_days"] = p.interruption_days;
    auto rs = Json::array();
    for (std::size_t k = 0; k < p.reports.size(); ++k) {
      const SickReport& r = timeline.reports[p.reports[k]];
      Json jr;
      jr["id"] = r.id;
      jr["first_day"] = to_string(r.first_day);
      if (r.recovered) jr["recovered"] = to_string(*r.recovered);
      if (k > 0 && p.across_wazo_leave[k - 1]) {
        jr["wazo_leave_days_before"] = p.interruptions[k - 1];
      } else if (k > 0) {
        jr["fit_days_before"] = p.interruptions[k - 1];
      }
      rs.push_back(std::move(jr));
    }
    j["reports"] = std::move(rs);
    auto ms = Json::array();
    for (const auto& m : pt.milestones) {
      Json jm;
      jm["key"] = m.key;
      jm["what"] = m.what;
      jm["week"] = m.week;
      if (m.from) jm["from"] = to_string(*m.from);
      jm["deadline"] = m.deadline ? Json(to_string(*m.deadline)) : Json(nullptr);
      jm["basis"] = m.basis;
      ms.push_back(std::move(jm));
    }
    j["timeline"] = std::move(ms);
    auto st = Json::array();
    for (const StepCheck& c : pt.steps) {
      static constexpr const char* kState[] = {"on time", "late", "missing", "due"};
      Json jc;
      jc["kind"] = std::string(to_string(c.kind));
      jc["deadline"] = to_string(c.deadline);
      jc["done"] = c.done ? Json(to_string(*c.done)) : Json(nullptr);
      jc["state"] = kState[static_cast<int>(c.state)];
      jc["basis"] = c.basis;
      st.push_back(std::move(jc));
    }
    if (!pt.steps.empty()) j["steps"] = std::move(st);
    if (pt.extended) {
      Json jx;
      jx["regular_last_day"] = to_string(pt.extended->regular_last_day);
      jx["extra_days"] = pt.extended->extra_days;
      jx["last_day"] = to_string(pt.extended->last_day);
      jx["basis"] = pt.extended->basis;
      j["wage_continuation_extended"] = std::move(jx);
    }
    jp.push_back(std::move(j));
  }
  doc["periods"] = std::move(jp);
  if (!timeline.wazo_leave.empty()) {
    auto jl = Json::array();
    for (const MaternityLeave& m : timeline.wazo_leave) {
      Json j;
      j["from"] = to_string(m.pregnancy_leave_from);
      j["birth"] = to_string(m.pregnancy_leave_to);
      j["to"] = to_string(m.last_day);
      j["days"] = m.total_days;
      j["basis"] = m.basis;
      jl.push_back(std::move(j));
    }
    doc["wazo_leave"] = std::move(jl);
  }
  if (const auto& pay = timeline.wage_continuation) {
    Json j;
    j["date"] = to_string(pay->date);
    if (pay->sick_day) j["sick_day"] = *pay->sick_day;
    j["incapacity"] = pay->incapacity.percent().str();
    j["sick_part_rate"] = pay->sick_part_rate.percent().str();
    j["sick_part_hourly"] = pay->sick_part_hourly.str();
    j["paid_rate"] = pay->paid_rate.percent().str();
    j["reason"] = pay->reason;
    if (trace != nullptr) j["trace"] = trace->to_json();
    doc["wage_continuation"] = std::move(j);
  }
  return doc;
}

}  // namespace basisbaan::app
