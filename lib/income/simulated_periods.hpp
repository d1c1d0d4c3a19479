// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The monthly periods the income comparison simulates, with their rules (PeriodRules) built only
// for the months whose rules can differ from the month before and for the months a payslip is
// computed in (issue 18: a steady year computes 9 of its 24 months; building the other 15 was a
// sixth of a sweep). Why leaving them unbuilt changes no result and no error: at the constructor.

#include <cstddef>
#include <memory>
#include <vector>

#include "basisbaan/payroll/gross_to_net.hpp"

namespace basisbaan::income_detail {

/// The monthly pay periods from the month of `first` to the month of `last`, in order.
class SimulatedPeriods {
 public:
  /// The months from the month of `first` up to the month holding `last`. Builds, in order, the
  /// rules of the first month and of each month in whose (previous pay date, pay date] a rule
  /// value starts or a horizon ends, or that opens a calendar year; with a provisional book every
  /// month. Throws the RuleError of the first of those that fails — the error building every
  /// month in order throws.
  SimulatedPeriods(const RuleBook& rules, const Date& first, const Date& last);

  /// The number of months.
  std::size_t size() const noexcept { return periods_.size(); }
  /// Month `i`.
  const PayPeriod& period(std::size_t i) const { return periods_[i]; }
  /// The pay date of month `i` (its last day, as PeriodRules::pay_date()).
  Date pay_date(std::size_t i) const { return periods_[i].end(); }
  /// The rules of month `i`, built on first use (never throws: see the constructor).
  const PeriodRules& rules(std::size_t i) const;
  /// Whether month `i`'s rules are built (for the tests and the benchmark).
  bool built(std::size_t i) const { return built_[i] != nullptr; }
  /// A built month whose every rule look-up answers as month `i`'s would: `i` itself when built,
  /// else the latest month before it whose rules were built by the constructor.
  const PeriodRules& same_look_ups(std::size_t i) const { return *built_[built_[i] ? i : representative_[i]]; }
  /// True when a rule value starts, or a horizon ends, on a day in (after, up_to].
  bool change_between(const Date& after, const Date& up_to) const;

 private:
  const RuleBook* rules_;
  std::vector<PayPeriod> periods_;
  std::vector<Date> changes_;  // sorted: every date on which a look-up may answer differently from the day before
  std::vector<std::size_t> representative_;
  mutable std::vector<std::unique_ptr<PeriodRules>> built_;
};

}  // namespace basisbaan::income_detail
