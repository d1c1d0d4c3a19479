// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/contract_review_json.hpp"

namespace basisbaan::app {
namespace {

Json length_json(const ServiceLength& s) { return Json{{"years", s.years}, {"months", s.months}, {"days", s.days}}; }

Json notice_json(const RenewalNotice& n) {
  Json j;
  j["state"] = std::string(to_string(n.state));
  j["why"] = n.why;
  if (n.last_day) j["last_day"] = to_string(*n.last_day);
  if (n.given) j["given"] = to_string(*n.given);
  if (n.days_late > 0) j["days_late"] = n.days_late;
  if (n.monthly_wage) j["monthly_wage"] = n.monthly_wage->str();
  if (n.penalty) j["aanzegvergoeding"] = n.penalty->str();
  return j;
}

}  // namespace

Json contract_review_json(const ContractReviewInput& input, const ContractReview& review, const Trace* trace) {
  const ContractsFile& file = input.file;
  const Date& as_of = input.as_of;
  const ChainAnalysis& analysis = review.analysis;
  const auto& tp = review.transition_payment;
  const auto& verdict = review.proposed;
  const auto& probation = review.probation;
  const auto& advice = review.advice;
  const auto& dates = review.upcoming;
  Json doc;
  doc["employee"] = file.employee;
  doc["as_of"] = to_string(as_of);
  auto chains = Json::array();
  for (const Chain& ch : analysis.chains) {
    Json jc;
    jc["start"] = to_string(ch.start);
    if (ch.last_day) jc["last_day"] = to_string(*ch.last_day);
    if (ch.length) jc["length"] = length_json(*ch.length);
    jc["contracts_count"] = ch.links.size();
    jc["exceeds_max_months_on"] = to_string(ch.exceeds_months_on);
    if (ch.permanent_from) jc["permanent_from"] = to_string(*ch.permanent_from);
    if (ch.broken_before) jc["new_chain_because"] = *ch.broken_before;
    auto links = Json::array();
    for (const ChainLink& l : ch.links) {
      const Contract& c = file.contracts[l.contract];
      Json jl;
      jl["id"] = c.id;
      jl["employer"] = c.employer;
      jl["job"] = c.job;
      jl["start"] = to_string(c.start);
      if (c.end) jl["end"] = to_string(*c.end);
      if (c.ends_on_event()) jl["end_event"] = c.end_event;
      if (c.expected_end) jl["expected_end"] = to_string(*c.expected_end);
      if (c.ending) {
        jl["end_reason"] = std::string(to_string(c.ending->reason));
        jl["end_initiative"] = std::string(to_string(c.ending->initiative));
      }
      jl["number_in_chain"] = l.number_in_chain;
      if (l.interruption_days) jl["interruption_days"] = *l.interruption_days;
      if (l.successor_employer) jl["successor_employer"] = true;
      jl["status"] = std::string(to_string(l.status));
      if (l.permanent_from) jl["permanent_from"] = to_string(*l.permanent_from);
      jl["reason"] = l.reason;
      jl["notice"] = notice_json(review.notices[l.contract]);
      links.push_back(std::move(jl));
    }
    jc["contracts"] = std::move(links);
    chains.push_back(std::move(jc));
  }
  doc["chains"] = std::move(chains);
  if (review.entitlement) {
    doc["transition_entitlement"] = Json{{"due", review.entitlement->due}, {"why", review.entitlement->why}};
  }
  if (tp) {
    Json j;
    j["if_ended_on"] = to_string(tp->end);
    j["service"] = length_json(tp->service);
    j["monthly_wage"] = tp->monthly_wage.str();
    j["loose_days_wage"] = tp->loose_days_wage.str();
    j["uncapped"] = tp->uncapped.str();
    j["maximum"] = tp->maximum.str();
    j["amount"] = tp->amount.str();
    j["claim_deadline"] = to_string(tp->claim_deadline);
    if (trace != nullptr) j["trace"] = trace->to_json();
    doc["transition_payment"] = std::move(j);
  }
  if (verdict) {
    Json j;
    j["id"] = file.proposed->id;
    j["continues_chain"] = verdict->continues_chain;
    j["number_in_chain"] = verdict->number_in_chain;
    j["status"] = std::string(to_string(verdict->status));
    j["permanent_from_first_day"] = verdict->permanent_from_first_day;
    if (verdict->permanent_from) j["permanent_from"] = to_string(*verdict->permanent_from);
    j["reason"] = verdict->reason;
    j["probation_max_months"] = probation->max_months;
    if (probation->last_day) j["probation_last_day"] = to_string(*probation->last_day);
    j["probation_reason"] = probation->reason;
    doc["proposed"] = std::move(j);
  }
  auto adv = Json::array();
  for (const auto& a : advice) {
    adv.push_back(Json{{"by", to_string(a.by)}, {"action", std::string(to_string(a.action))}, {"contract", a.contract}, {"text", a.text}});
  }
  doc["advice"] = std::move(adv);
  auto up = Json::array();
  for (const auto& u : dates) up.push_back(Json{{"date", to_string(u.date)}, {"kind", u.kind}, {"what", u.what}});
  doc["upcoming"] = std::move(up);
return doc;
}

}  // namespace basisbaan::app
