// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/sick_timeline.hpp"

#include "basisbaan/core/error.hpp"

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

SickTimeline sick_timeline(const RuleBook& rules, const SickReportsFile& file, const std::optional<Date>& on,
                           const std::string& document, Trace* trace) {
  SickTimeline t;
  const auto periods = aggregate_sickness(rules, file.reports);
  if (on && !file.hourly_wage) throw InputError(document + ": field hourly_wage is missing; it is needed for the wage continuation on --date");
  for (const auto& p : periods) t.periods.push_back({p, poortwachter_timeline(rules, file.reports, p)});
  if (on) {
    const SickPayFacts facts = sick_pay_facts_or_adult(rules, *file.hourly_wage, file.birth_date, *on);
    t.wage_continuation = wage_continuation(rules, file.reports, periods, *on, facts, trace);
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
      const SickReport& r = file.reports[p.reports[k]];
      Json jr;
      jr["id"] = r.id;
      jr["first_day"] = to_string(r.first_day);
      if (r.recovered) jr["recovered"] = to_string(*r.recovered);
      if (k > 0) jr["fit_days_before"] = p.interruptions[k - 1];
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
    jp.push_back(std::move(j));
  }
  doc["periods"] = std::move(jp);
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
