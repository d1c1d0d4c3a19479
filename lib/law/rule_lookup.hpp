// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Private helper of the law modules: typed RuleBook look-ups on one date that also collect the
// parameters whose value in force has status "unconfirmed", so that a result can say which of
// its inputs are not backed by an official publication (never a silent guess).

#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan::law_detail {

class RuleLookup {
 public:
  RuleLookup(const RuleBook& rules, const Date& on, Trace* trace, std::vector<std::string>& unconfirmed)
      : rules_(rules), on_(on), trace_(trace), unconfirmed_(unconfirmed) {}

  Money amount(std::string_view name) {
    check(name);
    return rules_.amount(name, on_, trace_);
  }
  Rate rate(std::string_view name) {
    check(name);
    return rules_.rate(name, on_, trace_);
  }
  Decimal decimal(std::string_view name) {
    check(name);
    return rules_.decimal(name, on_, trace_);
  }
  std::int64_t integer(std::string_view name) {
    check(name);
    return rules_.integer(name, on_, trace_);
  }
  const std::string& text(std::string_view name) {
    check(name);
    return rules_.text(name, on_, trace_);
  }
  const Table& table(std::string_view name) {
    check(name);
    return rules_.table(name, on_, trace_);
  }
  /// True when the value in force is marked unconfirmed (and records it).
  bool check(std::string_view name) {
    const DatedValue& v = rules_.value_at(name, on_);
    if (v.status != "unconfirmed") return false;
    std::string entry = std::string(name) + " (value from " + to_string(v.from) + ")";
    for (const auto& e : unconfirmed_) {
      if (e == entry) return true;
    }
    unconfirmed_.push_back(std::move(entry));
    return true;
  }
  const Date& on() const noexcept { return on_; }
  Trace* trace() const noexcept { return trace_; }
  const RuleBook& rules() const noexcept { return rules_; }

 private:
  const RuleBook& rules_;
  Date on_;
  Trace* trace_;
  std::vector<std::string>& unconfirmed_;
};

}  // namespace basisbaan::law_detail
