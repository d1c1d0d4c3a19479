// SPDX-License-Identifier: EUPL-1.2
// basisbaan rules list | show NAME [--date D] | coverage [--year Y] | fingerprint — what the rule
// book holds, with sources and horizons.

#include <memory>
#include <optional>
#include <ostream>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "table_printer.hpp"

namespace basisbaan::cli {
namespace {

Json value_json(const Parameter& p, const DatedValue& v) {
  Json j;
  j["from"] = to_string(v.from);
  if (p.type == ParamType::Table) {
    const auto& t = std::get<Table>(v.value);
    auto rows = Json::array();
    for (std::size_t r = 0; r < t.size(); ++r) {
      Json row;
      for (std::size_t c = 0; c < t.columns().size(); ++c) row[t.columns()[c].name] = to_string(t.cell(r, c));
      rows.push_back(std::move(row));
    }
    j["rows"] = std::move(rows);
  } else {
    j["value"] = v.text;
  }
  j["source"] = source_of(p, v);
  j["status"] = v.status;
  if (!v.note.empty()) j["note"] = v.note;
  j["defined_at"] = v.file + ":" + std::to_string(v.line);
  return j;
}

void print_value_text(std::ostream& out, const Parameter& p, const DatedValue& v) {
  out << "  from " << to_string(v.from) << ":";
  if (p.type == ParamType::Table) {
    out << "\n";
    const auto& t = std::get<Table>(v.value);
    std::vector<std::string> header;
    for (const auto& c : t.columns()) header.push_back(c.name);
    TablePrinter tp(header, std::vector<bool>(header.size(), true));
    for (std::size_t r = 0; r < t.size(); ++r) {
      std::vector<std::string> cells;
      for (std::size_t c = 0; c < t.columns().size(); ++c) cells.push_back(to_string(t.cell(r, c)));
      tp.row(cells);
    }
    std::ostringstream buf;
    tp.print(buf);
    std::istringstream lines(buf.str());
    for (std::string l; std::getline(lines, l);) out << "    " << l << "\n";
  } else {
    out << " " << v.text << (p.unit.empty() ? "" : " " + p.unit) << "\n";
  }
  out << "    source: " << source_of(p, v) << "\n";
  out << "    file: " << v.file << ":" << v.line << "\n";
  if (v.status != "official") out << "    status: " << v.status << (v.note.empty() ? "" : " — " + v.note) << "\n";
  else if (!v.note.empty()) out << "    note: " << v.note << "\n";
}

// `rules coverage`: per parameter the dates it covers (first value to horizon), the status and
// source of its latest value, and with --year what the rules lack for that whole year.
void register_rules_coverage(CLI::App* rules, Context& ctx) {
  struct Options {
    int year = 0;
    bool json = false;
  };
  auto o = std::make_shared<Options>();
  auto* cmd = rules->add_subcommand("coverage", "Per parameter the dates the rules cover, the status and source of the "
                                                "latest value, and with --year what is missing for that year");
  cmd->add_option("--year", o->year, "List the parameters not covered for the whole of this year")->check(CLI::Range(1900, 2200));
  cmd->add_flag("--json", o->json, "Print JSON");
  cmd->callback([o, &ctx] {
    const auto& book = ctx.rules();
    std::optional<Date> jan1, dec31;
    if (o->year != 0) {
      jan1 = Date{date::year{o->year}, date::January, date::day{1}};
      dec31 = Date{date::year{o->year}, date::December, date::day{31}};
    }
    // Why `p` does not cover the whole year, or empty.
    auto missing = [&](const Parameter& p) -> std::string {
      if (!jan1) return {};
      if (p.known_until && *p.known_until < *dec31) return "known until " + to_string(*p.known_until);
      if (*jan1 < p.values.front().from) return "rules cover from " + to_string(p.values.front().from);
      return {};
    };
    std::vector<const Parameter*> lacking;
    for (const Parameter* p : book.parameters()) {
      if (!missing(*p).empty()) lacking.push_back(p);
    }
    if (o->json) {
      Json doc;
      doc["fingerprint"] = book.fingerprint();
      auto arr = Json::array();
      for (const Parameter* p : book.parameters()) {
        const auto& v = p->values.back();
        Json j;
        j["name"] = p->name;
        j["from"] = to_string(p->values.front().from);
        j["known_until"] = horizon_text(*p);
        j["latest_from"] = to_string(v.from);
        j["status"] = v.status;
        j["source"] = source_of(*p, v);
        j["file"] = v.file + ":" + std::to_string(v.line);
        arr.push_back(std::move(j));
      }
      doc["parameters"] = std::move(arr);
      if (jan1) {
        Json m;
        m["year"] = o->year;
        auto names = Json::array();
        for (const Parameter* p : lacking) names.push_back(Json{{"name", p->name}, {"reason", missing(*p)}, {"file", p->horizon_file}});
        m["parameters"] = std::move(names);
        doc["missing"] = std::move(m);
      }
      print_json(*ctx.out, doc);
      return;
    }
    auto& out = *ctx.out;
    TablePrinter tp({"parameter", "covers", "latest from", "status", "source"}, {false, false, false, false, false});
    for (const Parameter* p : book.parameters()) {
      const auto& v = p->values.back();
      std::string src = source_of(*p, v);
      if (src.size() > 70) src = src.substr(0, 67) + "...";
      tp.row({p->name, to_string(p->values.front().from) + " .. " + horizon_text(*p), to_string(v.from), v.status, src});
    }
    tp.print(out);
    if (jan1) {
      out << "\nmissing for " << o->year << ": " << lacking.size() << " parameter" << (lacking.size() == 1 ? "" : "s") << "\n";
      for (const Parameter* p : lacking) out << "  " << p->name << ": " << missing(*p) << " (" << p->horizon_file << ")\n";
      if (!lacking.empty()) {
        out << "add the values with their sources in a local rules directory (--rules-local DIR; docs/rules-format.md)\n";
      }
    }
    out << "\nrule set fingerprint: " << book.fingerprint() << "\n";
  });
}

}  // namespace

void register_rules_command(CLI::App& app, Context& ctx) {
  auto* rules = app.add_subcommand("rules", "What the rule book holds: parameters, dated values and their sources");
  rules->require_subcommand(1);

  auto* list = rules->add_subcommand("list", "List every parameter with its latest value and source");
  struct ListOptions {
    std::string prefix;
    std::string status;
    bool json = false;
  };
  auto lo = std::make_shared<ListOptions>();
  list->add_option("--prefix", lo->prefix, "Only parameters whose name starts with this, e.g. wml.");
  list->add_option("--status", lo->status, "Only parameters whose latest value has this status")
      ->check(CLI::IsMember({"official", "derived", "unconfirmed"}));
  list->add_flag("--json", lo->json, "Print JSON");
  list->callback([lo, &ctx] {
    const std::string& prefix = lo->prefix;
    const auto& book = ctx.rules();
    if (lo->json) {
      Json doc;
      doc["fingerprint"] = book.fingerprint();
      auto arr = Json::array();
      for (const Parameter* p : book.parameters()) {
        if (!p->name.starts_with(prefix) || (!lo->status.empty() && p->values.back().status != lo->status)) continue;
        Json j;
        j["name"] = p->name;
        j["type"] = std::string(to_string(p->type));
        if (!p->unit.empty()) j["unit"] = p->unit;
        j["source"] = p->source;
        j["file"] = p->file + ":" + std::to_string(p->line);
        j["values"] = p->values.size();
        j["known_until"] = horizon_text(*p);
        j["latest"] = value_json(*p, p->values.back());
        arr.push_back(std::move(j));
      }
      doc["parameters"] = std::move(arr);
      print_json(*ctx.out, doc);
      return;
    }
    TablePrinter tp({"parameter", "type", "latest from", "latest value", "values", "file"},
                    {false, false, false, true, true, false});
    for (const Parameter* p : book.parameters()) {
      if (!p->name.starts_with(prefix) || (!lo->status.empty() && p->values.back().status != lo->status)) continue;
      const auto& v = p->values.back();
      const std::string shown = p->type == ParamType::Table ? "(table)" : v.text;
      tp.row({p->name, std::string(to_string(p->type)), to_string(v.from), shown, std::to_string(p->values.size()),
              p->file + ":" + std::to_string(p->line)});
    }
    tp.print(*ctx.out);
    *ctx.out << "\nrule set fingerprint: " << book.fingerprint() << "\n";
  });

  auto* show = rules->add_subcommand("show", "Show one parameter: every dated value with its source, or the value on --date");
  struct ShowOptions {
    std::string name;
    std::string on;
    bool json = false;
  };
  auto so = std::make_shared<ShowOptions>();
  show->add_option("NAME", so->name, "Parameter name, e.g. wml.hourly")->required();
  show->add_option("--date", so->on, "Only the value in force on this date (YYYY-MM-DD)");
  show->add_flag("--json", so->json, "Print JSON");
  show->callback([so, &ctx] {
    const std::string& name = so->name;
    const std::string& on = so->on;
    const auto& book = ctx.rules();
    const Parameter& p = book.parameter(name);
    std::vector<const DatedValue*> values;
    if (!on.empty()) values.push_back(&book.value_at(name, date_option(on, "--date")));
    else
      for (const auto& v : p.values) values.push_back(&v);
    if (so->json) {
      Json doc;
      doc["name"] = p.name;
      doc["type"] = std::string(to_string(p.type));
      if (!p.unit.empty()) doc["unit"] = p.unit;
      if (!p.description.empty()) doc["description"] = p.description;
      doc["source"] = p.source;
      doc["file"] = p.file + ":" + std::to_string(p.line);
      doc["known_until"] = horizon_text(p);
      if (!on.empty()) doc["date"] = on;
      auto arr = Json::array();
      for (const auto* v : values) arr.push_back(value_json(p, *v));
      doc["values"] = std::move(arr);
      print_json(*ctx.out, doc);
      return;
    }
    auto& out = *ctx.out;
    out << p.name << " (" << to_string(p.type) << (p.unit.empty() ? "" : ", " + p.unit) << ")\n";
    if (!p.description.empty()) out << "  " << p.description << "\n";
    out << "  source: " << p.source << "\n  defined in " << p.file << ":" << p.line << "\n";
    out << "  known until: " << horizon_text(p) << (p.horizon_file.empty() ? "" : " (" + p.horizon_file + ")") << "\n";
    if (!on.empty()) out << "  value in force on " << on << ":\n";
    for (const auto* v : values) print_value_text(out, p, *v);
  });

  register_rules_coverage(rules, ctx);

  auto* fp = rules->add_subcommand("fingerprint", "Print the fingerprint (SHA-256) of the loaded rule set");
  fp->callback([&ctx] { *ctx.out << ctx.rules().fingerprint() << "\n"; });
}

}  // namespace basisbaan::cli
