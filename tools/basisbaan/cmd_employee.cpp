// SPDX-License-Identifier: EUPL-1.2
// basisbaan employee import|list|show|hire|change|terminate — the employees in the employer's
// database, through the application layer (app/backoffice.hpp).

#include <memory>
#include <ostream>

#include "basisbaan/app/employee_record_json.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/store/administration.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct EmployeeOptions {
  std::string db;
  std::string file;
  std::string id;
  bool json = false;
};

void list(Context& ctx, const EmployeeOptions& o) {
  Database db = open_to_read(ctx, o.db);
  const auto records = app::Backoffice(db).employees();
  if (o.json) {
    auto arr = Json::array();
    for (const auto& r : records) arr.push_back(to_json(r.employee));
    print_json(*ctx.out, Json{{"employees", arr}});
    return;
  }
  TablePrinter t({"id", "name", "born", "BSN", "since", "until", "h/week", "hourly", "scale", "contract", "sick"},
                 {false, false, false, false, false, false, true, true, false, false, false});
  for (const auto& r : records) {
    const Employee& e = r.employee;
    std::string sick;
    for (const auto& s : r.sick_reports) {
      if (!s.recovered) sick = "since " + to_string(s.first_day);
    }
    t.row({e.id, e.name, to_string(e.birth_date), e.bsn, to_string(e.employed_since),
           e.employed_until ? to_string(*e.employed_until) : "-", e.hours_per_week.str(),
           e.agreed_hourly_wage ? e.agreed_hourly_wage->str_nl() : "WML", e.scale, e.permanent_contract ? "indefinite" : "fixed term",
           sick});
  }
  t.print(*ctx.out);
  *ctx.out << records.size() << " employees\n";
}

void show(Context& ctx, const EmployeeOptions& o) {
  Database db = open_to_read(ctx, o.db);
  const EmployeeRecord r = app::Backoffice(db).employee(o.id);
  if (o.json) {
    print_json(*ctx.out, app::employee_record_json(r));
    return;
  }
  auto& out = *ctx.out;
  const Employee& e = r.employee;
  out << e.id << "  " << e.name << "\n  born " << to_string(e.birth_date) << ", BSN " << e.bsn << ", IBAN " << e.iban
      << ", loonheffingskorting " << (e.payroll_tax_credit ? "yes" : "no") << ", paid per " << to_string(e.pay_period) << "\n";
  out << "\nContracts:\n";
  for (const auto& c : r.contracts) {
    out << "  " << c.id << "  " << to_string(c.start) << " … " << (c.end ? to_string(*c.end) : std::string("")) << "  "
        << c.hours_per_week.str() << " h/week, " << (c.indefinite ? "indefinite" : "fixed term") << (c.job.empty() ? "" : ", " + c.job) << "\n";
  }
  out << "\nScale placements:\n";
  for (const auto& p : r.placements) {
    out << "  from " << to_string(p.from) << "  " << p.scale << "  " << (p.hourly_wage ? p.hourly_wage->str_eur() + " per hour" : "statutory minimum wage") << "\n";
  }
  if (!r.sick_reports.empty()) {
    out << "\nSick reports:\n";
    for (const auto& s : r.sick_reports) {
      out << "  " << s.id << "  from " << to_string(s.first_day) << " (" << s.initial_incapacity.str() << ")"
          << (s.recovered ? ", fit again " + to_string(*s.recovered) : std::string(", still sick")) << "\n";
    }
  }
  if (!r.leave_taken.empty()) {
    out << "\nLeave taken:\n";
    for (const auto& l : r.leave_taken) out << "  " << to_string(l.date) << "  " << l.hours.str() << " h  " << l.note << "\n";
  }
}

}  // namespace

void register_employee_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<EmployeeOptions>();
  auto* employee = app.add_subcommand("employee", "Employees in the employer's database.");
  employee->require_subcommand(1);
  auto* imp = employee->add_subcommand(
      "import", "Import employees from a CSV file, all or nothing: a bad row rejects the file; every bad row is named with "
                "its field (columns: docs/store.md). Each employee gets contract C1 and a scale placement from the start.");
  add_db_option(imp, o->db);
  imp->add_option("FILE", o->file, "Employees CSV file")->required();
  imp->add_flag("--json", o->json, "Print the result as JSON, and errors as JSON on stderr (docs/architecture.md, Errors)");
  imp->callback([o, &ctx] {
    Database db = Database::open(o->db);
    const int n = app::Backoffice(db).import_employees(read_input_file(o->file), o->file);
    if (o->json) {
      print_json(*ctx.out, Json{{"imported", n}, {"document", o->file}});
    } else {
      *ctx.out << "Imported " << n << " employees from " << o->file << "\n";
    }
  });
  auto* lst = employee->add_subcommand("list", "List the employees with their terms in force today.");
  add_db_option(lst, o->db);
  lst->add_flag("--json", o->json, "Print JSON");
  lst->callback([o, &ctx] { list(ctx, *o); });
  auto* sh = employee->add_subcommand("show", "One employee: contracts, scale placements, sick reports and leave taken.");
  add_db_option(sh, o->db);
  sh->add_option("ID", o->id, "Personnel number")->required();
  sh->add_flag("--json", o->json, "Print JSON");
  sh->callback([o, &ctx] { show(ctx, *o); });
  add_employee_write_commands(employee, ctx);
}

}  // namespace basisbaan::cli
