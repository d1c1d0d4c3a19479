// SPDX-License-Identifier: EUPL-1.2
// basisbaan compare — the coach's income comparison: bijstand (or another income) versus the
// basisbaan at the offered hours, line by line, the hours sweep with its cliffs, and the formats
// table, json, csv, svg and html (docs/income-comparison.md).

#include <filesystem>
#include <memory>
#include <ostream>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/atomic_file.hpp"
#include "basisbaan/income/chart_svg.hpp"
#include "basisbaan/income/compare_household.hpp"
#include "basisbaan/income/comparison_csv.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/summary_html.hpp"
#include "basisbaan/income/sweep_summary.hpp"
#include "basisbaan/rules/horizon_error.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

struct CompareOptions {
  std::string household;
  std::string hours;
  std::string sweep;
  std::string format = "table";
  bool first_year = false;
  bool json = false;
  std::string out;
  std::string csv_dialect = "nl";
  std::vector<std::string> garnishments;
};

// One --garnishment: "full" (garnished up to the beslagvrije voet, amount unknown), an amount
// owed ("3000" or "owed:3000"), "monthly:50" (a fixed deduction), or these joined by commas
// with an optional "creditor:NAME", e.g. "owed:3000,monthly:150,creditor:CJIB".
HouseholdDebt parse_garnishment(const std::string& spec) {
  const std::string what = "--garnishment \"" + spec + "\"";
  HouseholdDebt d;
  if (spec == "full") return d;
  std::size_t from = 0;
  while (from <= spec.size()) {
    const std::size_t comma = std::min(spec.find(',', from), spec.size());
    const std::string part = spec.substr(from, comma - from);
    const std::size_t colon = part.find(':');
    const std::string key = colon == std::string::npos ? "owed" : part.substr(0, colon);
    const std::string value = colon == std::string::npos ? part : part.substr(colon + 1);
    if (key == "owed") d.owed = money_option(value, what + " owed");
    else if (key == "monthly") d.monthly = money_option(value, what + " monthly");
    else if (key == "creditor") d.creditor = value;
    else throw UsageError(what + ": expected full, an amount owed, or owed:AMOUNT, monthly:AMOUNT, creditor:NAME joined by commas; got \"" + part + "\"");
    from = comma + 1;
  }
  return d;
}

// compare_household(), with an error past the rules' horizon told first as what the coach typed:
// the household file's field date (the comparison covers the whole calendar year of that date).
HouseholdComparison compare_in_horizon(const RuleBook& rules, const Household& h, std::optional<Hours> hours,
                                       const SweepRange& range, const std::string& document) {
  try {
    return compare_household(rules, h, hours, range);
  } catch (const HorizonError& e) {
    throw HorizonError(e.parameter(), e.date(), e.horizon(),
                       document + ": field date: " + to_string(h.date) + " is past the rules: the comparison covers the year " +
                           std::to_string(h.year()) + ", and the rules are known only until " + to_string(e.horizon()) +
                           " (add the values of " + std::to_string(h.year()) + " with --rules-local, or run with --provisional). " +
                           e.what());
  }
}

std::string signed_str(Money m) { return m.sign() > 0 ? "+" + m.str() : m.str(); }

std::string household_words(BijstandHousehold t) {
  switch (t) {
    case BijstandHousehold::Single: return "single";
    case BijstandHousehold::SingleParent: return "single parent";
    case BijstandHousehold::Couple: return "couple";
  }
  return "";
}

std::string comparison_table(const Household& h, const Comparison& c, const Sweep& s, bool full_sweep) {
  std::ostringstream out;
  out << "Income comparison " << c.year << " (date " << to_string(c.date) << "), " << household_words(c.household_type);
  if (!h.children.empty()) out << " with " << h.children.size() << (h.children.size() == 1 ? " child" : " children");
  out << ", " << c.municipality;
  if (c.job.payroll) out << "; job " << c.job.payroll->hours_per_week.str() << " h/week at " << c.job.payroll->hourly_wage.str() << "/h";
  out << "\n\n";
  TablePrinter tp({"", "now / month", "job / month", "diff / month", "now / year", "job / year", "diff / year"},
                  {false, true, true, true, true, true, true});
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    const auto& a = c.current.lines[i];
    const auto& b = c.job.lines[i];
    if (a.per_year.is_zero() && b.per_year.is_zero() && !a.applies && !b.applies) continue;
    std::string label = a.label_en;
    if (!a.confirmed || !b.confirmed) label += " *";
    if (a.applies && !b.applies && a.per_year.is_zero()) label += " (lost; value unknown)";
    tp.row({label, a.per_month.str(), b.per_month.str(), signed_str(c.differences[i].per_month), a.per_year.str(),
            b.per_year.str(), signed_str(c.differences[i].per_year)});
  }
  tp.row({"Net household income", c.current.net_per_month.str(), c.job.net_per_month.str(), signed_str(c.difference_per_month),
          c.current.net_per_year.str(), c.job.net_per_year.str(), signed_str(c.difference_per_year)});
  if (c.debts) {
    const auto& a = c.debts->current;
    const auto& b = c.debts->job;
    const bool unconfirmed = !a.unconfirmed.empty() || !b.unconfirmed.empty();
    tp.row({std::string("Beslagvrije voet (protected)") + (unconfirmed ? " *" : ""), a.protected_per_month.str(), b.protected_per_month.str(),
            signed_str(b.protected_per_month - a.protected_per_month), "", "", ""});
    tp.row({"Withheld for debts", (-a.withheld_per_month).str(), (-b.withheld_per_month).str(),
            signed_str(a.withheld_per_month - b.withheld_per_month), (-a.withheld_per_year).str(), (-b.withheld_per_year).str(),
            signed_str(a.withheld_per_year - b.withheld_per_year)});
    tp.row({"Left to live on", a.left_per_month.str(), b.left_per_month.str(), signed_str(c.debts->difference_left_per_month),
            a.left_per_year.str(), b.left_per_year.str(), signed_str(c.debts->difference_left_per_year)});
  }
  tp.print(out);
  out << "\n" << c.verdict_en << "\n" << c.verdict_nl << "\n";
  out << "poverty trap: " << (c.poverty_trap ? "YES" : "no") << "\n";

  out << "\nHours " << s.range.from.str() << " to " << s.range.to.str() << " (step " << s.range.step.str() << "): "
      << sweep_summary_en(s) << "\n";
  if (s.cliffs.empty()) {
    out << "No cliffs: no scheme stops at a step and the net income never falls.\n";
  } else {
    out << "Cliffs:\n";
    for (const auto& cl : s.cliffs) {
      out << "  " << cl.from_hours.str() << " -> " << cl.to_hours.str() << " h: " << cl.label_en << " "
          << (cl.kind == "reduced" ? "reduced" : cl.kind == "net_falls" ? "falls" : "stops");
      if (cl.value_known) out << ", lost " << cl.lost_per_year.str() << " a year";
      else out << " (value unknown)";
      out << "; net " << signed_str(cl.net_change_per_year) << " a year\n";
    }
  }
  if (full_sweep) {
    out << "\n";
    TablePrinter sp({"hours", "gross / year", "net / month", "net / year", "vs now / month", "marginal rate", "cliff"},
                    {true, true, true, true, true, true, false});
    for (const auto& p : s.points) {
      std::string mark;
      for (const auto& cl : s.cliffs) {
        if (cl.to_hours == p.hours) mark += (mark.empty() ? "" : ", ") + cl.code;
      }
      sp.row({p.hours.str(), p.gross_per_year.str(), p.net_per_month.str(), p.net_per_year.str(),
              signed_str(p.net_per_month - s.current_net_per_month),
              p.marginal_rate_percent ? p.marginal_rate_percent->str_fixed(1) + "%" : "", mark});
    }
    sp.print(out);
  }
  if (!c.notes.empty()) {
    out << "\n";
    for (const auto& n : c.notes) out << "note: " << n << "\n";
  }
  if (!c.unconfirmed.empty()) {
    out << "\n* rests on values not officially confirmed (" << c.unconfirmed.size() << "; see --format json \"unconfirmed\")\n";
  }
  return out.str();
}

}  // namespace

void register_compare_command(CLI::App& app, Context& ctx) {
  auto o = std::make_shared<CompareOptions>();
  auto* cmd = app.add_subcommand(
      "compare",
      "Income comparison for coaches: the household's net income now (bijstand) and with the basisbaan, line by line,\n"
      "with the hours sweep and its cliffs (docs/income-comparison.md)");
  cmd->add_option("--household", o->household, "Household file (JSON, docs/income-comparison.md); - for standard input")->required();
  cmd->add_option("--hours", o->hours, "Weekly hours of the job (default: job.hours_per_week of the file)");
  cmd->add_option("--sweep", o->sweep, "Hours range FROM:TO:STEP for the sweep (default 0:40:1); the table then lists every point");
  cmd->add_option("--format", o->format, "table, json, csv (the lines; with --sweep the points), svg (the chart) or html (Dutch one-page summary)")
      ->check(CLI::IsMember({"table", "json", "csv", "svg", "html"}));
  cmd->add_flag("--json", o->json, "Shorthand for --format json");
  cmd->add_flag("--first-year", o->first_year,
                "The first year month by month: with --format csv its rows; with --format html the summary plus the appendix\n"
                "(first year and hours sweep as tables, from the second printed page)");
  cmd->add_option("--csv-dialect", o->csv_dialect,
                  "CSV for Dutch Excel (nl: ';', decimal comma, Dutch headers; the default) or en (',', decimal point)")
      ->check(CLI::IsMember({"nl", "en"}));
  cmd->add_option("--garnishment", o->garnishments,
                  "A debt paid by garnishment or deduction, added to the file's \"debts\" (repeatable): full (everything above the\n"
                  "beslagvrije voet), an amount owed (3000 or owed:3000), monthly:AMOUNT (a fixed deduction), joined by commas with\n"
                  "creditor:NAME, e.g. owed:3000,monthly:150,creditor:CJIB. Adds the beslagvrije voet, what is withheld and what is\n"
                  "left to live on, now and with the job; the verdict then compares what is left (docs/income-comparison.md)");
  cmd->add_option("--out", o->out, "Write to FILE (atomically: a temporary file renamed) instead of standard output");
  cmd->add_flag("--provisional", ctx.provisional,
                "For a date past the rules' horizon: carry the latest values forward instead of stopping; the output is then\n"
                "marked provisional and lists those parameters (as the global --provisional)");
  cmd->callback([o, &ctx] {
    if (o->json && o->format != "table" && o->format != "json") throw UsageError("--json conflicts with --format " + o->format);
    const std::string format = o->json ? "json" : o->format;
    const RuleBook& rules = ctx.rules();
    const std::string text = read_input_file(o->household);
    Household h = read_household(rules, text, o->household == "-" ? "stdin" : o->household);
    for (const auto& g : o->garnishments) h.debts.push_back(parse_garnishment(g));
    validate_debts(h.debts);
    std::optional<Hours> hours;
    if (!o->hours.empty()) hours = hours_option(o->hours, "--hours");
    const SweepRange range = o->sweep.empty() ? SweepRange::standard() : option_value("--sweep", "hours FROM:TO:STEP, e.g. 0:40:1", o->sweep, [](const std::string& t) { return SweepRange::parse(t); });
    const HouseholdComparison r = compare_in_horizon(rules, h, hours, range, o->household == "-" ? "stdin" : o->household);
    const Comparison& c = r.comparison;
    const Sweep& s = r.sweep;

    std::string result;
    if (format == "json") {
      result = comparison_document_json(r).dump(2) + "\n";
    } else if (format == "csv") {
      const CsvDialect d = o->csv_dialect == "nl" ? CsvDialect::Dutch : CsvDialect::English;
      if (o->first_year) {
        if (!c.first_year) throw InputError("--first-year: the job has no hours, so there is no first year");
        result = first_year_csv(*c.first_year, d);
      } else {
        result = o->sweep.empty() ? comparison_csv(c, d) : sweep_csv(s, d);
      }
    } else if (format == "svg") {
      ChartOptions co;
      co.title = "Netto huishoudinkomen per maand, " + c.municipality + " " + std::to_string(c.year);
      co.offered = hours.value_or(h.job.hours_per_week);
      result = chart_svg(s, co);
    } else if (format == "html") {
      result = o->first_year ? summary_with_appendix_html(h, c, s) : summary_html(h, c, s);
    } else {
      result = comparison_table(h, c, s, !o->sweep.empty());
    }
    const OutputKind kind = format == "json"  ? OutputKind::Json
                            : format == "csv" ? OutputKind::Csv
                            : format == "svg" ? OutputKind::Svg
                            : format == "html" ? OutputKind::Html
                                               : OutputKind::Text;
    result = ctx.marked(std::move(result), kind);
    if (o->out.empty()) {
      *ctx.out << result;
    } else {
      write_file_atomically(o->out, result);
    }
  });
}

}  // namespace basisbaan::cli
