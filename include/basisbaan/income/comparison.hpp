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

#include "basisbaan/core/trace.hpp"
#include "basisbaan/income/debts.hpp"
#include "basisbaan/income/first_year.hpp"
#include "basisbaan/income/household.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"

namespace basisbaan {

/// One line of a situation's yearly net income.
struct IncomeLine {
  std::string code;      ///< stable: "net_wage", "tax_settlement", "bijstand", "other_income", "partner_income",
                         ///< "zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderbijslag", "energietoeslag",
                         ///< "individuele_inkomenstoeslag", "kwijtschelding", "minimaregelingen"
  std::string label_nl;  ///< for the Dutch summary
  std::string label_en;  ///< for the English summary
  Money per_year;  ///< amount over the comparison year
  Money per_month;       ///< per_year / 12, rounded half up to the cent
  bool applies = false;  ///< the household gets it (for a scheme also when its money value is unknown)
  bool confirmed = true; ///< false when a value used is unconfirmed or a placeholder
  std::vector<std::string> notes;  ///< remarks for the coach (why a line applies or not)
  std::optional<Trace> trace;  ///< how the amount was computed (the income-tax assessment has one)
};

/// The year's payroll of the job (the twelve payslips of the comparison year).
struct JobPayroll {
  Hours hours_per_week;  ///< the hours compared
  Money hourly_wage;             ///< of January
  Money gross_per_year;          ///< all earnings: wage, holiday allowance paid, end-of-year payment
  Money wage_for_wage_tax;       ///< loon voor de loonheffingen of the year
  Money holiday_allowance;       ///< paid in the year
  Money year_end_payment;        ///< paid in the year
  Money wage_tax_withheld;  ///< wage tax withheld over the year (both tables)
  Money net_per_year;            ///< paid out by the employer
  std::vector<Money> counted_per_month;  ///< 12 × net as the Pw counts it: regular net + 1/12 of the net special payments
  std::vector<Money> paid_per_month;     ///< 12 × the net the employer pays out in the month (special payments included)
  std::vector<Money> special_net_per_month;  ///< 12 × the net of the month's special payments (bijzonder tarief), part of paid_per_month
  std::vector<Money> holiday_allowance_per_month;  ///< 12 × the gross holiday allowance paid in the month
  std::vector<Money> year_end_payment_per_month;   ///< 12 × the gross end-of-year payment paid in the month
};

/// One situation, computed completely for the comparison year.
struct SituationResult {
  std::string name;                  ///< "current" or "job"
  std::optional<JobPayroll> payroll; ///< job situation with hours > 0
  Money toetsingsinkomen;            ///< joint, for the toeslagen
  Money gross_bijstand_per_year;     ///< gross of the bijstand paid (for the toetsingsinkomen)
  Money income_tested_per_month;     ///< net income of the month of the date as the municipal schemes test it
  Money bijstand_norm_per_month;     ///< the norm in the month of the date
  /// The household's assets are above the bijstand asset limit in the month of the date (Pw art.
  /// 34): no bijstand, nor the schemes that test assets; `bijstand_asset_limit` is that limit.
  bool bijstand_assets_above_limit = false;
  Money bijstand_asset_limit;        ///< the asset limit of the month of the date
  std::vector<IncomeLine> lines;     ///< always the same codes in the same order
  std::vector<Money> bijstand_per_month;  ///< the bijstand (top-up) of each calendar month, January first (12 values)
  Money net_per_year;                ///< sum of the lines per year
  Money net_per_month;               ///< sum of the lines per month
  /// The part of the income-tax refund that is means over the year with bijstand and that the
  /// municipality offsets against the bijstand paid (Participatiewet net principle): at most that
  /// bijstand. The line tax_settlement holds the refund minus this (docs/income-comparison.md).
  Money tax_refund_offset;
  /// The monthly toeslag advances as Dienst Toeslagen pays them: per toeslag its yearly amount /
  /// 12 rounded down to whole euros (ToeslagPayment::per_month, docs/income-rules.md), summed over
  /// zorgtoeslag, huurtoeslag and kindgebonden budget.
  Money toeslagen_advance_per_month;

  /// The line with `code`; throws std::logic_error for a code that is not a line.
  const IncomeLine& line(std::string_view code) const;
};

/// One line's change from the current situation to the job.
struct LineDifference {
  std::string code;  ///< the line's code (IncomeLine::code)
  Money per_year;   ///< job − current
  Money per_month;  ///< job − current
};

/// Both situations of a household for the comparison year, the difference per line and the verdict.
struct Comparison {
  int year = 0;  ///< the calendar year compared
  Date date;  ///< the household's comparison date
  std::string municipality;       ///< display name
  BijstandHousehold household_type = BijstandHousehold::Single;  ///< of the bijstand norm
  SituationResult current;  ///< the situation now
  SituationResult job;  ///< the situation with the job at the hours compared
  std::vector<LineDifference> differences;  ///< per line, same order as the lines
  Money difference_per_year;  ///< net household income with the job minus now, per year
  Money difference_per_month;  ///< the same per month
  bool poverty_trap = false;       ///< the job leaves the household worse off over the year by at least the noise threshold
  Money gain_per_hour_worked;      ///< difference_per_year / (hours × 52), rounded half up (0 for no hours)
  std::vector<std::string> unknown_losses;  ///< schemes lost whose money value is unknown (placeholder)
  std::string verdict_nl;  ///< the verdict in plain Dutch
  std::string verdict_en;  ///< the verdict in English
  std::vector<std::string> notes;        ///< method choices that matter for this household
  std::vector<std::string> warnings_en;  ///< facts the coach must act on (e.g. the AOW age reached within the year)
  std::vector<std::string> warnings_nl;  ///< the same in plain Dutch (B1), for the page
  std::vector<std::string> unconfirmed;  ///< rule values used that are not officially confirmed (deduplicated)
  /// The person reaches the AOW age after the date, within the year (their AOW pension is not
  /// modelled: the verdict says it is uncertain).
  std::optional<Date> person_aow_in_year;
  /// The partner does (likewise: with the job the household has the wage and the AOW).
  std::optional<Date> partner_aow_in_year;
  /// The first year with the job month by month from its start date (first_year.hpp); none
  /// when the job has no hours.
  std::optional<FirstYear> first_year;
  /// The current situation in the month before a January start (December of the year before)
  /// with that month's own norms and amounts, for the first year's row "nu"; none when the start
  /// is later in the year or the rules do not cover that month (the row then shows the comparison
  /// year's amounts, FirstYearMonth::amounts_year).
  std::optional<MonthBeforeStart> month_before_start;
  /// The household's debts in both situations (debts.hpp); none when it has none. When present,
  /// the verdict compares what is left to live on.
  std::optional<DebtComparison> debts;
};

/// Changes smaller than this per month (€10) are noise: not a cliff, not a poverty trap, "about
/// the same" in the verdict (docs/income-comparison.md, "Noise threshold").
Money noise_threshold_per_month();

namespace income_detail {
/// Access to a model's internals for the tests of the job's payroll (lib/income/job_payroll.hpp).
struct ModelAccess;
}  // namespace income_detail

/// A household prepared for computing: the rules of the year read once (pay periods, wage-tax
/// tables, norms, which payslips each hours value computes), so that many hours can be computed
/// quickly (the sweep). Not safe for concurrent use of one model from several threads (the
/// current situation, the toeslagen's rules and the municipal schemes per income are cached on
/// first use). The rule book must not change while the model lives.
class IncomeModel {
 public:
  /// Validates the household (InputError naming the field) and loads what every situation needs;
  /// RuleError when the rules do not cover the year.
  IncomeModel(const RuleBook& rules, Household household);
  ~IncomeModel();
  ///@{
  /// Movable, not copyable.
  IncomeModel(IncomeModel&&) noexcept;
  IncomeModel& operator=(IncomeModel&&) noexcept;
  ///@}

  /// The household as validated.
  const Household& household() const noexcept { return household_; }
  /// The rule book (not owned; must outlive the model).
  const RuleBook& rules() const noexcept { return *rules_; }

  /// The current situation (computed once).
  const SituationResult& current() const;
  /// The situation with the job at `hours` a week (0: no job; the current income stops).
  SituationResult with_job(const Hours& hours) const;
  /// Both situations and the verdict, the job at `hours` (default: the offered hours).
  Comparison compare(std::optional<Hours> hours = std::nullopt) const;

  struct Prepared;  ///< implementation detail: the rules of the year, read once

 private:
  friend struct income_detail::ModelAccess;
  const RuleBook* rules_;
  Household household_;
  std::unique_ptr<Prepared> prepared_;
};

/// Convenience: IncomeModel(rules, household).compare().
Comparison compare_income(const RuleBook& rules, const Household& household, std::optional<Hours> hours = std::nullopt);

}  // namespace basisbaan
