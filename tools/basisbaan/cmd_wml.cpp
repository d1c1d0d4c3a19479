// SPDX-License-Identifier: EUPL-1.2
// basisbaan wml — the statutory minimum wage: one date and age, or an overview of every half year.

#include <memory>
#include <ostream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/minimum_wage.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct WmlOptions {
  std::string date;
  int age = 21;
  std::string hours;
  bool json = false;
  bool explain = false;
};

Json to_json(const MinimumWage& w) {
  Json j;
  j["date"] = to_string(w.on);
  j["age"] = w.age;
  j["hourly"] = w.hourly.str();
  j["hourly_21_plus"] = w.hourly_adult.str();
  j["youth_percentage"] = w.youth_percentage.percent().str();
  if (w.hours_per_week) {
    j["hours_per_week"] = w.hours_per_week->str();
    j["working_days_per_year"] = *w.working_days;
    j["hours_per_year"] = w.hours_per_year->str();
    j["weekly"] = w.per_week->str();
    j["four_weekly"] = w.per_four_weeks->str();
    j["monthly"] = w.per_month->str();
  }
  return j;
}

void overview(Context& ctx, const WmlOptions& o) {
  const RuleBook& rules = ctx.rules();
  const Parameter& p = rules.parameter("wml.hourly");
  const Hours h32(Decimal(32));
  const Hours h36(Decimal(36));
  if (o.json) {
    auto arr = Json::array();
    for (const auto& v : p.values) {
      Json j = to_json(minimum_wage(rules, v.from, o.age));
      j["monthly_32_hours"] = minimum_wage(rules, v.from, o.age, h32).per_month->str();
      j["monthly_36_hours"] = minimum_wage(rules, v.from, o.age, h36).per_month->str();
      j["status"] = v.status;
      j["source"] = source_of(p, v);
      arr.push_back(std::move(j));
    }
    Json doc;
    doc["age"] = o.age;
    doc["periods"] = std::move(arr);
    print_json(*ctx.out, doc);
    return;
  }
  auto& out = *ctx.out;
  out << "Wettelijk minimumloon (statutory minimum wage), age " << o.age
      << ", gross, excluding 8% holiday allowance\n\n";
  TablePrinter tp({"from", "per hour", "month at 32 h", "month at 36 h", "status", "source"},
                  {false, true, true, true, false, true});
  int n = 0;
  for (const auto& v : p.values) {
    const auto w32 = minimum_wage(rules, v.from, o.age, h32);
    const auto w36 = minimum_wage(rules, v.from, o.age, h36);
    tp.row({to_string(v.from), w32.hourly.str_eur(), w32.per_month->str_eur(), w36.per_month->str_eur(), v.status,
            "[" + std::to_string(++n) + "]"});
  }
  tp.print(out);
  out << "\nSources:\n";
  n = 0;
  for (const auto& v : p.values) out << "  [" << ++n << "] " << source_of(p, v) << "\n";
  out << "\nMonthly amounts: workable weekdays in the year × weekly hours / 5 / 12 × hourly minimum,\n"
         "rounded up to the cent (SZW Kennisdocument Wml; see docs/minimum-wage.md).\n";
}

}  // namespace

void register_wml_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<WmlOptions>();
  auto* cmd = app.add_subcommand("wml", "Statutory minimum wage (Wml): per hour for an age on a date, and per week, "
                                        "four weeks and month for a weekly number of hours. Without --date: an "
                                        "overview of every half year.");
  cmd->add_option("--date", o->date, "Date (YYYY-MM-DD)");
  cmd->add_option("--age", o->age, "Age in years (15 or older; 21 and older is the adult minimum)")->capture_default_str();
  cmd->add_option("--hours-per-week", o->hours, "Contract hours per week, e.g. 32 or 32.5");
  cmd->add_flag("--json", o->json, "Print JSON (amounts as decimal strings)");
  cmd->add_flag("--explain", o->explain, "Show how each amount was obtained: parameters, sources and steps");
  cmd->callback([o, &ctx] {
    if (o->date.empty()) {
      if (!o->hours.empty()) throw UsageError("wml: --hours-per-week needs --date (the overview shows 32 and 36 hours)");
      overview(ctx, *o);
      return;
    }
    const Date on = date_option(o->date, "--date");
    std::optional<Hours> hours;
    if (!o->hours.empty()) hours = hours_option(o->hours, "--hours-per-week");
    Trace trace("minimum wage");
    const auto w = minimum_wage(ctx.rules(), on, o->age, hours, o->explain ? &trace : nullptr);
    if (o->json) {
      Json j = to_json(w);
      if (o->explain) j["trace"] = trace.to_json();
      print_json(*ctx.out, j);
      return;
    }
    auto& out = *ctx.out;
    out << "Minimum wage on " << to_string(on) << ", age " << w.age << "\n";
    TablePrinter tp({"", "amount"}, {false, true});
    tp.row({"per hour", w.hourly.str_eur()});
    if (w.hours_per_week) {
      tp.row({"per week (" + w.hours_per_week->str() + " h)", w.per_week->str_eur()});
      tp.row({"per four weeks", w.per_four_weeks->str_eur()});
      tp.row({"per month", w.per_month->str_eur()});
    }
    tp.print(out);
    if (o->explain) out << "\n" << trace.to_text();
  });
}

}  // namespace basisbaan::cli
