// SPDX-License-Identifier: EUPL-1.2
// basisbaan absence — verzuimpercentage, meldingsfrequentie and average duration for a group
// over a period, following the national standard for absence registration (docs/employment.md).

#include <memory>
#include <ostream>

#include "basisbaan/app/stored_records.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/absence.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/store/administration.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct AbsenceCliOptions {
  std::string records;
  std::string db;
  std::string employee;
  std::string from;
  std::string to;
  bool include_pregnancy = false;
  bool json = false;
};

void run(Context& ctx, const AbsenceCliOptions& o) {
  const Date from = date_option(o.from, "--from");
  const Date to = date_option(o.to, "--to");
  if (to < from) throw UsageError("absence: --to " + o.to + " is before --from " + o.from);
  if (o.records.empty() == o.db.empty()) throw UsageError("absence: give either --records FILE or --db FILE");
  if (!o.employee.empty() && o.db.empty()) throw UsageError("absence: --employee needs --db");
  AbsenceRecordsFile file;
  if (!o.records.empty()) {
    file = read_absence_records_json(read_input_file(o.records), o.records);
  } else {
    // From the employer's database: every employee (or one), one spell per contract.
    const Database db = open_to_read(ctx, o.db);
    file.employees = o.employee.empty() ? app::absence_employees_of(ctx.rules(), load_employee_records(db))
                                        : app::absence_employees_of(ctx.rules(), {load_employee_record(db, o.employee)});
  }
  if (o.include_pregnancy) file.options.include_pregnancy = true;
  const AbsenceFigures f = absence_figures(ctx.rules(), file.employees, from, to, file.options);
  if (o.json) {
    Json doc;
    doc["from"] = to_string(f.from);
    doc["to"] = to_string(f.to);
    doc["days"] = f.days;
    doc["employees"] = f.employees;
    doc["average_employees"] = f.average_employees.str();
    doc["sick_fte_days"] = f.sick_fte_days.str();
    doc["available_fte_days"] = f.available_fte_days.str();
    doc["verzuimpercentage"] = f.verzuimpercentage.str();
    doc["new_cases"] = f.new_cases;
    doc["meldingsfrequentie"] = f.meldingsfrequentie ? Json(f.meldingsfrequentie->str()) : Json(nullptr);
    doc["ended_cases"] = f.ended_cases;
    doc["average_duration_days"] = f.average_duration ? Json(f.average_duration->str()) : Json(nullptr);
    doc["pregnancy_included"] = file.options.include_pregnancy;
    print_json(*ctx.out, doc);
    return;
  }
  auto& out = *ctx.out;
  out << "Absence " << to_string(from) << " … " << to_string(to) << " (" << f.days << " days), " << f.employees << " employees"
      << (file.options.include_pregnancy ? ", pregnancy-related sickness included" : ", pregnancy-related sickness left out") << "\n";
  TablePrinter t({"figure", "value", "how"}, {false, true, false});
  t.row({"verzuimpercentage", f.verzuimpercentage.str() + "%",
         f.sick_fte_days.str() + " sick fte-days / " + f.available_fte_days.str() + " fte-days in service"});
  t.row({"meldingsfrequentie", f.meldingsfrequentie ? f.meldingsfrequentie->str() : "-",
         std::to_string(f.new_cases) + " new cases / " + f.average_employees.str() + " employees on average, per year"});
  t.row({"average duration", f.average_duration ? f.average_duration->str() + " days" : "-",
         std::to_string(f.ended_cases) + " cases ended in the period"});
  t.print(out);
  out << "\nNational standard for absence registration (1996; CBS, NIA, SZW, TNO): calendar days, weighted by the\n"
         "part-time factor and the incapacity fraction; see docs/employment.md.\n";
}

}  // namespace

void register_absence_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<AbsenceCliOptions>();
  auto* cmd = app.add_subcommand("absence", "Absence figures for a group over a period: verzuimpercentage, "
                                            "meldingsfrequentie and average duration (national standard).");
  cmd->add_option("--records", o->records, "Absence records file (JSON, see docs/employment.md)");
  cmd->add_option("--db", o->db, "The employer's database instead of a file: every employee, or --employee");
  cmd->add_option("--employee", o->employee, "With --db: only this personnel number");
  cmd->add_option("--from", o->from, "First day of the period (YYYY-MM-DD)")->required();
  cmd->add_option("--to", o->to, "Last day of the period (YYYY-MM-DD)")->required();
  cmd->add_flag("--include-pregnancy", o->include_pregnancy, "Count pregnancy-related sickness too");
  cmd->add_flag("--json", o->json, "Print JSON (figures as decimal strings)");
  cmd->callback([o, &ctx] { run(ctx, *o); });
}

}  // namespace basisbaan::cli
