// basisbaan leave balance — an employee's leave hours on a date: per year and kind, what was
// used and what expired, when the rest expires, and the payout at the end of employment.

#include <memory>
#include <ostream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/employment/leave_ledger.hpp"
#include "cli.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct LeaveOptions {
  std::string ledger;
  std::string date;
  bool json = false;
};

void run(Context& ctx, const LeaveOptions& o) {
  const RuleBook& rules = ctx.rules();
  const Date on = parse_date(o.date, "--date");
  const LeaveLedger l = read_leave_ledger_json(rules, read_input_file(o.ledger), o.ledger);
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
    print_json(*ctx.out, doc);
    return;
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
}

}  // namespace

void register_leave_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<LeaveOptions>();
  auto* leave = app.add_subcommand("leave", "Leave: balance, expiry and payout (art. 7:634–7:642 BW).");
  leave->require_subcommand(1);
  auto* cmd = leave->add_subcommand("balance", "The leave balance on a date from a leave ledger: accrued, used, expired and "
                                               "remaining hours per year and kind, and the payout at the end of employment.");
  cmd->add_option("--ledger", o->ledger, "Leave ledger file (JSON, see docs/employment.md)")->required();
  cmd->add_option("--date", o->date, "Balance on this date (YYYY-MM-DD)")->required();
  cmd->add_flag("--json", o->json, "Print JSON (hours as decimal strings)");
  cmd->callback([o, &ctx] { run(ctx, *o); });
}

}  // namespace basisbaan::cli
