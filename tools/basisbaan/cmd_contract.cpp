// SPDX-License-Identifier: EUPL-1.2
// basisbaan contract check — an employee's contracts under the chain rule (7:668a), the notice
// duty (7:668), the transition payment (7:673), probation for a proposed contract (7:652), the
// employer policy's advice and the dates that matter in the coming months.

#include <chrono>
#include <memory>
#include <ostream>
#include <sstream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/contract_review.hpp"
#include "basisbaan/app/contract_review_json.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/employer_policy.hpp"
#include "basisbaan/employment/json_records.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/probation.hpp"
#include "basisbaan/employment/transition_payment.hpp"
#include "basisbaan/employment/upcoming.hpp"
#include "basisbaan/store/administration.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "store_commands.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct ContractOptions {
  std::string contracts;
  std::string db;
  std::string employee;
  std::string date;
  std::string ledger;
  std::string reports;
  int months = 3;
  bool json = false;
  bool explain = false;
};

Date today() { return Date{date::floor<date::days>(std::chrono::system_clock::now())}; }

std::string length_text(const ServiceLength& s) {
  return std::to_string(s.years) + " y " + std::to_string(s.months) + " m " + std::to_string(s.days) + " d";
}

// Prints (or returns as JSON) the review of `in`; `document` names where the contracts came from.
Json review_one(Context& ctx, const app::ContractReviewInput& in, const std::string& document, const ContractOptions& o) {
  const RuleBook& rules = ctx.rules();
  Trace tp_trace("transition payment (transitievergoeding)");
  const app::ContractReview review = app::review_contracts(rules, in, document, o.explain ? &tp_trace : nullptr);
  const Date& as_of = in.as_of;
  const ContractsFile& file = in.file;
  const ChainAnalysis& analysis = review.analysis;
  const Contract& last = file.contracts.back();
  const auto& tp = review.transition_payment;
  const auto& verdict = review.proposed;
  const auto& probation = review.probation;
  const auto& advice = review.advice;
  const auto& dates = review.upcoming;

  if (o.json) return app::contract_review_json(in, review, o.explain ? &tp_trace : nullptr);

  auto& out = *ctx.out;
  out << "Contracts of " << (file.employee.empty() ? std::string("the employee") : file.employee) << " on " << to_string(as_of)
      << " (chain rule art. 7:668a BW: more than " << analysis.limits.max_contracts << " contracts or more than "
      << analysis.limits.max_months << " months, interruptions of at most " << analysis.limits.max_interruption_months
      << " months)\n";
  int n = 0;
  for (const Chain& ch : analysis.chains) {
    out << "\nChain " << ++n << ": from " << to_string(ch.start);
    if (ch.length) out << ", " << length_text(*ch.length);
    out << ", " << ch.links.size() << " contract(s); more than " << analysis.limits.max_months << " months on "
        << to_string(ch.exceeds_months_on);
    if (ch.permanent_from) out << "; permanent from " << to_string(*ch.permanent_from);
    out << "\n";
    if (ch.broken_before) out << "  new chain: " << *ch.broken_before << "\n";
    TablePrinter t({"#", "contract", "employer", "start", "end", "status", "notice by", "notice"},
                   {true, false, false, false, false, false, false, false});
    for (const ChainLink& l : ch.links) {
      const Contract& c = file.contracts[l.contract];
      const RenewalNotice& nt = review.notices[l.contract];
      std::string status(to_string(l.status));
      if (l.status == ContractStatus::PermanentByLaw) status += " from " + to_string(*l.permanent_from);
      std::string notice(to_string(nt.state));
      if (nt.penalty) notice += ", aanzegvergoeding " + nt.penalty->str_eur();
      t.row({std::to_string(l.number_in_chain), c.id, c.employer + (l.successor_employer ? " (successor)" : ""),
             to_string(c.start), c.end ? to_string(*c.end) : c.ends_on_event() ? "on event" : "-", status, nt.last_day ? to_string(*nt.last_day) : "-", notice});
    }
    std::ostringstream buf;
    t.print(buf);
    out << buf.str();
    for (const ChainLink& l : ch.links) {
      const Contract& c = file.contracts[l.contract];
      out << "  " << c.id << ": " << l.reason << "\n";
      if (c.ends_on_event()) {
        out << "  " << c.id << ": ends on an event: " << c.end_event
            << (c.expected_end ? " (expected " + to_string(*c.expected_end) + ")" : std::string()) << "\n";
      }
    }
  }
  if (review.entitlement) {
    out << "\n" << last.id << " ended on " << to_string(*last.end) << " (" << to_string(last.ending->reason) << ", initiative "
        << to_string(last.ending->initiative) << "): transition payment " << (review.entitlement->due ? "due" : "not due")
        << "; " << review.entitlement->why << "\n";
  }
  if (tp && review.entitlement) {
    out << "\nTransition payment now that " << last.id << " ended on " << to_string(tp->end) << " (art. 7:673 BW):\n"
        << "  service " << length_text(tp->service) << ", monthly wage incl. holiday allowance and components "
        << tp->monthly_wage.str_eur() << "\n  amount " << tp->amount.str_eur() << " (maximum " << tp->maximum.str_eur()
        << "); claim by " << to_string(tp->claim_deadline) << "\n";
    if (o.explain) out << tp_trace.to_text();
  } else if (tp) {
    out << "\nTransition payment if " << last.id << " ends on " << to_string(tp->end) << " without renewal (art. 7:673 BW):\n"
        << "  service " << length_text(tp->service) << ", monthly wage incl. holiday allowance and components "
        << tp->monthly_wage.str_eur() << "\n  amount " << tp->amount.str_eur() << " (maximum " << tp->maximum.str_eur()
        << "); claim by " << to_string(tp->claim_deadline) << "\n";
    if (o.explain) out << tp_trace.to_text();
  }
  if (verdict) {
    out << "\nProposed contract " << file.proposed->label() << ":\n  "
        << (verdict->continues_chain ? "continues the chain as contract " + std::to_string(verdict->number_in_chain)
                                     : std::string("starts a new chain"))
        << "; " << to_string(verdict->status);
    if (verdict->permanent_from) out << " from " << to_string(*verdict->permanent_from);
    out << (verdict->permanent_from_first_day ? " (from its first day)" : "") << "\n  " << verdict->reason << "\n"
        << "  probation: at most " << probation->max_months << " month(s)" << "; " << probation->reason << "\n";
  }
  out << "\nAdvice:\n";
  for (const auto& a : advice) out << "  by " << to_string(a.by) << ": " << to_string(a.action) << " — " << a.text << "\n";
  out << "\nDates from " << to_string(as_of) << " to " << to_string(add_months(as_of, o.months)) << ":\n";
  if (dates.empty()) out << "  none\n";
  for (const auto& u : dates) out << "  " << to_string(u.date) << "  " << u.kind << ": " << u.what << "\n";
  return {};
}

void run(Context& ctx, const ContractOptions& o) {
  if (o.contracts.empty() == o.db.empty()) throw UsageError("contract check: give either --contracts FILE or --db FILE");
  if (!o.employee.empty() && o.db.empty()) throw UsageError("contract check: --employee needs --db");
  const Date as_of = o.date.empty() ? today() : date_option(o.date, "--date");
  if (!o.contracts.empty()) {
    app::ContractReviewInput in;
    in.as_of = as_of;
    in.months_ahead = o.months;
    in.file = read_contracts_json(read_input_file(o.contracts), o.contracts);
    if (!o.reports.empty()) in.sick_reports = read_sick_reports_json(read_input_file(o.reports), o.reports).reports;
    if (!o.ledger.empty()) in.leave = read_leave_ledger_json(ctx.rules(), read_input_file(o.ledger), o.ledger);
    const Json j = review_one(ctx, in, o.contracts, o);
    if (o.json) print_json(*ctx.out, j);
    return;
  }
  // From the employer's database: one employee, or every employee with contracts.
  print_per_employee(
      ctx, o.db, o.employee, o.json, "\n" + std::string(72, '=') + "\n\n",
      [&](const EmployeeRecord& r) { return !r.contracts.empty() || !o.employee.empty(); },
      [&](const EmployeeRecord& r) {
        return review_one(ctx, app::review_input_of(r, as_of, o.months), o.db + ", employee " + r.employee.id, o);
      });
}

struct ContractAddOptions {
  std::string db;
  std::string employee;
  std::string label;
  std::string job;
  std::string start;
  std::string end;
  bool indefinite = false;
  std::string hours;
  std::string hourly_wage;
  std::string scale;
  std::string end_event;
  std::string expected_end;
};

/// `contract add --db`: a new contract or an amendment in the employer's database.
void add_contract_db_command(CLI::App* contract, Context& ctx) {
  auto o = std::make_shared<ContractAddOptions>();
  auto* add = contract->add_subcommand(
      "add", "Record a contract (or an amendment: the running contract then ends the day before) in the employer's database. "
             "With --hourly-wage or --scale the scale placement changes from the start as well. A back-dated change is then "
             "settled with payroll correct.");
  add_db_option(add, o->db);
  add->add_option("--employee", o->employee, "Personnel number")->required();
  add->add_option("--start", o->start, "First day (YYYY-MM-DD)")->required();
  add->add_option("--end", o->end, "Last day (YYYY-MM-DD); required unless --indefinite or --end-event");
  add->add_option("--end-event", o->end_event,
                  "A fixed-term contract until an event instead of a date, e.g. \"end of project Wijkgroen\" "
                  "(no aanzegging duty, art. 7:668 lid 2 BW)");
  add->add_option("--expected-end", o->expected_end, "With --end-event: the day the event is expected (YYYY-MM-DD), for alerts");
  add->add_flag("--indefinite", o->indefinite, "For an indefinite period (vast contract)");
  add->add_option("--hours", o->hours, "Hours per week")->required();
  add->add_option("--hourly-wage", o->hourly_wage, "Agreed hourly wage from the start, with --scale (empty: the statutory minimum)");
  add->add_option("--scale", o->scale,
                  "Scale and step from the start, e.g. \"schaal 3, trede 2\"; required with --hourly-wage (without it: the "
                  "statutory minimum)");
  add->add_option("--job", o->job, "The work, e.g. wijkconciërge");
  add->add_option("--label", o->label, "Label (default C<n>)");
  add->callback([o, &ctx] {
    require_scale_with_hourly_wage(o->hourly_wage, o->scale);
    Database db = Database::open(o->db);
    Contract c;
    c.id = o->label;
    c.job = o->job;
    c.start = date_option(o->start, "--start");
    if (!o->end.empty()) c.end = date_option(o->end, "--end");
    c.indefinite = o->indefinite;
    c.end_event = o->end_event;
    if (!o->expected_end.empty()) {
      if (o->end_event.empty()) throw InputError("--expected-end: only for a contract until an event (--end-event)");
      c.expected_end = date_option(o->expected_end, "--expected-end");
    }
    c.hours_per_week = signed_hours_option(o->hours, "--hours");  // the range: hours_per_week_problem
    std::optional<ScalePlacement> placement;
    if (!o->hourly_wage.empty() || !o->scale.empty()) {
      ScalePlacement p;
      p.from = c.start;
      p.scale = o->scale;
      if (!o->hourly_wage.empty()) p.hourly_wage = money_option(o->hourly_wage, "--hourly-wage");
      placement = p;
    }
    const ContractChange change = app::Backoffice(db).add_contract(o->employee, c, placement);
    if (change.replaced) *ctx.out << "Contract " << change.replaced->label() << " of " << o->employee << " is replaced\n";
    if (change.ended) *ctx.out << "Contract " << change.ended->id << " of " << o->employee << " now ends on " << to_string(*change.ended->end) << "\n";
    *ctx.out << "Contract " << change.added.label() << " of " << o->employee << " recorded: " << change.added.hours_per_week.str()
             << " hours per week" << (placement ? ", " + placement->scale : std::string()) << "\n";
  });
}

}  // namespace

void register_contract_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<ContractOptions>();
  auto* contract = app.add_subcommand("contract", "Employment contracts: chain rule, notice duty, transition payment, advice.");
  contract->require_subcommand(1);
  auto* cmd = contract->add_subcommand(
      "check", "Check an employee's contracts: the chain (art. 7:668a BW), when a contract becomes permanent by law, "
               "the notice deadlines and aanzegvergoeding (7:668), the transition payment (7:673), probation for a "
               "proposed contract (7:652), the employer policy's advice and every date in the coming months.");
  cmd->add_option("--contracts", o->contracts, "Contracts file (JSON, see docs/employment.md)");
  cmd->add_option("--db", o->db, "The employer's database instead of a contracts file: every employee, or --employee");
  cmd->add_option("--employee", o->employee, "With --db: only this personnel number");
  cmd->add_option("--date", o->date, "Judge on this date (YYYY-MM-DD; default today)");
  cmd->add_option("--months", o->months, "Months ahead for the list of upcoming dates")->capture_default_str()->check(CLI::Range(1, 60));
  cmd->add_option("--reports", o->reports, "Sick reports file of the same employee, for reintegration deadlines");
  cmd->add_option("--ledger", o->ledger, "Leave ledger of the same employee, for leave expiring");
  cmd->add_flag("--json", o->json, "Print JSON (amounts as decimal strings)");
  cmd->add_flag("--explain", o->explain, "Show how the transition payment was obtained");
  cmd->callback([o, &ctx] { run(ctx, *o); });
  add_contract_db_command(contract, ctx);
  add_contract_write_commands(contract, ctx);
}

}  // namespace basisbaan::cli
