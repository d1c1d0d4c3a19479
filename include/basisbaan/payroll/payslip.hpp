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
#include "basisbaan/payroll/payslip_line.hpp"

namespace basisbaan {

/// Cumulatives of one calendar year, carried from period to period (loonstaat).
struct YearToDate {
  Money gross;               ///< all earnings (regular and irregular)
  Money wage_for_wage_tax;   ///< loon voor de loonbelasting/volksverzekeringen (kolom 14)
  Money wage_tax;
  Money zvw_wage;
  Money premium_wage;
  Money net;
  Money employer_charges;
  Money arbeidskorting;      ///< verrekende arbeidskorting
  int periods = 0;

  /// Adds every amount and the period count of `other` (exact; throws OverflowError on overflow).
  YearToDate& operator+=(const YearToDate& other);
  /// Subtracts every amount and the period count of `other`.
  YearToDate& operator-=(const YearToDate& other);
  friend YearToDate operator+(YearToDate a, const YearToDate& b) { return a += b; }
  friend YearToDate operator-(YearToDate a, const YearToDate& b) { return a -= b; }
  bool operator==(const YearToDate&) const = default;
};

struct Payslip {
  std::string employee_id;
  std::string employee_name;
  PayPeriod period;
  Date pay_date;
  std::vector<PayslipLine> lines;
  Money gross;                    ///< regular + irregular earnings
  Money wage_for_wage_tax;        ///< after deductions, regular + irregular
  Money regular_wage_for_wage_tax;
  Money special_wage_for_wage_tax;
  Money wage_tax;
  Money untaxed;
  Money net;                      ///< paid to the employee
  Money employer_charges;         ///< Zvw, premiums, employer pension
  Money employer_cost;            ///< gross + untaxed allowances + employer charges
  Money holiday_allowance_reserved;  ///< accrued this period (paid in May)
  Money holiday_allowance_balance;   ///< reserved and not yet paid, after this period
  Money hourly_wage;
  YearToDate year_to_date;           ///< after this period
  std::vector<std::string> unconfirmed_rules;  ///< cao/rule values used that are not confirmed
  /// Rules parameters carried past their horizon (a provisional payslip, RuleBookOptions); set by
  /// the caller that computed it with a provisional rule book; empty for a normal payslip.
  std::vector<std::string> carried_forward;

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
  Money pension_employer() const { return amount_of(LineCode::PensionEmployer); }
  /// The WGA premium recovered from the employee.
  Money wga_recovery() const { return amount_of(LineCode::WgaRecovery); }
  /// The employer's premiums and contribution.
  Money zvw() const { return amount_of(LineCode::Zvw); }
  Money awf() const { return amount_of(LineCode::Awf); }
  Money aof() const { return amount_of(LineCode::Aof); }
  Money wko() const { return amount_of(LineCode::Wko); }
  Money whk() const { return amount_of(LineCode::Whk); }
  /// True when the employee is insured for the employee insurances (the payslip has premium lines).
  bool insured_for_employee_insurance() const noexcept { return line(LineCode::Awf) != nullptr; }
  /// The premium rate applied for AWf (none when not insured).
  std::optional<Rate> awf_rate() const;
  /// Wage not continued during sickness on days with no wage at all (share paid 0 %), as a
  /// positive amount: these days are not paid hours for the wage-tax return.
  Money unpaid_sick_wage() const;
};

/// The payslip as JSON: amounts as decimal strings, lines in order, traces when present.
Json to_json(const Payslip& p);
/// The payslip as a readable Dutch text (loonstrook).
std::string to_text_nl(const Payslip& p);

}  // namespace basisbaan
