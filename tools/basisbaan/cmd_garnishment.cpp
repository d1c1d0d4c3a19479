// SPDX-License-Identifier: EUPL-1.2
// basisbaan garnishment add|list|lift|overview --db, and garnishment bvv — wage garnishments
// (loonbeslag) and voluntary deductions in the employer's database, the clerk's overview per
// garnishment, and the beslagvrije voet from a household description (docs/garnishment.md).

#include <memory>
#include <ostream>
#include <sstream>

#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/law/beslagvrije_voet.hpp"
#include "store_commands.hpp"
#include "option_values.hpp"
#include "table_printer.hpp"
#include "read_database.hpp"

namespace basisbaan::cli {
namespace {

struct GarnishmentOptions {
  std::string db, employee, kind = "bailiff", creditor, iban, reference, start, owed, protected_amount, id, date, reason;
  bool coordinating = false;
  bool json = false;
  // bvv
  std::string household = "single", taxable_income = "0", net_income = "0", partner_income = "0", other_income = "0",
              housing_costs = "0";
  bool aow = false;
  bool explain = false;
};

Json garnishment_json(const StoredGarnishment& s) {
  const Garnishment& g = s.garnishment;
  Json j;
  j["id"] = g.id;
  j["employee"] = s.employee_id;
  j["kind"] = std::string(to_string(g.kind));
  j["rank"] = garnishment_rank(g.kind);
  j["creditor"] = g.creditor;
  j["iban"] = g.iban;
  j["reference"] = g.reference;
  j["coordinating"] = g.coordinating;
  j["start"] = to_string(g.start);
  j["lifted"] = g.lifted ? Json(to_string(*g.lifted)) : Json(nullptr);
  j["owed"] = g.owed.str();
  j["protected_per_month"] = g.protected_per_month.str();
  return j;
}

Json account_json(const GarnishmentAccount& a) {
  Json j = garnishment_json(a.stored);
  j["paid"] = a.paid.str();
  j["remaining"] = a.remaining.str();
  j["overpaid"] = a.overpaid.str();
  j["last_period"] = a.last_period.empty() ? Json(nullptr) : Json(a.last_period);
  return j;
}

void add(Context& ctx, const GarnishmentOptions& o) {
  Garnishment g;
  g.kind = option_value("--kind", "a kind of garnishment", o.kind, [](const std::string& t) { return parse_garnishment_kind(t, "--kind"); });
  g.creditor = o.creditor;
  g.iban = o.iban;
  g.reference = o.reference;
  g.coordinating = o.coordinating;
  g.start = date_option(o.start, "--start");
  g.owed = money_option(o.owed, "--owed");
  g.protected_per_month = money_option(o.protected_amount, "--protected-amount");
  Database db = Database::open(o.db);
  const StoredGarnishment s = app::Backoffice(db).register_garnishment(o.employee, g);
  if (o.json) {
    print_json(*ctx.out, garnishment_json(s));
    return;
  }
  *ctx.out << "Garnishment " << s.garnishment.id << " of " << s.employee_id << " recorded: " << to_string(s.garnishment.kind) << " "
           << s.garnishment.creditor << ", owed " << s.garnishment.owed.str_eur() << ", beslagvrije voet "
           << s.garnishment.protected_per_month.str_eur() << " per month, from " << to_string(s.garnishment.start) << "\n";
}

void list(Context& ctx, const GarnishmentOptions& o, bool overview) {
  Database db = open_to_read(ctx, o.db);
  const auto accounts = app::Backoffice(db).garnishments(o.employee.empty() ? std::nullopt : std::optional<std::string>(o.employee));
  if (o.json) {
    Json arr = Json::array();
    for (const auto& a : accounts) arr.push_back(overview ? account_json(a) : garnishment_json(a.stored));
    print_json(*ctx.out, arr);
    return;
  }
  if (accounts.empty()) {
    *ctx.out << "No garnishments.\n";
    return;
  }
  std::ostringstream buf;
  if (overview) {
    TablePrinter t({"id", "employee", "kind", "creditor", "reference", "owed", "paid", "remaining", "until period", "status", "to set off"},
                   {false, false, false, false, false, true, true, true, false, false, true});
    for (const auto& a : accounts) {
      const Garnishment& g = a.stored.garnishment;
      const std::string status = a.remaining.is_zero() && a.overpaid.is_zero() ? "paid" : g.lifted ? "lifted " + to_string(*g.lifted) : "running";
      t.row({g.id, a.stored.employee_id, std::string(to_string(g.kind)), g.creditor, g.reference, g.owed.str(), a.paid.str(),
             a.remaining.str(), a.last_period.empty() ? "-" : a.last_period, status, a.overpaid.is_zero() ? "" : a.overpaid.str()});
    }
    t.print(buf);
  } else {
    TablePrinter t({"id", "employee", "kind", "creditor", "iban", "reference", "coordinating", "start", "lifted", "owed", "bvv/month"},
                   {false, false, false, false, false, false, false, false, false, true, true});
    for (const auto& a : accounts) {
      const Garnishment& g = a.stored.garnishment;
      t.row({g.id, a.stored.employee_id, std::string(to_string(g.kind)), g.creditor, g.iban, g.reference, g.coordinating ? "yes" : "",
             to_string(g.start), g.lifted ? to_string(*g.lifted) : "", g.owed.str(), g.protected_per_month.str()});
    }
    t.print(buf);
  }
  *ctx.out << buf.str();
}

void lift(Context& ctx, const GarnishmentOptions& o) {
  const Date on = date_option(o.date, "--date");
  Database db = Database::open(o.db);
  const StoredGarnishment s = app::Backoffice(db).lift_garnishment(o.id, on, o.reason);
  if (o.json) {
    print_json(*ctx.out, garnishment_json(s));
    return;
  }
  *ctx.out << "Garnishment " << s.garnishment.id << " of " << s.employee_id << " lifted from " << to_string(*s.garnishment.lifted)
           << "; reason: " << o.reason << "\n";
}

void bvv(Context& ctx, const GarnishmentOptions& o) {
  BeslagvrijeVoetFacts f;
  f.on = date_option(o.date, "--date");
  f.household = option_value("--household", "a household", o.household, [](const std::string& t) { return parse_beslag_household(t, "--household"); });
  f.aow_age = o.aow;
  f.taxable_income_per_year = money_option(o.taxable_income, "--taxable-income");
  f.net_income_per_month = money_option(o.net_income, "--net-income");
  f.partner_income_per_month = money_option(o.partner_income, "--partner-income");
  f.other_income_per_month = money_option(o.other_income, "--other-income");
  f.housing_costs_per_month = money_option(o.housing_costs, "--housing-costs");
  Trace trace("beslagvrije voet (Rv art. 475da-475dc)");
  const BeslagvrijeVoet r = beslagvrije_voet(ctx.rules(), f, o.explain || o.json ? &trace : nullptr);
  if (o.json) {
    Json j;
    j["date"] = to_string(f.on);
    j["household"] = std::string(to_string(f.household));
    j["base"] = r.base.str();
    j["zorg_term"] = r.zorg_term.str();
    j["housing_term"] = r.housing_term.str();
    j["child_term"] = r.child_term.str();
    j["maximum"] = r.maximum.str();
    j["formula"] = r.formula.str();
    j["housing_increase"] = r.housing_increase.str();
    j["partner_deduction"] = r.partner_deduction.str();
    j["other_income_deduction"] = r.other_income_deduction.str();
    j["income_ceiling_applied"] = r.income_ceiling_applied;
    j["per_month"] = r.per_month.str();
    Json u = Json::array();
    for (const auto& s : r.unconfirmed) u.push_back(s);
    j["unconfirmed"] = u;
    if (o.explain) j["trace"] = trace.to_json();
    print_json(*ctx.out, j);
    return;
  }
  *ctx.out << "Beslagvrije voet on " << to_string(f.on) << " (" << to_string(f.household) << "): " << r.per_month.str_eur()
           << " per month\n";
  for (const auto& u : r.unconfirmed) *ctx.out << "  not officially confirmed: " << u << "\n";
  if (o.explain) *ctx.out << trace.to_text();
}

}  // namespace

void register_garnishment_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<GarnishmentOptions>();
  auto* cmd = app.add_subcommand(
      "garnishment",
      "Wage garnishments (loonbeslag) and voluntary deductions: register the notice (add), lift it, list them, and the "
      "overview per garnishment (owed, paid, remaining). Each payroll run withholds the net wage above the beslagvrije voet, "
      "in the legal order (tax, public, alimony, bailiff, voluntary), until paid or lifted; the SEPA export pays the creditor. "
      "bvv computes the beslagvrije voet from a household description. See docs/garnishment.md.");
  cmd->require_subcommand(1);

  auto* a = cmd->add_subcommand("add", "Register a garnishment or voluntary deduction from its notice (one audited transaction)");
  add_db_option(a, o->db);
  a->add_option("--employee", o->employee, "Personnel number")->required();
  a->add_option("--kind", o->kind, "tax, public (CJIB, DUO, UWV, municipality), alimony, bailiff or voluntary (default bailiff)");
  a->add_option("--creditor", o->creditor, "Name to pay (the bailiff, the collector, the budget manager)")->required();
  a->add_option("--iban", o->iban, "Account to pay the creditor")->required();
  a->add_option("--reference", o->reference, "The creditor's reference (kenmerk), sent with every payment (at most 35 characters)");
  a->add_flag("--coordinating", o->coordinating, "This bailiff is the coördinerend deurwaarder (Rv art. 478); at most one");
  a->add_option("--start", o->start, "Day of the garnishment (YYYY-MM-DD): periods paid from then on withhold")->required();
  a->add_option("--owed", o->owed, "Amount owed in total, as the notice states")->required();
  a->add_option("--protected-amount", o->protected_amount,
                "Beslagvrije voet per month as the notice states (garnishment bvv computes it)")
      ->required();
  a->add_flag("--json", o->json, "Print what was recorded as JSON, and errors as JSON on stderr");
  a->callback([o, &ctx] { add(ctx, *o); });

  auto* l = cmd->add_subcommand("list", "List the garnishments in order of payment per employee");
  add_db_option(l, o->db);
  l->add_option("--employee", o->employee, "Only this employee");
  l->add_flag("--json", o->json, "Print as JSON");
  l->callback([o, &ctx] { list(ctx, *o, false); });

  auto* ov = cmd->add_subcommand("overview", "Per garnishment: owed, paid to the creditor in the stored runs, remaining, and what a correction paid too much that is still to set off against the next periods (for the clerk and the bailiff)");
  add_db_option(ov, o->db);
  ov->add_option("--employee", o->employee, "Only this employee");
  ov->add_flag("--json", o->json, "Print as JSON");
  ov->callback([o, &ctx] { list(ctx, *o, true); });

  auto* li = cmd->add_subcommand("lift", "Lift a garnishment: periods paid on or after --date withhold nothing for it");
  add_db_option(li, o->db);
  li->add_option("--id", o->id, "The garnishment, e.g. G1")->required();
  li->add_option("--date", o->date, "First day it no longer applies (YYYY-MM-DD)")->required();
  li->add_option("--reason", o->reason, "Why (stored in the audit entry)")->required();
  li->add_flag("--json", o->json, "Print the lifted garnishment as JSON, and errors as JSON on stderr");
  li->callback([o, &ctx] { lift(ctx, *o); });

  auto* b = cmd->add_subcommand("bvv", "The beslagvrije voet per month (Rv art. 475da-475dc: the text of 2021-2025 from 2024-01-01, the linear formula from 2026) for a household");
  b->add_option("--date", o->date, "Date (YYYY-MM-DD, from 2024-01-01; earlier dates are not computed: enter the notice's amount)")->required();
  b->add_option("--household", o->household, "single, single_parent, couple or couple_children (default single)");
  b->add_flag("--aow", o->aow, "Debtor or spouse of AOW age (the Pw art. 22 norms)");
  b->add_option("--taxable-income", o->taxable_income, "Belastbaar inkomen per year of debtor and spouse (art. 475d lid 1)");
  b->add_option("--net-income", o->net_income, "Net income per month incl. holiday allowance (the 95 % ceiling, art. 475dc)");
  b->add_option("--partner-income", o->partner_income, "Spouse's non-garnished net income per month (art. 475db lid 1 a)");
  b->add_option("--other-income", o->other_income, "Debtor's own non-garnished income per month (art. 475db lid 1 b)");
  b->add_option("--housing-costs", o->housing_costs, "Housing costs per month, for the increase of art. 475da lid 5");
  b->add_flag("--explain", o->explain, "Show every step with its article");
  b->add_flag("--json", o->json, "Print as JSON");
  b->callback([o, &ctx] { bvv(ctx, *o); });
}

}  // namespace basisbaan::cli
