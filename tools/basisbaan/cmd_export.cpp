// SPDX-License-Identifier: EUPL-1.2
// basisbaan export — what leaves the employer after a closed payroll run: the wage-tax return
// (XML), the salary payments (SEPA pain.001), the wage journal (CSV) and the payslips (HTML);
// after the year, the annual statements (jaaropgaaf) and the wage ledgers (loonstaat).
// Every file is written through a temporary file and a rename: on an error nothing is written.

#include <filesystem>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "basisbaan/app/annual_exports.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/export_summary.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/export/atomic_directory.hpp"
#include "basisbaan/export/atomic_file.hpp"
#include "basisbaan/export/journal.hpp"
#include "basisbaan/export/loonaangifte.hpp"
#include "basisbaan/export/payslip_html.hpp"
#include "basisbaan/export/sepa_pain001.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct Common {
  std::string db;
  std::string period;
  std::string out;
};

void add_common(CLI::App* cmd, Common& c, const char* out_help) {
  cmd->add_option("--db", c.db, "The employer's database (basisbaan init --db FILE)")->required();
  cmd->add_option("--period", c.period, "The period of the closed run, e.g. 2026-03")->required();
  cmd->add_option("--out", c.out, out_help)->required();
}

/// "2026-05 to 2026-12": the labels (in order), consecutive periods as one range.
std::string period_ranges(const std::vector<std::string>& labels) {
  std::string out;
  for (std::size_t i = 0; i < labels.size();) {
    std::size_t j = i;
    while (j + 1 < labels.size() && PayPeriod::parse(labels[j]).next() == PayPeriod::parse(labels[j + 1])) ++j;
    out += (out.empty() ? "" : ", ") + labels[i] + (j == i ? "" : (j == i + 1 ? ", " : " to ") + labels[j]);
    i = j + 1;
  }
  return out;
}

/// The warning on stderr when the annual export leaves periods of the year out: those not
/// closed and those in which someone was employed that were never run.
void warn_of_missing_periods(std::ostream& err, const app::AnnualExport& x, bool statement, int year) {
  if (x.open_periods.empty() && x.never_run_periods.empty()) return;
  err << "warning: the " << (statement ? "annual statements" : "wage ledgers") << " of " << year << " cover only the "
      << x.closed_periods << (x.closed_periods == 1 ? " closed period" : " closed periods") << "; left out:";
  if (!x.open_periods.empty()) err << " " << period_ranges(x.open_periods) << " (not closed)";
  if (!x.open_periods.empty() && !x.never_run_periods.empty()) err << ",";
  if (!x.never_run_periods.empty()) err << " " << period_ranges(x.never_run_periods) << " (never run)";
  err << "\n";
}

/// The closed run of --period (the SEPA file and the journal; the payslips read the run open or closed).
RunData closed_run(Context& ctx, const Common& c) {
  const PayPeriod period = period_option(c.period);
  Database db = open_to_read(ctx, c.db);
  return app::Backoffice(db).closed_run_data(period);
}

/// The closed run of --period as the wage-tax return reads it (with each payslip's arbeidskorting of the period).
RunData wage_tax_return_run(Context& ctx, const Common& c) {
  const PayPeriod period = period_option(c.period);
  Database db = open_to_read(ctx, c.db);
  return app::Backoffice(db).wage_tax_return_data(period);
}

}  // namespace

void register_export_command(CLI::App& app, Context& ctx) {
  auto* exp = app.add_subcommand("export",
                                 "Files for other parties from a closed payroll run: wage-tax return, SEPA payments, journal, payslips; "
                                 "per year: annual statements and wage ledgers");
  exp->require_subcommand(1);

  {
    struct Options : Common {
      std::string contact, phone, relation_number, created;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = exp->add_subcommand("loonaangifte", "The wage-tax return (aangifte loonheffingen) of the period as XML (docs/exports.md)");
    add_common(cmd, *o, "The XML file to write");
    cmd->add_option("--contact", o->contact, "Contact person in the message (default: the employer's name)");
    cmd->add_option("--phone", o->phone, "Telephone number of the contact person (TelNr; the Belastingdienst requires it)");
    cmd->add_option("--relnr", o->relation_number,
                    "The software supplier's relation number with the Belastingdienst, 8 characters, e.g. SWO01234 (RelNr; required)");
    cmd->add_option("--created", o->created, "Creation time in the message, e.g. 2026-04-10T09:00:00 (default: the period's last day, midnight)");
    cmd->callback([o, &ctx] {
      const RunData run = wage_tax_return_run(ctx, *o);
      LoonaangifteOptions opt;
      opt.contact_person = o->contact;
      opt.phone = o->phone;
      if (!o->relation_number.empty() && o->relation_number.size() != 8) {
        throw UsageError("--relnr: expected the 8-character relation number (e.g. SWO01234), got '" + o->relation_number + "'");
      }
      opt.relation_number = o->relation_number;
      if (!o->created.empty()) opt.created_at = o->created;
      write_file_atomically(o->out, loonaangifte_xml(run, opt));
      const app::RunDataTotals totals = app::run_data_totals(run);
      *ctx.out << "wrote " << o->out << ": wage-tax return " << run.period.label() << ", " << totals.income_relationships
               << " income relationships, " << totals.corrected_periods << " corrected periods\n";
      if (o->phone.empty() || o->relation_number.empty()) {
        *ctx.err << "warning: the Belastingdienst refuses a return without "
                 << (o->phone.empty() && o->relation_number.empty() ? "TelNr and RelNr" : o->phone.empty() ? "TelNr" : "RelNr")
                 << " (Loonaangifte2026v2.0.xsd): give --phone and --relnr before filing it\n";
      }
    });
  }
  {
    struct Options : Common {
      std::string execution_date, message_id;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = exp->add_subcommand("sepa", "The net wages of the period as a SEPA credit-transfer file (ISO 20022 pain.001.001.03)");
    add_common(cmd, *o, "The XML file to write");
    cmd->add_option("--execution-date", o->execution_date,
                    "The day the bank pays, YYYY-MM-DD: in the period or after it (a day before the period is refused; more "
                    "than 7 days after its last day is warned about: late wages, art. 7:625 BW)")
        ->required();
    cmd->add_option("--message-id", o->message_id, "Message id (default SAL-<period>-<loonheffingennummer>)");
    cmd->callback([o, &ctx] {
      SepaOptions opt{date_option(o->execution_date, "--execution-date"), std::nullopt, std::nullopt};
      if (!o->message_id.empty()) opt.message_id = o->message_id;
      const PayPeriod period = period_option(o->period);
      if (auto m = sepa_execution_date_problem(period, opt.execution_date)) throw UsageError("--execution-date: " + *m);
      const RunData run = closed_run(ctx, *o);
      write_file_atomically(o->out, sepa_pain001_xml(run, opt));
      const app::RunDataTotals totals = app::run_data_totals(run);
      *ctx.out << "wrote " << o->out << ": salary payments " << run.period.label() << ", net wages " << totals.net_wages.str()
               << " to " << totals.income_relationships << " employees on " << o->execution_date << "\n";
      if (auto w = sepa_execution_date_warning(run.period, opt.execution_date)) *ctx.err << "warning: " << *w << "\n";
    });
  }
  {
    struct Options : Common {
      std::string accounts;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = exp->add_subcommand("journal", "The run as balanced journal entries (CSV) on a configurable chart of accounts");
    add_common(cmd, *o, "The CSV file to write");
    cmd->add_option("--accounts", o->accounts, "Chart of accounts: CSV \"role,account,name\" (default accounts: docs/exports.md)");
    cmd->callback([o, &ctx] {
      const ChartOfAccounts chart = o->accounts.empty() ? ChartOfAccounts::defaults()
                                                        : ChartOfAccounts::parse_csv(read_input_file(o->accounts), o->accounts);
      const RunData run = closed_run(ctx, *o);
      const auto lines = journal_lines(run, chart);
      write_file_atomically(o->out, journal_csv(lines));
      *ctx.out << "wrote " << o->out << ": " << lines.size() << " journal lines, debit = credit = "
               << app::journal_debit_total(lines).str() << "\n";
    });
  }
  {
    struct Options : Common {
      bool draft = false;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = exp->add_subcommand("payslips", "One Dutch payslip per employee as HTML (prints on A4)");
    add_common(cmd, *o, "The directory to write the pages to (created if missing)");
    cmd->add_flag("--draft", o->draft,
                  "Also for an open run: preview its payslips before closing, each page marked \"CONCEPT — periode nog niet "
                  "afgesloten\" (a closed run's payslips are final and never marked)");
    cmd->callback([o, &ctx] {
      const PayPeriod period = period_option(o->period);
      Database db = open_to_read(ctx, o->db);
      const RunData run = app::Backoffice(db, ctx.rules()).run_data(period);
      if (!run.closed && !o->draft) {
        throw InputError("period " + run.period.label() + ": the payroll run is not closed; close it first (basisbaan payroll close --period " +
                         run.period.label() + "), or preview its payslips marked as drafts with --draft");
      }
      const PayslipStatus status = payslip_status(run);
      std::vector<ExportFile> pages;
      pages.reserve(run.employees.size());
      for (const auto& re : run.employees) pages.emplace_back(payslip_file_name(re), payslip_html(run.employer, re, status));
      // All new or untouched: a fresh directory that takes the place of the old one.
      if (const auto parent = std::filesystem::path(o->out).parent_path(); !parent.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(parent, ec);
        if (ec) throw InputError(o->out + ": cannot create the directory " + parent.string() + ": " + ec.message());
      }
      write_directory_atomically(o->out, pages, is_payslip_file_name);
      if (status == PayslipStatus::Draft) {
        *ctx.out << "wrote " << pages.size() << " draft payslips for " << run.period.label() << " to " << o->out
                 << ": marked CONCEPT, the run is not closed\n";
      } else {
        *ctx.out << "wrote " << pages.size() << " payslips for " << run.period.label() << " to " << o->out << "\n";
      }
    });
  }
  for (const bool statement : {true, false}) {
    struct Options {
      std::string db, out, format = "html";
      int year = 0;
    };
    auto o = std::make_shared<Options>();
    auto* cmd = statement ? exp->add_subcommand("jaaropgaaf",
                                                "The annual statement (jaaropgaaf) of every employee for a year, from the closed runs "
                                                "(HTML per employee or one CSV; docs/exports.md)")
                          : exp->add_subcommand("loonstaat",
                                                "The wage ledger (loonstaat) of every employee for a year, per period, from the closed runs "
                                                "(HTML per employee or one CSV; docs/exports.md)");
    cmd->add_option("--db", o->db, "The employer's database")->required();
    cmd->add_option("--year", o->year, "The calendar year")->required();
    cmd->add_option("--out", o->out,
                    std::string("The directory to write to, created if missing (default ") + (statement ? "jaaropgaven" : "loonstaten") + "-YEAR)");
    cmd->add_option("--format", o->format, "html (one page per employee, default) or csv (one file)")->check(CLI::IsMember({"html", "csv"}));
    cmd->callback([o, &ctx, statement] {
      Database db = open_to_read(ctx, o->db);
      const app::Backoffice office(db, ctx.rules());
      const auto format = o->format == "csv" ? app::AnnualExportFormat::Csv : app::AnnualExportFormat::Html;
      const app::AnnualExport x = statement ? app::jaaropgaaf_export(office, o->year, format) : app::loonstaat_export(office, o->year, format);
      const std::string dir = o->out.empty() ? (statement ? "jaaropgaven-" : "loonstaten-") + std::to_string(o->year) : o->out;
      write_files_atomically(dir, x.files);
      *ctx.out << "wrote " << x.files.size() << (x.files.size() == 1 ? " file" : " files") << " to " << dir << ": "
               << (statement ? "annual statements " : "wage ledgers ") << o->year << " of " << x.employees << " employees from "
               << x.closed_periods << " closed periods\n";
      warn_of_missing_periods(*ctx.err, x, statement, o->year);
    });
  }
}

}  // namespace basisbaan::cli
