// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Gross to net as a pipeline of small parts, one per line family. Each part is a pure function
// of the period's rules, the facts derived once about the employee (PayslipFacts) and the
// amounts of the parts before it; it appends its payslip lines to the payslip's one vector
// `lines` (reserved once, so no part allocates its own; issue 18) and returns the amounts the
// next parts need. compute_payslip (gross_to_net.hpp) runs them in payslip order:
//
//   base_wage -> sick_pay -> leave_payout (final_settlement.hpp) -> holiday_allowance -> year_end_payment -> one_off_payments
//   -> travel_allowance -> pension -> wga_recovery -> payslip_wage_tax -> employer_premiums -> net
//   -> garnishment
//
// Each part lives in its own file in lib/payroll/ named after it, with its own test in
// tests/payroll/.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/payroll/employee.hpp"
#include "basisbaan/payroll/payslip.hpp"

namespace basisbaan {

class PeriodRules;

/// What a period needs to know about one employee, worked out once at the top of the
/// computation and handed to every part.
struct PayslipFacts {
  const PeriodRules* rules = nullptr;  ///< the period's rules (not owned)
  const Employer* employer = nullptr;  ///< the employer (not owned)
  const Employee* employee = nullptr;  ///< the employee with the terms in force in the period (not owned)
  Date first_day;             ///< first day employed in the period
  Date last_day;              ///< last day employed in the period
  int age = 0;                ///< on the pay date
  TaxGroup tax_group = TaxGroup::BelowAow;  ///< on the pay date
  bool insured = true;        ///< insured for the employee insurances (below the AOW age)
  int periods_per_year = 12;  ///< the wage-tax table's period factor (12, 13, 52, 4)
  int period_weekdays = 0;    ///< Monday to Friday in the whole period
  int employed_weekdays = 0;  ///< Monday to Friday from first_day to last_day
  bool with_traces = false;   ///< whether the lines carry their traces
};

/// The facts of `employee` for `rules.period()`. Throws InputError when the employee is not
/// employed on any day of the period or the period kind is not one payroll runs on.
PayslipFacts payslip_facts(const PeriodRules& rules, const Employer& employer, const Employee& employee,
                           bool with_traces);

/// Hourly wage and basic wage (the hourly_wage and basic_wage lines).
struct BaseWage {
  Money hourly;        ///< the agreed wage, at least the statutory minimum for the age
  Money minimum_hourly;  ///< the statutory minimum hourly wage for the age on the pay date
  Money period_basic;  ///< basic wage of the whole period (the base of a sick day's wage)
  Money basic;         ///< basic wage for the days employed
};
/// The hourly wage is the agreed (cao scale) wage, at least the statutory minimum for the age on
/// the pay date (Wml art. 7, 8); the basic wage is hours × hourly wage for the period (SZW
/// Kennisdocument method for fixed period wages), pro rata to the weekdays employed.
BaseWage base_wage(const PayslipFacts& f, std::vector<PayslipLine>& lines);

/// Wage continuation during sickness (the sick_pay_reduction lines).
struct SickPay {
  Money paid_basic;                     ///< the basic wage after the reductions
  std::vector<std::string> unconfirmed; ///< cao parameters used that are not confirmed
};
/// Art. 7:629 BW and the cao: each sick weekday paid below 100 % lowers the basic wage by
/// (whole period's basic wage / period weekdays) × (1 − share), one rounding per line.
SickPay sick_pay(const PayslipFacts& f, std::vector<PayslipLine>& lines, const BaseWage& base);

/// Holiday allowance (vakantiebijslag): accrued every period, paid in May or with every period.
struct HolidayAllowance {
  Money accrual;        ///< earned this period
  Money accrual_on_leave_payout;  ///< of `accrual`, earned on a final payslip's leave payout
  Money regular;        ///< paid with the regular wage (every-period payment)
  Money special;        ///< paid as irregular pay (the May payment)
  Money reserved;       ///< shown as reserved this period (zero when paid every period)
  Money balance_after;  ///< reserve not yet paid after this period
};
/// The cao rate, at least the Wml 8 % (Wml art. 15), over the wage paid (`paid_basic`) and over
/// a final payslip's `leave_payout`; on the final payslip (final_settlement_due) the whole
/// reserve is paid out (final_settlement.hpp), else in the period holding 31 May.
HolidayAllowance holiday_allowance(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money paid_basic, Money balance_before,
                                   Money leave_payout = Money());

/// An irregular payment (the year_end_payment and one_off_payment lines).
struct IrregularPay {
  Money total;  ///< sum of the lines
};
/// The cao end-of-year payment in the period that holds 31 December, pro rata to the contract
/// hours and the days employed in the year.
IrregularPay year_end_payment(const PayslipFacts& f, std::vector<PayslipLine>& lines);
/// One-off payments agreed for this period, pro rata to the contract hours.
IrregularPay one_off_payments(const PayslipFacts& f, std::vector<PayslipLine>& lines);

/// Travel allowance: the cao amount per km, tax-free up to the werkkostenregeling amount.
struct TravelAllowance {
  Money untaxed;  ///< tax-free part (up to the werkkostenregeling amount per km)
  Money taxed;  ///< taxed part (above it)
};
/// Pays the cao amount per km of `f.employee->commute_km_per_period`; the part above the tax-free
/// amount per km is taxed.
TravelAllowance travel_allowance(const PayslipFacts& f, std::vector<PayslipLine>& lines);

/// Pension (PWRI): the premium and its split between employee and employer.
struct Pension {
  Money employee;  ///< the employee's premium (a deduction)
  Money employer;  ///< the employer's premium
};
/// Premium over the full-time yearly wage minus the franchise, times the part-time factor, per
/// period; the employee pays the employer's chosen share.
Pension pension(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money hourly);

/// The employee's share of the employer's WGA premium (the wga_recovery line), while the cao
/// allows it (Wfsv art. 39a); zero for employees not insured.
struct WgaRecovery {
  Money amount;  ///< the amount recovered (lowers the wage for wage tax)
};
/// The cao's employee share of the WGA premium at the employer's WGA rate: over the premium wage
/// (`levy_wage`, the gross less the employee's pension premium, up to the cumulative maximum
/// premium wage given `so_far`) when cao.wga.recovery_on_premium_wage is 1, as the employer's
/// premium is (Wfsv art. 34 lid 2: at most half of that premium); over `gross` in rules copies
/// stored before that parameter existed.
WgaRecovery wga_recovery(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money gross, Money levy_wage,
                         const YearToDate& so_far);

/// What the bijzonder tarief's annual wage is based on.
struct SpecialRateHistory {
  Money wage_for_wage_tax_last_year;  ///< from the state carried over (zero: not employed last year)
  int months_employed_last_year = 0;  ///< periods paid last year (for the jaarloon of the bijzonder tarief)
};
/// Wage tax: the period table over the regular wage, the bijzonder tarief over irregular pay.
struct PayslipWageTax {
  Money wage_tax;         ///< both lines together
  Money arbeidskorting;   ///< applied this period (period table)
};
/// `regular` and `special` are the wage for wage tax; `accrual` and `holiday_paid` let the
/// first year's annual wage count the holiday allowance once (Handboek Loonheffingen).
PayslipWageTax payslip_wage_tax(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money regular, Money special, Money accrual, Money holiday_paid,
                                const SpecialRateHistory& history);

/// The employer's Zvw contribution and premiums for the employee insurances.
struct EmployerPremiums {
  Money total;         ///< all contributions and premiums (without pension)
  Money zvw_wage;      ///< Zvw wage this period (after the year's maximum)
  Money premium_wage;  ///< premium wage this period (after the year's maximum)
};
/// Over `levy_wage`, with the year's maximum applied against what was counted so far.
EmployerPremiums employer_premiums(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money levy_wage,
                                   const YearToDate& so_far);

/// Net wage withheld for garnishments and voluntary deductions (the garnishment lines).
struct GarnishmentPart {
  std::vector<GarnishmentWithheld> withheld;  ///< paid to each creditor this period (the line less what is set off), when more than zero
  std::vector<GarnishmentWithheld> set_off;   ///< of each line, what is set off against an earlier overpayment (garnishment_overpaid), when more than zero
  Money total;                               ///< all lines together (positive)
};
/// Of the net wage `net` (after settlements) less the untaxed allowances `untaxed` (not
/// garnishable, Rv art. 475a lid 3), withholds what is above the beslagvrije voet: the largest
/// protected amount of the garnishments that apply on the pay date, per period
/// (protected_per_period), at most 95 % of that net (Rv art. 475dc lid 1). The amount goes to
/// the garnishments in order of payment (in_order_of_payment), each capped at what it is still
/// owed (Garnishment::owed less `paid_before`) plus what a correction left overpaid to it
/// (`overpaid`, PayrollState::garnishment_overpaid); of each line the overpaid part is set off
/// first (BW art. 6:130 and 7:632, docs/garnishment.md "Corrections") and only the rest is paid to
/// the creditor; nothing without a garnishment that applies.
GarnishmentPart garnishment(const PayslipFacts& f, std::vector<PayslipLine>& lines, Money net, Money untaxed, const std::map<std::string, Money>& paid_before,
                            const std::map<std::string, Money>& overpaid = {});

}  // namespace basisbaan
