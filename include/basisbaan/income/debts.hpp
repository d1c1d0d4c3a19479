// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The coach's view of debts (issue 15, deliverable 5): a household that already has garnishments
// or a voluntary deduction keeps, on bijstand and with the job alike, only the beslagvrije voet of
// its own periodic income (Rv art. 475b–475e; art. 475b applies to periodic benefits such as
// bijstand as well as to wages). Per situation: the beslagvrije voet, what is withheld over the
// year, and what is left to live on. Method and choices: docs/income-comparison.md "Debts".

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/money.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

struct Household;
struct SituationResult;

/// A debt the household already pays off (or will pay off) by garnishment or deduction.
struct HouseholdDebt {
  std::string creditor;  ///< optional name, shown in the notes
  /// What is still owed at the comparison date; none: garnished up to the beslagvrije voet for
  /// the whole year (amount not known).
  std::optional<Money> owed;
  /// A fixed deduction per month (a payment arrangement, budget management); none: everything
  /// above the beslagvrije voet. Never more than the income above the beslagvrije voet.
  std::optional<Money> monthly;
};

/// What one debt gets in one situation over the comparison year.
struct DebtWithheld {
  std::string creditor;  ///< HouseholdDebt::creditor
  Money per_year;        ///< withheld over the year
  std::optional<Money> remaining;  ///< still owed after the year (none when the amount owed is not known)
};

/// The debts in one situation ("current" or "job").
struct DebtSituation {
  Money garnished_income_per_year;  ///< the debtor's own periodic net income the garnishment reaches (wage, bijstand, other benefit)
  Money protected_per_month;        ///< the beslagvrije voet per month of the half year of the comparison date (before the 95 % ceiling of a month)
  std::vector<Money> withheld_months;  ///< withheld in each calendar month, January first (12 values)
  Money withheld_per_year;          ///< sum of withheld_months
  Money withheld_per_month;         ///< withheld_per_year / 12, half up to the cent
  Money left_per_year;              ///< net household income minus withheld, per year
  Money left_per_month;             ///< net household income per month minus withheld_per_month
  std::vector<DebtWithheld> debts;  ///< per debt, in the order given
  Trace trace;                      ///< the beslagvrije voet and the month-by-month withholding, with articles
  std::vector<std::string> unconfirmed;  ///< rule values the beslagvrije voet used that are not officially confirmed
};

/// The debts in both situations and the change in what is left to live on.
struct DebtComparison {
  DebtSituation current;  ///< now
  DebtSituation job;      ///< with the job
  Money difference_left_per_year;   ///< job − current
  Money difference_left_per_month;  ///< job − current
};

/// Checks each debt: amounts more than zero where given (InputError "field debts[i].owed: ...").
void validate_debts(const std::vector<HouseholdDebt>& debts);

/// The debts of `h` in situation `s` (computed by the comparison for the year of h.date). The
/// beslagvrije voet is computed with beslagvrije_voet() on 1 January and 1 July of the year (the
/// dates its amounts are reset, art. 475da lid 8) from the situation's joint
/// toetsingsinkomen (C), the partner's net income and the housing costs; each month the
/// protected amount is at most 95 % of the month's garnished income (art. 475dc lid 1) and the
/// rest goes to the debts in the order given, each at most its monthly amount and what it still
/// owes. RuleError when the beslagvrije voet cannot be computed for the date.
DebtSituation debt_situation(const RuleBook& rules, const Household& h, const SituationResult& s);

/// Both situations of `h`; none when the household has no debts.
std::optional<DebtComparison> compare_debts(const RuleBook& rules, const Household& h, const SituationResult& current,
                                            const SituationResult& job);

}  // namespace basisbaan
