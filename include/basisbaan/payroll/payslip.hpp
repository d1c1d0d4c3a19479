// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A payslip: every line (payslip_line.hpp) with its quantity, rate, amount, the levies it counts
// for and how it was obtained; totals; the employer's charges; and the year-to-date cumulatives.
// Exports read the typed accessors below, never a line looked up by its name.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/payroll/garnishment.hpp"
#include "basisbaan/payroll/payslip_line.hpp"
#include "basisbaan/payroll/rule_name_list.hpp"

namespace basisbaan {

/// Cumulatives of one calendar year, carried from period to period (loonstaat).
struct YearToDate {
  Money gross;               ///< all earnings (regular and irregular)
  Money wage_for_wage_tax;   ///< loon voor de loonbelasting/volksverzekeringen (kolom 14)
  Money wage_tax;  ///< wage tax withheld (period table and bijzonder tarief)
  Money zvw_wage;  ///< wage for the Zvw contribution (after the year's maximum)
  Money premium_wage;  ///< premium wage for the employee insurances (after the year's maximum)
  Money net;  ///< net pay
  Money employer_charges;  ///< Zvw, premiums, employer pension
  Money arbeidskorting;      ///< verrekende arbeidskorting
  int periods = 0;  ///< periods computed

  /// Adds every amount and the period count of `other` (exact; throws OverflowError on overflow).
  YearToDate& operator+=(const YearToDate& other);
  /// Subtracts every amount and the period count of `other`.
  YearToDate& operator-=(const YearToDate& other);
  ///@{
  /// Sum and difference of every amount and the period count.
  friend YearToDate operator+(YearToDate a, const YearToDate& b) { return a += b; }
  friend YearToDate operator-(YearToDate a, const YearToDate& b) { return a -= b; }
  ///@}
  /// Equal when every amount and the period count are equal.
  bool operator==(const YearToDate&) const = default;
};

/// One employee's payslip for one pay period: its lines in payslip order, totals and the year's
/// cumulatives. Amounts in euros as Money.
struct Payslip {
  std::string employee_id;  ///< personnel number
  std::string employee_name;  ///< as on the employee record
  PayPeriod period;  ///< the pay period computed
  Date pay_date;  ///< the date the wage is paid (the last day of the period)
  std::vector<PayslipLine> lines;  ///< in payslip order
  Money gross;                    ///< regular + irregular earnings
  Money wage_for_wage_tax;        ///< after deductions, regular + irregular
  Money regular_wage_for_wage_tax;  ///< regular wage after deductions (taxed with the period table)
  Money special_wage_for_wage_tax;  ///< irregular pay (taxed at the bijzonder tarief)
  Money wage_tax;  ///< wage tax withheld, both tables together
  Money untaxed;  ///< paid net without tax (travel allowance within the tax-free amount)
  Money net;                      ///< paid to the employee
  Money employer_charges;         ///< Zvw, premiums, employer pension
  Money employer_cost;            ///< gross + untaxed allowances + employer charges
  Money holiday_allowance_reserved;  ///< accrued this period (paid in May)
  Money holiday_allowance_balance;   ///< reserved and not yet paid, after this period
  Money hourly_wage;  ///< hourly wage paid: the agreed wage, at least the statutory minimum
  YearToDate year_to_date;           ///< after this period
  /// cao/rule values used that are not confirmed (the parameter names, in order); shared by the
  /// payslips of a period (rule_name_list.hpp), read as a const std::vector<std::string>.
  RuleNameList unconfirmed_rules;
  /// What art. 7:626 lid 2 BW requires on the payslip: the applicable statutory minimum hourly
  /// wage (for the age on the pay date) and the minimum holiday allowance rate (Wml art. 15).
  /// Set by compute_payslip; not stored with a payslip (a stored one gets it from the rules when
  /// an export loads it, load_run_data); none: not known, not shown.
  std::optional<Money> minimum_hourly_wage;
  int minimum_wage_age = 0;                          ///< the age the minimum is for
  std::optional<Rate> minimum_holiday_allowance_rate;  ///< the statutory minimum holiday allowance (Wml art. 15), for the payslip (art. 7:626 BW)
  /// Rules parameters carried past their horizon (a provisional payslip, RuleBookOptions); set by
  /// the caller that computed it with a provisional rule book; empty for a normal payslip.
  std::vector<std::string> carried_forward;
  /// What each garnishment got this period, in the order paid (the garnishment lines, by
  /// Garnishment::id); the store rebuilds it from the states before and after the period.
  std::vector<GarnishmentWithheld> garnishments;

  /// The first line with `code`, or nullptr.
  const PayslipLine* line(LineCode code) const noexcept;
  /// The sum of the amounts of the lines with `code`; zero when there is none.
  Money amount_of(LineCode code) const;

  /// Hours paid in the period: the quantity of the basic wage line (zero without one).
  Decimal hours_paid() const;
  /// The contract wage of the period (the basic wage line, before wage continuation).
  Money contract_wage() const { return amount_of(LineCode::BasicWage); }
  /// Holiday allowance paid in this period (the May payment or the per-period payment).
  Money holiday_allowance_paid() const {
    return amount_of(LineCode::HolidayAllowancePayment) + amount_of(LineCode::HolidayAllowance);
  }
  /// The employee's and the employer's pension premium.
  Money pension_employee() const { return amount_of(LineCode::PensionEmployee); }
  /// The employer's pension premium.
  Money pension_employer() const { return amount_of(LineCode::PensionEmployer); }
  /// Net differences of corrections of earlier periods (and a shortfall carried in) settled on
  /// this payslip: the correction_earlier_period line (docs/store.md "Corrections").
  Money corrections_settled() const { return amount_of(LineCode::CorrectionEarlierPeriod); }
  /// The shortfall carried to the next period (the net_carried_forward line, zero or positive):
  /// added here so that the net paid is never below zero.
  Money net_carried_forward() const { return amount_of(LineCode::NetCarriedForward); }
  /// The net of this period's own pay, before the settlement: net − corrections_settled() −
  /// net_carried_forward() (after garnishments, which are in net). Equals net on a payslip
  /// without settlement lines.
  Money net_of_period() const { return net - corrections_settled() - net_carried_forward(); }
  /// Net wage withheld for garnishments and voluntary deductions (the garnishment lines, as a
  /// positive amount); the net is after it.
  Money garnished() const { return -amount_of(LineCode::Garnishment); }
  /// The WGA premium recovered from the employee.
  Money wga_recovery() const { return amount_of(LineCode::WgaRecovery); }
  /// The employer's Zvw contribution.
  Money zvw() const { return amount_of(LineCode::Zvw); }
  ///@{
  /// The AWf, Aof, Wko (childcare surcharge) and Whk premiums.
  Money awf() const { return amount_of(LineCode::Awf); }
  Money aof() const { return amount_of(LineCode::Aof); }
  Money wko() const { return amount_of(LineCode::Wko); }
  Money whk() const { return amount_of(LineCode::Whk); }
  /// The Ufo premium (public employers only; zero otherwise).
  Money ufo() const { return amount_of(LineCode::Ufo); }
  /// True when the employee is insured for the employee insurances (the payslip has premium lines).
  bool insured_for_employee_insurance() const noexcept { return line(LineCode::Awf) != nullptr; }
  /// The premium rate applied for AWf (none when not insured).
  std::optional<Rate> awf_rate() const;
  /// Wage not continued during sickness on days with no wage at all (share paid 0 %), as a
  /// positive amount: these days are not paid hours for the wage-tax return.
  Money unpaid_sick_wage() const;
};

/// A short Dutch note for an unconfirmed rule value on an employee-facing document, e.g.
/// "cao.holiday_allowance.rate" → "vakantiebijslag-percentage cao: niet bevestigd". Never shows
/// the parameter key; an unknown key gives "een cao-waarde: niet bevestigd".
std::string unconfirmed_note_nl(std::string_view parameter);

/// How the basic wage line was rounded, in Dutch, when hours × hourly wage has more than two
/// decimals and the line is that product rounded up: "139,20 × 14,71 = 2.047,632 → 2.047,64
/// (naar boven afgerond: nooit minder dan uren × uurloon)". Empty otherwise.
std::string basic_wage_rounding_nl(const Payslip& p);

/// The payslip as JSON: amounts as decimal strings, lines in order, traces when present.
Json to_json(const Payslip& p);
/// The payslip as a readable Dutch text (loonstrook).
std::string to_text_nl(const Payslip& p);

}  // namespace basisbaan
