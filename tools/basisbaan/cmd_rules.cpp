// basisbaan rules list | show NAME [--date D] | fingerprint — what the rule book holds, with sources.

#include <memory>
#include <ostream>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "cli.hpp"
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
  j["defined_at"] = p.file + ":" + std::to_string(v.line);
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
  if (v.status != "official") out << "    status: " << v.status << (v.note.empty() ? "" : " — " + v.note) << "\n";
  else if (!v.note.empty()) out << "    note: " << v.note << "\n";
}

}  // namespace

void register_rules_command(CLI::App& app, Context& ctx) {
  auto* rules = app.add_subcommand("rules", "What the rule book holds: parameters, dated values and their sources");
  rules->require_subcommand(1);

  auto* list = rules->add_subcommand("list", "List every parameter with its latest value and source");
  struct ListOptions {
    std::string prefix;
    bool json = false;
  };
  auto lo = std::make_shared<ListOptions>();
  list->add_option("--prefix", lo->prefix, "Only parameters whose name starts with this, e.g. wml.");
  list->add_flag("--json", lo->json, "Print JSON");
  list->callback([lo, &ctx] {
    const std::string& prefix = lo->prefix;
    const auto& book = ctx.rules();
    if (lo->json) {
      Json doc;
      doc["fingerprint"] = book.fingerprint();
      auto arr = Json::array();
      for (const Parameter* p : book.parameters()) {
        if (!p->name.starts_with(prefix)) continue;
        Json j;
        j["name"] = p->name;
        j["type"] = std::string(to_string(p->type));
        if (!p->unit.empty()) j["unit"] = p->unit;
        j["source"] = p->source;
        j["file"] = p->file + ":" + std::to_string(p->line);
        j["values"] = p->values.size();
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
      if (!p->name.starts_with(prefix)) continue;
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
    if (!on.empty()) values.push_back(&book.value_at(name, parse_date(on, "--date")));
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
    if (!on.empty()) out << "  value in force on " << on << ":\n";
    for (const auto* v : values) print_value_text(out, p, *v);
  });

  auto* fp = rules->add_subcommand("fingerprint", "Print the fingerprint (SHA-256) of the loaded rule set");
  fp->callback([&ctx] { *ctx.out << ctx.rules().fingerprint() << "\n"; });
}

}  // namespace basisbaan::cli
