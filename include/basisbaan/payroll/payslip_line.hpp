// SPDX-License-Identifier: EUPL-1.2
#pragma once
// One line of a payslip as a typed value: what the line is (LineCode), how it counts for pay and
// levies (LineKind), its quantity with a unit, its rate (an amount per unit or a percentage), the
// amount and how it was obtained. Everything downstream (exports, the store, the comparison) reads
// these fields and switches on the code, so a renamed or forgotten line is a compile error, never
// a silent zero. Text, JSON and HTML are views.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/payroll/line_text.hpp"

namespace basisbaan {

/// What a line is for the employee's pay and for the levies.
enum class LineKind : std::uint8_t {
  Earning,         ///< part of the gross wage, taxed with the period table
  SpecialEarning,  ///< irregular pay, taxed at the bijzonder tarief
  Deduction,       ///< lowers the wage for wage tax (WGA recovery, employee pension)
  Tax,             ///< wage tax withheld
  Untaxed,         ///< paid net, not taxed (travel allowance within the tax-free amount)
  Employer,        ///< employer's charge, not on the employee's pay
  Info,            ///< shown for information (holiday allowance reserved, hourly wage)
  Settlement,      ///< net amounts settled with this pay: corrections of earlier periods, a carried shortfall
};
/// "earning", "special_earning", "deduction", "tax", "untaxed", "employer", "info", "settlement".
std::string_view to_string(LineKind k) noexcept;

/// Every line the payroll writes, in the order a payslip lists them. Each has a stable machine
/// name (code_name) that the store, the JSON and the exports use; adding one makes every switch
/// over LineCode that lacks it fail to compile (-Wswitch).
enum class LineCode : std::uint8_t {
  HourlyWage,                ///< "hourly_wage": the hourly wage paid (info)
  BasicWage,                 ///< "basic_wage": hours × hourly wage for the period (the contract wage)
  SickPayReduction,          ///< "sick_pay_reduction": wage not continued during sickness (negative)
  WazoLeaveNoWage,           ///< "wazo_leave_no_wage": no wage from the employer on days of pregnancy and maternity leave (negative; art. 7:629 lid 4 BW)
  WazoBenefit,               ///< "wazo_benefit": the UWV pregnancy and maternity benefit paid on by the employer (art. 3:8 Wazo)
  LeavePayout,               ///< "leave_payout": leave hours not taken paid at the end of employment (art. 7:641 BW)
  HolidayAllowance,          ///< "holiday_allowance": holiday allowance paid with every period's wage
  HolidayAllowancePayment,   ///< "holiday_allowance_payment": the reserve paid out in May, or at the end of employment
  HolidayAllowanceReserved,  ///< "holiday_allowance_reserved": accrued this period (info)
  YearEndPayment,            ///< "year_end_payment": the cao end-of-year payment
  OneOffPayment,             ///< "one_off_payment": a one-off payment agreed for the period
  TravelAllowance,           ///< "travel_allowance": tax-free part of the travel allowance
  TravelAllowanceTaxed,      ///< "travel_allowance_taxed": taxed part of the travel allowance
  PensionEmployee,           ///< "pension_employee": the employee's pension premium (deduction)
  PensionEmployer,           ///< "pension_employer": the employer's pension premium
  WgaRecovery,               ///< "wga_recovery": the WGA premium recovered from the employee
  WageTax,                   ///< "wage_tax": wage tax on the regular wage (period table)
  WageTaxSpecial,            ///< "wage_tax_special": wage tax at the bijzonder tarief
  Zvw,                       ///< "zvw": employer's Zvw contribution
  Awf,                       ///< "awf": AWf premium (low or high)
  Aof,                       ///< "aof": Aof premium (low or high)
  Wko,                       ///< "wko": childcare surcharge
  Whk,                       ///< "whk": Whk premium
  Ufo,                       ///< "ufo": Ufo premium of a public employer (Wfsv art. 35)
  CorrectionEarlierPeriod,   ///< "correction_earlier_period": net differences of corrections paid now, and a shortfall carried in
  NetCarriedForward,         ///< "net_carried_forward": the shortfall carried to the next period (net would be below zero)
  Garnishment,               ///< "garnishment": net wage withheld for a garnishment or voluntary deduction (negative), paid to the creditor
  Net,                       ///< "net": net pay (info)
};
/// The number of LineCode values (for tables indexed by code).
inline constexpr std::size_t kLineCodeCount = static_cast<std::size_t>(LineCode::Net) + 1;
/// The stable machine name, e.g. "basic_wage".
std::string_view code_name(LineCode c) noexcept;
/// The code named `name`; nullopt for an unknown name.
std::optional<LineCode> line_code_from_name(std::string_view name) noexcept;

/// The unit a line's quantity is counted in.
enum class QuantityUnit : std::uint8_t {
  Hours,       ///< hours paid ("139.20 uur")
  Days,        ///< days, e.g. sick weekdays ("3 dagen")
  Kilometres,  ///< km travelled ("120 km")
  Euros,       ///< an amount a premium or recovery is computed over ("2047.64")
};

/// A quantity with its unit: 139.20 hours, 3 days, 2047.64 euros.
struct LineQuantity {
  Decimal value;  ///< the number
  QuantityUnit unit = QuantityUnit::Hours;  ///< what it counts

  /// A number of hours.
  static LineQuantity hours(const Decimal& h) { return {h, QuantityUnit::Hours}; }
  /// A number of days.
  static LineQuantity days(std::int64_t n) { return {Decimal(n), QuantityUnit::Days}; }
  /// A distance in km.
  static LineQuantity kilometres(const Decimal& km) { return {km, QuantityUnit::Kilometres}; }
  /// An amount in euros.
  static LineQuantity euros(Money m) { return {m.decimal(), QuantityUnit::Euros}; }

  /// The stored (and JSON) text: "139.20 uur", "1 dag", "3 dagen", "120 km", "2047.64".
  std::string str() const;
  /// Reads what str() writes; throws InputError naming `what` for anything else.
  static LineQuantity parse(std::string_view text, std::string_view what = "quantity");
  /// Equal in value and unit.
  bool operator==(const LineQuantity&) const = default;
};

/// A line's rate: an amount per unit of the quantity (an hourly wage, a price per km) or a
/// percentage (a premium rate, the holiday-allowance percentage, the share paid during sickness).
struct LineRate {
  std::optional<Money> per_unit;  ///< e.g. 14.40 per hour
  std::optional<Rate> percentage;  ///< e.g. 8 %

  /// An amount per unit.
  static LineRate amount(Money m) { return {m, std::nullopt}; }
  /// A percentage.
  static LineRate of(const Rate& r) { return {std::nullopt, r}; }

  /// The stored (and JSON) text: "14.40" or "8%".
  std::string str() const;
  /// Reads what str() writes; throws InputError naming `what` for anything else.
  static LineRate parse(std::string_view text, std::string_view what = "rate");
  /// Equal in both members.
  bool operator==(const LineRate&) const = default;
};

/// One line of a payslip, typed: what it is (code), how it counts (kind), its quantity and rate
/// where it has them, and its amount.
struct PayslipLine {
  LineCode code = LineCode::Net;  ///< what the line is
  LineText description;  ///< Dutch, for the payslip (a literal for the fixed texts: no allocation)
  LineKind kind = LineKind::Info;  ///< how it counts for pay and levies
  std::optional<LineQuantity> quantity;  ///< none where the line has no quantity
  std::optional<LineRate> rate;          ///< none where the line has no rate
  Money amount;  ///< the line's amount (negative for a reduction)
  Trace trace;  ///< how the amount was obtained (empty unless traces were asked for)

  /// quantity->str(), or "" without a quantity.
  std::string quantity_text() const { return quantity ? quantity->str() : std::string(); }
  /// rate->str(), or "" without a rate.
  std::string rate_text() const { return rate ? rate->str() : std::string(); }
};

}  // namespace basisbaan
