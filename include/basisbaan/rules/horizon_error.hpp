// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The two ways a date can fall outside what the rules cover: after a parameter's horizon (the
// last day its latest value is known to hold) or before its first value. Both are RuleErrors
// whose message names the parameter, the date and how to add the missing value.

#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/error.hpp"

namespace basisbaan {

/// A look-up on a date after the parameter's horizon (`known_until`), outside provisional mode.
/// Guarantees: parameter(), date() and horizon() are the values named in what().
class HorizonError : public RuleError {
 public:
  /// An error with `message` (which names the parameter, the date and the horizon), code RuleBeyondHorizon.
  HorizonError(std::string parameter, const Date& date, const Date& horizon, const std::string& message)
      : RuleError(ErrorCode::RuleBeyondHorizon, message, {.parameter = parameter, .date = date}),
        parameter_(std::move(parameter)),
        date_(date),
        horizon_(horizon) {}
  /// The parameter looked up.
  const std::string& parameter() const noexcept { return parameter_; }
  /// The date it was looked up on.
  const Date& date() const noexcept { return date_; }
  /// The last day its latest value is known to hold.
  const Date& horizon() const noexcept { return horizon_; }

 private:
  std::string parameter_;
  Date date_;
  Date horizon_;
};

/// A look-up on a date before the parameter's first value. Guarantees: parameter(), date() and
/// first() (the date the rules cover it from) are the values named in what().
class BeforeRulesError : public RuleError {
 public:
  /// An error with `message` (which names the parameter, the date and the first date), code RuleNoValue.
  BeforeRulesError(std::string parameter, const Date& date, const Date& first, const std::string& message)
      : RuleError(ErrorCode::RuleNoValue, message, {.parameter = parameter, .date = date}),
        parameter_(std::move(parameter)),
        date_(date),
        first_(first) {}
  /// The parameter looked up.
  const std::string& parameter() const noexcept { return parameter_; }
  /// The date it was looked up on.
  const Date& date() const noexcept { return date_; }
  /// The first day the rules give it a value.
  const Date& first() const noexcept { return first_; }

 private:
  std::string parameter_;
  Date date_;
  Date first_;
};

}  // namespace basisbaan
