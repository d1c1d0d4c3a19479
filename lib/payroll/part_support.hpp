// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What the gross-to-net parts share: the payslip's named roundings and the trace helpers.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "basisbaan/core/rounding.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/payroll/payslip_parts.hpp"

namespace basisbaan::payroll_detail {

// Roundings of the payslip, each with the reason it is there.
inline constexpr NamedRounding kWageUp{2, Rounding::Up,
                                       "period wage rounded up to the cent: never below hours × hourly wage (Wml art. 7)"};
inline constexpr NamedRounding kHolidayUp{2, Rounding::Up,
                                          "holiday allowance rounded up to the cent: at least the percentage (Wml art. 15)"};
inline constexpr NamedRounding kProRataHalfUp{2, Rounding::HalfUp, "pro-rata amount rounded half up to the cent"};
inline constexpr NamedRounding kDeductionDown{2, Rounding::Down,
                                              "deduction from the employee rounded down to the cent (employee's favour)"};
inline constexpr NamedRounding kPremiumDown{2, Rounding::Down, "premium rounded down to the cent"};
inline constexpr NamedRounding kFraction{6, Rounding::HalfUp, "fraction kept to 6 decimals"};

/// An empty trace titled `title` when the facts ask for traces, else an untitled one that stays empty.
inline Trace new_trace(const PayslipFacts& f, const char* title) { return Trace(f.with_traces ? title : ""); }
/// The trace to record into, or nullptr when the facts ask for none.
inline Trace* trace_ptr(const PayslipFacts& f, Trace& t) { return f.with_traces ? &t : nullptr; }

/// Appends a payslip line to `lines`, built in place: the quantity and the rate (a LineQuantity,
/// a LineRate, an optional of one or std::nullopt) go straight into the line's members, with no
/// temporary line or optional copied and destroyed (issue 18). `description` is a string literal
/// (no allocation) or LineText(built text).
template <typename Quantity, typename LineRateOrNone>
inline void add_line(std::vector<PayslipLine>& lines, LineCode code, LineText description, LineKind kind, Quantity&& quantity,
                     LineRateOrNone&& rate, Money amount, Trace trace = Trace()) {
  lines.emplace_back(code, std::move(description), kind, std::forward<Quantity>(quantity), std::forward<LineRateOrNone>(rate), amount,
                     std::move(trace));
}

/// Monday to Friday from `from` to `to`, both included.
int weekdays(const Date& from, const Date& to);

}  // namespace basisbaan::payroll_detail
