// SPDX-License-Identifier: EUPL-1.2
// basisbaan contract extend|end --db — extending a fixed-term contract and ending a contract in
// the employer's database, each one audited transaction of the application layer.

#include <memory>
#include <ostream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/employee_record_json.hpp"
#include "basisbaan/core/error.hpp"
#include "store_commands.hpp"

namespace basisbaan::cli {
namespace {

struct ContractWriteOptions {
  std::string db, employee, until, label, last_day, reason;
  bool json = false;
};

void extend(Context& ctx, const ContractWriteOptions& o) {
  std::optional<Date> until;
  if (!o.until.empty()) until = parse_date(o.until, "--until");
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
  Database db = Database::open(o.db);
  const Contract c = app::Backoffice(db).end_contract(o.employee, o.label, parse_date(o.last_day, "--last-day"), o.reason);
  if (o.json) {
    print_json(*ctx.out, app::contract_json(c));
    return;
  }
  *ctx.out << "Contract " << c.id << " of " << o.employee << " now ends on " << to_string(*c.end) << "; reason: " << o.reason << "\n";
}

}  // namespace

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
  en->add_option("--reason", o->reason, "Why (stored in the audit entry)")->required();
  en->add_flag("--json", o->json, "Print the ended contract as JSON, and errors as JSON on stderr");
  en->callback([o, &ctx] { end(ctx, *o); });
}

}  // namespace basisbaan::cli
