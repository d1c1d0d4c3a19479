// SPDX-License-Identifier: EUPL-1.2
// basisbaan init — creates (or migrates) an employer's database; --example loads the bundled
// example employer from examples/employer/. Also registers the other database commands.

#include <filesystem>
#include <memory>
#include <optional>
#include <ostream>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/payroll/employee_json.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/file_permissions.hpp"
#include "basisbaan/store/schema.hpp"
#include "store_commands.hpp"

namespace basisbaan::cli {
namespace {

struct InitOptions {
  std::string db;
  bool example = false;
  std::string employer;
  std::string employees;
  std::string example_dir;
  bool fix_permissions = false;
};

/// examples/employer next to the rules directory (the source tree, or share/basisbaan when installed).
std::filesystem::path example_directory(Context& ctx, const std::string& given) {
  if (!given.empty()) return given;
  return ctx.rules_directory().parent_path() / "examples" / "employer";
}

/// Sick reports of the example: CSV employee_id,label,first_day,incapacity,recovered.
void load_example_sickness(app::Backoffice& office, const std::filesystem::path& file) {
  const std::string text = read_input_file(file.string());
  const auto records = parse_csv(text, file.string());
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& f = records[i].fields;
    if (f.size() != 5) throw InputError(file.string() + " line " + std::to_string(records[i].line) + ": expected 5 fields");
    SickReport r;
    r.id = f[1];
    r.first_day = parse_date(f[2], "first_day");
    if (!f[3].empty()) r.initial_incapacity = Rate::parse_percent(f[3], "incapacity");
    if (!f[4].empty()) r.recovered = parse_date(f[4], "recovered");
    office.report_sick(f[0], r);
  }
}

/// The database file and its WAL companions, removed (no error when absent).
void remove_database_files(const std::string& db) {
  std::error_code ec;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db + suffix, ec);
}

/// Opens or creates the database and records the employer, the employees and (for the example)
/// the sick reports in one transaction: all of them, or none when one is refused.
void initialise(Context& ctx, const InitOptions& o, bool existed) {
  Database db = Database::create(o.db);
  app::Backoffice office(db);
  auto& out = *ctx.out;
  std::filesystem::path employer_file = o.employer;
  std::filesystem::path employees_file = o.employees;
  if (o.example) {
    if (db.has_employer() || !db.employees().empty()) {
      throw InputError(o.db + ": the database already holds an employer or employees; --example needs a new database");
    }
    const auto dir = example_directory(ctx, o.example_dir);
    if (!std::filesystem::exists(dir / "employer.json")) {
      throw InputError(dir.string() + ": the example employer is not there (give --example-dir DIR)");
    }
    employer_file = dir / "employer.json";
    employees_file = dir / "employees.csv";
  }
  std::optional<Employer> employer;
  if (!employer_file.empty()) {
    const std::string name = employer_file.string();
    const Json doc = parse_json_exact(read_input_file(name), name);
    employer = read_employer(JsonField(doc, name, ""));
  }
  const std::string employees_csv = employees_file.empty() ? std::string() : read_input_file(employees_file.string());
  const auto sick = employer_file.parent_path() / "sick_reports.csv";
  int imported = 0;
  db.all_or_nothing("initialising " + o.db, [&] {
    if (employer) office.set_employer(*employer);
    if (!employees_file.empty()) imported = office.import_employees(employees_csv, employees_file.string());
    if (o.example && std::filesystem::exists(sick)) load_example_sickness(office, sick);
  });
  out << (existed ? "Opened " : "Created ") << o.db << " (schema version " << db.schema_version();
  if (const auto from = db.migrated_from_schema(); from && *from > 0) {
    out << ", migrated from version " << *from << ": each migration is an audit entry, schema.migrate";
  }
  out << ")\n";
  if (employer) out << "Employer: " << db.employer().name << "\n";
  if (!employees_file.empty()) out << "Imported " << imported << " employees from " << employees_file.string() << "\n";
  if (o.example) out << "Next: basisbaan payroll run --db " << o.db << " --period 2026-03\n";
}

void run(Context& ctx, const InitOptions& o) {
  if (o.example && (!o.employer.empty() || !o.employees.empty())) {
    throw UsageError("--example loads the example employer and employees; leave out --employer and --employees");
  }
  const bool existed = std::filesystem::exists(o.db);
  if (existed && database_readable_by_others(o.db)) {
    if (o.fix_permissions) {
      restrict_database_to_owner(o.db);
      *ctx.err << "note: " << o.db << " was readable by others; its permissions are now 0600 (owner only)\n";
    } else {
      *ctx.err << "warning: " << o.db << " is readable by other users (it holds BSNs, IBANs and wages); "
               << "run basisbaan init --db " << o.db << " --fix-permissions to make it 0600\n";
    }
  }
  try {
    initialise(ctx, o, existed);
  } catch (...) {
    // A database this command created is removed again: the failed command leaves no file behind.
    if (!existed) remove_database_files(o.db);
    throw;
  }
}

}  // namespace

void add_db_option(CLI::App* cmd, std::string& db) {
  cmd->add_option("--db", db, "The employer's database file (SQLite; basisbaan init creates it)")->required();
}

void register_init_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<InitOptions>();
  auto* cmd = app.add_subcommand(
      "init", "Create the employer's database (readable by its owner only), or bring an existing one to the current schema. "
              "With --example, load the bundled example employer and its employees (examples/employer/).");
  add_db_option(cmd, o->db);
  cmd->add_flag("--example", o->example, "Load the example employer, employees and sick reports");
  cmd->add_option("--employer", o->employer, "Record the employer from FILE.json (the \"employer\" object of docs/payslip-input.md)");
  cmd->add_option("--employees", o->employees, "Import employees from FILE.csv (columns: docs/store.md)");
  cmd->add_option("--example-dir", o->example_dir, "Where the example is (default: examples/employer next to the rules)");
  cmd->add_flag("--fix-permissions", o->fix_permissions, "Make an existing database readable and writable by its owner only (0600)");
  cmd->callback([o, &ctx] { run(ctx, *o); });
}

void register_store_commands(CLI::App& app, Context& ctx) {
  register_init_command(app, ctx);
  register_employee_command(app, ctx);
  register_payroll_command(app, ctx);
  register_replay_command(app, ctx);
  register_audit_command(app, ctx);
}

}  // namespace basisbaan::cli
