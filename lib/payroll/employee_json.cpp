// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/payroll/employee_json.hpp"

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/employment/json_records.hpp"

namespace basisbaan {

std::string_view to_string(EmployerType t) noexcept { return t == EmployerType::Public ? "public" : "private"; }

Employer read_employer(const JsonField& f) {
  f.expect_only({"name", "payroll_tax_number", "iban", "bic", "small_employer", "whk_rate", "whk_wga_rate",
                 "holiday_allowance", "pension_employee_share", "type"});
  Employer e;
  e.name = f.at("name").string();
  if (auto x = f.find("payroll_tax_number")) e.payroll_tax_number = x->string();
  if (auto x = f.find("iban")) {
    e.iban = normalize_iban(x->string());
    if (!is_valid_iban(e.iban)) throw x->error("\"" + x->string() + "\" is not a valid IBAN (mod-97 check failed)");
  }
  if (auto x = f.find("bic")) {
    e.bic = x->string();
    if (!is_valid_bic(e.bic)) throw x->error("\"" + e.bic + "\" is not a valid BIC (8 or 11 characters, ISO 9362)");
  }
  if (auto x = f.find("small_employer")) e.small_employer = x->boolean();
  if (auto x = f.find("type")) {
    const std::string v = x->string();
    if (v == "public") e.type = EmployerType::Public;
    else if (v == "private") e.type = EmployerType::Private;
    else throw x->error("expected \"private\" or \"public\" (a public employer owes the Ufo premium), got \"" + v + "\"");
  }
  e.whk_rate = f.at("whk_rate").percent();
  if (auto x = f.find("whk_wga_rate")) e.whk_wga_rate = x->percent();
  if (auto x = f.find("holiday_allowance")) {
    const std::string v = x->string();
    if (v == "may") e.holiday_allowance = HolidayAllowancePayment::InMay;
    else if (v == "every_period") e.holiday_allowance = HolidayAllowancePayment::EveryPeriod;
    else throw x->error("expected \"may\" or \"every_period\", got \"" + v + "\"");
  }
  if (auto x = f.find("pension_employee_share")) e.pension_employee_share = x->percent();
  return e;
}

namespace {

/// docs/payslip-input.md "Final settlement": settled in the period holding employed_until, so
/// that date is required; the leave hours may be negative (leave taken in advance, settled).
FinalSettlement read_final_settlement(const JsonField& x, const Employee& e) {
  x.expect_only({"leave_hours"});
  if (!e.employed_until) {
    throw x.error("a final settlement needs employee.employed_until, the last day of employment (it is paid in the period holding it)");
  }
  FinalSettlement s;
  if (auto h = x.find("leave_hours")) s.leave_hours = Hours(h->decimal());
  return s;
}

}  // namespace

Employee read_employee(const JsonField& f) {
  f.expect_only({"id", "name", "birth_date", "bsn", "iban", "payroll_tax_credit", "identified", "employed_since", "employed_until",
                 "hours_per_week", "hourly_wage", "scale", "permanent_contract", "pay_period", "commute_km_per_period",
                 "previous_year_wage", "one_off_payments", "sick_reports", "maternity_leave", "reintegration_steps",
                 "sickness_extensions", "final_settlement"});
  Employee e;
  e.id = f.at("id").string();
  e.name = f.at("name").string();
  e.birth_date = f.at("birth_date").date();
  if (auto x = f.find("bsn")) {
    e.bsn = x->string();
    if (!is_valid_bsn(e.bsn)) throw x->error("\"" + mask_bsn(e.bsn) + "\" is not a valid BSN (9 digits passing the 11-test)");
  }
  if (auto x = f.find("iban")) {
    e.iban = normalize_iban(x->string());
    if (!is_valid_iban(e.iban)) throw x->error("\"" + x->string() + "\" is not a valid IBAN (mod-97 check failed)");
  }
  if (auto x = f.find("payroll_tax_credit")) e.payroll_tax_credit = x->boolean();
  if (auto x = f.find("identified")) e.identified = x->boolean();
  e.employed_since = f.at("employed_since").date();
  if (auto x = f.find("employed_until")) {
    e.employed_until = x->date();
    if (*e.employed_until < e.employed_since) {
      throw x->error("the end " + to_string(*e.employed_until) + " is before the start " + to_string(e.employed_since));
    }
  }
  e.hours_per_week = f.at("hours_per_week").hours();
  if (e.hours_per_week.value().sign() <= 0 || e.hours_per_week.value() > Decimal(60)) {
    throw f.at("hours_per_week").error("expected hours per week more than 0 and at most 60, got " + e.hours_per_week.str());
  }
  if (auto x = f.find("hourly_wage")) {
    e.agreed_hourly_wage = x->money();
    if (e.agreed_hourly_wage->sign() < 0) throw x->error("expected an hourly wage of 0 or more");
  }
  if (auto x = f.find("scale")) e.scale = x->string();
  if (auto x = f.find("permanent_contract")) e.permanent_contract = x->boolean();
  if (auto x = f.find("pay_period")) {
    e.pay_period = parse_period_kind(x->string(), "field " + x->path());
  }
  if (auto x = f.find("commute_km_per_period")) {
    e.commute_km_per_period = x->decimal();
    if (e.commute_km_per_period.sign() < 0) throw x->error("expected 0 or more km");
  }
  if (auto x = f.find("previous_year_wage")) e.previous_year_wage = x->money();
  if (auto x = f.find("one_off_payments")) {
    for (const auto& o : x->elements()) {
      o.expect_only({"period", "description", "full_time_amount"});
      OneOffPayment p;
      p.period = PayPeriod::parse(o.at("period").string(), "field " + o.path() + ".period").label();
      if (auto d = o.find("description")) p.description = d->string();
      p.full_time_amount = o.at("full_time_amount").money();
      e.one_off_payments.push_back(std::move(p));
    }
  }
  if (auto x = f.find("sick_reports")) {
    // The fields of docs/employment.md "sick reports"; checked (order, overlap, fractions) here so
    // that the error names this document's field, not the payslip.
    for (const auto& r : x->elements()) e.sick_reports.push_back(read_sick_report(r));
    for (std::size_t i = 0; i < e.sick_reports.size(); ++i) {
      if (e.sick_reports[i].id.empty()) e.sick_reports[i].id = "S" + std::to_string(i + 1);
    }
    const std::string marker = "\x01";
    try {
      validate_sick_reports(e.sick_reports, marker);
    } catch (const InputError& ex) {
      // "<marker>: field reports[1].recovered: …" → "FILE: field employee.sick_reports[1].recovered: …"
      const std::string m = ex.what();
      const std::string prefix = marker + ": field reports";
      if (m.rfind(prefix, 0) != 0) throw;
      const std::string where = x->error("").what();  // "FILE: field employee.sick_reports: "
      throw InputError(where.substr(0, where.size() - 2) + m.substr(prefix.size()));
    }
  }
  // docs/employment.md "sick reports": the same objects as in the sick reports document.
  if (auto x = f.find("maternity_leave")) {
    for (const auto& r : x->elements()) e.maternity_leave.push_back(read_maternity_leave_facts(r));
  }
  if (auto x = f.find("reintegration_steps")) {
    for (const auto& r : x->elements()) e.reintegration_steps.push_back(read_reintegration_step(r));
  }
  if (auto x = f.find("sickness_extensions")) {
    for (const auto& r : x->elements()) e.sickness_extensions.push_back(read_recorded_extension(r));
  }
  if (auto x = f.find("final_settlement")) e.final_settlement = read_final_settlement(*x, e);
  return e;
}

namespace {

// One writer for both JSON flavours (ordered for people, sorted for the store's hashes).
template <class J>
J employee_to_json(const Employee& e) {
  J j;
  j["id"] = e.id;
  j["name"] = e.name;
  j["birth_date"] = to_string(e.birth_date);
  j["bsn"] = e.bsn;
  j["iban"] = e.iban;
  j["payroll_tax_credit"] = e.payroll_tax_credit;
  // Only when false: the store's snapshot of an identified employee stays as it was before the
  // anoniementarief (same text, same payslip hash).
  if (!e.identified) j["identified"] = false;
  j["employed_since"] = to_string(e.employed_since);
  j["employed_until"] = e.employed_until ? J(to_string(*e.employed_until)) : J(nullptr);
  j["hours_per_week"] = e.hours_per_week.str();
  j["hourly_wage"] = e.agreed_hourly_wage ? J(e.agreed_hourly_wage->str()) : J(nullptr);
  j["scale"] = e.scale;
  j["permanent_contract"] = e.permanent_contract;
  j["pay_period"] = std::string(to_string(e.pay_period));
  j["commute_km_per_period"] = e.commute_km_per_period.str();
  j["previous_year_wage"] = e.previous_year_wage ? J(e.previous_year_wage->str()) : J(nullptr);
  auto ones = J::array();
  for (const auto& o : e.one_off_payments) {
    ones.push_back(J{{"period", o.period}, {"description", o.description}, {"full_time_amount", o.full_time_amount.str()}});
  }
  j["one_off_payments"] = std::move(ones);
  // Only when there are any: the store's snapshot of an employee without sick reports stays as it
  // was before wage continuation was applied (same text, same payslip hash).
  if (!e.sick_reports.empty()) {
    auto sick = J::array();
    for (const auto& r : e.sick_reports) {
      auto partial = J::array();
      for (const auto& c : r.changes) partial.push_back(J{{"from", to_string(c.from)}, {"incapacity", c.incapacity.percent().str()}});
      sick.push_back(J{{"id", r.id},
                       {"first_day", to_string(r.first_day)},
                       {"incapacity", r.initial_incapacity.percent().str()},
                       {"partial", std::move(partial)},
                       {"recovered", r.recovered ? J(to_string(*r.recovered)) : J(nullptr)},
                       {"pregnancy", r.pregnancy}});
    }
    j["sick_reports"] = std::move(sick);
  }
  // Only when there are any (as the sick reports): the snapshot of an employee without Wazo leave,
  // steps or extensions stays as it was before the payroll run applied them.
  if (!e.maternity_leave.empty()) {
    auto ml = J::array();
    for (const auto& m : e.maternity_leave) {
      J x{{"expected_birth", to_string(m.expected_birth)}, {"leave_start", to_string(m.leave_start)}, {"multiple", m.multiple}};
      if (m.birth) x["birth"] = to_string(*m.birth);
      ml.push_back(std::move(x));
    }
    j["maternity_leave"] = std::move(ml);
  }
  if (!e.reintegration_steps.empty()) {
    auto st = J::array();
    for (const auto& r : e.reintegration_steps) {
      st.push_back(J{{"kind", std::string(to_string(r.kind))}, {"date", to_string(r.date)}, {"note", r.note}});
    }
    j["reintegration_steps"] = std::move(st);
  }
  if (!e.sickness_extensions.empty()) {
    auto xs = J::array();
    for (const auto& r : e.sickness_extensions) {
      xs.push_back(J{{"kind", std::string(to_string(r.extension.kind))},
                     {"date", to_string(r.date)},
                     {"days", r.extension.days},
                     {"note", r.extension.note}});
    }
    j["sickness_extensions"] = std::move(xs);
  }
  // Only when there are any: the snapshot of an employee without garnishments stays as it was.
  if (!e.garnishments.empty()) {
    auto gs = J::array();
    for (const auto& g : e.garnishments) {
      gs.push_back(J{{"id", g.id},
                     {"kind", std::string(to_string(g.kind))},
                     {"creditor", g.creditor},
                     {"iban", g.iban},
                     {"reference", g.reference},
                     {"coordinating", g.coordinating},
                     {"start", to_string(g.start)},
                     {"lifted", g.lifted ? J(to_string(*g.lifted)) : J(nullptr)},
                     {"owed", g.owed.str()},
                     {"protected_per_month", g.protected_per_month.str()}});
    }
    j["garnishments"] = std::move(gs);
  }
  // Only on the final payslip: every other snapshot stays as it was.
  if (e.final_settlement) j["final_settlement"] = J{{"leave_hours", e.final_settlement->leave_hours.str()}};
  return j;
}

}  // namespace

Json to_json(const Employee& e) { return employee_to_json<Json>(e); }

nlohmann::json to_canonical_json(const Employee& e) { return employee_to_json<nlohmann::json>(e); }

PayrollInputDocument read_payroll_input(const JsonField& root) {
  root.expect_only({"employer", "employee"});
  return {read_employer(root.at("employer")), read_employee(root.at("employee"))};
}

}  // namespace basisbaan
