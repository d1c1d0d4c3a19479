// SPDX-License-Identifier: EUPL-1.2
// basisbaan sick timeline — sick reports added together under art. 7:629 lid 10 BW, the
// Wet verbetering poortwachter deadlines per period, and the wage continuation phases.

#include <chrono>
#include <memory>
#include <ostream>
#include <sstream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/sick_timeline.hpp"
#include "basisbaan/app/stored_records.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/employment/poortwachter.hpp"
#include "basisbaan/employment/wage_continuation.hpp"
#include "basisbaan/store/administration.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct SickOptions {
  std::string reports;
  std::string db;
  std::string employee;
  std::string date;
  bool json = false;
  bool explain = false;
};

// The timeline of one employee: printed, or returned as JSON with --json.
Json timeline_of(Context& ctx, const SickReportsFile& file, const std::optional<Date>& on, const std::string& document,
                 const SickOptions& o) {
  const RuleBook& rules = ctx.rules();
  Trace trace("wage continuation during sickness (art. 7:629 BW)");
  const app::SickTimeline timeline = app::sick_timeline(rules, file, on, document, o.explain ? &trace : nullptr);
  const auto& pay = timeline.wage_continuation;
  if (o.json) return app::sick_timeline_json(file, timeline, o.explain ? &trace : nullptr);
  auto& out = *ctx.out;
  out << "Sickness of " << (file.employee.empty() ? std::string("the employee") : file.employee)
      << " (periods less than four weeks apart are added together, art. 7:629 lid 10 BW)\n";
  int n = 0;
  for (const auto& pt : timeline.periods) {
    const SicknessPeriod& p = pt.period;
    out << "\nPeriod " << ++n << ": from " << to_string(p.first_day)
        << (p.last_sick_day ? " to " + to_string(*p.last_sick_day) : std::string(", still sick"));
    if (p.interruption_days > 0) out << " (" << p.interruption_days << " fit days inside, not counted)";
    out << "\n  reports:";
    for (std::size_t k = 0; k < p.reports.size(); ++k) {
      const SickReport& r = timeline.reports[p.reports[k]];
      const std::string between = k == 0 ? std::string()
                                  : p.across_wazo_leave[k - 1]
                                      ? std::to_string(p.interruptions[k - 1]) + " days of pregnancy and maternity leave (not counted, art. 7:629 lid 10 BW)"
                                      : std::to_string(p.interruptions[k - 1]) + " fit days";
      out << (k > 0 ? ", " + between + ", then " : " ") << r.id << " "
          << to_string(r.first_day) << (r.recovered ? "…" + to_string(add_days(*r.recovered, -1)) : std::string("…"));
    }
    out << "\n";
    const auto& milestones = pt.milestones;
    if (!milestones.empty() && !milestones.front().deadline) {
      out << "  ended before week " << milestones.front().week << ": no reintegration deadline reached\n";
      continue;
    }
    TablePrinter t({"week", "deadline", "step", "basis"}, {true, false, false, false});
    for (const auto& m : milestones) {
      std::string when = m.deadline ? to_string(*m.deadline) : std::string("not reached");
      if (m.from && m.deadline) when = to_string(*m.from) + " … " + when;
      t.row({std::to_string(m.week), when, m.what, m.basis});
    }
    std::ostringstream buf;
    t.print(buf);
    out << buf.str();
    if (!pt.steps.empty()) {
      static constexpr const char* kState[] = {"on time", "LATE", "MISSING", "due"};
      TablePrinter st({"step", "deadline", "done", "state"}, {false, false, false, false});
      for (const StepCheck& c : pt.steps) {
        st.row({std::string(to_string(c.kind)), to_string(c.deadline), c.done ? to_string(*c.done) : "-",
                kState[static_cast<int>(c.state)]});
      }
      std::ostringstream sb;
      st.print(sb);
      out << "  reintegration steps recorded:\n" << sb.str();
    }
    if (pt.extended) {
      out << "  wage continuation extended by " << pt.extended->extra_days << " days to " << to_string(pt.extended->last_day)
          << " (104 weeks end " << to_string(pt.extended->regular_last_day) << ")\n";
      for (const std::string& b : pt.extended->basis) out << "    " << b << "\n";
    }
  }
  for (const MaternityLeave& m : timeline.wazo_leave) {
    out << "\nPregnancy and maternity leave " << to_string(m.pregnancy_leave_from) << " … " << to_string(m.last_day) << ": "
        << m.basis << "; no wage continuation during it (art. 7:629 lid 4 BW), the UWV benefit instead (art. 3:7 Wazo)\n";
  }
  if (pay) {
    out << "\nWage continuation on " << to_string(pay->date) << ": ";
    if (pay->sick_day) {
      out << "sick day " << *pay->sick_day << ", unfit " << pay->incapacity.str() << ", sick part paid " << pay->sick_part_rate.str()
          << " (" << pay->sick_part_hourly.str_eur() << " per hour), day paid " << pay->paid_rate.str() << "\n  " << pay->reason << "\n";
    } else {
      out << "not sick\n";
    }
    if (o.explain) out << trace.to_text();
  }
  return {};
}

void run(Context& ctx, const SickOptions& o) {
  if (o.reports.empty() == o.db.empty()) throw UsageError("sick timeline: give either --reports FILE or --db FILE");
  if (!o.employee.empty() && o.db.empty()) throw UsageError("sick timeline: --employee needs --db");
  std::optional<Date> on;
  if (!o.date.empty()) on = date_option(o.date, "--date");
  if (!o.reports.empty()) {
    const Json j = timeline_of(ctx, read_sick_reports_json(read_input_file(o.reports), o.reports), on, o.reports, o);
    if (o.json) print_json(*ctx.out, j);
    return;
  }
  // From the employer's database: one employee, or every employee with sick reports.
  const std::size_t shown = print_per_employee(
      ctx, o.db, o.employee, o.json, "\n", [&](const EmployeeRecord& r) { return !r.sick_reports.empty() || !o.employee.empty(); },
      [&](const EmployeeRecord& r) { return timeline_of(ctx, app::sick_reports_of(r, on), on, o.db + ", employee " + r.employee.id, o); });
  if (!o.json && shown == 0) *ctx.out << "No sick reports in " << o.db << ".\n";
}

struct SickDbOptions {
  std::string db;
  std::string employee;
  std::string first_day;
  std::string date;
  std::string incapacity = "100";
  std::string label;
  bool pregnancy = false;
};

/// `sick report --db` and `sick recover --db`: sick reports in the employer's database.
void add_sick_db_commands(CLI::App* sick, Context& ctx) {
  auto o = std::make_shared<SickDbOptions>();
  auto* report = sick->add_subcommand("report", "Record a sick report (ziekmelding) in the employer's database.");
  add_db_option(report, o->db);
  report->add_option("--employee", o->employee, "Personnel number")->required();
  report->add_option("--first-day", o->first_day, "First day of sickness (YYYY-MM-DD)")->required();
  report->add_option("--incapacity", o->incapacity, "Percentage unfit")->capture_default_str();
  report->add_option("--label", o->label, "Label (default S<n>)");
  report->add_flag("--pregnancy", o->pregnancy, "Pregnancy-related (left out of absence figures)");
  report->callback([o, &ctx] {
    const Date first_day = date_option(o->first_day, "--first-day");
    const Rate incapacity = percent_option(o->incapacity, "--incapacity");
    Database db = Database::open(o->db);
    SickReport r;
    r.id = o->label;
    r.first_day = first_day;
    r.initial_incapacity = incapacity;
    r.pregnancy = o->pregnancy;
    const SickReport stored = app::Backoffice(db).report_sick(o->employee, r);
    *ctx.out << "Sick report " << stored.id << " of " << o->employee << " from " << to_string(stored.first_day) << " recorded.\n";
  });
  auto* recover = sick->add_subcommand("recover", "Record the first day fully fit again on the open sick report.");
  add_db_option(recover, o->db);
  recover->add_option("--employee", o->employee, "Personnel number")->required();
  recover->add_option("--date", o->date, "First day fully fit again (YYYY-MM-DD)")->required();
  recover->add_option("--report", o->label, "The report's label (default: the open one)");
  recover->callback([o, &ctx] {
    const Date on = date_option(o->date, "--date");
    Database db = Database::open(o->db);
    const SickReport r = app::Backoffice(db).report_recovery(o->employee, on,
                                                             o->label.empty() ? std::nullopt : std::optional<std::string>(o->label));
    *ctx.out << "Sick report " << r.id << " of " << o->employee << ": fit again on " << to_string(*r.recovered) << ".\n";
  });
}

}  // namespace

void register_sick_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<SickOptions>();
  auto* sick = app.add_subcommand("sick", "Sickness: periods, reintegration deadlines, wage continuation.");
  sick->require_subcommand(1);
  auto* cmd = sick->add_subcommand("timeline", "Sick reports added together (art. 7:629 lid 10 BW) with the Wet verbetering "
                                               "poortwachter deadlines; with --date the wage continuation on that day.");
  cmd->add_option("--reports", o->reports, "Sick reports file (JSON, see docs/employment.md)");
  cmd->add_option("--db", o->db, "The employer's database instead of a file: every employee with sick reports, or --employee");
  cmd->add_option("--employee", o->employee, "With --db: only this personnel number");
  cmd->add_option("--date", o->date, "Also show the wage continuation on this day (YYYY-MM-DD)");
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->add_flag("--explain", o->explain, "Show how the wage continuation was obtained");
  cmd->callback([o, &ctx] { run(ctx, *o); });
  add_sick_db_commands(sick, ctx);
  add_sickness_record_commands(sick, ctx);
}

}  // namespace basisbaan::cli
