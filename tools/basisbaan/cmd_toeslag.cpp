// SPDX-License-Identifier: EUPL-1.2
// basisbaan toeslag zorgtoeslag | huurtoeslag | kindgebonden-budget — quick calculators like the
// Belastingdienst's trial calculation; and basisbaan bijstand — the bijstand norm on a date.

#include <memory>
#include <ostream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/bijstand.hpp"
#include "basisbaan/law/huurtoeslag.hpp"
#include "basisbaan/law/kindgebonden_budget.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/law/zorgtoeslag.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct CommonOptions {
  int year = 0;
  std::string income;
  std::string partner_income;
  std::string assets = "0";
  bool json = false;
  bool explain = false;
};

void add_common(CLI::App* cmd, CommonOptions& o) {
  cmd->add_option("--year", o.year, "Calendar year of the toeslag, e.g. 2025")->required();
  cmd->add_option("--income", o.income, "Toetsingsinkomen of the claimant for the year, whole euros (e.g. 24000, 24.000, 24.000,00)")
      ->required();
  cmd->add_option("--partner-income", o.partner_income,
                  "Toetsingsinkomen of the toeslagpartner (giving it means there is a toeslagpartner)");
  cmd->add_option("--assets", o.assets, "Assets (box-3 rendementsgrondslag on 1 January), claimant and partner together");
  cmd->add_flag("--json", o.json, "Print JSON (amounts as decimal strings)");
  cmd->add_flag("--explain", o.explain, "Show how the amount was obtained: parameters, sources and articles");
}

// A yearly amount in whole euros as people write it (Money::parse), where one separator followed
// by exactly three digits ("30.000", "30,000") groups thousands, and cents are an input error:
// "30,5" where a whole amount is meant is a mistake, not EUR 30.50.
Money whole_amount(const std::string& text, const char* option) {
  std::string t = text;
  const auto sep = t.find_first_of(".,");
  if (sep != std::string::npos && t.find_first_of(".,", sep + 1) == std::string::npos && t.size() - sep == 4 &&
      t.find_first_not_of("0123456789", sep + 1) == std::string::npos) {
    t.erase(sep, 1);  // "30.000": thousands
  }
  const Money m = money_option(t, option);
  if (m.cents() % 100 != 0) {
    throw UsageError(std::string(option) + ": expected a whole amount in euros for the year, like 30000 or 30.000, got \"" + text + "\"");
  }
  return m;
}

std::optional<Money> optional_money(const std::string& text, const char* option) {
  if (text.empty()) return std::nullopt;
  return whole_amount(text, option);
}

Json strings(const std::vector<std::string>& v) {
  auto a = Json::array();
  for (const auto& s : v) a.push_back(s);
  return a;
}

void payment_json(Json& j, const ToeslagPayment& p) {
  j["per_year"] = p.per_year.str();
  j["per_month"] = p.per_month.str();
  j["computed_per_year"] = p.computed_per_year.str();
  j["rounded_per_year"] = p.rounded_per_year.str();
  j["below_payout_threshold"] = p.below_payout_threshold;
}

void payment_rows(TablePrinter& tp, const ToeslagPayment& p) {
  tp.row({"computed per year (exact)", p.computed_per_year.str()});
  tp.row({"per year (Awir art. 14)", p.per_year.str_eur()});
  tp.row({"per month", p.per_month.str_eur()});
}

void finish(Context& ctx, const CommonOptions& o, Json j, const std::string& title, TablePrinter& tp,
            const std::vector<std::string>& notes, const std::vector<std::string>& unconfirmed, const Trace& trace) {
  if (o.json) {
    j["notes"] = strings(notes);
    j["unconfirmed"] = strings(unconfirmed);
    if (o.explain) j["trace"] = trace.to_json();
    print_json(*ctx.out, j);
    return;
  }
  auto& out = *ctx.out;
  out << title << "\n";
  tp.print(out);
  for (const auto& n : notes) out << "note: " << n << "\n";
  for (const auto& u : unconfirmed) out << "unconfirmed: " << u << "\n";
  if (o.explain) out << "\n" << trace.to_text();
}

void register_zorgtoeslag(CLI::App* toeslag, Context& ctx) {
  auto o = std::make_shared<CommonOptions>();
  auto partner_uninsured = std::make_shared<bool>(false);
  auto* cmd = toeslag->add_subcommand("zorgtoeslag", "Zorgtoeslag for a year (Wet op de zorgtoeslag art. 2)");
  add_common(cmd, *o);
  cmd->add_flag("--partner-uninsured", *partner_uninsured, "The toeslagpartner is not insured under the Zvw (art. 2 lid 4)");
  cmd->callback([o, partner_uninsured, &ctx] {
    ZorgtoeslagFacts f;
    f.year = o->year;
    f.income = whole_amount(o->income, "--income");
    f.partner_income = optional_money(o->partner_income, "--partner-income");
    f.assets = whole_amount(o->assets, "--assets");
    if (*partner_uninsured && !f.partner_income) throw UsageError("zorgtoeslag: --partner-uninsured needs --partner-income");
    f.partner_insured = !*partner_uninsured;
    Trace trace("zorgtoeslag");
    const auto z = zorgtoeslag(ctx.rules(), f, o->explain ? &trace : nullptr);
    Json j;
    j["toeslag"] = "zorgtoeslag";
    j["year"] = z.year;
    j["toeslagpartner"] = z.has_partner;
    j["toetsingsinkomen"] = z.toetsingsinkomen.str();
    j["assets_above_limit"] = z.assets_above_limit;
    j["asset_limit"] = z.asset_limit.str();
    if (!z.assets_above_limit) {
      j["standard_premium"] = z.standard_premium.str();
      j["threshold_income"] = z.threshold_income.str();
      j["normpremie"] = z.normpremie.str();
    }
    payment_json(j, z.payment);
    TablePrinter tp({"", "amount"}, {false, true});
    tp.row({"toetsingsinkomen", z.toetsingsinkomen.str_eur()});
    if (!z.assets_above_limit) {
      tp.row({"standaardpremie", z.standard_premium.str_eur()});
      tp.row({"drempelinkomen", z.threshold_income.str_eur()});
      tp.row({"normpremie (exact)", z.normpremie.str()});
    }
    payment_rows(tp, z.payment);
    std::vector<std::string> notes;
    if (z.assets_above_limit) notes.push_back("assets above the limit " + z.asset_limit.str() + ": no zorgtoeslag");
    if (z.payment.below_payout_threshold && !z.payment.rounded_per_year.is_zero()) {
      notes.push_back("under the minimum of 24 euro a year: not paid (Awir art. 14 lid 5)");
    }
    finish(ctx, *o, std::move(j),
           "Zorgtoeslag " + std::to_string(z.year) + (z.has_partner ? ", with toeslagpartner" : ", single"), tp, notes,
           z.unconfirmed, trace);
  });
}

void register_huurtoeslag(CLI::App* toeslag, Context& ctx) {
  struct Extra {
    std::string rent;
    std::string service_costs = "0";
    std::string co_resident_income = "0";
    int household_size = 0;
    std::optional<int> age;
    std::string birth_date;
    bool children = false;
    bool aow = false;
  };
  auto o = std::make_shared<CommonOptions>();
  auto e = std::make_shared<Extra>();
  auto* cmd = toeslag->add_subcommand("huurtoeslag", "Huurtoeslag for a year (Wet op de huurtoeslag art. 13-21)");
  add_common(cmd, *o);
  cmd->add_option("--rent", e->rent, "Kale huur per month")->required();
  cmd->add_option("--service-costs", e->service_costs, "Subsidisable service costs per month (up to 2025; at most 48 count)");
  cmd->add_option("--household-size", e->household_size, "Persons in the home, the claimant included (default 1, or 2 with a partner)");
  auto* age = cmd->add_option("--age", e->age, "Age of the oldest person in the household on 1 January of the year")
                  ->check(CLI::Range(0, 130));
  cmd->add_option("--birth-date", e->birth_date, "Birth date of the oldest person in the household (instead of --age)")
      ->excludes(age);
  cmd->add_option("--co-resident-income", e->co_resident_income, "Countable income of other co-residents for the year");
  cmd->add_flag("--children", e->children, "A (foster) child lives in the home");
  cmd->add_flag("--aow", e->aow, "The claimant or partner has reached AOW age (implied by an --age or --birth-date at or past it)");
  cmd->callback([o, e, &ctx] {
    HuurtoeslagFacts f;
    f.year = o->year;
    f.income = whole_amount(o->income, "--income");
    f.partner_income = optional_money(o->partner_income, "--partner-income");
    f.assets = whole_amount(o->assets, "--assets");
    f.rent = money_option(e->rent, "--rent");
    f.service_costs = money_option(e->service_costs, "--service-costs");
    f.co_resident_income = whole_amount(e->co_resident_income, "--co-resident-income");
    f.household_size = e->household_size > 0 ? e->household_size : (f.partner_income ? 2 : 1);
    if (!e->age && e->birth_date.empty()) {
      throw UsageError("huurtoeslag: give --age N or --birth-date YYYY-MM-DD of the oldest person in the household "
                       "(the age decides the maximum rent for young people and the AOW household)");
    }
    if (e->children && f.household_size == 1) {
      throw InputError("huurtoeslag: --children with a household of one: the children live in the home, so give "
                       "--household-size with everyone in it (e.g. 2 for one parent and one child)");
    }
    // The age on 1 January of the year; at or past the AOW age the household is an AOW household
    // (Wht art. 1, "huishouden waarvan ... de pensioengerechtigde leeftijd heeft bereikt").
    const Date jan1{date::year{o->year}, date::January, date::day{1}};
    const RuleBook& rules = ctx.rules();
    bool at_aow_age = false;
    if (!e->birth_date.empty()) {
      const Date birth = date_option(e->birth_date, "--birth-date");
      if (jan1 < birth) throw InputError("--birth-date: " + e->birth_date + " is after 1 January " + std::to_string(o->year));
      f.oldest_age = age_on(birth, jan1);
      at_aow_age = aow_age_reached(rules, birth, jan1);
    } else {
      f.oldest_age = *e->age;
      const auto years = rules.integer("aow.age.years", jan1);
      const auto months = rules.integer("aow.age.months", jan1);
      at_aow_age = static_cast<std::int64_t>(*e->age) * 12 >= years * 12 + months;
    }
    f.has_children = e->children;
    f.aow_household = e->aow || at_aow_age;
    Trace trace("huurtoeslag");
    const auto h = huurtoeslag(rules, f, o->explain ? &trace : nullptr);
    Json j;
    j["toeslag"] = "huurtoeslag";
    j["year"] = h.year;
    j["household_type"] = h.household_type;
    j["young_household"] = h.young_household;
    j["rekeninkomen"] = h.rekeninkomen.str();
    j["rekenhuur"] = h.rekenhuur.str();
    j["excluded"] = h.excluded;
    if (!h.excluded) {
      j["max_rent"] = h.max_rent.str();
      j["basishuur"] = h.basishuur.str();
      j["quality_limit"] = h.quality_limit.str();
      j["capping_limit"] = h.capping_limit.str();
      j["band_quality"] = h.band_quality.str();
      j["band_capping"] = h.band_capping.str();
      j["band_above_capping"] = h.band_above_capping.str();
      j["income_reduction_per_year"] = h.income_reduction_per_year.str();
      j["computed_per_month"] = h.computed_per_month.str();
    }
    payment_json(j, h.payment);
    TablePrinter tp({"", "amount"}, {false, true});
    tp.row({"rekeninkomen", h.rekeninkomen.str_eur()});
    tp.row({"rekenhuur per month", h.rekenhuur.str_eur()});
    if (!h.excluded) {
      tp.row({"basishuur per month", h.basishuur.str_eur()});
      tp.row({"100 % up to " + h.quality_limit.str_nl(), h.band_quality.str()});
      tp.row({"65 % up to " + h.capping_limit.str_nl(), h.band_capping.str()});
      tp.row({"40 % above it", h.band_above_capping.str()});
      if (h.income_reduction_per_year.sign() != 0) {
        tp.row({"income reduction per year", h.income_reduction_per_year.str()});
      }
      tp.row({"computed per month", h.computed_per_month.str()});
    }
    payment_rows(tp, h.payment);
    finish(ctx, *o, std::move(j), "Huurtoeslag " + std::to_string(h.year) + ", household " + h.household_type, tp,
           h.notes, h.unconfirmed, trace);
  });
}

void register_kgb(CLI::App* toeslag, Context& ctx) {
  auto o = std::make_shared<CommonOptions>();
  auto ages = std::make_shared<std::vector<int>>();
  auto single_parent = std::make_shared<bool>(false);
  auto* cmd = toeslag->add_subcommand("kindgebonden-budget",
                                      "Kindgebonden budget for a year (Wet op het kindgebonden budget art. 2)");
  add_common(cmd, *o);
  cmd->add_option("--child-age", *ages, "Age of a child for the whole year; repeat for every child")->required();
  cmd->add_flag("--single-parent", *single_parent, "No toeslagpartner: alleenstaande ouder (with the alleenstaande-ouderkop)");
  cmd->callback([o, ages, single_parent, &ctx] {
    if (*single_parent && !o->partner_income.empty()) {
      throw UsageError("kindgebonden-budget: --single-parent and --partner-income exclude each other");
    }
    if (!*single_parent && o->partner_income.empty()) {
      throw UsageError("kindgebonden-budget: give --partner-income N (a toeslagpartner) or --single-parent");
    }
    KindgebondenBudgetFacts f;
    f.year = o->year;
    f.income = whole_amount(o->income, "--income");
    f.partner_income = optional_money(o->partner_income, "--partner-income");
    f.assets = whole_amount(o->assets, "--assets");
    for (int a : *ages) {
      if (a < 0) throw UsageError("--child-age: expected an age of 0 or more, got " + std::to_string(a));
      f.children.push_back(KgbChild{std::nullopt, a});
    }
    Trace trace("kindgebonden budget");
    const auto k = kindgebonden_budget(ctx.rules(), f, o->explain ? &trace : nullptr);
    Json j;
    j["toeslag"] = "kindgebonden-budget";
    j["year"] = k.year;
    j["toeslagpartner"] = k.has_partner;
    j["children"] = k.children_counted;
    j["toetsingsinkomen"] = k.toetsingsinkomen.str();
    j["assets_above_limit"] = k.assets_above_limit;
    if (!k.assets_above_limit) {
      j["maximum_per_year"] = k.maximum_per_year.str();
      j["threshold_income"] = k.threshold_income.str();
      j["reduction_per_year"] = k.reduction_per_year.str();
    }
    payment_json(j, k.payment);
    TablePrinter tp({"", "amount"}, {false, true});
    tp.row({"toetsingsinkomen", k.toetsingsinkomen.str_eur()});
    if (!k.assets_above_limit) {
      tp.row({"maximum per year", k.maximum_per_year.str()});
      tp.row({"drempelinkomen", k.threshold_income.str_eur()});
      tp.row({"reduction per year", k.reduction_per_year.str()});
    }
    payment_rows(tp, k.payment);
    finish(ctx, *o, std::move(j),
           "Kindgebonden budget " + std::to_string(k.year) + ", " + std::to_string(k.children_counted) + " child(ren)" +
               (k.has_partner ? ", with toeslagpartner" : ", alleenstaande ouder"),
           tp, k.notes, k.unconfirmed, trace);
  });
}

void register_bijstand(CLI::App& app, Context& ctx) {
  struct Options {
    std::string date;
    std::string household;
    bool aow = false;
    bool json = false;
    bool explain = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = app.add_subcommand("bijstand", "Bijstand norm (Participatiewet art. 21-22) on a date: net per month "
                                             "including holiday allowance, and the holiday-allowance part");
  cmd->add_option("--date", o->date, "Date (YYYY-MM-DD)")->required();
  cmd->add_option("--household", o->household, "single, single-parent or couple")->required();
  cmd->add_flag("--aow", o->aow, "The claimant (or a partner) has reached AOW age (art. 22)");
  cmd->add_flag("--json", o->json, "Print JSON (amounts as decimal strings)");
  cmd->add_flag("--explain", o->explain, "Show parameters, sources and articles");
  cmd->callback([o, &ctx] {
    const Date on = date_option(o->date, "--date");
    const auto household = option_value("--household", "single, single-parent or couple", o->household, [](const std::string& t) { return parse_bijstand_household(t, "--household"); });
    Trace trace("bijstand norm");
    const auto n = bijstand_norm(ctx.rules(), on, household, o->aow, o->explain ? &trace : nullptr);
    if (o->json) {
      Json j;
      j["date"] = to_string(on);
      j["household"] = std::string(to_string(household));
      j["aow_age"] = o->aow;
      j["parameter"] = n.parameter;
      j["norm_per_month"] = n.per_month.str();
      j["holiday_allowance_rate"] = n.holiday_allowance_rate.percent().str();
      j["holiday_allowance_per_month"] = n.holiday_allowance_part.str();
      j["excluding_holiday_allowance_per_month"] = n.excluding_holiday_allowance.str();
      j["unconfirmed"] = strings(n.unconfirmed);
      if (o->explain) j["trace"] = trace.to_json();
      print_json(*ctx.out, j);
      return;
    }
    auto& out = *ctx.out;
    out << "Bijstand norm on " << to_string(on) << ", " << to_string(household) << (o->aow ? " (AOW age)" : "")
        << ", net per month\n";
    TablePrinter tp({"", "amount"}, {false, true});
    tp.row({"norm incl. holiday allowance", n.per_month.str_eur()});
    tp.row({"holiday allowance (" + n.holiday_allowance_rate.str_nl() + ")", n.holiday_allowance_part.str_eur()});
    tp.row({"paid monthly", n.excluding_holiday_allowance.str_eur()});
    tp.print(out);
    for (const auto& u : n.unconfirmed) out << "unconfirmed: " << u << "\n";
    if (o->explain) out << "\n" << trace.to_text();
  });
}

}  // namespace

void register_toeslag_command(CLI::App& app, Context& ctx) {
  auto* toeslag = app.add_subcommand("toeslag", "Quick calculators for one toeslag, like the Belastingdienst's trial "
                                                "calculation: zorgtoeslag, huurtoeslag, kindgebonden-budget");
  toeslag->require_subcommand(1);
  register_zorgtoeslag(toeslag, ctx);
  register_huurtoeslag(toeslag, ctx);
  register_kgb(toeslag, ctx);
  register_bijstand(app, ctx);
}

}  // namespace basisbaan::cli
