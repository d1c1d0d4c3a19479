// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/comparison_json.hpp"

namespace basisbaan {
namespace {

Json strings(const std::vector<std::string>& v) {
  auto a = Json::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

Json situation_json(const SituationResult& s) {
  Json j;
  j["net_per_month"] = s.net_per_month.str();
  j["net_per_year"] = s.net_per_year.str();
  j["toetsingsinkomen"] = s.toetsingsinkomen.str();
  j["gross_bijstand_per_year"] = s.gross_bijstand_per_year.str();
  j["income_tested_per_month"] = s.income_tested_per_month.str();
  j["bijstand_norm_per_month"] = s.bijstand_norm_per_month.str();
  if (s.payroll) {
    const auto& p = *s.payroll;
    Json w;
    w["hours_per_week"] = p.hours_per_week.str();
    w["hourly_wage"] = p.hourly_wage.str();
    w["gross_per_year"] = p.gross_per_year.str();
    w["wage_for_wage_tax"] = p.wage_for_wage_tax.str();
    w["holiday_allowance"] = p.holiday_allowance.str();
    w["year_end_payment"] = p.year_end_payment.str();
    w["wage_tax_withheld"] = p.wage_tax_withheld.str();
    w["net_per_year"] = p.net_per_year.str();
    j["payroll"] = std::move(w);
  } else {
    j["payroll"] = nullptr;
  }
  auto lines = Json::array();
  for (const auto& l : s.lines) {
    Json x;
    x["code"] = l.code;
    x["label_nl"] = l.label_nl;
    x["label_en"] = l.label_en;
    x["per_year"] = l.per_year.str();
    x["per_month"] = l.per_month.str();
    x["applies"] = l.applies;
    x["confirmed"] = l.confirmed;
    x["notes"] = strings(l.notes);
    if (l.trace) x["trace"] = l.trace->to_text();
    lines.push_back(std::move(x));
  }
  j["lines"] = std::move(lines);
  return j;
}

Json debt_json(const DebtSituation& d) {
  Json j;
  j["garnished_income_per_year"] = d.garnished_income_per_year.str();
  j["protected_per_month"] = d.protected_per_month.str();
  auto months = Json::array();
  for (const auto& m : d.withheld_months) months.push_back(m.str());
  j["withheld_months"] = std::move(months);
  j["withheld_per_year"] = d.withheld_per_year.str();
  j["withheld_per_month"] = d.withheld_per_month.str();
  j["left_per_year"] = d.left_per_year.str();
  j["left_per_month"] = d.left_per_month.str();
  auto debts = Json::array();
  for (const auto& x : d.debts) {
    Json y;
    y["creditor"] = x.creditor;
    y["withheld_per_year"] = x.per_year.str();
    y["remaining"] = x.remaining ? Json(x.remaining->str()) : Json(nullptr);
    debts.push_back(std::move(y));
  }
  j["debts"] = std::move(debts);
  j["trace"] = d.trace.to_text();
  return j;
}

}  // namespace

Json to_json(const FirstYear& f) {
  Json j;
  j["start"] = to_string(f.start);
  j["bijstand_stops"] = f.bijstand_stops ? Json(to_string(*f.bijstand_stops)) : Json(nullptr);
  j["first_wage"] = f.first_wage ? Json(to_string(*f.first_wage)) : Json(nullptr);
  j["toeslagen_advances_kept"] = f.toeslagen_advances_kept.str();
  j["toeslagen_with_job"] = f.toeslagen_with_job.str();
  j["repayment_risk"] = f.repayment_risk.str();
  j["tax_settlement"] = f.tax_settlement.str();
  auto months = Json::array();
  for (const auto& m : f.months) {
    Json x;
    x["month"] = to_string(m.month).substr(0, 7);
    x["before_start"] = m.before_start;
    x["amounts_year"] = m.amounts_year;
    x["net_wage"] = m.net_wage.str();
    x["bijstand"] = m.bijstand.str();
    x["other_income"] = m.other_income.str();
    x["partner_income"] = m.partner_income.str();
    x["toeslagen"] = m.toeslagen.str();
    x["toeslagen_unadjusted"] = m.toeslagen_unadjusted.str();
    x["kinderbijslag"] = m.kinderbijslag.str();
    x["total"] = m.total.str();
    x["events"] = strings(m.events);
    x["events_nl"] = strings(m.events_nl);
    months.push_back(std::move(x));
  }
  j["months"] = std::move(months);
  j["notes_nl"] = strings(f.notes_nl);
  return j;
}

Json to_json(const Comparison& c) {
  Json j;
  j["year"] = c.year;
  j["date"] = to_string(c.date);
  j["municipality"] = c.municipality;
  j["household_type"] = std::string(to_string(c.household_type));
  j["hours_per_week"] = c.job.payroll ? c.job.payroll->hours_per_week.str() : "0";
  j["current"] = situation_json(c.current);
  j["job"] = situation_json(c.job);
  auto diffs = Json::array();
  for (const auto& d : c.differences) {
    Json x;
    x["code"] = d.code;
    x["per_year"] = d.per_year.str();
    x["per_month"] = d.per_month.str();
    diffs.push_back(std::move(x));
  }
  j["differences"] = std::move(diffs);
  j["difference_per_month"] = c.difference_per_month.str();
  j["difference_per_year"] = c.difference_per_year.str();
  j["gain_per_hour_worked"] = c.gain_per_hour_worked.str();
  j["poverty_trap"] = c.poverty_trap;
  j["unknown_losses"] = strings(c.unknown_losses);
  j["verdict_nl"] = c.verdict_nl;
  j["verdict_en"] = c.verdict_en;
  j["notes"] = strings(c.notes);
  j["warnings_nl"] = strings(c.warnings_nl);
  j["warnings_en"] = strings(c.warnings_en);
  j["unconfirmed"] = strings(c.unconfirmed);
  j["first_year"] = c.first_year ? to_json(*c.first_year) : Json(nullptr);
  if (c.debts) {  // only with debts: a comparison without them prints exactly as before
    Json d;
    d["current"] = debt_json(c.debts->current);
    d["job"] = debt_json(c.debts->job);
    d["difference_left_per_month"] = c.debts->difference_left_per_month.str();
    d["difference_left_per_year"] = c.debts->difference_left_per_year.str();
    j["debts"] = std::move(d);
  }
  return j;
}

Json to_json(const Sweep& s) {
  Json j;
  j["range"] = {{"from", s.range.from.str()}, {"to", s.range.to.str()}, {"step", s.range.step.str()}};
  j["current_net_per_year"] = s.current_net_per_year.str();
  j["current_net_per_month"] = s.current_net_per_month.str();
  j["top_up_until"] = s.top_up_until ? Json(s.top_up_until->str()) : Json(nullptr);
  j["best_hours"] = s.best_hours.str();
  j["break_even_hours"] = s.break_even_hours ? Json(s.break_even_hours->str()) : Json(nullptr);
  auto worse = Json::array();
  for (const auto& h : s.worse_than_fewer_hours) worse.push_back(h.str());
  j["worse_than_fewer_hours"] = std::move(worse);
  auto points = Json::array();
  for (const auto& p : s.points) {
    Json x;
    x["hours"] = p.hours.str();
    x["gross_per_year"] = p.gross_per_year.str();
    x["net_per_year"] = p.net_per_year.str();
    x["net_per_month"] = p.net_per_month.str();
    x["marginal_rate_percent"] = p.marginal_rate_percent ? Json(p.marginal_rate_percent->str_fixed(1)) : Json(nullptr);
    Json lines = Json::object();
    for (std::size_t i = 0; i < s.line_codes.size(); ++i) lines[s.line_codes[i]] = p.lines_per_year[i].str();
    x["lines_per_year"] = std::move(lines);
    points.push_back(std::move(x));
  }
  j["points"] = std::move(points);
  auto cliffs = Json::array();
  for (const auto& c : s.cliffs) {
    Json x;
    x["from_hours"] = c.from_hours.str();
    x["to_hours"] = c.to_hours.str();
    x["code"] = c.code;
    x["label_nl"] = c.label_nl;
    x["label_en"] = c.label_en;
    x["kind"] = c.kind;
    x["lost_per_year"] = c.lost_per_year.str();
    x["value_known"] = c.value_known;
    x["net_change_per_year"] = c.net_change_per_year.str();
    cliffs.push_back(std::move(x));
  }
  j["cliffs"] = std::move(cliffs);
  return j;
}

}  // namespace basisbaan
