// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/wage_continuation_extension.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

std::optional<WageContinuationExtension> late_wia_extension(const Date& deadline, const Date& applied_on) {
  if (applied_on <= deadline) return std::nullopt;
  return WageContinuationExtension{ExtensionKind::LateWiaApplication, days_between(deadline, applied_on),
                                   "WIA application received " + to_string(applied_on) + ", due by " + to_string(deadline)};
}

ExtendedWageContinuation extend_wage_continuation(const RuleBook& rules, const Date& regular_last_day,
                                                  const std::vector<WageContinuationExtension>& extensions) {
  ExtendedWageContinuation x;
  x.regular_last_day = regular_last_day;
  int postponed = 0;
  int sanctioned = 0;
  for (std::size_t i = 0; i < extensions.size(); ++i) {
    const WageContinuationExtension& e = extensions[i];
    const std::string field = "extensions[" + std::to_string(i) + "].days";
    if (e.days <= 0) throw InputError(field + ": expected a length of at least 1 day, got " + std::to_string(e.days));
    x.extra_days += e.days;
    switch (e.kind) {
      case ExtensionKind::LateWiaApplication:
        x.basis.push_back("art. 7:629 lid 11 onder a BW: late WIA application, " + std::to_string(e.days) + " days");
        break;
      case ExtensionKind::AgreedPostponement:
        postponed += e.days;
        x.basis.push_back("art. 7:629 lid 11 onder b BW: postponement agreed and granted (Wet WIA art. 24), " +
                          std::to_string(e.days) + " days");
        break;
      case ExtensionKind::WageSanction:
        sanctioned += e.days;
        x.basis.push_back("art. 7:629 lid 11 onder c BW: wage sanction by UWV (Wet WIA art. 25 lid 9), " +
                          std::to_string(e.days) + " days");
        break;
    }
    if (!e.note.empty()) x.basis.back() += " (" + e.note + ")";
  }
  const auto max_postponement = rules.integer("labour.sick_pay.max_postponement_weeks", regular_last_day);
  const auto max_sanction = rules.integer("labour.sick_pay.max_wage_sanction_weeks", regular_last_day);
  if (postponed > 7 * max_postponement) {
    throw InputError("extensions: postponements of " + std::to_string(postponed) + " days in total; at most " +
                     std::to_string(max_postponement) + " weeks (labour.sick_pay.max_postponement_weeks)");
  }
  if (sanctioned > 7 * max_sanction) {
    throw InputError("extensions: wage sanctions of " + std::to_string(sanctioned) + " days in total; at most " +
                     std::to_string(max_sanction) + " weeks (labour.sick_pay.max_wage_sanction_weeks)");
  }
  x.last_day = add_days(regular_last_day, x.extra_days);
  return x;
}

}  // namespace basisbaan
