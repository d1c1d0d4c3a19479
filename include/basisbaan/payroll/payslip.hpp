#pragma once
// A payslip: every line with its quantity, rate, amount, the levies it counts for and how it was
// obtained; totals; the employer's charges; and the year-to-date cumulatives.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/json_input.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/trace.hpp"

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
};
std::string_view to_string(LineKind k) noexcept;

struct PayslipLine {
  std::string code;         ///< stable machine code, e.g. "basic_wage", "wage_tax"
  std::string description;  ///< Dutch, for the payslip
  LineKind kind;
  std::string quantity;     ///< e.g. "139.20 uur"; may be empty
  std::string rate;         ///< e.g. "14.40" or "8%"; may be empty
  Money amount;
  Trace trace;              ///< how the amount was obtained (empty unless traces were asked for)
};

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

  /// The line with `code`, or nullptr.
  const PayslipLine* line(std::string_view code) const;
};

/// The payslip as JSON: amounts as decimal strings, lines in order, traces when present.
Json to_json(const Payslip& p);
/// The payslip as a readable Dutch text (loonstrook).
std::string to_text_nl(const Payslip& p);

}  // namespace basisbaan
