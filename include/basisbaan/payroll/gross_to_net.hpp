// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Gross to net for one employee and one pay period: the wage from the contract (at least the
// minimum wage), the cao allowances, the wage tax (period table and bijzonder tarief), the
// employer's contributions, and the net pay — each line explained.

#include <map>
#include <memory>

#include "basisbaan/cao/aan_de_slag.hpp"
#include "basisbaan/law/bijzonder_tarief.hpp"
#include "basisbaan/law/employee_insurance.hpp"
#include "basisbaan/law/minimum_wage.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/law/wage_tax.hpp"
#include "basisbaan/payroll/employee.hpp"
#include "basisbaan/payroll/payslip.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// Everything from the rules that a period's payslips need, loaded once per period and shared by
/// all employees of a run (so that computing a payslip does no rule look-ups by name).
class PeriodRules {
 public:
  /// Loads every rule of the period's pay date; throws RuleError when one is missing.
  PeriodRules(const RuleBook& rules, const PayPeriod& period);

  /// The rule book the parameters come from.
  const RuleBook& rules() const noexcept { return *rules_; }
  /// The period computed.
  const PayPeriod& period() const noexcept { return period_; }
  /// The date the rules and the employee's age are taken on: the last day of the period.
  const Date& pay_date() const noexcept { return pay_date_; }
  /// Wage-tax parameters (tables, credits) of tax group `g`.
  const WageTaxParameters& wage_tax(TaxGroup g) const { return wage_tax_[static_cast<std::size_t>(g)]; }
  /// Premium rates and maximum wages of the employee insurances and the Zvw.
  const EmployeeInsuranceParameters& insurance() const noexcept { return insurance_; }
  /// The cao terms (scales, allowances, sick pay) on the pay date.
  const CaoAanDeSlagTerms& cao() const noexcept { return cao_; }
  /// The tax-free travel allowance per km (werkkostenregeling).
  Money tax_free_per_km() const noexcept { return tax_free_per_km_; }
  /// wml.holiday_allowance_percentage: the statutory minimum holiday allowance (Wml art. 15).
  const Rate& statutory_holiday_allowance_rate() const noexcept { return statutory_holiday_rate_; }
  /// The cao sick-pay parameters whose value on the pay date is unconfirmed.
  const std::vector<std::string>& unconfirmed_sick_pay_rules() const noexcept { return unconfirmed_sick_pay_; }
  /// True when the minimum youth wage's staffel (wml.youth_percentage) of the pay date is
  /// unconfirmed (from 2027: the draft AMvB, docs/minimum-wage.md): a payslip of an employee
  /// under 21 then names it among its unconfirmed rules.
  bool youth_percentage_unconfirmed() const noexcept { return youth_percentage_unconfirmed_; }
  /// True when the statutory minimum hourly wage (wml.hourly) of the pay date is unconfirmed (a
  /// half-yearly indexation not yet checked against its Staatscourant regeling): a payslip whose
  /// hourly wage is that minimum names it among its unconfirmed rules.
  bool minimum_hourly_unconfirmed() const noexcept { return minimum_hourly_unconfirmed_; }
  /// The unconfirmed rules a payslip of the period names, made once and shared by its payslips:
  /// the cao's (cao().unconfirmed); with `with_sick_pay` after them those of
  /// unconfirmed_sick_pay_rules() not among them; with `at_minimum` and
  /// minimum_hourly_unconfirmed() then "wml.hourly"; in order.
  const RuleNameList& unconfirmed_rules(bool with_sick_pay, bool at_minimum = false) const noexcept {
    return unconfirmed_lists_[(with_sick_pay ? 1 : 0) + (at_minimum ? 2 : 0)];
  }
  /// The hourly minimum wage rules of the pay date, looked up once; none: ask minimum_wage().
  const std::optional<MinimumWageOfDate>& minimum_wage() const noexcept { return minimum_wage_; }
  /// The AOW ages of the rules, looked up once; none: ask tax_group_on() with the RuleBook.
  const std::optional<AowAges>& aow_ages() const noexcept { return aow_ages_; }
  /// The tabel bijzondere beloningen of group `g` on the pay date, looked up once; none: ask
  /// bijzonder_tarief() with the RuleBook.
  const std::optional<SpecialRateTable>& special_rates(TaxGroup g) const { return special_rates_[static_cast<std::size_t>(g)]; }

 private:
  const RuleBook* rules_;
  PayPeriod period_;
  Date pay_date_;
  std::vector<WageTaxParameters> wage_tax_;
  EmployeeInsuranceParameters insurance_;
  CaoAanDeSlagTerms cao_;
  Money tax_free_per_km_;
  Rate statutory_holiday_rate_;
  std::vector<std::string> unconfirmed_sick_pay_;
  bool youth_percentage_unconfirmed_ = false;
  bool minimum_hourly_unconfirmed_ = false;
  RuleNameList unconfirmed_lists_[4];  ///< unconfirmed_rules(): [with sick pay + 2 × at the minimum]
  std::optional<MinimumWageOfDate> minimum_wage_;
  std::optional<AowAges> aow_ages_;
  std::optional<SpecialRateTable> special_rates_[3];
};

/// State carried from one period to the next for one employee.
struct PayrollState {
  YearToDate year_to_date;            ///< of the calendar year of the last period computed
  int year = 0;                       ///< the year `year_to_date` belongs to
  Money holiday_allowance_balance;    ///< reserved, not yet paid
  Money wage_for_wage_tax_last_year;  ///< for the jaarloon bijzondere beloningen
  int months_employed_last_year = 0;  ///< periods with a payslip in the year before (for the jaarloon)
  /// Net to settle with the next payslip: the net differences of corrections of earlier periods
  /// paid in it (the store adds them) plus a shortfall carried from the period before (negative).
  /// compute_payslip shows it as the correction_earlier_period line and sets it to the shortfall
  /// it carries forward (zero or negative). Zero in every state stored before it existed.
  Money net_settlement;
  /// Withheld so far for each garnishment (by Garnishment::id, over all years), so that what is
  /// still owed is known and nothing is withheld twice. Empty in every state stored before
  /// garnishments existed.
  std::map<std::string, Money> garnished;
  /// Per garnishment (by Garnishment::id): paid to the creditor beyond what was withheld from the
  /// employee, because a correction lowered an earlier period's garnishment after it was paid
  /// (positive; docs/garnishment.md "Corrections"). Set off against what later periods withhold
  /// for that garnishment before the creditor is paid again. Ids with zero are left out; empty in
  /// every state stored before it existed.
  std::map<std::string, Money> garnishment_overpaid;
};

/// Computes the payslip of `employee` for `rules.period()` and advances `state`. The employee
/// must be employed on some day of the period. With `with_traces`, every line carries its trace.
/// Runs the parts of payslip_parts.hpp in payslip order; `state` changes only when the payslip
/// is complete (an error leaves it as it was).
Payslip compute_payslip(const PeriodRules& rules, const Employer& employer, const Employee& employee,
                        PayrollState& state, bool with_traces = false);
/// The same payslip as compute_payslip, into `slip`: every field of `slip` is replaced, only the
/// storage of its lines is reused (a caller computing many payslips allocates it once). On an
/// error `state` is unchanged and `slip` holds no payslip to use (valid, to be assigned again).
void compute_payslip(Payslip& slip, const PeriodRules& rules, const Employer& employer, const Employee& employee,
                     PayrollState& state, bool with_traces = false);

/// Computes the payslips of one employee for every period from the latest of the employment
/// start, 1 June two years before `last` and the first date the rules cover, up to and
/// including `last`, and returns the last one: so last year's wage and the holiday-allowance
/// reserve are known. For the single-employee command.
Payslip payslip_with_history(const RuleBook& rules, const Employer& employer, const Employee& employee,
                             const PayPeriod& last, bool with_traces = false);

}  // namespace basisbaan
