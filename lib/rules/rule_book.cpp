// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/rules/rule_book.hpp"

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <set>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/sha256.hpp"

namespace basisbaan {

// The parameters a provisional book carried past their horizon; shared by copies of the book.
struct RuleBook::CarryLog {
  mutable std::mutex mutex;
  std::set<std::string, std::less<>> names;
};

const std::string& source_of(const Parameter& p, const DatedValue& v) { return v.source.empty() ? p.source : v.source; }

void RuleBook::finish() { fingerprint_ = "sha256:" + sha256_hex(canonical_text()); }

std::string horizon_text(const Parameter& p) { return p.known_until ? to_string(*p.known_until) : "open"; }

void RuleBook::set_options(const RuleBookOptions& options) {
  options_ = options;
  carried_ = options.allow_provisional ? std::make_shared<CarryLog>() : nullptr;
}

std::vector<std::string> RuleBook::carried_forward() const {
  if (!carried_) return {};
  const std::lock_guard lock(carried_->mutex);
  return {carried_->names.begin(), carried_->names.end()};
}

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
    const DatedValue& first = p.values.front();
    throw BeforeRulesError(p.name, on, first.from,
                           "the rules cover " + p.name + " from " + to_string(first.from) + " (" + first.file + ":" +
                               std::to_string(first.line) + "), so there is no value for " + to_string(on) +
                               ". To compute for that date, add its value with its source in a local rules directory "
                               "(basisbaan --rules-local DIR; docs/rules-format.md, \"Adding values locally\")");
  }
  if (p.known_until && *p.known_until < on) {
    if (!options_.allow_provisional) {
      const DatedValue& last = p.values.back();
      throw HorizonError(p.name, on, *p.known_until,
                         p.name + " is known only until " + to_string(*p.known_until) + " (" + p.horizon_file +
                             "): its latest value, from " + to_string(last.from) + ", is not known to hold on " + to_string(on) +
                             ". Add the value published for that date, with its source, in a local rules directory "
                             "(basisbaan --rules-local DIR; docs/rules-format.md, \"Adding values locally\"), or run "
                             "provisional (--provisional) to carry the latest value forward, marked provisional");
    }
    const std::lock_guard lock(carried_->mutex);
    if (carried_->names.find(p.name) == carried_->names.end()) carried_->names.emplace(p.name);
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
  // Appended piece by piece into one string (no temporary per line: issue 18); the text is the
  // fingerprint's input and must never change.
  std::string out;
  std::size_t size = 0;
  for (const auto& s : sources_) size += s.content.size();
  out.reserve(size);
  for (const auto& [name, p] : parameters_) {
    out += "parameter ";
    out += name;
    out += " type=";
    out += to_string(p.type);
    out += " unit=";
    out += p.unit;
    out += " source=";
    out += p.source;
    // The horizon only when the set declares one, so copies stored before horizons existed keep
    // their fingerprint.
    if (!p.horizon_file.empty()) {
      out += " known_until=";
      out += horizon_text(p);
    }
    out += '\n';
    for (const auto& c : p.columns) {
      out += "  column ";
      out += c.name;
      out += ' ';
      out += to_string(c.type);
      out += '\n';
    }
    for (const auto& v : p.values) {
      out += "  value from=";
      out += to_string(v.from);
      out += " status=";
      out += v.status;
      out += " source=";
      out += v.source;
      out += "\n    ";
      out += v.text;
      out += '\n';
    }
  }
  return out;
}

std::filesystem::path default_rules_directory() {
  namespace fs = std::filesystem;
  std::error_code ec;
  const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path installed = exe.parent_path().parent_path() / BASISBAAN_INSTALL_RULES_DIR;
    if (fs::is_directory(installed, ec)) return installed;
  }
  return BASISBAAN_SOURCE_RULES_DIR;
}

}  // namespace basisbaan
