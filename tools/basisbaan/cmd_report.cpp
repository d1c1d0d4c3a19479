// SPDX-License-Identifier: EUPL-1.2
// basisbaan report programme — the programme report for the municipality: per participant and
// in total for a year, the employer cost beside the bijstand otherwise paid (CSV or HTML).

#include <memory>
#include <ostream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/export/atomic_file.hpp"
#include "basisbaan/export/programme_report.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {

void register_report_command(CLI::App& app, Context& ctx) {
  auto* rep = app.add_subcommand("report", "Reports over the stored payroll runs");
  rep->require_subcommand(1);
  struct Options {
    std::string db;
    int year = 0;
    std::string format = "csv";
    std::string out;
    std::vector<std::string> households;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = rep->add_subcommand("programme",
                                  "Per participant and in total for a year: wages, employer charges, pension, travel allowance, "
                                  "absence, the bijstand otherwise paid and the net cost (closed runs only)");
  cmd->add_option("--db", o->db, "The employer's database")->required();
  cmd->add_option("--year", o->year, "The calendar year")->required();
  cmd->add_option("--format", o->format, "csv or html")->check(CLI::IsMember({"csv", "html"}));
  cmd->add_option("--out", o->out, "The file to write")->required();
  cmd->add_option("--household", o->households,
                  "A participant's household for the bijstand comparison, ID=single|single-parent|couple (default single); repeatable");
  cmd->callback([o, &ctx] {
    std::map<std::string, BijstandHousehold> households;
    for (const auto& h : o->households) {
      const auto eq = h.find('=');
      if (eq == std::string::npos || eq == 0) throw UsageError("--household " + h + ": expected ID=single|single-parent|couple");
      households[h.substr(0, eq)] = option_value("--household " + h, "ID=single|single-parent|couple", h.substr(eq + 1), [&](const std::string& t) { return parse_bijstand_household(t, "--household " + h); });
    }
    Database db = open_to_read(ctx, o->db);
    std::vector<std::string> open;
    const auto runs = app::Backoffice(db, ctx.rules()).closed_runs_of_year(o->year, &open);
    if (runs.empty()) {
      throw InputError("year " + std::to_string(o->year) + ": no closed payroll run in " + o->db +
                       (open.empty() ? std::string() : " (open: " + open.front() + ")"));
    }
    const auto report = programme_report(ctx.rules(), o->year, runs, households);
    write_file_atomically(o->out, o->format == "html" ? programme_report_html(report) : programme_report_csv(report));
    *ctx.out << "wrote " << o->out << ": " << report.participants.size() << " participants, " << runs.size() << " closed periods of "
             << o->year << ", employer cost " << report.total.employer_cost.str() << ", net cost " << report.total.net_cost.str() << "\n";
    for (const auto& p : open) *ctx.err << "note: period " << p << " is not closed and is left out\n";
  });
}

}  // namespace basisbaan::cli
