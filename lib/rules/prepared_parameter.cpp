// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/rules/prepared_parameter.hpp"

#include <algorithm>

namespace basisbaan {
namespace {

// The typed look-up by name, for its checks and errors (nothing is recorded without a trace).
void typed_lookup(const RuleBook& rules, std::string_view name, const Date& on, ParamType type) {
  switch (type) {
    case ParamType::Amount: (void)rules.amount(name, on); break;
    case ParamType::Percentage: (void)rules.rate(name, on); break;
    case ParamType::Decimal: (void)rules.decimal(name, on); break;
    case ParamType::Integer: (void)rules.integer(name, on); break;
    case ParamType::Text: (void)rules.text(name, on); break;
    case ParamType::Table: (void)rules.table(name, on); break;
  }
}

}  // namespace

PreparedParameter::PreparedParameter(const RuleBook& rules, std::string_view name, const Date& on, ParamType type)
    : rules_(&rules), on_(on) {
  try {
    parameter_ = &rules.parameter(name);
    const Parameter& p = *parameter_;
    const bool past_horizon = p.known_until && *p.known_until < on && rules.options().allow_provisional;
    if (!past_horizon) {
      value_ = &rules.value_at(name, on);  // records nothing here
    } else {
      // RuleBook::value_at would record the parameter as carried forward now; that happens on use.
      auto it = std::upper_bound(p.values.begin(), p.values.end(), on,
                                 [](const Date& d, const DatedValue& v) { return d < v.from; });
      if (it == p.values.begin()) (void)rules.value_at(name, on);  // throws before recording
      value_ = &*(it - 1);
      carried_ = true;
    }
    unconfirmed_ = value_->status == "unconfirmed";
    if (p.type != type) typed_lookup(rules, name, on, type);  // throws the wrong-type error
  } catch (...) {
    error_ = std::current_exception();
  }
  plain_ = !error_ && !unconfirmed_ && !carried_;
}

const ParamValue& PreparedParameter::use_recorded(Trace* trace, std::vector<std::string>* unconfirmed) const {
  if (carried_) (void)rules_->value_at(parameter_->name, on_);  // records the carried-forward parameter
  if (error_) std::rethrow_exception(error_);
  const Parameter& p = *parameter_;
  const DatedValue& v = *value_;
  if (unconfirmed_ && unconfirmed != nullptr) {
    std::string entry = p.name + " (value from " + to_string(v.from) + ")";
    if (std::find(unconfirmed->begin(), unconfirmed->end(), entry) == unconfirmed->end()) {
      unconfirmed->push_back(std::move(entry));
    }
  }
  if (trace != nullptr) {
    const std::string shown =
        p.type == ParamType::Table ? "table of " + std::to_string(std::get<Table>(v.value).size()) + " rows" : v.text;
    trace->parameter(p.name, shown, to_string(v.from), source_of(p, v));
  }
  return v.value;
}

}  // namespace basisbaan
