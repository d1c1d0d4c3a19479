// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/json_records.hpp"

#include "basisbaan/core/json_input.hpp"

namespace basisbaan {
namespace {

Contract read_contract(const JsonField& f) {
  f.expect_only({"id", "employer", "job", "start", "end", "indefinite", "hours_per_week", "monthly_wage", "hourly_wage",
                 "successor_employer", "notice_given", "requires_different_skills", "end_event", "expected_end", "note"});
  Contract c;
  c.id = f.has("id") ? f.at("id").string() : std::string();
  c.employer = f.at("employer").string();
  c.job = f.has("job") ? f.at("job").string() : std::string();
  c.start = f.at("start").date();
  if (f.has("end")) c.end = f.at("end").date();
  if (f.has("indefinite")) c.indefinite = f.at("indefinite").boolean();
  c.hours_per_week = f.at("hours_per_week").hours();
  if (f.has("monthly_wage")) c.monthly_wage = f.at("monthly_wage").money();
  if (f.has("hourly_wage")) c.hourly_wage = f.at("hourly_wage").money();
  if (f.has("successor_employer")) c.successor_employer = f.at("successor_employer").boolean();
  if (f.has("notice_given")) c.notice_given = f.at("notice_given").date();
  if (f.has("requires_different_skills")) c.requires_different_skills = f.at("requires_different_skills").boolean();
  if (f.has("end_event")) c.end_event = f.at("end_event").string();
  if (f.has("expected_end")) c.expected_end = f.at("expected_end").date();
  if (!c.indefinite && !c.end && !c.ends_on_event()) {
    throw f.error("a fixed-term contract needs \"end\" or \"end_event\" (or \"indefinite\": true)");
  }
  if (c.end && *c.end < c.start) {
    throw f.at("end").error("the end " + to_string(*c.end) + " is before the start " + to_string(c.start));
  }
  if (c.monthly_wage && c.hourly_wage) throw f.error("give monthly_wage or hourly_wage, not both");
  return c;
}

}  // namespace

ContractsFile read_contracts_json(std::string_view text, const std::string& document) {
  const Json doc = parse_json_exact(text, document);
  const JsonField root(doc, document, "");
  root.expect_only({"employee", "birth_date", "contracts", "reports", "policy", "proposed", "note"});
  ContractsFile file;
  file.employee = root.has("employee") ? root.at("employee").string() : std::string();
  if (root.has("birth_date")) file.birth_date = root.at("birth_date").date();
  for (const auto& f : root.at("contracts").elements()) file.contracts.push_back(read_contract(f));
  validate_contracts(file.contracts, document);
  if (const auto reports = root.find("reports")) {
    for (const auto& f : reports->elements()) {
      f.expect_only({"date", "positive", "by", "note"});
      FunctioningReport r;
      r.date = f.at("date").date();
      r.positive = f.at("positive").boolean();
      if (f.has("by")) r.by = f.at("by").string();
      if (f.has("note")) r.note = f.at("note").string();
      file.reports.push_back(std::move(r));
    }
  }
  if (const auto policy = root.find("policy")) {
    policy->expect_only({"name", "permanent_after_months", "requires_positive_report"});
    if (policy->has("name")) file.policy.name = policy->at("name").string();
    if (policy->has("permanent_after_months")) {
      const auto m = policy->at("permanent_after_months").integer();
      if (m < 1 || m > 600) throw policy->at("permanent_after_months").error("expected a number of months from 1 to 600");
      file.policy.permanent_after_months = static_cast<int>(m);
    }
    if (policy->has("requires_positive_report")) {
      file.policy.requires_positive_report = policy->at("requires_positive_report").boolean();
    }
  }
  if (const auto proposed = root.find("proposed")) {
    file.proposed = read_contract(*proposed);
    if (file.proposed->id.empty()) file.proposed->id = "proposed";
  }
  return file;
}

SickReport read_sick_report(const JsonField& f) {
  f.expect_only({"id", "first_day", "incapacity", "partial", "recovered", "pregnancy", "note"});
  SickReport r;
  if (f.has("id")) r.id = f.at("id").string();
  r.first_day = f.at("first_day").date();
  if (f.has("incapacity")) r.initial_incapacity = f.at("incapacity").percent();
  if (const auto partial = f.find("partial")) {
    for (const auto& c : partial->elements()) {
      c.expect_only({"from", "incapacity"});
      r.changes.push_back({c.at("from").date(), c.at("incapacity").percent()});
    }
  }
  if (f.has("recovered")) r.recovered = f.at("recovered").date();
  if (f.has("pregnancy")) r.pregnancy = f.at("pregnancy").boolean();
  return r;
}

MaternityLeaveFacts read_maternity_leave_facts(const JsonField& f) {
  f.expect_only({"expected_birth", "leave_start", "birth", "multiple", "note"});
  MaternityLeaveFacts x;
  x.expected_birth = f.at("expected_birth").date();
  x.leave_start = f.at("leave_start").date();
  if (f.has("birth")) x.birth = f.at("birth").date();
  if (f.has("multiple")) x.multiple = f.at("multiple").boolean();
  return x;
}

ReintegrationStep read_reintegration_step(const JsonField& f) {
  f.expect_only({"kind", "date", "note"});
  const JsonField kind = f.at("kind");
  ReintegrationStep x;
  try {
    x.kind = parse_reintegration_step_kind(kind.string(), "kind");
  } catch (const InputError& e) {
    throw kind.error(std::string(e.what()).substr(6));  // without "kind: "
  }
  x.date = f.at("date").date();
  if (f.has("note")) x.note = f.at("note").string();
  return x;
}

RecordedExtension read_recorded_extension(const JsonField& f) {
  f.expect_only({"kind", "date", "days", "note"});
  const JsonField kind = f.at("kind");
  RecordedExtension x;
  try {
    x.extension.kind = parse_extension_kind(kind.string(), "kind");
  } catch (const InputError& e) {
    throw kind.error(std::string(e.what()).substr(6));  // without "kind: "
  }
  x.date = f.at("date").date();
  const JsonField days = f.at("days");
  const std::int64_t n = days.integer();
  if (n < 1 || n > 7 * 104) throw days.error("expected a number of days from 1 to 728, got " + std::to_string(n));
  x.extension.days = static_cast<int>(n);
  if (f.has("note")) x.extension.note = f.at("note").string();
  return x;
}

SickReportsFile read_sick_reports_json(std::string_view text, const std::string& document) {
  const Json doc = parse_json_exact(text, document);
  const JsonField root(doc, document, "");
  root.expect_only({"employee", "hourly_wage", "birth_date", "reports", "maternity_leave", "reintegration_steps", "extensions",
                    "note"});
  SickReportsFile file;
  if (root.has("employee")) file.employee = root.at("employee").string();
  if (root.has("hourly_wage")) file.hourly_wage = root.at("hourly_wage").money();
  if (root.has("birth_date")) file.birth_date = root.at("birth_date").date();
  for (const auto& f : root.at("reports").elements()) file.reports.push_back(read_sick_report(f));
  validate_sick_reports(file.reports, document);
  if (const auto m = root.find("maternity_leave")) {
    for (const auto& f : m->elements()) file.maternity_leave.push_back(read_maternity_leave_facts(f));
  }
  if (const auto m = root.find("reintegration_steps")) {
    for (const auto& f : m->elements()) file.reintegration_steps.push_back(read_reintegration_step(f));
  }
  if (const auto m = root.find("extensions")) {
    for (const auto& f : m->elements()) file.extensions.push_back(read_recorded_extension(f));
  }
  return file;
}

LeaveLedger read_leave_ledger_json(const RuleBook& rules, std::string_view text, const std::string& document) {
  const Json doc = parse_json_exact(text, document);
  const JsonField root(doc, document, "");
  root.expect_only({"employee", "employment", "hours", "extra_hours_per_year_fulltime", "hourly_wage", "taken", "sickness",
                    "agreed_statutory_expiry_months", "advance_allowed_hours", "note"});
  LeaveLedger l;
  if (root.has("employee")) l.employee = root.at("employee").string();
  const JsonField emp = root.at("employment");
  emp.expect_only({"start", "end"});
  l.employment_start = emp.at("start").date();
  if (emp.has("end")) l.employment_end = emp.at("end").date();
  for (const auto& f : root.at("hours").elements()) {
    f.expect_only({"from", "hours_per_week"});
    l.hours.push_back({f.at("from").date(), f.at("hours_per_week").hours()});
  }
  if (root.has("extra_hours_per_year_fulltime")) l.extra_hours_per_year_fulltime = root.at("extra_hours_per_year_fulltime").hours();
  if (root.has("hourly_wage")) l.hourly_wage = root.at("hourly_wage").money();
  if (root.has("agreed_statutory_expiry_months")) {
    const auto m = root.at("agreed_statutory_expiry_months").integer();
    if (m < 0 || m > 600) throw root.at("agreed_statutory_expiry_months").error("expected a number of months from 0 to 600");
    l.agreed_statutory_expiry_months = static_cast<int>(m);
  }
  if (root.has("advance_allowed_hours")) {
    l.advance_allowed = root.at("advance_allowed_hours").hours();
    if (l.advance_allowed.value().sign() < 0) throw root.at("advance_allowed_hours").error("expected 0 or more hours");
  }
  if (const auto taken = root.find("taken")) {
    for (const auto& f : taken->elements()) {
      f.expect_only({"date", "hours", "note"});
      l.taken.push_back({f.at("date").date(), f.at("hours").hours(), f.path(), f.has("note") ? f.at("note").string() : ""});
    }
  }
  if (const auto sick = root.find("sickness")) {
    for (const auto& f : sick->elements()) {
      f.expect_only({"from", "to", "unable_to_take_leave", "note"});
      LeaveSickness s;
      s.from = f.at("from").date();
      if (f.has("to")) s.to = f.at("to").date();
      if (f.has("unable_to_take_leave")) s.unable_to_take_leave = f.at("unable_to_take_leave").boolean();
      l.sickness.push_back(s);
    }
  }
  validate_leave_ledger(rules, l, document);
  return l;
}

AbsenceRecordsFile read_absence_records_json(std::string_view text, const std::string& document) {
  const Json doc = parse_json_exact(text, document);
  const JsonField root(doc, document, "");
  root.expect_only({"full_time_hours", "include_pregnancy", "employees", "note"});
  AbsenceRecordsFile file;
  if (root.has("full_time_hours")) {
    file.options.full_time_hours = root.at("full_time_hours").decimal();
    if (file.options.full_time_hours->sign() <= 0) throw root.at("full_time_hours").error("expected more than 0 hours");
  }
  if (root.has("include_pregnancy")) file.options.include_pregnancy = root.at("include_pregnancy").boolean();
  for (const auto& f : root.at("employees").elements()) {
    f.expect_only({"id", "employment", "sickness", "note"});
    AbsenceEmployee e;
    e.id = f.at("id").string();
    for (const auto& s : f.at("employment").elements()) {
      s.expect_only({"from", "to", "hours_per_week"});
      EmploymentSpell sp;
      sp.from = s.at("from").date();
      if (s.has("to")) sp.to = s.at("to").date();
      sp.hours_per_week = s.at("hours_per_week").hours();
      if (sp.to && *sp.to < sp.from) throw s.at("to").error("the end " + to_string(*sp.to) + " is before the start " + to_string(sp.from));
      e.employment.push_back(sp);
    }
    if (const auto sick = f.find("sickness")) {
      for (const auto& r : sick->elements()) e.sickness.push_back(read_sick_report(r));
    }
    validate_sick_reports(e.sickness, document + " (" + f.path() + ".sickness)");
    file.employees.push_back(std::move(e));
  }
  return file;
}

}  // namespace basisbaan
