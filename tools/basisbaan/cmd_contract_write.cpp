// SPDX-License-Identifier: EUPL-1.2
// basisbaan contract extend|end --db — extending a fixed-term contract and ending a contract in
// the employer's database, each one audited transaction of the application layer.

#include <memory>
#include <ostream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/employee_record_json.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/employment/contract_ending.hpp"
#include "basisbaan/employment/young_part_timer.hpp"
#include "basisbaan/store/administration.hpp"
#include "store_commands.hpp"
#include "option_values.hpp"

namespace basisbaan::cli {
namespace {

struct ContractWriteOptions {
  std::string db, employee, until, label, last_day, reason, initiative, culpable;
  bool json = false;
};

void extend(Context& ctx, const ContractWriteOptions& o) {
  std::optional<Date> until;
  if (!o.until.empty()) until = date_option(o.until, "--until");
  Database db = Database::open(o.db);
  const ContractChange change = app::Backoffice(db).extend_contract(o.employee, until);
  if (o.json) {
    print_json(*ctx.out, app::contract_change_json(change));
    return;
  }
  const Contract& c = change.added;
  *ctx.out << "Contract " << c.label() << " of " << o.employee << " recorded: " << c.hours_per_week.str() << " hours per week, "
           << (c.indefinite ? std::string("indefinite") : "fixed term to " + to_string(*c.end)) << "\n";
}

void end(Context& ctx, const ContractWriteOptions& o) {
  const std::optional<ContractEnding> ending = ending_from_options(o.reason, o.initiative, o.culpable);
  const Date last_day = date_option(o.last_day, "--last-day");
  Database db = Database::open(o.db);
  const Contract c = app::Backoffice(db).end_contract(o.employee, o.label, last_day, o.reason, ending);
  if (o.json) {
    print_json(*ctx.out, app::contract_json(c));
    return;
  }
  *ctx.out << "Contract " << c.id << " of " << o.employee << " now ends on " << to_string(*c.end) << "; reason: " << o.reason << "\n";
  if (ending) {
    const EmployeeRecord r = load_employee_record(db, o.employee);
    const TransitionEntitlement t = transition_entitlement(ctx.rules(), *ending, r.contracts, r.employee.birth_date, *c.end);
    *ctx.out << "Transition payment " << (t.due ? "due" : "not due") << ": " << t.why << "\n";
  }
}

}  // namespace

// How the contract ended, from --reason (one of end_reason_names(), or free text: "other"),
// --initiative and --culpable. None when the reason is free text and no initiative is given
// (only the audit entry keeps the reason then, as before).
std::optional<ContractEnding> ending_from_options(const std::string& reason_text, const std::string& initiative,
                                                  const std::string& culpable) {
  const std::optional<EndReason> reason = parse_end_reason(reason_text);
  if (!reason && initiative.empty()) {
    if (!culpable.empty()) throw InputError("--culpable: needs --initiative (employer or employee)");
    return std::nullopt;
  }
  ContractEnding e;
  e.reason = reason ? *reason : EndReason::Other;
  if (!initiative.empty()) {
    const auto i = parse_end_initiative(initiative);
    if (!i) throw UsageError("--initiative: expected employer or employee, got \"" + initiative + "\"");
    e.initiative = *i;
  } else if (e.reason == EndReason::Resignation) {
    e.initiative = EndInitiative::Employee;
  } else if (e.reason == EndReason::UwvPermission || e.reason == EndReason::AfterLongSickness ||
             e.reason == EndReason::ProbationDismissal) {
    e.initiative = EndInitiative::Employer;
  } else {
    throw InputError("--initiative: reason " + reason_text + " needs the initiative: employer or employee (art. 7:673 lid 1 BW)");
  }
  if (culpable == "employer") {
    e.employer_seriously_culpable = true;
  } else if (culpable == "employee") {
    e.employee_seriously_culpable = true;
  } else if (!culpable.empty()) {
    throw UsageError("--culpable: expected employer or employee, got \"" + culpable + "\"");
  }
  return e;
}

void add_contract_write_commands(CLI::App* contract, Context& ctx) {
  auto o = std::make_shared<ContractWriteOptions>();
  auto* ex = contract->add_subcommand(
      "extend", "Extend the employee's last contract, a fixed-term one: a following contract from the next day with the same "
                "work and hours, to --until or indefinite. The chain rule is not applied here: review it first (contract check).");
  add_db_option(ex, o->db);
  ex->add_option("--employee", o->employee, "Personnel number")->required();
  ex->add_option("--until", o->until, "Last day of the new contract (YYYY-MM-DD); none: indefinite");
  ex->add_flag("--json", o->json, "Print what was recorded as JSON, and errors as JSON on stderr");
  ex->callback([o, &ctx] { extend(ctx, *o); });

  auto* en = contract->add_subcommand(
      "end", "End a contract early, or an indefinite one, on --last-day (not after its current last day).");
  add_db_option(en, o->db);
  en->add_option("--employee", o->employee, "Personnel number")->required();
  en->add_option("--contract", o->label, "The contract's label, e.g. C1")->required();
  en->add_option("--last-day", o->last_day, "Last day (YYYY-MM-DD)")->required();
  std::string reasons;
  for (const auto& n : end_reason_names()) reasons += (reasons.empty() ? "" : ", ") + n;
  en->add_option("--reason", o->reason,
                 "How it ended: " + reasons + " (stored with the contract; other text is kept in the audit entry only)")
      ->required();
  en->add_option("--initiative", o->initiative,
                 "Who took the initiative: employer or employee (implied for uwv-permission, after-long-sickness, probation, "
                 "resignation); decides the transition payment, art. 7:673 lid 1 BW");
  en->add_option("--culpable", o->culpable,
                 "The ending results from serious culpable acts or omissions of the employer or the employee "
                 "(art. 7:673 lid 1 onder b and lid 7 onder c BW)");
  en->add_flag("--json", o->json, "Print the ended contract as JSON, and errors as JSON on stderr");
  en->callback([o, &ctx] { end(ctx, *o); });
}

}  // namespace basisbaan::cli
