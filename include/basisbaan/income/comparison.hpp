// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The coach's question before intake: the household's net income over one calendar year now
// (bijstand, or another income) and with the basisbaan at the offered hours, line by line —
// wage, income-tax settlement, (partial) bijstand, partner's income, zorgtoeslag, huurtoeslag,
// kindgebonden budget, kinderbijslag and the municipal schemes — with the difference per line, a
// verdict in plain words and whether the job is a poverty trap (armoedeval). The method and every
// choice are in docs/income-comparison.md.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/income/household.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"

namespace basisbaan {

/// One line of a situation's yearly net income.
struct IncomeLine {
  std::string code;      ///< stable: "net_wage", "tax_settlement", "bijstand", "other_income", "partner_income",
                         ///< "zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderbijslag", "energietoeslag",
                         ///< "individuele_inkomenstoeslag", "kwijtschelding", "minimaregelingen"
  std::string label_nl;  ///< for the Dutch summary
  std::string label_en;
  Money per_year;
  Money per_month;       ///< per_year / 12, rounded half up to the cent
  bool applies = false;  ///< the household gets it (for a scheme also when its money value is unknown)
  bool confirmed = true; ///< false when a value used is unconfirmed or a placeholder
  std::vector<std::string> notes;
};

/// The year's payroll of the job (the twelve payslips of the comparison year).
struct JobPayroll {
  Hours hours_per_week;
  Money hourly_wage;             ///< of January
  Money gross_per_year;          ///< all earnings: wage, holiday allowance paid, end-of-year payment
  Money wage_for_wage_tax;       ///< loon voor de loonheffingen of the year
  Money holiday_allowance;       ///< paid in the year
  Money year_end_payment;        ///< paid in the year
  Money wage_tax_withheld;
  Money net_per_year;            ///< paid out by the employer
  std::vector<Money> counted_per_month;  ///< 12 × net as the Pw counts it: regular net + 1/12 of the net special payments
};

/// One situation, computed completely for the comparison year.
struct SituationResult {
  std::string name;                  ///< "current" or "job"
  std::optional<JobPayroll> payroll; ///< job situation with hours > 0
  Money toetsingsinkomen;            ///< joint, for the toeslagen
  Money gross_bijstand_per_year;     ///< gross of the bijstand paid (for the toetsingsinkomen)
  Money income_tested_per_month;     ///< net income of the month of the date as the municipal schemes test it
  Money bijstand_norm_per_month;     ///< the norm in the month of the date
  std::vector<IncomeLine> lines;     ///< always the same codes in the same order
  Money net_per_year;                ///< sum of the lines per year
  Money net_per_month;               ///< sum of the lines per month

  const IncomeLine& line(std::string_view code) const;
};

struct LineDifference {
  std::string code;
  Money per_year;   ///< job − current
  Money per_month;
};

struct Comparison {
  int year = 0;
  Date date;
  std::string municipality;       ///< display name
  BijstandHousehold household_type = BijstandHousehold::Single;
  SituationResult current;
  SituationResult job;
  std::vector<LineDifference> differences;  ///< per line, same order as the lines
  Money difference_per_year;
  Money difference_per_month;
  bool poverty_trap = false;       ///< the job leaves the household worse off over the year
  Money gain_per_hour_worked;      ///< difference_per_year / (hours × 52), rounded half up (0 for no hours)
  std::vector<std::string> unknown_losses;  ///< schemes lost whose money value is unknown (placeholder)
  std::string verdict_nl;
  std::string verdict_en;
  std::vector<std::string> notes;        ///< method choices that matter for this household
  std::vector<std::string> unconfirmed;  ///< rule values used that are not officially confirmed (deduplicated)
};

/// A household prepared for computing: the rules of the year read once (pay periods, wage-tax
/// tables, norms), so that many hours can be computed quickly (the sweep). Not safe for
/// concurrent use of one model from several threads (the current situation is cached).
class IncomeModel {
 public:
  /// Validates the household (InputError naming the field) and loads what every situation needs;
  /// RuleError when the rules do not cover the year.
  IncomeModel(const RuleBook& rules, Household household);
  ~IncomeModel();
  IncomeModel(IncomeModel&&) noexcept;
  IncomeModel& operator=(IncomeModel&&) noexcept;

  const Household& household() const noexcept { return household_; }
  const RuleBook& rules() const noexcept { return *rules_; }

  /// The current situation (computed once).
  const SituationResult& current() const;
  /// The situation with the job at `hours` a week (0: no job; the current income stops).
  SituationResult with_job(const Hours& hours) const;
  /// Both situations and the verdict, the job at `hours` (default: the offered hours).
  Comparison compare(std::optional<Hours> hours = std::nullopt) const;

  struct Prepared;  ///< implementation detail: the rules of the year, read once

 private:
  const RuleBook* rules_;
  Household household_;
  std::unique_ptr<Prepared> prepared_;
};

/// Convenience: IncomeModel(rules, household).compare().
Comparison compare_income(const RuleBook& rules, const Household& household, std::optional<Hours> hours = std::nullopt);

}  // namespace basisbaan
