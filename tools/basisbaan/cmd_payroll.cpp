// SPDX-License-Identifier: EUPL-1.2
// basisbaan payroll run|show|close|correct|list — payroll runs per period in the employer's database.

#include <memory>
#include <ostream>
#include <sstream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/run_json.hpp"
#include "basisbaan/app/run_summary.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "basisbaan/store/payslip_explain.hpp"
#include "basisbaan/store/provisional_runs.hpp"
#include "alerts_output.hpp"
#include "option_values.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct PayrollOptions {
  std::string db;
  std::string period;
  std::string employee;
  std::string reason;
  bool json = false;
  bool profile = false;
  bool explain = false;
};

/// The traces of a stored payslip computed again (payroll show --explain).
void print_explanation(std::ostream& out, const ExplainedPayslip& x) {
  out << "\nExplanation (run " << x.run_id << ", computed again with the stored rules " << x.rules_fingerprint.substr(0, 19) << "…):\n";
  if (!x.matches_stored) {
    out << "WARNING: computed again, this payslip differs from the stored one, so the explanation below is not that of the "
           "stored amounts; basisbaan replay and basisbaan audit verify say what differs.\n";
  }
  for (const auto& l : x.payslip.lines) {
    if (!l.trace.empty()) out << "\n" << l.description << ":\n" << l.trace.to_text();
  }
}

std::string short_fingerprint(const std::string& f) { return f.size() > 19 ? f.substr(0, 19) + "…" : f; }

std::string run_title(const StoredRun& run) {
  std::string s = "run " + std::to_string(run.id) + ", " + std::string(to_string(run.kind)) + ", " + (run.closed ? "closed" : "open");
  if (run.kind == RunKind::Correction) {
    s += ", corrects run " + std::to_string(run.corrects_run.value_or(0)) + ", paid in " + (run.pay_in ? run.pay_in->label() : "?");
  }
  return s;
}

void print_corrections(std::ostream& out, const StoredRun& c) {
  out << "\nCorrection of " << c.period.label() << " (" << run_title(c) << ")" << (c.reason.empty() ? "" : ": " + c.reason) << "\n";
  TablePrinter t({"employee", "line", "before", "after", "difference"}, {false, false, true, true, true});
  for (const auto& d : c.differences) {
    for (const auto& l : d.lines) {
      t.row({d.employee_id, l.description, l.before.str_nl(), l.after.str_nl(), l.difference().str_nl()});
    }
    t.row({d.employee_id, "= net to pay in " + (c.pay_in ? c.pay_in->label() : std::string("?")), "", "", d.net.str_nl()});
  }
  t.print(out);
}

// A stored provisional run (computed with values carried past their horizon, docs/rules-format.md
// "Horizons") is marked wherever it is shown, as the run itself was when it was computed.
std::string provisional_note(const std::vector<std::string>& carried) {
  std::string s = "PROVISIONAL: computed with values carried past their horizon (";
  for (std::size_t i = 0; i < carried.size(); ++i) s += (i ? ", " : "") + carried[i];
  return s + "); it cannot be closed or exported until the rules are complete and the period is run again.\n";
}

void mark_provisional(Json& j, const std::vector<std::string>& carried) {
  if (carried.empty()) return;
  j["provisional"] = true;
  j["carried_forward"] = carried;
}

void print_paid_corrections(std::ostream& out, const Database& db, const PayPeriod& period) {
  const auto paid = app::corrections_paid_in(db, period);
  if (paid.empty()) return;
  out << "\nCorrections of earlier periods paid with " << period.label() << " (net, on top of the payslips above):\n";
  TablePrinter t({"run", "corrected", "employee", "gross", "wage tax", "net"}, {true, false, false, true, true, true});
  for (const auto& c : paid) {
    t.row({std::to_string(c.run), c.corrected_period, c.employee_id, c.gross.str_nl(), c.wage_tax.str_nl(), c.net.str_nl()});
  }
  t.row({"", "", "total", "", "", app::total_net(paid).str_nl()});
  t.print(out);
}

}  // namespace

std::string computed_by(const std::optional<std::string>& program_version) {
  return program_version ? "by basisbaan " + *program_version : "by a version of basisbaan not recorded (stored before schema 13)";
}

void print_run_summary(std::ostream& out, const StoredRun& run) {
  out << run.employer.name << " — payroll " << run.period.label() << " (" << to_string(run.period.start()) << " … "
      << to_string(run.period.end()) << "), " << run_title(run) << "\n";
  out << "computed " << run.computed_at << " " << computed_by(run.program_version) << (run.closed_at ? ", closed " + *run.closed_at : std::string()) << "; rules "
      << short_fingerprint(run.rules_fingerprint) << "\n\n";
  TablePrinter t({"employee", "name", "h/week", "hourly", "gross", "wage tax", "net", "employer cost"},
                 {false, false, true, true, true, true, true, true});
  for (const auto& s : run.payslips) {
    const Payslip& p = s.payslip;
    t.row({p.employee_id, p.employee_name, s.employee.hours_per_week.str(), p.hourly_wage.str_nl(), p.gross.str_nl(), p.wage_tax.str_nl(),
           p.net.str_nl(), p.employer_cost.str_nl()});
  }
  const app::RunTotals totals = app::run_totals(run);
  t.row({"total", std::to_string(totals.employees) + " employees", "", "", totals.gross.str_nl(), totals.wage_tax.str_nl(),
         totals.net.str_nl(), totals.employer_cost.str_nl()});
  t.print(out);
  for (const auto& c : run.corrections) print_corrections(out, c);
  if (run.kind == RunKind::Correction) print_corrections(out, run);
}

void register_payroll_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<PayrollOptions>();
  auto* payroll = app.add_subcommand("payroll", "Payroll runs per period in the employer's database (docs/store.md).");
  payroll->require_subcommand(1);

  auto* run_cmd = payroll->add_subcommand(
      "run", "Compute a period for every employee employed in it, in one transaction, and store the inputs, the rules and the "
             "payslips. An open period is computed again and replaced; a closed one can only be corrected.");
  add_db_option(run_cmd, o->db);
  run_cmd->add_option("--period", o->period, "Period, e.g. 2026-03")->required();
  run_cmd->add_flag("--json", o->json, "Print the stored run as JSON");
  run_cmd->add_flag("--profile", o->profile,
                    "Print the wall and processor time of each phase of the run to standard error (docs/performance.md)");
  run_cmd->callback([o, &ctx] {
    const PayPeriod period = period_option(o->period);
    Database db = Database::open(o->db);
    RunOptions options;
    if (o->profile) options.profile = ctx.err;
    const RunOutcome r = app::Backoffice(db, ctx.rules()).run_payroll(period, options);
    // The dates a clerk must act on in or before this period (app/alerts.hpp). The run is stored
    // already: an error in the alerts is reported with the run, not as the command's failure.
    std::vector<app::Alert> period_alerts;
    std::string alerts_error;
    try {
      period_alerts = app::alerts_up_to(ctx.rules(), load_employee_records(db), r.run.period.start(), r.run.period.end());
    } catch (const std::exception& e) {
      alerts_error = std::string("the alerts could not be computed: ") + e.what();
    }
    if (o->json) {
      Json j = app::run_json(r.run);
      j["alerts"] = alerts_json(period_alerts, r.run.period.start(), r.run.period.end())["alerts"];
      if (!alerts_error.empty()) j["alerts_error"] = alerts_error;
      j["replaced"] = r.replaced;
      j["notes"] = r.notes;
      j["corrections_paid"] = app::paid_corrections_json(app::corrections_paid_in(db, r.run.period));
      print_json(*ctx.out, j);
      return;
    }
    if (r.replaced) *ctx.out << "The open run of " << o->period << " was computed again and replaced.\n";
    print_run_summary(*ctx.out, r.run);
    print_paid_corrections(*ctx.out, db, r.run.period);
    if (!r.notes.empty()) {
      *ctx.out << "\nNotes:\n";
      for (const auto& n : r.notes) *ctx.out << "  " << n << "\n";
    }
    if (!period_alerts.empty()) {
      *ctx.out << "\n";
      print_alerts(*ctx.out, period_alerts, "To act on in or before " + o->period);
    }
    if (!alerts_error.empty()) *ctx.out << "\nNote: " << alerts_error << "\n";
  });

  auto* show = payroll->add_subcommand("show", "Show a stored run: the payslip summary, or one employee's payslip.");
  add_db_option(show, o->db);
  show->add_option("--period", o->period, "Period, e.g. 2026-03")->required();
  show->add_option("--employee", o->employee, "Print this employee's payslip (the latest correction, if any, as well)");
  auto* show_json = show->add_flag("--json", o->json, "Print JSON");
  show->add_flag("--explain", o->explain,
                 "With --employee: compute the stored payslip again from what its run stored (rules copy, employer, input "
                 "snapshot, opening state) and show how every line was obtained, with each parameter's value, date and source")
      ->excludes(show_json);
  show->callback([o, &ctx] {
    if (o->explain && o->employee.empty()) throw CLI::ValidationError("--explain", "needs --employee: it explains one payslip");
    const PayPeriod period = period_option(o->period);
    Database db = open_to_read(ctx, o->db);
    const StoredRun stored = app::Backoffice(db).run(period);
    const auto carried = provisional_parameters(db, stored.id);
    if (!o->employee.empty()) {
      const auto versions = app::payslip_versions(stored, o->employee);
      if (versions.empty()) throw InputError("employee " + o->employee + " has no payslip in period " + o->period);
      if (o->json) {
        Json j = app::payslip_versions_json(versions);
        mark_provisional(j, carried);
        print_json(*ctx.out, j);
        return;
      }
      for (const auto& v : versions) {
        Payslip shown = v.payslip->payslip;
        if (v.run->id == stored.id) shown.carried_forward = carried;
        *ctx.out << (v.run->kind == RunKind::Correction ? "\nCORRECTIE (run " + std::to_string(v.run->id) + ")\n" : std::string())
                 << to_text_nl(shown);
        if (o->explain) print_explanation(*ctx.out, explain_stored_payslip(db, *v.run, o->employee));
      }
      return;
    }
    if (o->json) {
      Json j = app::run_json(stored);
      j["corrections_paid"] = app::paid_corrections_json(app::corrections_paid_in(db, stored.period));
      mark_provisional(j, carried);
      print_json(*ctx.out, j);
      return;
    }
    if (!carried.empty()) *ctx.out << provisional_note(carried);
    print_run_summary(*ctx.out, stored);
    print_paid_corrections(*ctx.out, db, stored.period);
  });

  auto* close = payroll->add_subcommand("close", "Close a period: from then on the database refuses every change to its run.");
  add_db_option(close, o->db);
  close->add_option("--period", o->period, "Period, e.g. 2026-03")->required();
  close->callback([o, &ctx] {
    const PayPeriod period = period_option(o->period);
    Database db = Database::open(o->db);
    const StoredRun closed = app::Backoffice(db).close_period(period);
    *ctx.out << "Period " << closed.period.label() << " closed (run " << closed.id << ", " << closed.payslips.size()
             << " payslips, content " << closed.content_hash.substr(0, 16) << "…)\n";
  });

  auto* correct = payroll->add_subcommand(
      "correct", "Recompute a closed period with today's administration (e.g. a back-dated contract change) and store the "
                 "differences as a correction run that references it; the differences are paid in the first open period.");
  add_db_option(correct, o->db);
  correct->add_option("--period", o->period, "The closed period to correct, e.g. 2026-01")->required();
  correct->add_option("--reason", o->reason, "Why (stored with the correction)");
  correct->add_flag("--json", o->json, "Print JSON");
  correct->callback([o, &ctx] {
    const PayPeriod period = period_option(o->period);
    Database db = Database::open(o->db);
    const CorrectionOutcome c = app::Backoffice(db, ctx.rules()).correct_period(period, o->reason);
    if (o->json) {
      Json j = c.run ? app::run_json(*c.run) : Json{{"period", o->period}, {"differences", Json::array()}};
      j["pay_in_run_is_stale"] = c.pay_in_run_is_stale;
      Json finals = Json::array();
      for (const auto& f : c.final_periods) finals.push_back(app::run_json(f));
      j["final_period_corrections"] = std::move(finals);
      print_json(*ctx.out, j);
      return;
    }
    if (!c.run) {
      *ctx.out << "Period " << o->period << " recomputed with today's administration: no differences; nothing stored.\n";
      return;
    }
    print_corrections(*ctx.out, *c.run);
    for (const auto& f : c.final_periods) {
      *ctx.out << "\nThe holiday-allowance reserve of a leaver changed, so the final period is corrected too:\n";
      print_corrections(*ctx.out, f);
    }
    if (c.pay_in_run_is_stale) {
      *ctx.out << "\nPeriod " << c.run->pay_in->label() << " was computed before this correction: run it again to include it "
               << "(basisbaan payroll run --db " << o->db << " --period " << c.run->pay_in->label() << ").\n";
    }
  });

  auto* list = payroll->add_subcommand("list", "List the stored runs.");
  add_db_option(list, o->db);
  list->add_flag("--json", o->json, "Print JSON");
  list->callback([o, &ctx] {
    Database db = open_to_read(ctx, o->db);
    const auto runs = app::Backoffice(db).runs();
    if (o->json) {
      Json j = app::run_list_json(runs);
      for (std::size_t i = 0; i < runs.size(); ++i) mark_provisional(j["runs"][i], provisional_parameters(db, runs[i].id));
      print_json(*ctx.out, j);
      return;
    }
    TablePrinter t({"run", "period", "kind", "state", "employees", "gross", "wage tax", "net", "computed"},
                   {true, false, false, false, true, true, true, true, false});
    for (const auto& r : runs) {
      std::string kind(to_string(r.kind));
      if (r.corrects_run) kind += " of run " + std::to_string(*r.corrects_run) + ", paid in " + r.pay_in.value_or("?");
      const bool provisional = !provisional_parameters(db, r.id).empty();
      t.row({std::to_string(r.id), r.period, kind, r.closed ? "closed" : (provisional ? "open, provisional" : "open"), std::to_string(r.employees), r.gross.str_nl(),
             r.wage_tax.str_nl(), r.net.str_nl(), r.computed_at});
    }
    t.print(*ctx.out);
  });
}

}  // namespace basisbaan::cli
