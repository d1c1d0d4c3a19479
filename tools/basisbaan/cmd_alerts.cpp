// SPDX-License-Identifier: EUPL-1.2
// basisbaan alerts — every date a clerk must act on, for every employee in the employer's
// database, soonest first (app/alerts.hpp).

#include <chrono>
#include <memory>
#include <ostream>

#include "basisbaan/app/alerts.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/administration.hpp"
#include "alerts_output.hpp"
#include "option_values.hpp"
#include "cli.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct AlertsOptions {
  std::string db;
  std::string date;
  std::string employee;
  int months = 3;
  bool json = false;
};

Date today() { return Date{date::floor<date::days>(std::chrono::system_clock::now())}; }

void run(Context& ctx, const AlertsOptions& o) {
  if (o.months < 0) throw UsageError("--months: expected 0 or more, got " + std::to_string(o.months));
  const Date from = o.date.empty() ? today() : date_option(o.date, "--date");
  const Database db = open_to_read(ctx, o.db);
  const std::vector<EmployeeRecord> records = load_employee_records(db, o.employee);
  const std::vector<app::Alert> list = app::alerts(ctx.rules(), records, from, o.months);
  const Date until = add_months(from, o.months);
  if (o.json) {
    print_json(*ctx.out, alerts_json(list, from, until));
    return;
  }
  print_alerts(*ctx.out, list, "Dates to act on from " + to_string(from) + " to " + to_string(until));
}

}  // namespace

Json alerts_json(const std::vector<app::Alert>& list, const Date& from, const Date& until) {
  Json doc;
  doc["from"] = to_string(from);
  doc["until"] = to_string(until);
  auto items = Json::array();
  for (const app::Alert& a : list) {
    items.push_back(Json{{"date", to_string(a.date)}, {"employee", a.employee}, {"name", a.name}, {"kind", a.kind},
                         {"what", a.what}, {"past", a.past}});
  }
  doc["alerts"] = std::move(items);
  return doc;
}

void print_alerts(std::ostream& out, const std::vector<app::Alert>& list, const std::string& title) {
  out << title << " (" << list.size() << ")\n";
  if (list.empty()) return;
  TablePrinter t({"date", "employee", "kind", "what"}, {false, false, false, false});
  for (const app::Alert& a : list) {
    t.row({to_string(a.date) + (a.past ? " !" : ""), a.employee + (a.name.empty() ? "" : " " + a.name), a.kind, a.what});
  }
  t.print(out);
  bool any_past = false;
  for (const app::Alert& a : list) any_past = any_past || a.past;
  if (any_past) out << "! = the date has passed: act now.\n";
}

void register_alerts_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<AlertsOptions>();
  auto* cmd = app.add_subcommand("alerts", "Every date a clerk must act on, for every employee in the employer's database, "
                                           "soonest first: notice deadlines, contract ends, permanent-by-law dates, probation, "
                                           "reintegration deadlines, end of wage continuation, leave about to lapse, AOW dates.");
  add_db_option(cmd, o->db);
  cmd->add_option("--date", o->date, "First day of the window (YYYY-MM-DD; default today)");
  cmd->add_option("--months", o->months, "Months ahead (default 3)");
  cmd->add_option("--employee", o->employee, "Only this personnel number");
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->callback([o, &ctx] { run(ctx, *o); });
}

}  // namespace basisbaan::cli
