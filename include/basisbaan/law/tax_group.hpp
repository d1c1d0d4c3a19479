#pragma once
// Which columns of the wage-tax tables apply: below the AOW age, or at AOW age (with the
// distinction by birth before or from 1946 that the brackets still make).

#include <cstdint>
#include <string_view>

#include "basisbaan/core/date.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

enum class TaxGroup : std::uint8_t { BelowAow, AowBornBefore1946, AowBornFrom1946 };

/// "below_aow", "aow_born_before_1946", "aow_born_from_1946" (the suffix of the rule names).
std::string_view to_string(TaxGroup g) noexcept;

/// The AOW date of someone born on `birth`: the day the AOW age in force for that year
/// (rules aow.age.years / aow.age.months, Algemene Ouderdomswet art. 7a) is reached.
Date aow_date(const RuleBook& rules, const Date& birth);

/// The table group for a payment on `pay_date`: the AOW columns apply from the first day of the
/// month in which the AOW age is reached (Handboek Loonheffingen; see docs/wage-tax.md).
TaxGroup tax_group_on(const RuleBook& rules, const Date& birth, const Date& pay_date);

}  // namespace basisbaan
