// SPDX-License-Identifier: EUPL-1.2
// basisbaan wage-tax — the loonheffing on a period wage (white table), or with --special the
// bijzonder tarief on an irregular payment.

#include <memory>
#include <ostream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/bijzonder_tarief.hpp"
#include "basisbaan/law/wage_tax.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct WageTaxOptions {
  std::string date;
  std::string period = "month";
  std::string wage;
  bool no_credit = false;
  bool aow = false;
  bool born_before_1946 = false;
  std::string birth_date;
  bool single_elderly = false;
  bool special = false;
  std::string annual_wage;
  bool json = false;
  bool explain = false;
};

TaxGroup group_from(Context& ctx, const WageTaxOptions& o, const Date& on) {
  if (!o.birth_date.empty()) {
    if (o.aow) throw UsageError("wage-tax: give --aow or --birth-date, not both");
    return tax_group_on(ctx.rules(), date_option(o.birth_date, "--birth-date"), on);
  }
  if (o.born_before_1946 && !o.aow) throw UsageError("wage-tax: --born-before-1946 goes with --aow");
  if (!o.aow) return TaxGroup::BelowAow;
  return o.born_before_1946 ? TaxGroup::AowBornBefore1946 : TaxGroup::AowBornFrom1946;
}

}  // namespace

void register_wage_tax_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<WageTaxOptions>();
  auto* cmd = app.add_subcommand(
      "wage-tax",
      "Loonheffing (wage tax and national insurance) on a period wage, white table, as the Belastingdienst's "
      "computation rules prescribe; with --special the bijzonder tarief on an irregular payment");
  cmd->add_option("--date", o->date, "Pay date (YYYY-MM-DD): selects the year's tables")->required();
  cmd->add_option("--period", o->period, "Pay period: month, four-weeks, week or quarter")->capture_default_str();
  cmd->add_option("--wage", o->wage, "Period wage for wage tax (or, with --special, the irregular payment)")->required();
  cmd->add_flag("--no-credit", o->no_credit, "Without loonheffingskorting (the employee did not ask for it)");
  cmd->add_flag("--aow", o->aow, "The employee has reached the AOW age (AOW columns)");
  cmd->add_flag("--born-before-1946", o->born_before_1946, "With --aow: born before 1 January 1946");
  cmd->add_option("--birth-date", o->birth_date, "Birth date: chooses the AOW columns from the AOW age rules");
  cmd->add_flag("--single-elderly", o->single_elderly, "Apply the alleenstaande-ouderenkorting (AOW age only)");
  cmd->add_flag("--special", o->special, "Bijzonder tarief on an irregular payment (needs --annual-wage)");
  cmd->add_option("--annual-wage", o->annual_wage, "With --special: the jaarloon bijzondere beloningen");
  cmd->add_flag("--json", o->json, "Print JSON (amounts as decimal strings)");
  cmd->add_flag("--explain", o->explain, "Show every step with its rule and every parameter with its source");
  cmd->callback([o, &ctx] {
    const Date on = date_option(o->date, "--date");
    const Money wage = money_option(o->wage, "--wage");
    const TaxGroup group = group_from(ctx, *o, on);
    Trace trace(o->special ? "bijzonder tarief" : "loonheffing");
    Trace* t = o->explain ? &trace : nullptr;
    auto& out = *ctx.out;
    if (o->special) {
      if (o->annual_wage.empty()) throw UsageError("wage-tax: --special needs --annual-wage");
      const auto r = bijzonder_tarief(ctx.rules(), on, group,
                                      {wage, money_option(o->annual_wage, "--annual-wage"), !o->no_credit, o->single_elderly}, t);
      if (o->json) {
        Json j;
        j["date"] = o->date;
        j["payment"] = wage.str();
        j["annual_wage"] = Money::parse(o->annual_wage).str();
        j["table_group"] = std::string(to_string(group));
        j["payroll_tax_credit"] = !o->no_credit;
        j["single_elderly"] = o->single_elderly;
        j["table_row_from"] = r.row_from.str();
        j["rate_percent"] = r.rate.percent().str();
        j["wage_tax"] = r.wage_tax.str();
        if (t) j["trace"] = trace.to_json();
        print_json(out, j);
        return;
      }
      TablePrinter tp({"bijzonder tarief", ""}, {false, true});
      tp.row({"payment", wage.str_eur()});
      tp.row({"jaarloon (table row from " + r.row_from.str_nl() + ")", Money::parse(o->annual_wage).str_eur()});
      tp.row({"percentage", r.rate.str_nl()});
      tp.row({"loonheffing", r.wage_tax.str_eur()});
      tp.print(out);
    } else {
      if (o->annual_wage.size()) throw UsageError("wage-tax: --annual-wage goes with --special");
      const PeriodKind kind = option_value("--period", "a period kind", o->period, [](const std::string& text) { return parse_period_kind(text, "--period"); });
      const auto r = wage_tax(ctx.rules(), on, kind, group, {wage, !o->no_credit, o->single_elderly}, t);
      if (o->json) {
        Json j;
        j["date"] = o->date;
        j["period"] = std::string(to_string(kind));
        j["wage"] = wage.str();
        j["table_group"] = std::string(to_string(group));
        j["payroll_tax_credit"] = !o->no_credit;
        j["wage_tax"] = r.wage_tax.str();
        j["annual_table_wage"] = r.annual_table_wage.str();
        j["tax_before_credits"] = r.tax_before_credits.str();
        j["algemene_heffingskorting"] = r.algemene_heffingskorting.str();
        j["arbeidskorting"] = r.arbeidskorting.str();
        j["ouderenkorting"] = r.ouderenkorting.str();
        j["alleenstaande_ouderenkorting"] = r.alleenstaande_ouderenkorting.str();
        j["annual_tax"] = r.annual_tax.str();
        j["arbeidskorting_per_period"] = r.arbeidskorting_per_period.str();
        j["above_table"] = r.above_table;
        if (t) j["trace"] = trace.to_json();
        print_json(out, j);
        return;
      }
      out << "Loonheffing, white table, " << to_string(kind) << ", " << o->date << ", " << to_string(group)
          << (o->no_credit ? ", without" : ", with") << " loonheffingskorting\n";
      TablePrinter tp({"", "amount"}, {false, true});
      tp.row({"period wage", wage.str_eur()});
      tp.row({"annual table wage", r.annual_table_wage.str_eur()});
      tp.row({"tax before credits (year)", r.tax_before_credits.str_eur()});
      tp.row({"algemene heffingskorting (year)", r.algemene_heffingskorting.str_eur()});
      tp.row({"arbeidskorting (year)", r.arbeidskorting.str_eur()});
      if (group != TaxGroup::BelowAow) {
        tp.row({"ouderenkorting (year)", r.ouderenkorting.str_eur()});
        tp.row({"alleenstaande-ouderenkorting (year)", r.alleenstaande_ouderenkorting.str_eur()});
      }
      tp.row({"loonheffing this period", r.wage_tax.str_eur()});
      tp.row({"verrekende arbeidskorting", r.arbeidskorting_per_period.str_eur()});
      tp.print(out);
    }
    if (t) out << "\n" << trace.to_text();
  });
}

}  // namespace basisbaan::cli
