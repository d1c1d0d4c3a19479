// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/household_json.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

Household read_household(const RuleBook& rules, std::string_view text, std::string_view document_name) {
  const Json doc = parse_json_exact(text, document_name);
  return read_household(rules, JsonField(doc, std::string(document_name), ""));
}

Household read_household(const RuleBook& rules, const JsonField& f) {
  if (!f.raw().is_object()) throw f.error("expected a JSON object with the household");
  f.expect_only({"label", "date", "municipality", "person", "partner", "children", "housing", "assets", "cost_sharers", "current", "job", "debts"});
  Household h;
  if (auto x = f.find("label")) h.label = x->string();
  h.date = f.at("date").date();
  h.municipality = f.at("municipality").string();

  const JsonField person = f.at("person");
  person.expect_only({"name", "birth_date"});
  if (auto x = person.find("name")) h.person.name = x->string();
  h.person.birth_date = person.at("birth_date").date();

  if (auto p = f.find("partner")) {
    p->expect_only({"birth_date", "gross_income_per_year", "net_income_per_month", "insured"});
    HouseholdPartner partner;
    partner.birth_date = p->at("birth_date").date();
    partner.gross_income_per_year = p->at("gross_income_per_year").money();
    partner.net_income_per_month = p->at("net_income_per_month").money();
    if (auto x = p->find("insured")) partner.insured = x->boolean();
    h.partner = partner;
  }
  if (auto c = f.find("children")) {
    if (!c->raw().is_array()) throw c->error("expected an array of children, e.g. [{\"birth_date\": \"2016-04-01\"}]");
    for (const auto& child : c->elements()) {
      if (!child.raw().is_object()) throw child.error("expected an object {\"birth_date\": \"YYYY-MM-DD\"}");
      child.expect_only({"birth_date"});
      h.children.push_back({child.at("birth_date").date()});
    }
  }
  if (auto housing = f.find("housing")) {
    housing->expect_only({"rent", "service_costs"});
    h.rent = housing->at("rent").money();
    if (auto x = housing->find("service_costs")) h.service_costs = x->money();
  }
  if (auto x = f.find("assets")) h.assets = x->money();
  if (auto x = f.find("cost_sharers")) {
    const std::int64_t n = x->integer();
    if (n < 0 || n > 20) throw x->error("expected the number of kostendelende medebewoners, 0 to 20, got " + std::to_string(n));
    h.cost_sharers = static_cast<int>(n);
  }

  const JsonField current = f.at("current");
  current.expect_only({"situation", "description", "since", "net_per_month", "gross_per_year"});
  const std::string situation = current.at("situation").string();
  if (situation == "bijstand") {
    h.current.situation = CurrentSituation::Bijstand;
    if (current.has("net_per_month")) {
      throw current.at("net_per_month").error("not used with situation \"bijstand\" (the norm is computed from the rules)");
    }
  } else if (situation == "other") {
    h.current.situation = CurrentSituation::Other;
    h.current.net_per_month = current.at("net_per_month").money();
    if (!current.has("gross_per_year")) current.at("gross_per_year");  // throws "is missing"
  } else {
    throw current.at("situation").error("expected \"bijstand\" or \"other\", got \"" + situation + "\"");
  }
  if (auto x = current.find("description")) h.current.description = x->string();
  if (auto x = current.find("since")) h.current.since = x->date();
  if (auto x = current.find("gross_per_year")) h.current.gross_per_year = x->money();

  const JsonField job = f.at("job");
  job.expect_only({"hours_per_week", "hourly_wage", "scale", "start_date", "holiday_allowance", "earnings_disregard",
                   "whk_wga_rate", "bijstand_keeps_tax_credit"});
  h.job.hours_per_week = job.at("hours_per_week").hours();
  if (auto x = job.find("hourly_wage")) h.job.hourly_wage = x->money();
  if (auto x = job.find("scale")) h.job.scale = x->string();
  if (auto x = job.find("start_date")) h.job.start_date = x->date();
  if (auto x = job.find("holiday_allowance")) {
    const std::string v = x->string();
    if (v == "may") h.job.holiday_allowance = HolidayAllowancePayment::InMay;
    else if (v == "every_period") h.job.holiday_allowance = HolidayAllowancePayment::EveryPeriod;
    else throw x->error("expected \"may\" or \"every_period\", got \"" + v + "\"");
  }
  if (auto x = job.find("earnings_disregard")) h.job.earnings_disregard = x->boolean();
  if (auto x = job.find("whk_wga_rate")) h.job.whk_wga_rate = x->percent();
  if (auto x = job.find("bijstand_keeps_tax_credit")) h.job.bijstand_keeps_tax_credit = x->boolean();

  if (auto d = f.find("debts")) {
    if (!d->raw().is_array()) throw d->error("expected an array of debts, e.g. [{\"creditor\": \"CJIB\", \"owed\": \"3000.00\"}]");
    for (const auto& debt : d->elements()) {
      if (!debt.raw().is_object()) throw debt.error("expected an object with creditor, owed and/or monthly");
      debt.expect_only({"creditor", "owed", "monthly"});
      HouseholdDebt x;
      if (auto v = debt.find("creditor")) x.creditor = v->string();
      if (auto v = debt.find("owed")) x.owed = v->money();
      if (auto v = debt.find("monthly")) x.monthly = v->money();
      h.debts.push_back(std::move(x));
    }
  }

  const std::string prefix = f.path().empty() ? std::string() : f.path() + ".";
  try {
    validate_household(rules, h);
  } catch (const InputError& e) {
    // validate_household says "field PATH: ..."; name the document as every other error does.
    // The field path is kept as where().field too, so that a program (the web form) can point at it.
    std::string msg = e.what();
    const std::string_view head = "field ";
    ErrorLocation where = f.location();
    if (msg.rfind(head, 0) == 0) {
      msg = "field " + prefix + msg.substr(head.size());
      where.field = msg.substr(head.size(), msg.find(": ") - head.size());
    }
    const std::string doc_name = [&] {
      const std::string m = f.error("").what();  // "DOC: field (top level): "
      return m.substr(0, m.find(": field "));
    }();
    throw InputError(ErrorCode::InputInvalidValue, doc_name + ": " + msg, where);
  }
  return h;
}

}  // namespace basisbaan
