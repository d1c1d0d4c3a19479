// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/core/trace.hpp"

namespace basisbaan {
namespace {

const char* kind_name(TraceEntry::Kind k) {
  switch (k) {
    case TraceEntry::Kind::Input: return "input";
    case TraceEntry::Kind::Parameter: return "parameter";
    case TraceEntry::Kind::Step: return "step";
    case TraceEntry::Kind::Result: return "result";
  }
  return "?";
}

void text_of(const std::vector<TraceEntry>& entries, int depth, std::string& out) {
  for (const auto& e : entries) {
    out.append(static_cast<std::size_t>(depth) * 2 + 2, ' ');
    out += kind_name(e.kind);
    out += "  ";
    out += e.name;
    out += " = ";
    out += e.value;
    if (!e.rule.empty()) {
      out += "   [";
      out += e.rule;
      out += "]";
    }
    out += '\n';
    text_of(e.children, depth + 1, out);
  }
}

nlohmann::ordered_json json_of(const std::vector<TraceEntry>& entries) {
  auto arr = nlohmann::ordered_json::array();
  for (const auto& e : entries) {
    nlohmann::ordered_json j;
    j["kind"] = kind_name(e.kind);
    j["name"] = e.name;
    j["value"] = e.value;
    if (!e.rule.empty()) j[e.kind == TraceEntry::Kind::Parameter ? "source" : "rule"] = e.rule;
    if (!e.children.empty()) j["children"] = json_of(e.children);
    arr.push_back(std::move(j));
  }
  return arr;
}

}  // namespace

void Trace::input(std::string name, std::string value) {
  entries_.push_back({TraceEntry::Kind::Input, std::move(name), std::move(value), {}, {}});
}

void Trace::parameter(std::string name, std::string value, std::string effective_from, std::string source) {
  entries_.push_back({TraceEntry::Kind::Parameter, std::move(name), std::move(value),
                      "from " + effective_from + "; " + source, {}});
}

void Trace::step(std::string name, std::string value, std::string rule) {
  entries_.push_back({TraceEntry::Kind::Step, std::move(name), std::move(value), std::move(rule), {}});
}

void Trace::result(std::string name, std::string value, std::string rule) {
  entries_.push_back({TraceEntry::Kind::Result, std::move(name), std::move(value), std::move(rule), {}});
}

void Trace::nest(Trace sub, std::string value, std::string rule) {
  entries_.push_back(
      {TraceEntry::Kind::Step, std::move(sub.title_), std::move(value), std::move(rule), std::move(sub.entries_)});
}

std::string Trace::to_text() const {
  std::string out = title_.empty() ? std::string() : title_ + "\n";
  text_of(entries_, 0, out);
  return out;
}

nlohmann::ordered_json Trace::to_json() const {
  nlohmann::ordered_json j;
  j["title"] = title_;
  j["entries"] = json_of(entries_);
  return j;
}

}  // namespace basisbaan
