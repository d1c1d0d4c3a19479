// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What payroll needs to know about the employer and an employee for one pay period.

#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/employment/maternity_leave.hpp"
#include "basisbaan/employment/reintegration_steps.hpp"
#include "basisbaan/employment/sickness.hpp"
#include "basisbaan/payroll/garnishment.hpp"

namespace basisbaan {

/// When the holiday allowance is paid: once a year in May (taxed at the bijzonder tarief) or with
/// every period's wage (taxed with the period wage). The cao allows both; the employer chooses.
enum class HolidayAllowancePayment : std::uint8_t { InMay, EveryPeriod };

/// Whether the employer is a public employer (overheidswerkgever: a municipality, a province, a
/// public body; Wfsv art. 1) that owes the Ufo premium (Wfsv art. 35; Uitvoeringsfonds voor de
/// overheid), or a private one that does not.
enum class EmployerType : std::uint8_t { Private, Public };
/// "private" or "public" (the employer JSON and the store).
std::string_view to_string(EmployerType t) noexcept;

/// The employer as payroll needs it: name, numbers, account and premium choices.
struct Employer {
  std::string name;  ///< legal name
  std::string payroll_tax_number;  ///< loonheffingennummer, e.g. 123456789L01
  std::string iban;  ///< account the wages are paid from
  std::string bic;  ///< BIC of that account
  bool small_employer = false;     ///< Aof low rate (premium wage of the year before t-2 below the limit)
  Rate whk_rate;                   ///< Whk (WGA + ZW-flex) rate from the employer's beschikking
  Rate whk_wga_rate;               ///< the WGA part of it, for the recovery from employees
  HolidayAllowancePayment holiday_allowance = HolidayAllowancePayment::InMay;  ///< when the holiday allowance is paid
  std::optional<Rate> pension_employee_share;  ///< share of the pension premium the employee pays (default 0)
  EmployerType type = EmployerType::Private;   ///< public employers owe the Ufo premium
};

/// A one-off payment to make in a period, e.g. a cao one-off amount; `full_time_amount` is paid
/// pro rata to the contract hours over the cao's full-time week.
struct OneOffPayment {
  std::string period;  ///< label, e.g. "2025-11"
  std::string description;  ///< shown on the payslip
  Money full_time_amount;  ///< for a full-time week; the employee gets the share of their contract hours
};

/// What the payslip of the period holding the last day of employment settles (the final
/// payslip, docs/payslip-input.md "Final settlement"): the holiday-allowance reserve and the
/// leave hours not taken (art. 7:641 BW). The store writes it into the input snapshot of that
/// period; a snapshot without it (stored before, or of another period) computes as before.
struct FinalSettlement {
  /// Leave hours remaining on the last day, paid at the hourly wage (the leave ledger's balance,
  /// statutory and extra; negative when leave was taken in advance and is settled).
  Hours leave_hours;
};

/// One employee with the terms in force in the period computed.
struct Employee {
  std::string id;     ///< personnel number
  std::string name;  ///< full name
  Date birth_date;  ///< fixes the minimum wage (by age) and the tax group (AOW age)
  std::string bsn;  ///< burgerservicenummer
  std::string iban;  ///< account the net wage is paid to
  bool payroll_tax_credit = true;  ///< loonheffingskorting requested
  /// The employer has the identifying details (name, address, BSN) and established the identity
  /// (art. 28 Wet LB 1964). False: the anoniementarief applies (art. 26b), see anonymous_rate_applies.
  bool identified = true;
  Date employed_since;  ///< first day of the employment
  std::optional<Date> employed_until;  ///< last day of the employment; none for an indefinite one
  Hours hours_per_week;  ///< contract hours per week
  std::optional<Money> agreed_hourly_wage;  ///< the cao scale amount; the Wml minimum applies if higher
  std::string scale;                        ///< placement label for the payslip, e.g. "schaal 1, trede 2"
  bool permanent_contract = false;          ///< written contract for an indefinite time: AWf low
  PeriodKind pay_period = PeriodKind::Month;  ///< month, four weeks or week
  Decimal commute_km_per_period;            ///< km travelled to and from work per period (travel allowance)
  std::optional<Money> previous_year_wage;  ///< wage for wage tax of last year (jaarloon bijzondere beloningen)
  std::vector<OneOffPayment> one_off_payments;  ///< agreed one-off payments, by period
  /// Sick reports (ziekmeldingen) that overlap the period or are added together with one that does
  /// (art. 7:629 lid 10 BW); the payslip pays the wage continuation for their days. Empty: healthy.
  std::vector<SickReport> sick_reports;
  /// Pregnancy and maternity leaves (art. 3:1 Wazo) that overlap the period or lie inside the
  /// sickness of `sick_reports`: their days are no sick days (art. 7:629 lid 4 BW), sickness
  /// directly before and after one is one period (lid 10), and the payslip pays the UWV benefit
  /// on for the leave days in the period (art. 3:8 Wazo). Empty: none.
  std::vector<MaternityLeaveFacts> maternity_leave;
  /// Reintegration steps recorded during the sickness of `sick_reports` (a late WIA application
  /// extends the 104 weeks by the delay, art. 7:629 lid 11 onder a BW). Empty: none.
  std::vector<ReintegrationStep> reintegration_steps;
  /// Extensions of the 104 weeks recorded during that sickness (art. 7:629 lid 11 BW): the wage
  /// continuation runs on after 104 weeks up to the extended last day. Empty: none.
  std::vector<RecordedExtension> sickness_extensions;
  /// Garnishments and voluntary deductions that apply in the period (garnishment.hpp), with
  /// what each was owed; what was withheld before is in PayrollState::garnished. Empty: none.
  std::vector<Garnishment> garnishments;
  /// The settlement at the end of employment: applied only in the period that holds
  /// `employed_until` (final_settlement.hpp). None: nothing is settled, as before.
  std::optional<FinalSettlement> final_settlement;
};

/// True when wage tax is withheld at the anoniementarief (art. 26b Wet LB 1964): the employee is
/// not identified (identified == false). A missing BSN is recorded by the readers of an
/// administration as identified == false (the store, docs/store.md); an Employee built in code
/// without a BSN (an income comparison, an example) is taken as identified.
inline bool anonymous_rate_applies(const Employee& e) noexcept { return !e.identified; }

}  // namespace basisbaan
