// SPDX-License-Identifier: EUPL-1.2
// basisbaan replay — recompute a stored period from its input snapshot and compare every line to
// the cent: exit 0 and "identical", or exit 1 with the differences.

#include <memory>
#include <ostream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/replay_json.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "store_commands.hpp"
#include "option_values.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct ReplayOptions {
  std::string db;
  std::string period;
  std::string employee;
  std::string rules = "as-applied";
  bool json = false;
};

void run(Context& ctx, const ReplayOptions& o) {
  const PayPeriod period = period_option(o.period);
  Database db = open_to_read(ctx, o.db);
  const bool current = o.rules == "current";
  const app::Backoffice office = current ? app::Backoffice(db, ctx.rules()) : app::Backoffice(db);
  std::vector<PayPeriod> periods{period};
  if (period.kind() == PeriodKind::Year) {
    periods = office.stored_periods(period.year());
    if (periods.empty()) throw InputError("no payroll run in " + period.label() + " in " + o.db);
  }
  const ReplayReport report =
      office.replay(periods, current, o.employee.empty() ? std::nullopt : std::optional<std::string>(o.employee));
  const std::size_t differences = app::replay_differences(report);
  if (o.json) {
    print_json(*ctx.out, app::replay_json(period.label(), report));
  } else {
    auto& out = *ctx.out;
    out << "Replay of " << period.label() << (o.employee.empty() ? std::string() : " for employee " + o.employee) << " with "
        << (current ? "the current rules" : "the rules as applied") << ":\n";
    for (const auto& r : report.runs) {
      out << "  " << r.period << " run " << r.run_id << " (" << to_string(r.kind) << "), " << computed_by(r.program_version) << ", rules "
          << r.rules_fingerprint << ": " << r.payslips
          << " payslips, " << r.lines << " lines: " << (r.differences.empty() ? "identical" : std::to_string(r.differences.size()) + " differences")
          << "\n";
      for (const auto& d : r.differences) out << "    " << d << "\n";
    }
    out << (report.identical() ? "identical" : "different") << "\n";
  }
  if (!report.identical()) {
    throw InputError("replay of " + period.label() + ": " + std::to_string(differences) + " difference(s) with the stored run" +
                     (current ? " (with the current rules)" : ""));
  }
}

}  // namespace

void register_replay_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ReplayOptions>();
  auto* cmd = app.add_subcommand(
      "replay", "Recompute a stored period (its regular run and corrections) from the stored inputs and compare every line, "
                "total and cumulative to the cent. Exit 0 and \"identical\", or exit 1 with the differences. "
                "--rules current shows what today's rules would have given.");
  add_db_option(cmd, o->db);
  cmd->add_option("--period", o->period, "Period, e.g. 2026-03, or a year (2026) for every stored period of it")->required();
  cmd->add_option("--employee", o->employee, "Only this employee");
  cmd->add_option("--rules", o->rules, "as-applied: the copy of the rules stored with the run; current: the rules loaded now")
      ->check(CLI::IsMember({"as-applied", "current"}))
      ->capture_default_str();
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->callback([o, &ctx] { run(ctx, *o); });
}

}  // namespace basisbaan::cli
