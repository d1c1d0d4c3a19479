// SPDX-License-Identifier: EUPL-1.2
// Reading rules files into a RuleBook: the XML format (docs/rules-format.md), horizons, and local
// layers whose <extend> elements add values to parameters defined in another file.

#include <pugixml.hpp>

#include <algorithm>
#include <fstream>
#include <memory>

#include "basisbaan/core/error.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {
namespace {

// The grammar [a-z0-9_]+(\.[a-z0-9_]+)*: lowercase words joined by single dots. A hand-written
// check instead of std::regex, whose construction and matching were a visible part of every
// command's start-up (issue 18).
bool is_parameter_name(std::string_view name) {
  bool word = false;  // inside a non-empty word
  for (const char c : name) {
    if (c == '.') {
      if (!word) return false;
      word = false;
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_') {
      word = true;
    } else {
      return false;
    }
  }
  return word;
}

// Maps byte offsets in a file to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    starts_.reserve(text.size() / 64);  // a hint: the rules files' lines are about 95 bytes
    for (auto at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) starts_.push_back(at + 1);
  }
  int line(std::ptrdiff_t offset) const {
    const auto it = std::upper_bound(starts_.begin(), starts_.end(), static_cast<std::size_t>(std::max<std::ptrdiff_t>(offset, 0)));
    return static_cast<int>(it - starts_.begin());
  }

 private:
  std::vector<std::size_t> starts_{0};
};

class FileReader {
 public:
  FileReader(const RuleSource& src, const LineIndex& lines) : src_(src), lines_(lines) {}

  RuleError error(const pugi::xml_node& node, const std::string& message) const {
    return RuleError(ErrorCode::RuleInvalidFile, src_.path + ":" + std::to_string(line(node)) + ": " + message,
                     {.document = src_.path, .line = line(node)});
  }
  int line(const pugi::xml_node& node) const { return lines_.line(node.offset_debug()); }

  void only_attributes(const pugi::xml_node& node, std::initializer_list<std::string_view> allowed,
                       const std::string& context) const {
    for (const auto& a : node.attributes()) {
      const std::string_view n = a.name();
      if (n.starts_with("xmlns") || n.starts_with("xsi:")) continue;
      if (std::find(allowed.begin(), allowed.end(), n) == allowed.end()) {
        std::string list;
        for (auto x : allowed) list += (list.empty() ? "" : ", ") + std::string(x);
        throw error(node, context + ": unknown attribute \"" + std::string(n) + "\" on <" + node.name() +
                              "> (allowed: " + list + ")");
      }
    }
  }

  std::string required(const pugi::xml_node& node, const char* attr, const std::string& context) const {
    const auto a = node.attribute(attr);
    if (!a) throw error(node, context + ": <" + std::string(node.name()) + "> needs the attribute \"" + attr + "\"");
    std::string v = a.value();
    if (v.empty()) throw error(node, context + ": the attribute \"" + std::string(attr) + "\" is empty");
    return v;
  }

 private:
  const RuleSource& src_;
  const LineIndex& lines_;
};

ParamType parse_type(std::string_view t, bool allow_table, const FileReader& r, const pugi::xml_node& n,
                     const std::string& ctx) {
  if (t == "amount") return ParamType::Amount;
  if (t == "percentage") return ParamType::Percentage;
  if (t == "decimal") return ParamType::Decimal;
  if (t == "integer") return ParamType::Integer;
  if (t == "text") return ParamType::Text;
  if (t == "table" && allow_table) return ParamType::Table;
  throw r.error(n, ctx + ": unknown type \"" + std::string(t) + "\" (expected amount, percentage, decimal, integer, text" +
                       (allow_table ? ", table)" : ")"));
}

// Parses one scalar written in a rules file. `what` names it for the error message.
Cell parse_cell(ParamType type, const std::string& text, std::string_view what) {
  switch (type) {
    case ParamType::Amount: {
      const Decimal d = Decimal::parse(text, what);
      if (d.rounded(2, Rounding::TowardZero) != d) {
        throw InputError(std::string(what) + ": expected an amount in euros with at most two decimals, got \"" + text + "\"");
      }
      return Money::exact(d, what);
    }
    case ParamType::Percentage: return Rate::percent(Decimal::parse(text, what));
    case ParamType::Decimal: return Decimal::parse(text, what);
    case ParamType::Integer: {
      const Decimal d = Decimal::parse(text, what);
      if (d.scale() != 0) throw InputError(std::string(what) + ": expected a whole number, got \"" + text + "\"");
      return d.mantissa();
    }
    case ParamType::Text: return text;
    case ParamType::Table: break;
  }
  throw InputError(std::string(what) + ": a table cannot be a cell");
}

// parse_cell with the name built only for an error: the name only enters messages, so parsing
// without it gives the same value, and a failure is parsed again with it to throw the very same
// error. (Building "parameter P, value from D, column C" for every cell was a visible part of
// loading the rules, issue 18.)
template <typename Name>
Cell parse_cell_named(ParamType type, const std::string& text, const Name& name) {
  try {
    return parse_cell(type, text, {});
  } catch (const Error&) {
    return parse_cell(type, text, name());
  }
}

std::string trim(std::string s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

ParamValue cell_to_value(Cell c) {
  return std::visit([](auto&& v) -> ParamValue { return ParamValue(std::move(v)); }, std::move(c));
}

// A horizon attribute as written: absent (nullopt), "open" (a nullopt Date) or a date.
std::optional<std::optional<Date>> read_horizon(const FileReader& r, const pugi::xml_node& node, const std::string& ctx) {
  const auto a = node.attribute("known_until");
  if (!a) return std::nullopt;
  const std::string text = a.value();
  if (text == "open") return std::optional<Date>{};
  try {
    return std::optional<Date>{parse_date(text, "known_until")};
  } catch (const InputError&) {
    throw r.error(node, ctx + ": known_until must be a date YYYY-MM-DD (the last day the latest value is known to hold) or \"open\", not \"" +
                            text + "\"");
  }
}

// The rest of a stream, read straight into the string (no second copy through a stringstream).
std::string read_all(std::istream& in) {
  std::string out;
  char buffer[1 << 16];
  while (in.read(buffer, sizeof buffer) || in.gcount() > 0) out.append(buffer, static_cast<std::size_t>(in.gcount()));
  return out;
}

std::vector<RuleSource> read_directory(const std::filesystem::path& directory, const std::string& prefix) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw RuleError(ErrorCode::RuleInvalidFile, directory.string() + ": rules directory not found (give one with --rules DIR or BASISBAAN_RULES)",
                    {.document = directory.string()});
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(directory)) {
    if (e.is_regular_file() && e.path().extension() == ".xml") files.push_back(e.path());
  }
  std::vector<RuleSource> sources;
  for (const auto& f : files) {
    std::ifstream in(f, std::ios::binary);
    if (!in) throw RuleError(ErrorCode::RuleInvalidFile, f.string() + ": cannot read the rules file", {.document = f.string()});
    sources.push_back({prefix + fs::relative(f, directory).generic_string(), read_all(in)});
  }
  if (sources.empty()) {
    throw RuleError(ErrorCode::RuleInvalidFile, directory.string() + ": no rules files (*.xml) in the rules directory",
                    {.document = directory.string()});
  }
  return sources;
}

}  // namespace

// Reads a set of rules files in two passes: first every <parameter>, then every <extend>.
class RuleFileLoader {
 public:
  explicit RuleFileLoader(RuleBook& book) : book_(book) {}

  void load(const std::vector<RuleSource>& sources, bool require_horizons) {
    std::vector<std::unique_ptr<pugi::xml_document>> docs;
    std::vector<LineIndex> lines;
    docs.reserve(sources.size());
    lines.reserve(sources.size());
    for (const auto& src : sources) {
      lines.emplace_back(src.content);
      auto doc = std::make_unique<pugi::xml_document>();
      const auto res = doc->load_buffer(src.content.data(), src.content.size(), pugi::parse_default | pugi::parse_comments);
      if (!res) {
        throw RuleError(ErrorCode::RuleInvalidFile,
                        src.path + ":" + std::to_string(lines.back().line(res.offset)) + ": not well-formed XML: " + res.description(),
                        {.document = src.path, .line = lines.back().line(res.offset)});
      }
      docs.push_back(std::move(doc));
    }
    for (std::size_t i = 0; i < sources.size(); ++i) parameters(sources[i], FileReader(sources[i], lines[i]), *docs[i]);
    for (std::size_t i = 0; i < sources.size(); ++i) extensions(sources[i], FileReader(sources[i], lines[i]), *docs[i]);
    check_horizons(require_horizons || any_horizon_);
  }

 private:
  pugi::xml_node root_of(const FileReader& r, const pugi::xml_document& doc) {
    const auto root = doc.document_element();
    if (std::string_view(root.name()) != "rules") {
      throw r.error(root, "the root element must be <rules>, found <" + std::string(root.name()) + ">");
    }
    return root;
  }

  void parameters(const RuleSource& src, const FileReader& r, const pugi::xml_document& doc) {
    const auto root = root_of(r, doc);
    r.only_attributes(root, {"area", "title", "known_until"}, "rules file");
    r.required(root, "area", "rules file");
    r.required(root, "title", "rules file");
    const auto file_horizon = read_horizon(r, root, "rules file");
    if (file_horizon) any_horizon_ = true;

    for (const auto& pn : root.children()) {
      if (pn.type() == pugi::node_comment) continue;
      if (pn.type() != pugi::node_element) throw r.error(pn, "unexpected text inside <rules>");
      if (std::string_view(pn.name()) == "extend") continue;  // second pass
      if (std::string_view(pn.name()) != "parameter") {
        throw r.error(pn, "unknown element <" + std::string(pn.name()) + "> (expected <parameter> or <extend>)");
      }
      Parameter p;
      p.file = src.path;
      p.line = r.line(pn);
      p.name = r.required(pn, "name", "parameter");
      const std::string ctx = "parameter " + p.name;
      if (!is_parameter_name(p.name)) {
        throw r.error(pn, ctx + ": a name is lowercase words joined by dots, like wml.hourly");
      }
      r.only_attributes(pn, {"name", "type", "unit", "source", "known_until"}, ctx);
      p.type = parse_type(r.required(pn, "type", ctx), true, r, pn, ctx);
      p.unit = pn.attribute("unit").value();
      p.source = r.required(pn, "source", ctx);
      if (const auto it = book_.parameters_.find(p.name); it != book_.parameters_.end()) {
        throw r.error(pn, ctx + ": defined twice (also in " + it->second.file + ":" + std::to_string(it->second.line) +
                              "); a local file adds values to a bundled parameter with <extend name=\"" + p.name + "\">");
      }
      if (auto h = read_horizon(r, pn, ctx)) {
        any_horizon_ = true;
        p.known_until = *h;
        p.horizon_file = src.path + ":" + std::to_string(p.line);
      } else if (file_horizon) {
        p.known_until = *file_horizon;
        p.horizon_file = src.path + ":" + std::to_string(r.line(root));
      }

      std::size_t value_count = 0;
      for ([[maybe_unused]] const auto& cn : pn.children("value")) ++value_count;
      p.values.reserve(value_count);
      bool seen_value = false;
      for (const auto& cn : pn.children()) {
        if (cn.type() == pugi::node_comment) continue;
        if (cn.type() != pugi::node_element) throw r.error(cn, ctx + ": unexpected text inside <parameter>");
        const std::string_view el = cn.name();
        if (el == "description") {
          if (seen_value || !p.columns.empty() || !p.description.empty()) {
            throw r.error(cn, ctx + ": <description> must come first and only once");
          }
          r.only_attributes(cn, {}, ctx);
          p.description = trim(cn.text().get());
        } else if (el == "column") {
          if (p.type != ParamType::Table) throw r.error(cn, ctx + ": <column> is only allowed in a table parameter");
          if (seen_value) throw r.error(cn, ctx + ": <column> must come before the first <value>");
          r.only_attributes(cn, {"name", "type"}, ctx);
          Column c{r.required(cn, "name", ctx), parse_type(r.required(cn, "type", ctx), false, r, cn, ctx)};
          for (const auto& other : p.columns) {
            if (other.name == c.name) throw r.error(cn, ctx + ": column \"" + c.name + "\" declared twice");
          }
          p.columns.push_back(std::move(c));
        } else if (el == "value") {
          seen_value = true;
          DatedValue v = value(src, r, cn, p, ctx);
          if (!p.values.empty() && !(p.values.back().from < v.from)) {
            throw r.error(cn, ctx + ", value from " + to_string(v.from) + ": dates must be strictly increasing, but the previous value (line " +
                                  std::to_string(p.values.back().line) + ") is from " + to_string(p.values.back().from) +
                                  (p.values.back().from == v.from ? " too (two values for one date)" : ""));
          }
          p.values.push_back(std::move(v));
        } else {
          throw r.error(cn, ctx + ": unknown element <" + std::string(el) + "> (expected description, column or value)");
        }
      }
      if (p.values.empty()) throw r.error(pn, ctx + ": has no <value>");
      book_.parameters_.emplace(p.name, std::move(p));
    }
  }

  // <extend name="P" known_until="D"> with <value> children: more values for a parameter defined
  // in another file (a local layer over the bundled rules), each with its own source.
  void extensions(const RuleSource& src, const FileReader& r, const pugi::xml_document& doc) {
    const auto root = doc.document_element();
    const auto file_horizon = read_horizon(r, root, "rules file");
    for (const auto& en : root.children("extend")) {
      const std::string name = r.required(en, "name", "extend");
      const std::string ctx = "extend " + name;
      r.only_attributes(en, {"name", "known_until"}, ctx);
      const auto it = book_.parameters_.find(name);
      if (it == book_.parameters_.end()) {
        throw r.error(en, ctx + ": no rules file defines the parameter " + name +
                              " (a new parameter is written as <parameter>, with its type and source)");
      }
      Parameter& p = it->second;
      auto h = read_horizon(r, en, ctx);
      if (!h) h = file_horizon;
      if (!h) {
        throw r.error(en, ctx + ": needs known_until (the last day the latest value is known to hold, or \"open\"), here or on <rules>");
      }
      any_horizon_ = true;
      p.known_until = *h;
      p.horizon_file = src.path + ":" + std::to_string(r.line(en));
      bool any = false;
      for (const auto& cn : en.children()) {
        if (cn.type() == pugi::node_comment) continue;
        if (cn.type() != pugi::node_element || std::string_view(cn.name()) != "value") {
          throw r.error(cn, ctx + ": <extend> holds only <value> elements");
        }
        any = true;
        DatedValue v = value(src, r, cn, p, ctx);
        if (v.source.empty()) throw r.error(cn, ctx + ", value from " + to_string(v.from) + ": an added value needs its own source");
        const auto at = std::lower_bound(p.values.begin(), p.values.end(), v.from,
                                         [](const DatedValue& x, const Date& d) { return x.from < d; });
        if (at != p.values.end() && at->from == v.from) {
          throw r.error(cn, ctx + ", value from " + to_string(v.from) + ": the parameter already has a value from that date (" +
                                at->file + ":" + std::to_string(at->line) + ")");
        }
        p.values.insert(at, std::move(v));
      }
      if (!any) throw r.error(en, ctx + ": has no <value>");
    }
  }

  DatedValue value(const RuleSource& src, const FileReader& r, const pugi::xml_node& cn, const Parameter& p, const std::string& ctx) {
    r.only_attributes(cn, {"from", "source", "status", "note"}, ctx);
    DatedValue v;
    v.file = src.path;
    v.line = r.line(cn);
    const std::string from = r.required(cn, "from", ctx);
    try {
      v.from = parse_date(from, "from");
    } catch (const InputError& e) {
      throw r.error(cn, ctx + ": " + e.what());
    }
    const auto vctx = [&] { return ctx + ", value from " + from; };  // for error messages only
    v.source = cn.attribute("source").value();
    v.status = cn.attribute("status") ? cn.attribute("status").value() : "official";
    if (v.status != "official" && v.status != "derived" && v.status != "unconfirmed") {
      throw r.error(cn, vctx() + ": status must be official, derived or unconfirmed, not \"" + v.status + "\"");
    }
    v.note = cn.attribute("note").value();
    if (p.type == ParamType::Table) {
      if (p.columns.empty()) throw r.error(cn, vctx() + ": a table parameter needs <column> elements first");
      std::vector<std::vector<Cell>> rows;
      std::string text;
      for (const auto& rn : cn.children()) {
        if (rn.type() == pugi::node_comment) continue;
        if (rn.type() != pugi::node_element || std::string_view(rn.name()) != "row") {
          throw r.error(rn, vctx() + ": a table value holds only <row> elements");
        }
        std::vector<Cell> row;
        row.reserve(p.columns.size());
        std::size_t given = 0;
        for ([[maybe_unused]] const auto& a : rn.attributes()) ++given;
        for (const auto& col : p.columns) {
          const auto a = rn.attribute(col.name.c_str());
          if (!a) throw r.error(rn, vctx() + ": the row has no cell for column \"" + col.name + "\"");
          try {
            row.push_back(parse_cell_named(col.type, a.value(), [&] { return vctx() + ", column " + col.name; }));
          } catch (const InputError& e) {
            throw r.error(rn, e.what());
          }
          if (!text.empty() && text.back() != '\n') text += ' ';
          text += col.name;
          text += '=';
          text += to_string(row.back());
        }
        if (given != p.columns.size()) {
          throw r.error(rn, vctx() + ": the row has attributes that are not declared columns");
        }
        text += "\n";
        rows.push_back(std::move(row));
      }
      v.text = text;
      v.value = Table(p.name, p.columns, std::move(rows));
    } else {
      for (const auto& ch : cn.children()) {
        if (ch.type() == pugi::node_element) throw r.error(ch, vctx() + ": a " + std::string(to_string(p.type)) + " value holds only text");
      }
      const std::string raw = trim(cn.text().get());
      if (raw.empty() && p.type != ParamType::Text) throw r.error(cn, vctx() + ": the value is empty");
      try {
        v.value = cell_to_value(parse_cell_named(p.type, raw, vctx));
      } catch (const InputError& e) {
        throw r.error(cn, e.what());
      }
      v.text = std::visit(
          [](const auto& x) -> std::string {
            using T = std::decay_t<decltype(x)>;
            if constexpr (std::is_same_v<T, Table>) return {};
            else return to_string(Cell(x));
          },
          v.value);
    }
    return v;
  }

  // Every parameter declares its horizon (when required), and a dated horizon is not before the
  // latest value.
  void check_horizons(bool required) const {
    for (const auto& [name, p] : book_.parameters_) {
      if (p.horizon_file.empty()) {
        if (!required) continue;
        throw RuleError(ErrorCode::RuleInvalidFile,
                        p.file + ":" + std::to_string(p.line) + ": parameter " + name +
                            ": says nothing about how far its latest value is known to hold: give known_until=\"YYYY-MM-DD\" "
                            "(re-published values) or known_until=\"open\" (fixed in the law), on <parameter> or on <rules>",
                        {.document = p.file, .line = p.line, .parameter = name});
      }
      if (p.known_until && *p.known_until < p.values.back().from) {
        throw RuleError(p.horizon_file + ": parameter " + name + ": known_until " + to_string(*p.known_until) +
                        " is before its latest value, from " + to_string(p.values.back().from) + " (" + p.values.back().file +
                        ":" + std::to_string(p.values.back().line) + ")");
      }
    }
  }

  RuleBook& book_;
  bool any_horizon_ = false;
};

RuleBook RuleBook::build(std::vector<RuleSource> sources, bool require_horizons) {
  std::sort(sources.begin(), sources.end(), [](const RuleSource& a, const RuleSource& b) { return a.path < b.path; });
  RuleBook book;
  RuleFileLoader(book).load(sources, require_horizons);
  book.sources_ = std::move(sources);
  book.finish();
  return book;
}

RuleBook RuleBook::from_sources(std::vector<RuleSource> sources) { return build(std::move(sources), false); }

RuleBook RuleBook::load_directory(const std::filesystem::path& directory) { return build(read_directory(directory, ""), true); }

RuleBook RuleBook::load_layers(const std::vector<std::filesystem::path>& layers) {
  if (layers.empty()) throw RuleError("no rules directory given");
  std::vector<RuleSource> all;
  for (std::size_t i = 0; i < layers.size(); ++i) {
    const std::string prefix = i == 0 ? "" : (i == 1 ? "local/" : "local" + std::to_string(i) + "/");
    auto layer = read_directory(layers[i], prefix);
    if (i == 0) {
      for (const auto& s : layer) {
        const std::string first = s.path.substr(0, s.path.find('/'));
        if (first.starts_with("local") && first.find_first_not_of("0123456789", 5) == std::string::npos && first != s.path) {
          throw RuleError(layers[0].string() + ": the bundled rules hold " + s.path + "; a path starting with \"local\" is kept for local layers");
        }
      }
    }
    all.insert(all.end(), std::make_move_iterator(layer.begin()), std::make_move_iterator(layer.end()));
  }
  return build(std::move(all), true);
}

}  // namespace basisbaan
