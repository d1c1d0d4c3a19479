// SPDX-License-Identifier: EUPL-1.2
#pragma once
// PreparedParameter: a parameter's value on one date, looked up once, so that a computation
// repeated for many inputs (the toeslagen of 10,000 households, the 41 points of a sweep) does not
// look every parameter up by name again. Using it records exactly what a look-up by name records.

#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The value of one parameter in force on one date, resolved once from a RuleBook. Using it has
/// the same effects as looking it up by name at that moment: the trace entry when a trace is
/// given, the "NAME (value from DATE)" entry when the value is unconfirmed and an unconfirmed list
/// is given, the carried-forward record of a provisional book; and a look-up error (unknown
/// parameter, no value on the date, past the horizon, wrong type) is thrown when the value is
/// used, not when it is prepared. Refers to the RuleBook, which must outlive it.
class PreparedParameter {
 public:
  /// An empty parameter; using it is a logic error.
  PreparedParameter() = default;
  /// Resolves `name` on `on` as a parameter of `type`. Never throws a look-up error (it is kept
  /// for use()) and records nothing.
  PreparedParameter(const RuleBook& rules, std::string_view name, const Date& on, ParamType type);

  /// The value, recording its use as described above (`trace` and `unconfirmed` may be null).
  const ParamValue& use(Trace* trace, std::vector<std::string>* unconfirmed) const {
    if (trace == nullptr && plain_) return value_->value;
    return use_recorded(trace, unconfirmed);
  }
  /// use() as an amount.
  Money amount(Trace* trace, std::vector<std::string>* unconfirmed) const { return std::get<Money>(use(trace, unconfirmed)); }
  /// use() as a percentage.
  Rate rate(Trace* trace, std::vector<std::string>* unconfirmed) const { return std::get<Rate>(use(trace, unconfirmed)); }
  /// use() as a decimal.
  Decimal decimal(Trace* trace, std::vector<std::string>* unconfirmed) const {
    return std::get<Decimal>(use(trace, unconfirmed));
  }
  /// use() as an integer.
  std::int64_t integer(Trace* trace, std::vector<std::string>* unconfirmed) const {
    return std::get<std::int64_t>(use(trace, unconfirmed));
  }
  /// use() as a text.
  const std::string& text(Trace* trace, std::vector<std::string>* unconfirmed) const {
    return std::get<std::string>(use(trace, unconfirmed));
  }
  /// use() as a table.
  const Table& table(Trace* trace, std::vector<std::string>* unconfirmed) const {
    return std::get<Table>(use(trace, unconfirmed));
  }
  /// The value without recording anything, or nullptr when the look-up failed: for values a
  /// preparation derives once (a table row); the computation must still use() the parameter.
  const ParamValue* peek() const noexcept { return error_ ? nullptr : (value_ ? &value_->value : nullptr); }

 private:
  const ParamValue& use_recorded(Trace* trace, std::vector<std::string>* unconfirmed) const;

  const RuleBook* rules_ = nullptr;
  const Parameter* parameter_ = nullptr;
  const DatedValue* value_ = nullptr;
  Date on_{};
  std::exception_ptr error_;
  bool unconfirmed_ = false;
  bool carried_ = false;  // past the horizon of a provisional book: recorded on use
  bool plain_ = false;    // no error, not unconfirmed, not carried: use() without a trace records nothing
};

}  // namespace basisbaan
