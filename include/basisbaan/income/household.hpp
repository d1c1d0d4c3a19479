// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A household as a coach describes it before intake: the person who is offered the basisbaan,
// a partner, children, the home, assets, the municipality, the current situation (bijstand or
// another income) and the job offer. The comparison (comparison.hpp) computes both situations
// for the calendar year of `date`. The JSON form is documented in docs/income-comparison.md.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/income/debts.hpp"
#include "basisbaan/law/bijstand.hpp"
#include "basisbaan/payroll/employee.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// The person who is offered the job (the bijstand claimant).
struct HouseholdPerson {
  std::string name;  ///< optional, shown on the summary
  Date birth_date;  ///< fixes age-dependent norms, the minimum wage and the AOW age
};

/// The partner (spouse or person with whom a joint household is run: a toeslagpartner and a
/// partner for the Participatiewet alike).
struct HouseholdPartner {
  Date birth_date;  ///< fixes age-dependent norms and the AOW age
  Money gross_income_per_year;  ///< the partner's own taxable income (for the toetsingsinkomen)
  Money net_income_per_month;   ///< the partner's own net income (counted for bijstand and municipal schemes)
  bool insured = true;          ///< insured under the Zvw (zorgtoeslag, Wzt art. 2 lid 4)
};

/// A child in the home.
struct HouseholdChild {
  Date birth_date;  ///< fixes kinderbijslag, kindgebonden budget and the household type (under 18)
};

/// What the household lives on now.
enum class CurrentSituation : std::uint8_t {
  Bijstand,  ///< algemene bijstand (a top-up of the partner's income to the norm, if any)
  Other,     ///< another income of the person (e.g. a WW benefit) that the job replaces
};

/// What the household lives on now, as the coach knows it.
struct CurrentIncome {
  CurrentSituation situation = CurrentSituation::Bijstand;  ///< bijstand or another income
  std::string description;               ///< "other": what the income is, e.g. "WW"
  std::optional<Date> since;             ///< start of the current (low) income, for the IIT reference period
  Money net_per_month;                   ///< "other": net per month incl. holiday allowance
  std::optional<Money> gross_per_year;   ///< bijstand: from the annual statement (else derived); "other": required
};

/// The basisbaan offered.
struct JobOffer {
  Hours hours_per_week;  ///< offered weekly hours
  std::optional<Money> hourly_wage;  ///< the agreed (cao scale) wage; the statutory minimum applies if higher
  std::string scale;                 ///< label only, e.g. "schaal 1, trede 2"
  std::optional<Date> start_date;    ///< shown; the comparison is always a full year with the job
  HolidayAllowancePayment holiday_allowance = HolidayAllowancePayment::InMay;  ///< when the holiday allowance is paid
  bool earnings_disregard = false;   ///< the college grants the earnings disregard (Pw art. 31 lid 2 sub n) from January
  Rate whk_wga_rate;                 ///< the employer's WGA premium rate, for the cao's WGA recovery (0: none)
  /// The municipality keeps applying the loonheffingskorting on partial bijstand beside the job
  /// (its default unless the person asks otherwise); the assessment then reclaims one credit.
  bool bijstand_keeps_tax_credit = true;
};

/// A household as a coach describes it before intake (JSON form in docs/income-comparison.md).
struct Household {
  std::string label;        ///< optional name of the case
  Date date;                ///< the comparison date: the year compared is its calendar year
  std::string municipality; ///< rules name, e.g. "groningen"
  HouseholdPerson person;  ///< the person offered the job
  std::optional<HouseholdPartner> partner;  ///< none: no partner
  std::vector<HouseholdChild> children;  ///< every child in the home
  Money rent;               ///< kale huur per month (0: no rented home, no huurtoeslag)
  Money service_costs;      ///< subsidisable service costs per month
  Money assets;             ///< assets on 1 January (bijstand and the toeslagen)
  /// Kostendelende medebewoners besides the person and the partner (Pw art. 19a: co-residents of
  /// 27 or older since 2023, not a commercial tenant or student): the bijstand norm becomes the
  /// kostendelersnorm (art. 22a). They are not counted as persons for the toeslagen.
  int cost_sharers = 0;
  CurrentIncome current;  ///< income now (bijstand, other income)
  JobOffer job;  ///< the job offered
  /// Debts paid off by garnishment or deduction (debts.hpp); empty: none, and the comparison
  /// and its outputs are exactly as without this field.
  std::vector<HouseholdDebt> debts;

  /// The calendar year of `date`.
  int year() const;
  /// Couple with a partner; otherwise single parent with a child under 18 on `date`; else single.
  BijstandHousehold household_type() const;
  /// Persons in the home: the person, the partner and every child.
  int persons() const;
};

/// True when someone born on `birth` has reached the AOW age on `on` (AOW art. 7a; the rules'
/// AOW age is only consulted from age 60, below which it never lies).
bool at_aow_age(const RuleBook& rules, const Date& birth, const Date& on);

/// Checks the facts the JSON types cannot: dates in order, amounts not negative, ages the
/// comparison supports, a known municipality. Throws InputError "field PATH: message".
void validate_household(const RuleBook& rules, const Household& h);

}  // namespace basisbaan
