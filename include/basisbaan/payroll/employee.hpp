// SPDX-License-Identifier: EUPL-1.2
#pragma once
// What payroll needs to know about the employer and an employee for one pay period.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/employment/sickness.hpp"

namespace basisbaan {

/// When the holiday allowance is paid: once a year in May (taxed at the bijzonder tarief) or with
/// every period's wage (taxed with the period wage). The cao allows both; the employer chooses.
enum class HolidayAllowancePayment : std::uint8_t { InMay, EveryPeriod };

struct Employer {
  std::string name;
  std::string payroll_tax_number;  ///< loonheffingennummer, e.g. 123456789L01
  std::string iban;
  std::string bic;
  bool small_employer = false;     ///< Aof low rate (premium wage of the year before t-2 below the limit)
  Rate whk_rate;                   ///< Whk (WGA + ZW-flex) rate from the employer's beschikking
  Rate whk_wga_rate;               ///< the WGA part of it, for the recovery from employees
  HolidayAllowancePayment holiday_allowance = HolidayAllowancePayment::InMay;
  std::optional<Rate> pension_employee_share;  ///< share of the pension premium the employee pays (default 0)
};

/// A one-off payment to make in a period, e.g. a cao one-off amount; `full_time_amount` is paid
/// pro rata to the contract hours over the cao's full-time week.
struct OneOffPayment {
  std::string period;  ///< label, e.g. "2025-11"
  std::string description;
  Money full_time_amount;
};

struct Employee {
  std::string id;     ///< personnel number
  std::string name;
  Date birth_date;
  std::string bsn;
  std::string iban;
  bool payroll_tax_credit = true;  ///< loonheffingskorting requested
  Date employed_since;
  std::optional<Date> employed_until;
  Hours hours_per_week;
  std::optional<Money> agreed_hourly_wage;  ///< the cao scale amount; the Wml minimum applies if higher
  std::string scale;                        ///< placement label for the payslip, e.g. "schaal 1, trede 2"
  bool permanent_contract = false;          ///< written contract for an indefinite time: AWf low
  PeriodKind pay_period = PeriodKind::Month;
  Decimal commute_km_per_period;            ///< km travelled to and from work per period (travel allowance)
  std::optional<Money> previous_year_wage;  ///< wage for wage tax of last year (jaarloon bijzondere beloningen)
  std::vector<OneOffPayment> one_off_payments;
  /// Sick reports (ziekmeldingen) that overlap the period or are added together with one that does
  /// (art. 7:629 lid 10 BW); the payslip pays the wage continuation for their days. Empty: healthy.
  std::vector<SickReport> sick_reports;
};

}  // namespace basisbaan
