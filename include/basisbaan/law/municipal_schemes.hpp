// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Municipal minima schemes that a job can make a household lose (armoedeval): energietoeslag
// (Pw art. 35 lid 4), individuele inkomenstoeslag (Pw art. 36), kwijtschelding of municipal
// taxes (Invorderingswet 1990 art. 26) and the other minima schemes, each with an income limit
// as a percentage of the applicable bijstand norm. A municipality is one rules file with the
// parameters municipality.<name>.*; values not confirmed by an official publication (including
// placeholder zeros) are flagged in the result, never silently treated as real.

#include <string>
#include <vector>

#include "basisbaan/law/bijstand.hpp"

namespace basisbaan {

/// What the municipal schemes test about a household on one date.
struct MunicipalFacts {
  std::string municipality;      ///< the rules name, e.g. "groningen" (case-insensitive)
  Date on;                       ///< the date of the test (the schemes of that date and year)
  BijstandHousehold household = BijstandHousehold::Single;  ///< the household type of the bijstand norm
  bool has_children = false;     ///< for a couple: "couple_with_children" amounts
  bool aow_age = false;          ///< the claimant (or partner) has reached AOW age
  int age = 30;                  ///< the claimant's age
  int persons = 1;               ///< residents of the home (municipal tax tariffs)
  Money net_income_per_month;    ///< household net income as the Pw counts it, incl. holiday allowance, no toeslagen
  int low_income_months = 0;     ///< consecutive months up to `on` with income at or below the IIT limit
  std::vector<Date> children_birth_dates;  ///< children in the home (per-child schemes by age, e.g. Rotterdam's Jeugdtegoed)
};

/// One scheme for the household.
struct MunicipalScheme {
  std::string scheme;            ///< "energietoeslag", "individuele_inkomenstoeslag", "kwijtschelding", "minimaregelingen"
  std::string title;             ///< the name for people
  bool in_rules = false;         ///< the municipality has this scheme in its rules for the date
  bool eligible = false;         ///< the household gets it
  Money amount_per_year;         ///< what the household gets (0 when not eligible)
  Money value_per_year;          ///< what the scheme is worth to this household when eligible
  Rate threshold_percentage;     ///< income limit as % of the bijstand norm
  Money threshold_per_month;     ///< that limit in euros (shown to the cent; the test is exact)
  bool confirmed = true;         ///< false when any value used is unconfirmed or a placeholder
  std::vector<std::string> notes;  ///< why (not) eligible; what is unconfirmed and why
};

/// Every scheme of one municipality for a household.
struct MunicipalSchemes {
  std::string municipality;  ///< the rules name, lower case
  std::string display_name;  ///< the name for people
  BijstandNorm norm;             ///< the norm the thresholds are a percentage of
  std::vector<MunicipalScheme> schemes;  ///< in the order of the rules
  Money total_per_year;          ///< sum of amount_per_year
  bool confirmed = true;         ///< every scheme confirmed
};

/// The municipalities that have rules, sorted (NAME of the parameters municipality.NAME.…).
std::vector<std::string> known_municipalities(const RuleBook& rules);

/// Every scheme of the municipality for the household. Throws InputError for an unknown
/// municipality (listing the known ones) or bad facts; RuleError for broken rules.
MunicipalSchemes municipal_schemes(const RuleBook& rules, const MunicipalFacts& facts, Trace* trace = nullptr);

/// The rules of one municipality on one date for one household type, resolved once (issue 18:
/// the income sweep tests 41 incomes of one household). Refers to the RuleBook, which must
/// outlive it. municipal_schemes(RuleBook, facts) is municipal_schemes() below with these rules
/// prepared for the facts on each call (one formula).
class MunicipalRules {
 public:
  /// Resolves every parameter of `municipality` (any case) on `on`, and the norm of `household`
  /// (at AOW age: `aow_age`). Never throws a look-up error or an unknown municipality: both are
  /// reported when the rules are used, as by the RuleBook function.
  MunicipalRules(const RuleBook& rules, std::string_view municipality, const Date& on, BijstandHousehold household,
                 bool aow_age);
  /// One parameter municipality.NAME.ITEM on the date.
  struct Item {
    bool present = false;  ///< the parameter exists and has a value on the date (the schemes' "has")
    PreparedParameter value;  ///< its value, errors and records (empty when no rules file defines it)
    std::string unconfirmed_note;  ///< "UNCONFIRMED NAME (from DATE): note" when unconfirmed, else empty
  };
  /// The rules.
  const RuleBook& rules() const noexcept { return *book_; }
  /// The municipality's name, lower case.
  const std::string& name() const noexcept { return name_; }
  /// The date of the test.
  const Date& on() const noexcept { return on_; }
  /// The municipality has rules.
  bool known() const noexcept { return known_; }
  /// The municipalities that have rules, comma separated, for the error.
  const std::string& known_list() const noexcept { return known_list_; }
  /// The norm the income limits are a percentage of.
  const BijstandNormRules& norm() const noexcept { return norm_; }
  /// The parameters, in the order of municipal_schemes.cpp's list of items.
  const std::vector<Item>& items() const noexcept { return items_; }

 private:
  const RuleBook* book_;
  std::string name_;
  Date on_;
  bool known_ = false;
  std::string known_list_;
  BijstandNormRules norm_;
  std::vector<Item> items_;
};

/// municipal_schemes() with prepared rules: the same result, notes, trace and errors as
/// municipal_schemes(RuleBook, facts); also throws InputError when the facts' municipality, date,
/// household type or AOW age are not the ones the rules are prepared for.
MunicipalSchemes municipal_schemes(const MunicipalRules& rules, const MunicipalFacts& facts, Trace* trace = nullptr);

}  // namespace basisbaan
