// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Trace: how a value was obtained. A computation that is given a Trace* records its inputs, the
// rule parameters it used (with their effective dates and sources), its steps with the article
// they implement, and its result. Given nullptr it records nothing and costs nothing.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace basisbaan {

/// One line of a trace: an input, a rule parameter, a step or the result.
struct TraceEntry {
  /// What the entry records.
  enum class Kind : std::uint8_t { Input, Parameter, Step, Result };
  Kind kind;  ///< input, parameter, step or result
  std::string name;   ///< what: "annual wage", "wage_tax.ahk.max.below_aow", "tax before credits"
  std::string value;  ///< the value as exact text: "2500.00", "35.82%"
  std::string rule;   ///< the formula or article (steps), the source and effective date (parameters)
  std::vector<TraceEntry> children;  ///< sub-computations of a step
};

/// How a value was obtained: the inputs, rule parameters (with effective date and source), steps
/// (with the article they implement) and result of one computation, in the order recorded.
class Trace {
 public:
  /// A trace of the computation called `title`, e.g. "wage tax (loonheffing)".
  explicit Trace(std::string title = {}) : title_(std::move(title)) {}

  /// Records an input value, e.g. ("annual wage", "30000.00").
  void input(std::string name, std::string value);
  /// Records a rule parameter used, with its effective date and source.
  void parameter(std::string name, std::string value, std::string effective_from, std::string source);
  /// Records an intermediate step and the formula or article it implements.
  void step(std::string name, std::string value, std::string rule);
  /// Records the result.
  void result(std::string name, std::string value, std::string rule = {});
  /// Appends a finished sub-trace as one step with children.
  void nest(Trace sub, std::string value, std::string rule = {});

  /// The computation's name given at construction.
  const std::string& title() const noexcept { return title_; }
  /// The entries in the order recorded.
  const std::vector<TraceEntry>& entries() const noexcept { return entries_; }
  /// True when nothing was recorded.
  bool empty() const noexcept { return entries_.empty(); }

  /// Plain text, one entry per line, indented per level.
  std::string to_text() const;
  /// {"title": ..., "entries": [{"kind": "step", "name": ..., "value": ..., "rule": ..., "children": [...]}]}
  nlohmann::ordered_json to_json() const;

 private:
  std::string title_;
  std::vector<TraceEntry> entries_;
};

}  // namespace basisbaan
