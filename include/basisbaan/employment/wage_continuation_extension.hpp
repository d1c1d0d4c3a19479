// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Extensions of the 104 weeks of wage continuation during sickness (art. 7:629 lid 11 BW): a late
// WIA application (onder a: by the delay), a postponement agreed with the employee and granted by
// UWV (onder b, Wet WIA art. 24) and a wage sanction imposed by UWV (onder c, Wet WIA art. 25
// lid 9). Each moves the last day of the wage continuation by its length.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Why the 104 weeks are extended (art. 7:629 lid 11 BW).
enum class ExtensionKind {
  LateWiaApplication,   ///< onder a: the WIA application came late; extended by the delay
  AgreedPostponement,   ///< onder b: postponed on the joint request of employer and employee (Wet WIA art. 24)
  WageSanction,         ///< onder c: a wage sanction by UWV (Wet WIA art. 25 lid 9)
};

/// One extension as recorded: its kind and length in days (a wage sanction and a postponement are
/// given in weeks by UWV: weeks × 7).
struct WageContinuationExtension {
  ExtensionKind kind = ExtensionKind::WageSanction;  ///< why
  int days = 0;                                      ///< how long, in calendar days (> 0)
  std::string note;                                  ///< e.g. the UWV decision's date and number
};

/// The extension for a WIA application received on `applied_on` when it was due by `deadline`
/// (the last day of week 93, Atw-moved: poortwachter timeline): the delay in days, none when on
/// time (art. 7:629 lid 11 onder a BW: "met de duur van de vertraging").
std::optional<WageContinuationExtension> late_wia_extension(const Date& deadline, const Date& applied_on);

/// The last day of wage continuation after the extensions.
struct ExtendedWageContinuation {
  Date regular_last_day;  ///< the last day of the 104 weeks
  int extra_days = 0;     ///< all extensions together
  Date last_day;          ///< regular_last_day + extra_days
  std::vector<std::string> basis;  ///< one line per extension, with its article
};

/// Moves `regular_last_day` by every extension in `extensions` (they add up). Throws InputError
/// naming the extension for a length of 0 days or less, and for a postponement or wage sanction
/// longer than labour.sick_pay.max_postponement_weeks / max_wage_sanction_weeks (each 52 weeks)
/// in total, looked up on `regular_last_day`.
ExtendedWageContinuation extend_wage_continuation(const RuleBook& rules, const Date& regular_last_day,
                                                  const std::vector<WageContinuationExtension>& extensions);

}  // namespace basisbaan
