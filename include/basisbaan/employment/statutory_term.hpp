// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The Algemene termijnenwet (Atw): a term set by law that ends on a Saturday, Sunday or generally
// recognised public holiday runs on to the next day that is none of these (art. 1 lid 1); a term
// counted back from a moment or event is not extended (art. 1 lid 2). The holidays per calendar
// year are dated rules (rules/public_holidays.xml, atw.public_holidays; art. 3).

#include <optional>
#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The public holiday (Atw art. 3) on `d`, by name, or none. Years the rules do not cover give
/// none (see holidays_known).
std::optional<std::string> public_holiday(const RuleBook& rules, const Date& d);

/// True when the rules list the public holidays of `d`'s calendar year (atw.public_holidays has a
/// value for that year within its horizon).
bool holidays_known(const RuleBook& rules, int year);

/// True when `d` is a Saturday, a Sunday or a public holiday of the rules.
bool is_atw_rest_day(const RuleBook& rules, const Date& d);

/// A statutory term's last day after Atw art. 1 lid 1: `term_end` itself when it is a working
/// day, else the next day that is no Saturday, Sunday or public holiday.
struct StatutoryTermEnd {
  Date day;            ///< the last day of the term after the Atw
  std::string note;    ///< empty when not moved; else why (e.g. "2026-04-06 is tweede Paasdag (Atw art. 1)")
};
/// The end of a statutory term that ends on `term_end`, moved to the next working day when that is a Saturday, Sunday or public holiday (Algemene termijnenwet art. 1).
StatutoryTermEnd atw_term_end(const RuleBook& rules, const Date& term_end);

/// The first working day (no Saturday, Sunday or public holiday) after `d`.
Date next_working_day_after(const RuleBook& rules, const Date& d);

}  // namespace basisbaan
