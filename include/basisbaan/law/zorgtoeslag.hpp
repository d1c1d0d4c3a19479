// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Zorgtoeslag (Wet op de zorgtoeslag, Wzt, BWBR0018451): the state pays the difference between
// the standaardpremie and the normpremie the household is deemed able to pay (Wzt art. 2), for a
// calendar year, rounded and paid under the Awir (see awir.hpp).

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/law/awir.hpp"

namespace basisbaan {

/// What the zorgtoeslag needs about a household for one year.
struct ZorgtoeslagFacts {
  int year = 0;  ///< the calendar year
  Money income;                         ///< the claimant's toetsingsinkomen for the year
  std::optional<Money> partner_income;  ///< set: the claimant has a toeslagpartner (the partner's income)
  Money assets;                         ///< box-3 rendementsgrondslag on 1 January, claimant and partner together
  bool partner_insured = true;          ///< false: the partner is not insured under the Zvw (art. 2 lid 4)
};

/// One year's zorgtoeslag (Wzt art. 2), rounded and paid under the Awir.
struct Zorgtoeslag {
  int year = 0;  ///< the calendar year
  bool has_partner = false;  ///< a toeslagpartner was given
  Money toetsingsinkomen;    ///< joint, whole euros
  Money standard_premium;    ///< the standaardpremie counted (twice it with a toeslagpartner)
  Money threshold_income;    ///< drempelinkomen
  Decimal normpremie;        ///< exact
  Money asset_limit;  ///< the asset limit that applies (single or with partner)
  bool assets_above_limit = false;  ///< no zorgtoeslag at all (Wzt art. 3)
  ToeslagPayment payment;  ///< the amount paid for the year and per month
  std::vector<std::string> unconfirmed;  ///< parameters used whose value is not officially confirmed
};

/// The zorgtoeslag for one year. Deterministic and exact; throws InputError for a negative
/// amount or an impossible year, RuleError when the rules have no value for the year.
Zorgtoeslag zorgtoeslag(const RuleBook& rules, const ZorgtoeslagFacts& facts, Trace* trace = nullptr);

/// The zorgtoeslag parameters of one year, resolved once (PreparedParameter), for computing many
/// households of that year; refers to the RuleBook, which must outlive it.
struct ZorgtoeslagRules {
  /// Resolves the parameters of `year`. Throws InputError for an impossible year; a parameter
  /// without a value is reported when a computation uses it, as by zorgtoeslag(RuleBook, ...).
  ZorgtoeslagRules(const RuleBook& rules, int year);
  int year;                             ///< the calendar year
  AwirRules awir;                       ///< rounding and minimum payment
  PreparedParameter asset_limit_single;  ///< zorgtoeslag.asset_limit.single
  PreparedParameter asset_limit_partner;  ///< zorgtoeslag.asset_limit.partner
  PreparedParameter standard_premium;   ///< zorgtoeslag.standard_premium
  PreparedParameter threshold_income;   ///< zorgtoeslag.threshold_income
  PreparedParameter norm_percentage_single;   ///< zorgtoeslag.norm_percentage.single
  PreparedParameter norm_percentage_partner;  ///< zorgtoeslag.norm_percentage.partner
  PreparedParameter income_percentage;  ///< zorgtoeslag.income_percentage
  PreparedParameter uninsured_partner_share;  ///< zorgtoeslag.uninsured_partner_share
};

/// The zorgtoeslag with prepared rules: the same result, trace and errors as zorgtoeslag(RuleBook,
/// ...); also throws InputError when facts.year is not the rules' year.
Zorgtoeslag zorgtoeslag(const ZorgtoeslagRules& rules, const ZorgtoeslagFacts& facts, Trace* trace = nullptr);

}  // namespace basisbaan
