#include "basisbaan/rules/rule_book.hpp"

#include <pugixml.hpp>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <sstream>
#include <unistd.h>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/sha256.hpp"

namespace basisbaan {
namespace {

// Maps byte offsets in a file to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
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
Cell parse_cell(ParamType type, const std::string& text, const std::string& what) {
  switch (type) {
    case ParamType::Amount: {
      const Decimal d = Decimal::parse(text, what);
      if (d.rounded(2, Rounding::TowardZero) != d) {
        throw InputError(what + ": expected an amount in euros with at most two decimals, got \"" + text + "\"");
      }
      return Money::exact(d, what);
    }
    case ParamType::Percentage: return Rate::percent(Decimal::parse(text, what));
    case ParamType::Decimal: return Decimal::parse(text, what);
    case ParamType::Integer: {
      const Decimal d = Decimal::parse(text, what);
      if (d.scale() != 0) throw InputError(what + ": expected a whole number, got \"" + text + "\"");
      return d.mantissa();
    }
    case ParamType::Text: return text;
    case ParamType::Table: break;
  }
  throw InputError(what + ": a table cannot be a cell");
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

}  // namespace

const std::string& source_of(const Parameter& p, const DatedValue& v) { return v.source.empty() ? p.source : v.source; }

RuleBook RuleBook::load_directory(const std::filesystem::path& directory) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(directory, ec)) {
    throw RuleError(ErrorCode::RuleInvalidFile,
                    directory.string() + ": rules directory not found (give one with --rules DIR or BASISBAAN_RULES)",
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
    std::ostringstream buf;
    buf << in.rdbuf();
    sources.push_back({fs::relative(f, directory).generic_string(), buf.str()});
  }
  if (sources.empty()) {
    throw RuleError(ErrorCode::RuleInvalidFile, directory.string() + ": no rules files (*.xml) in the rules directory",
                    {.document = directory.string()});
  }
  return from_sources(std::move(sources));
}

RuleBook RuleBook::from_sources(std::vector<RuleSource> sources) {
  std::sort(sources.begin(), sources.end(), [](const RuleSource& a, const RuleSource& b) { return a.path < b.path; });
  RuleBook book;
  for (const auto& s : sources) book.add_file(s);
  book.sources_ = std::move(sources);
  book.finish();
  return book;
}

void RuleBook::add_file(const RuleSource& src) {
  static const std::regex kName("[a-z0-9_]+(\\.[a-z0-9_]+)*");
  const LineIndex lines(src.content);
  const FileReader r(src, lines);
  pugi::xml_document doc;
  const auto res = doc.load_buffer(src.content.data(), src.content.size(), pugi::parse_default | pugi::parse_comments);
  if (!res) {
    throw RuleError(ErrorCode::RuleInvalidFile,
                    src.path + ":" + std::to_string(lines.line(res.offset)) + ": not well-formed XML: " + res.description(),
                    {.document = src.path, .line = lines.line(res.offset)});
  }
  const auto root = doc.document_element();
  if (std::string_view(root.name()) != "rules") {
    throw r.error(root, "the root element must be <rules>, found <" + std::string(root.name()) + ">");
  }
  r.only_attributes(root, {"area", "title"}, "rules file");
  r.required(root, "area", "rules file");
  r.required(root, "title", "rules file");

  for (const auto& pn : root.children()) {
    if (pn.type() == pugi::node_comment) continue;
    if (pn.type() != pugi::node_element) throw r.error(pn, "unexpected text inside <rules>");
    if (std::string_view(pn.name()) != "parameter") {
      throw r.error(pn, "unknown element <" + std::string(pn.name()) + "> (expected <parameter>)");
    }
    Parameter p;
    p.file = src.path;
    p.line = r.line(pn);
    p.name = r.required(pn, "name", "parameter");
    const std::string ctx = "parameter " + p.name;
    if (!std::regex_match(p.name, kName)) {
      throw r.error(pn, ctx + ": a name is lowercase words joined by dots, like wml.hourly");
    }
    r.only_attributes(pn, {"name", "type", "unit", "source"}, ctx);
    p.type = parse_type(r.required(pn, "type", ctx), true, r, pn, ctx);
    p.unit = pn.attribute("unit").value();
    p.source = r.required(pn, "source", ctx);
    if (const auto it = parameters_.find(p.name); it != parameters_.end()) {
      throw r.error(pn, ctx + ": defined twice (also in " + it->second.file + ":" + std::to_string(it->second.line) + ")");
    }

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
        r.only_attributes(cn, {"from", "source", "status", "note"}, ctx);
        DatedValue v;
        v.line = r.line(cn);
        const std::string from = r.required(cn, "from", ctx);
        try {
          v.from = parse_date(from, "from");
        } catch (const InputError& e) {
          throw r.error(cn, ctx + ": " + e.what());
        }
        const std::string vctx = ctx + ", value from " + from;
        if (!p.values.empty() && !(p.values.back().from < v.from)) {
          throw r.error(cn, vctx + ": dates must be strictly increasing, but the previous value (line " +
                                std::to_string(p.values.back().line) + ") is from " + to_string(p.values.back().from) +
                                (p.values.back().from == v.from ? " too (two values for one date)" : ""));
        }
        v.source = cn.attribute("source").value();
        v.status = cn.attribute("status") ? cn.attribute("status").value() : "official";
        if (v.status != "official" && v.status != "derived" && v.status != "unconfirmed") {
          throw r.error(cn, vctx + ": status must be official, derived or unconfirmed, not \"" + v.status + "\"");
        }
        v.note = cn.attribute("note").value();
        if (p.type == ParamType::Table) {
          if (p.columns.empty()) throw r.error(cn, vctx + ": a table parameter needs <column> elements first");
          std::vector<std::vector<Cell>> rows;
          std::string text;
          for (const auto& rn : cn.children()) {
            if (rn.type() == pugi::node_comment) continue;
            if (rn.type() != pugi::node_element || std::string_view(rn.name()) != "row") {
              throw r.error(rn, vctx + ": a table value holds only <row> elements");
            }
            std::vector<Cell> row;
            std::size_t given = 0;
            for ([[maybe_unused]] const auto& a : rn.attributes()) ++given;
            for (const auto& col : p.columns) {
              const auto a = rn.attribute(col.name.c_str());
              if (!a) throw r.error(rn, vctx + ": the row has no cell for column \"" + col.name + "\"");
              try {
                row.push_back(parse_cell(col.type, a.value(), vctx + ", column " + col.name));
              } catch (const InputError& e) {
                throw r.error(rn, e.what());
              }
              text += (text.empty() || text.back() == '\n' ? "" : " ") + col.name + "=" + to_string(row.back());
            }
            if (given != p.columns.size()) {
              throw r.error(rn, vctx + ": the row has attributes that are not declared columns");
            }
            text += "\n";
            rows.push_back(std::move(row));
          }
          v.text = text;
          v.value = Table(p.name, p.columns, std::move(rows));
        } else {
          for (const auto& ch : cn.children()) {
            if (ch.type() == pugi::node_element) throw r.error(ch, vctx + ": a " + std::string(to_string(p.type)) + " value holds only text");
          }
          const std::string raw = trim(cn.text().get());
          if (raw.empty() && p.type != ParamType::Text) throw r.error(cn, vctx + ": the value is empty");
          try {
            v.value = cell_to_value(parse_cell(p.type, raw, vctx));
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
        p.values.push_back(std::move(v));
      } else {
        throw r.error(cn, ctx + ": unknown element <" + std::string(el) + "> (expected description, column or value)");
      }
    }
    if (p.values.empty()) throw r.error(pn, ctx + ": has no <value>");
    parameters_.emplace(p.name, std::move(p));
  }
}

void RuleBook::finish() { fingerprint_ = "sha256:" + sha256_hex(canonical_text()); }

bool RuleBook::has(std::string_view name) const { return parameters_.find(name) != parameters_.end(); }

const Parameter& RuleBook::parameter(std::string_view name) const {
  const auto it = parameters_.find(name);
  if (it != parameters_.end()) return it->second;
  // Suggest parameters that share the first part of the name.
  const std::string head(name.substr(0, name.find('.')));
  std::string hint;
  int n = 0;
  for (const auto& [k, v] : parameters_) {
    if (k.starts_with(head + ".") && n < 5) {
      hint += (n++ ? ", " : "") + k;
    }
  }
  throw RuleError(ErrorCode::RuleUnknownParameter,
                  "unknown parameter \"" + std::string(name) + "\": no rules file defines it" +
                      (hint.empty() ? std::string() : " (did you mean: " + hint + "?)"),
                  {.parameter = std::string(name)});
}

const DatedValue& RuleBook::value_at(std::string_view name, const Date& on) const {
  const Parameter& p = parameter(name);
  // The last value whose `from` is on or before `on`.
  auto it = std::upper_bound(p.values.begin(), p.values.end(), on,
                             [](const Date& d, const DatedValue& v) { return d < v.from; });
  if (it == p.values.begin()) {
    throw RuleError(ErrorCode::RuleNoValue,
                    "parameter " + p.name + " has no value on " + to_string(on) + ": its first value applies from " +
                        to_string(p.values.front().from) + " (" + p.file + ":" + std::to_string(p.values.front().line) + ")",
                    {.parameter = p.name, .date = on});
  }
  return *(it - 1);
}

namespace {
template <typename T>
const T& typed(const RuleBook& book, std::string_view name, const Date& on, Trace* trace, ParamType expected) {
  const Parameter& p = book.parameter(name);
  if (p.type != expected) {
    throw RuleError(ErrorCode::RuleWrongType,
                    p.file + ":" + std::to_string(p.line) + ": parameter " + p.name + " is of type " +
                        std::string(to_string(p.type)) + ", but is used as " + std::string(to_string(expected)),
                    {.document = p.file, .line = p.line, .parameter = p.name});
  }
  const DatedValue& v = book.value_at(name, on);
  if (trace != nullptr) {
    const std::string shown = p.type == ParamType::Table
                                  ? "table of " + std::to_string(std::get<Table>(v.value).size()) + " rows"
                                  : v.text;
    trace->parameter(p.name, shown, to_string(v.from), source_of(p, v));
  }
  return std::get<T>(v.value);
}
}  // namespace

Money RuleBook::amount(std::string_view n, const Date& on, Trace* t) const { return typed<Money>(*this, n, on, t, ParamType::Amount); }
Rate RuleBook::rate(std::string_view n, const Date& on, Trace* t) const { return typed<Rate>(*this, n, on, t, ParamType::Percentage); }
Decimal RuleBook::decimal(std::string_view n, const Date& on, Trace* t) const { return typed<Decimal>(*this, n, on, t, ParamType::Decimal); }
std::int64_t RuleBook::integer(std::string_view n, const Date& on, Trace* t) const {
  return typed<std::int64_t>(*this, n, on, t, ParamType::Integer);
}
const std::string& RuleBook::text(std::string_view n, const Date& on, Trace* t) const {
  return typed<std::string>(*this, n, on, t, ParamType::Text);
}
const Table& RuleBook::table(std::string_view n, const Date& on, Trace* t) const { return typed<Table>(*this, n, on, t, ParamType::Table); }

std::vector<const Parameter*> RuleBook::parameters() const {
  std::vector<const Parameter*> out;
  out.reserve(parameters_.size());
  for (const auto& [k, v] : parameters_) out.push_back(&v);
  return out;
}

std::vector<std::string> RuleBook::names_with_prefix(std::string_view prefix) const {
  std::vector<std::string> out;
  for (auto it = parameters_.lower_bound(prefix); it != parameters_.end() && it->first.starts_with(prefix); ++it) {
    out.push_back(it->first);
  }
  return out;
}

std::string RuleBook::canonical_text() const {
  std::string out;
  for (const auto& [name, p] : parameters_) {
    out += "parameter " + name + " type=" + std::string(to_string(p.type)) + " unit=" + p.unit + " source=" + p.source + "\n";
    for (const auto& c : p.columns) out += "  column " + c.name + " " + std::string(to_string(c.type)) + "\n";
    for (const auto& v : p.values) {
      out += "  value from=" + to_string(v.from) + " status=" + v.status + " source=" + v.source + "\n";
      out += "    " + v.text + "\n";
    }
  }
  return out;
}

std::filesystem::path default_rules_directory() {
  namespace fs = std::filesystem;
  if (const char* env = std::getenv("BASISBAAN_RULES"); env != nullptr && *env != '\0') return env;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / BASISBAAN_INSTALL_RULES_DIR;
    if (fs::is_directory(installed, ec)) return installed;
  }
  return BASISBAAN_SOURCE_RULES_DIR;
}

}  // namespace basisbaan
