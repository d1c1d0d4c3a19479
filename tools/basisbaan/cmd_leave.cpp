// SPDX-License-Identifier: EUPL-1.2
// basisbaan leave balance — an employee's leave hours on a date: per year and kind, what was
// used and what expired, when the rest expires, and the payout at the end of employment.

#include <memory>
#include <ostream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/leave_agreements.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct LeaveOptions {
  std::string ledger;
  std::string db;
  std::string employee;
  std::string date;
  bool json = false;
};

// The balance of one ledger: printed, or returned as JSON with --json.
Json balance_of(Context& ctx, const LeaveLedger& l, const Date& on, const LeaveOptions& o) {
  const RuleBook& rules = ctx.rules();
  const LeaveBalance b = leave_balance(rules, l, on);
  if (o.json) {
    Json doc;
    doc["employee"] = l.employee;
    doc["date"] = to_string(on);
    doc["statutory"] = b.statutory.str();
    doc["extra"] = b.extra.str();
    doc["total"] = b.total.str();
    auto lots = Json::array();
    for (const auto& x : b.lots) {
      Json j;
      j["year"] = x.year;
      j["kind"] = std::string(to_string(x.kind));
      j["accrued"] = x.accrued.str();
      j["used"] = x.used.str();
      j["expired"] = x.expired.str();
      j["remaining"] = x.remaining.str();
      j["expires_on"] = to_string(x.expires_on);
      if (x.expiry_postponed) j["expiry_postponed"] = true;
      lots.push_back(std::move(j));
    }
    doc["lots"] = std::move(lots);
    if (b.payout_hours) {
      doc["payout_hours"] = b.payout_hours->str();
      if (b.payout) doc["payout"] = b.payout->str();
    }
    return doc;
  }
  auto& out = *ctx.out;
  out << "Leave of " << (l.employee.empty() ? std::string("the employee") : l.employee) << " on " << to_string(on)
      << " (hours; months are credited at their start)\n";
  TablePrinter t({"year", "kind", "accrued", "used", "expired", "remaining", "gone on"}, {true, false, true, true, true, true, false});
  for (const auto& x : b.lots) {
    t.row({std::to_string(x.year), std::string(to_string(x.kind)), x.accrued.str(), x.used.str(), x.expired.str(), x.remaining.str(),
           to_string(x.expires_on) + (x.expiry_postponed ? " (7:640a postponed)" : "")});
  }
  t.print(out);
  out << "\nBalance: " << b.total.str() << " hours (statutory " << b.statutory.str() << ", extra " << b.extra.str() << ")\n";
  if (b.payout_hours) {
    out << "Employment ended " << to_string(*l.employment_end) << ": " << b.payout_hours->str() << " hours to pay out (art. 7:641 BW)";
    if (b.payout) out << ", " << b.payout->str_eur();
    out << "\n";
  }
  out << "Statutory hours expire six months after the year of accrual (art. 7:640a BW), extra hours five years after it\n"
         "(art. 7:642 BW); leave taken uses the hours that expire first.\n";
  return {};
}

void run(Context& ctx, const LeaveOptions& o) {
  if (o.ledger.empty() == o.db.empty()) throw UsageError("leave balance: give either --ledger FILE or --db FILE");
  if (!o.employee.empty() && o.db.empty()) throw UsageError("leave balance: --employee needs --db");
  const Date on = date_option(o.date, "--date");
  if (!o.ledger.empty()) {
    const Json j = balance_of(ctx, read_leave_ledger_json(ctx.rules(), read_input_file(o.ledger), o.ledger), on, o);
    if (o.json) print_json(*ctx.out, j);
    return;
  }
  // From the employer's database: one employee, or every employee with contracts.
  print_per_employee(
      ctx, o.db, o.employee, o.json, "\n", [&](const EmployeeRecord& r) { return !r.contracts.empty() && r.contracts.front().start <= on; },
      [&](const EmployeeRecord& r) {
        LeaveLedger l = leave_ledger_of(r);
        if (l.employee.empty()) l.employee = r.employee.id;
        return balance_of(ctx, l, on, o);
      });
}

struct LeaveDbOptions {
  std::string db;
  std::string employee;
  std::string date;
  std::string hours;
  std::string note;
  bool json = false;
  bool scheduled = false;
  int lapse_months = -1;  ///< -1: not given
  std::string advance_hours;
};

void print_balance_line(std::ostream& out, const LeaveBalance& b) {
  out << "Balance on " << to_string(b.on) << ": " << b.total.str() << " hours (statutory " << b.statutory.str() << ", extra "
      << b.extra.str() << ")\n";
}

/// `leave take --db` and `leave show --db`: leave in the employer's database.
void add_leave_db_commands(CLI::App* leave, Context& ctx) {
  auto o = std::make_shared<LeaveDbOptions>();
  auto* take = leave->add_subcommand(
      "take", "Record leave taken in the employer's database, after checking it against the balance on that day.");
  add_db_option(take, o->db);
  take->add_option("--employee", o->employee, "Personnel number")->required();
  take->add_option("--date", o->date, "The day (YYYY-MM-DD)")->required();
  take->add_option("--hours", o->hours, "Hours taken")->required();
  take->add_option("--note", o->note, "Note");
  take->add_flag("--scheduled", o->scheduled,
                 "The employee was scheduled to work on this Saturday or Sunday: record the leave anyway (without it, leave "
                 "on a weekend day is refused: basisbaan spreads the contract hours over Monday to Friday)");
  take->callback([o, &ctx] {
    const Date on = date_option(o->date, "--date");
    const Hours hours = signed_hours_option(o->hours, "--hours");  // the range: take_leave
    Database db = Database::open(o->db);
    const LeaveBalance b = app::Backoffice(db, ctx.rules())
                               .take_leave(o->employee, on, hours, o->note, o->scheduled ? LeaveOnWeekend::Scheduled : LeaveOnWeekend::Refuse);
    *ctx.out << "Recorded " << o->hours << " hours of leave of " << o->employee << " on " << o->date << ".\n";
    print_balance_line(*ctx.out, b);
    if (const auto remark = leave_public_holiday_remark(ctx.rules(), on)) *ctx.err << "warning: " << *remark << "\n";
  });
  auto* agree = leave->add_subcommand(
      "agree", "Record a leave agreement made in writing: a longer lapse term for the statutory hours (art. 7:640a BW) "
               "and/or leave that may be taken in advance. The latest agreement governs the balance.");
  add_db_option(agree, o->db);
  agree->add_option("--employee", o->employee, "Personnel number")->required();
  agree->add_option("--date", o->date, "The day it was agreed (YYYY-MM-DD)")->required();
  agree->add_option("--lapse-months", o->lapse_months,
                    "Statutory hours lapse this many months after the year of accrual (law: 6; art. 7:640a BW)");
  agree->add_option("--advance-hours", o->advance_hours, "Hours that may be taken in advance of accrual (default 0)");
  agree->add_option("--note", o->note, "Note, e.g. where the signed agreement is kept");
  agree->callback([o, &ctx] {
    if (o->lapse_months < 0 && o->advance_hours.empty()) {
      throw UsageError("leave agree: give --lapse-months and/or --advance-hours");
    }
    const Date on = date_option(o->date, "--date");
    Database db = Database::open(o->db);
    LeaveAgreement a;
    a.agreed_on = on;
    if (o->lapse_months >= 0) a.statutory_expiry_months = o->lapse_months;
    a.advance_allowed = o->advance_hours.empty() ? Hours() : hours_option(o->advance_hours, "--advance-hours");
    a.note = o->note;
    const LeaveBalance b = add_leave_agreement(db, ctx.rules(), o->employee, a);
    *ctx.out << "Recorded the leave agreement of " << o->employee << " of " << o->date << ": statutory hours lapse "
             << (a.statutory_expiry_months ? std::to_string(*a.statutory_expiry_months) + " months" : std::string("as the law says"))
             << " after the year of accrual; " << a.advance_allowed.str() << " hours may be taken in advance.\n";
    print_balance_line(*ctx.out, b);
  });
  auto* show = leave->add_subcommand("show", "The leave balance of an employee in the employer's database on a date.");
  add_db_option(show, o->db);
  show->add_option("--employee", o->employee, "Personnel number")->required();
  show->add_option("--date", o->date, "Balance on this date (YYYY-MM-DD)")->required();
  show->add_flag("--json", o->json, "Print JSON");
  show->callback([o, &ctx] {
    const Date on = date_option(o->date, "--date");
    Database db = open_to_read(ctx, o->db);
    const LeaveBalance b = app::Backoffice(db, ctx.rules()).leave_balance(o->employee, on);
    if (o->json) {
      print_json(*ctx.out, Json{{"employee", o->employee}, {"date", to_string(b.on)}, {"statutory", b.statutory.str()},
                                {"extra", b.extra.str()}, {"total", b.total.str()}});
      return;
    }
    print_balance_line(*ctx.out, b);
  });
}

}  // namespace

void register_leave_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<LeaveOptions>();
  auto* leave = app.add_subcommand("leave", "Leave: balance, expiry and payout (art. 7:634–7:642 BW).");
  leave->require_subcommand(1);
  auto* cmd = leave->add_subcommand("balance", "The leave balance on a date from a leave ledger: accrued, used, expired and "
                                               "remaining hours per year and kind, and the payout at the end of employment.");
  cmd->add_option("--ledger", o->ledger, "Leave ledger file (JSON, see docs/employment.md)");
  cmd->add_option("--db", o->db, "The employer's database instead of a file: every employee, or --employee");
  cmd->add_option("--employee", o->employee, "With --db: only this personnel number");
  cmd->add_option("--date", o->date, "Balance on this date (YYYY-MM-DD)")->required();
  cmd->add_flag("--json", o->json, "Print JSON (hours as decimal strings)");
  cmd->callback([o, &ctx] { run(ctx, *o); });
  add_leave_db_commands(leave, ctx);
  add_pregnancy_leave_commands(leave, ctx);
}

}  // namespace basisbaan::cli
