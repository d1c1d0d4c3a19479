// SPDX-License-Identifier: EUPL-1.2
// basisbaan employee hire|change|terminate — single-employee writes in the employer's database,
// each one audited transaction of the application layer (app/backoffice.hpp).

#include <memory>
#include <ostream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/employee_record_json.hpp"
#include "basisbaan/core/error.hpp"
#include "store_commands.hpp"
#include "option_values.hpp"

namespace basisbaan::cli {
namespace {

struct HireOptions {
  std::string db, id, name, birth_date, bsn, iban, start, end, hours, hourly_wage, scale, job;
  std::string payroll_tax_credit = "yes";
  bool permanent = false;
  bool json = false;
};

struct ChangeOptions {
  std::string db, id, name, birth_date, bsn, iban, payroll_tax_credit, commute_km;
  bool json = false;
};

struct TerminateOptions {
  std::string db, id, last_day, reason, initiative, culpable;
  bool json = false;
};

std::string terms_text(const EmployeeRecord& r) {
  const Contract& c = r.contracts.front();
  const ScalePlacement& p = r.placements.front();
  return "contract " + c.id + ", " + c.hours_per_week.str() + " hours per week, " +
         (c.indefinite ? std::string("indefinite") : "fixed term to " + to_string(*c.end)) + ", " + p.scale +
         (p.hourly_wage ? " at " + p.hourly_wage->str_eur() + " per hour" : std::string());
}

void hire(Context& ctx, const HireOptions& o) {
  require_scale_with_hourly_wage(o.hourly_wage, o.scale);
  Employee e;
  e.id = o.id;
  e.name = o.name;
  e.birth_date = date_option(o.birth_date, "--birth-date");
  e.bsn = o.bsn;
  e.iban = o.iban;
  e.payroll_tax_credit = yes_no_option(o.payroll_tax_credit, "--payroll-tax-credit");
  e.employed_since = date_option(o.start, "--start");
  if (!o.end.empty()) e.employed_until = date_option(o.end, "--end");
  e.permanent_contract = o.permanent;
  e.hours_per_week = signed_hours_option(o.hours, "--hours");  // the range: hours_per_week_problem
  if (!o.hourly_wage.empty()) e.agreed_hourly_wage = money_option(o.hourly_wage, "--hourly-wage");
  e.scale = o.scale;
  Database db = Database::open(o.db);
  const EmployeeRecord r = app::Backoffice(db).hire(e, o.job);
  if (o.json) {
    print_json(*ctx.out, app::employee_record_json(r));
    return;
  }
  *ctx.out << "Hired " << r.employee.id << " " << r.employee.name << " from " << to_string(r.employee.employed_since) << ": "
           << terms_text(r) << "\n";
}

void change(Context& ctx, const ChangeOptions& o) {
  EmployeeChange c;
  std::string fields;
  auto note = [&fields](const char* f) { fields += (fields.empty() ? "" : ", ") + std::string(f); };
  if (!o.name.empty()) {
    c.name = o.name;
    note("name");
  }
  if (!o.birth_date.empty()) {
    c.birth_date = date_option(o.birth_date, "--birth-date");
    note("birth date");
  }
  if (!o.bsn.empty()) {
    c.bsn = o.bsn;
    note("BSN");
  }
  if (!o.iban.empty()) {
    c.iban = o.iban;
    note("IBAN");
  }
  if (!o.payroll_tax_credit.empty()) {
    c.payroll_tax_credit = yes_no_option(o.payroll_tax_credit, "--payroll-tax-credit");
    note("loonheffingskorting");
  }
  if (!o.commute_km.empty()) {
    c.commute_km_per_period = decimal_option(o.commute_km, "--commute-km");
    note("commute");
  }
  Database db = Database::open(o.db);
  const EmployeeRecord r = app::Backoffice(db).change_employee(o.id, c);
  if (o.json) {
    print_json(*ctx.out, app::employee_record_json(r));
    return;
  }
  *ctx.out << "Changed " << fields << " of employee " << r.employee.id << " " << r.employee.name << ".\n";
}

void terminate(Context& ctx, const TerminateOptions& o) {
  const std::optional<ContractEnding> ending = ending_from_options(o.reason, o.initiative, o.culpable);
  const Date last_day = date_option(o.last_day, "--last-day");
  Database db = Database::open(o.db);
  const Contract c = app::Backoffice(db).terminate(o.id, last_day, o.reason, ending);
  if (o.json) {
    print_json(*ctx.out, Json{{"employee", o.id}, {"last_day", to_string(*c.end)}, {"reason", o.reason}, {"contract", app::contract_json(c)}});
    return;
  }
  *ctx.out << "Employment of " << o.id << " ends on " << to_string(*c.end) << ": contract " << c.label() << " ends then; reason: "
           << o.reason << "\n";
}

}  // namespace

void add_employee_write_commands(CLI::App* employee, Context& ctx) {
  auto h = std::make_shared<HireOptions>();
  auto* hc = employee->add_subcommand(
      "hire", "Hire one employee: the record, contract C1 from --start and a scale placement from the same day, judged by the "
              "import's checks (docs/store.md). One audited transaction; on an error nothing is stored.");
  add_db_option(hc, h->db);
  hc->add_option("--id", h->id, "Personnel number")->required();
  hc->add_option("--name", h->name, "Name")->required();
  hc->add_option("--birth-date", h->birth_date, "Date of birth (YYYY-MM-DD)")->required();
  hc->add_option("--bsn", h->bsn, "Burgerservicenummer (nine digits, eleven test)")->required();
  hc->add_option("--iban", h->iban, "Account for the net wage (stored normalised)")->required();
  hc->add_option("--start", h->start, "First day of employment (YYYY-MM-DD)")->required();
  hc->add_option("--hours", h->hours, "Hours per week")->required();
  auto* end = hc->add_option("--end", h->end, "Last day of a fixed-term contract (YYYY-MM-DD)");
  hc->add_flag("--permanent", h->permanent, "The contract is for an indefinite period (vast contract); not with --end")->excludes(end);
  hc->add_option("--hourly-wage", h->hourly_wage, "Agreed hourly wage, with --scale (default: the statutory minimum)");
  hc->add_option("--scale", h->scale,
                 "Scale and step, e.g. \"schaal 3, trede 2\"; required with --hourly-wage (default without it: WML, the statutory "
                 "minimum)");
  hc->add_option("--job", h->job, "The work, e.g. wijkconciërge");
  hc->add_option("--payroll-tax-credit", h->payroll_tax_credit, "Apply the loonheffingskorting: yes or no (also ja or nee, as in the employees CSV)")
      ->capture_default_str();
  hc->add_flag("--json", h->json, "Print the employee's record as JSON, and errors as JSON on stderr");
  hc->callback([h, &ctx] { hire(ctx, *h); });

  auto c = std::make_shared<ChangeOptions>();
  auto* cc = employee->add_subcommand(
      "change", "Change an employee's personal record: only the options given change. These fields are not dated: later runs "
                "and corrections of closed periods use the new value; stored runs keep theirs. The payroll tax credit holds "
                "from the next period run: a correction of a closed period keeps the choice it was paid with.");
  add_db_option(cc, c->db);
  cc->add_option("--id", c->id, "Personnel number")->required();
  cc->add_option("--name", c->name, "New name");
  cc->add_option("--birth-date", c->birth_date, "Corrected date of birth (YYYY-MM-DD)");
  cc->add_option("--bsn", c->bsn, "Corrected BSN");
  cc->add_option("--iban", c->iban, "New account for the net wage");
  cc->add_option("--payroll-tax-credit", c->payroll_tax_credit, "Apply the loonheffingskorting: yes or no (also ja or nee, as in the employees CSV)");
  cc->add_option("--commute-km", c->commute_km, "Km travelled to and from work per period (travel allowance)");
  cc->add_flag("--json", c->json, "Print the employee's record as JSON, and errors as JSON on stderr");
  cc->callback([c, &ctx] { change(ctx, *c); });

  auto t = std::make_shared<TerminateOptions>();
  auto* tc = employee->add_subcommand(
      "terminate", "End the employment on --last-day: the contract running that day ends then; no contract may start after it.");
  add_db_option(tc, t->db);
  tc->add_option("--id", t->id, "Personnel number")->required();
  tc->add_option("--last-day", t->last_day, "Last day of employment (YYYY-MM-DD)")->required();
  std::string reasons;
  for (const auto& n : end_reason_names()) reasons += (reasons.empty() ? "" : ", ") + n;
  tc->add_option("--reason", t->reason,
                 "How it ended: " + reasons + " (stored with the contract; other text is kept in the audit entry only)")
      ->required();
  tc->add_option("--initiative", t->initiative, "Who took the initiative: employer or employee (art. 7:673 BW; the transition payment)");
  tc->add_option("--culpable", t->culpable, "Serious culpability, if any: employer or employee (art. 7:673 lid 7/8 BW)");
  tc->add_flag("--json", t->json, "Print the ended contract as JSON, and errors as JSON on stderr");
  tc->callback([t, &ctx] { terminate(ctx, *t); });
}

}  // namespace basisbaan::cli
