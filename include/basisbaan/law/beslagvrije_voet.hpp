// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The beslagvrije voet (protected amount) of a debtor whose wage is garnished: Rv art. 475b-475e
// as changed by the Wet vereenvoudiging beslagvrije voet (in force 2021-01-01), with the formula
// of art. 475da lid 2 in force on the date (the text of 2021-2025 with its quadratic housing term
// from 2022-01-01, the linear one from 2026-01-01; rule beslag.formula). A pure function of the rules and a household
// description; every step names its article in the trace. Choices where the law is not explicit
// are in docs/garnishment.md.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The leefsituatie of art. 475da (art. 475ab: as in the Participatiewet).
enum class BeslagHousehold : std::uint8_t {
  Single,          ///< alleenstaande
  SingleParent,    ///< alleenstaande ouder
  Couple,          ///< gehuwden zonder kinderen
  CoupleChildren,  ///< gehuwden met kinderen
};
/// "single", "single_parent", "couple", "couple_children" (the rules' row keys).
std::string_view to_string(BeslagHousehold h) noexcept;
/// Parses what to_string writes (also with '-' for '_'); InputError naming `field` otherwise.
BeslagHousehold parse_beslag_household(std::string_view text, std::string_view field = "household");

/// What the beslagvrije voet depends on (the facts the bailiff's notice is based on).
struct BeslagvrijeVoetFacts {
  Date on;                                            ///< the date the amount is determined for
  BeslagHousehold household = BeslagHousehold::Single;  ///< the leefsituatie
  bool aow_age = false;           ///< debtor (or spouse) of AOW age: the Pw art. 22 norms (docs/garnishment.md)
  Money taxable_income_per_year;  ///< C: belastbaar inkomen of debtor and spouse, annualised (art. 475d lid 1)
  Money net_income_per_month;     ///< the debtor's net periodic income per month incl. holiday allowance (art. 475dc lid 1)
  Money partner_income_per_month;  ///< the spouse's non-garnished net periodic income per month incl. holiday allowance (art. 475db lid 1 a)
  Money other_income_per_month;    ///< the debtor's own non-garnished periodic income per month incl. holiday allowance (art. 475db lid 1 b)
  Money housing_costs_per_month;   ///< woonkosten (art. 475ab): rekenhuur or mortgage interest etc.; zero: no increase asked
};

/// The beslagvrije voet per month with its parts (every amount per month).
struct BeslagvrijeVoet {
  Money base;              ///< 95 % of the bijstand norm (art. 475da lid 2)
  Money zorg_term;         ///< the zorgtoeslag phased out, capped (art. 475da lid 2, 3)
  Money housing_term;      ///< the huurtoeslag phased out, at most H − J (art. 475da lid 2)
  Money child_term;        ///< the kindgebonden budget phased out (art. 475da lid 2)
  Money formula;           ///< base + terms, at most the maximum (art. 475da lid 1)
  Money maximum;           ///< the art. 475da lid 1 maximum of the leefsituatie
  Money housing_increase;  ///< housing costs above 110 % of H (art. 475da lid 5; until 2022 only at the maximum)
  Money partner_deduction;  ///< the spouse's income, at most half (art. 475db lid 1 a)
  Money other_income_deduction;  ///< the debtor's own non-garnished income (art. 475db lid 1 b)
  bool income_ceiling_applied = false;  ///< limited to 95 % of the income (art. 475dc lid 1)
  Money per_month;         ///< the beslagvrije voet per month
  std::vector<std::string> unconfirmed;  ///< rule values used that are not officially confirmed
};

/// The beslagvrije voet on `f.on` (from the first date of rule beslag.formula, 2022-01-01:
/// earlier dates are a RuleError naming that date, enter the amount the bailiff states instead). Each part is exact; the result is rounded to the cent,
/// half up (the law has no rounding rule; half up reproduces the lid 1 maxima, docs/garnishment.md). InputError
/// for a negative amount in `f`. Traces every step with its article when `trace` is given.
BeslagvrijeVoet beslagvrije_voet(const RuleBook& rules, const BeslagvrijeVoetFacts& f, Trace* trace = nullptr);

}  // namespace basisbaan
