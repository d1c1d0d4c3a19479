// SPDX-License-Identifier: EUPL-1.2
#pragma once
// A run as balanced journal entries (loonjournaalpost) for the bookkeeping: wages, travel
// allowances, employer charges and pension as costs; wage tax and premiums to pay to the
// Belastingdienst, pension premiums to pay to the fund, and net wages to pay to the employees as
// liabilities. One line per employee and account, so that every amount leads back to a payslip.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/export/run_data.hpp"

namespace basisbaan {

/// What an account is used for in the wage journal.
enum class JournalRole : std::uint8_t {
  GrossWages,             ///< cost: gross wages (all earnings, less the UWV benefit paid on)
  TravelAllowance,        ///< cost: untaxed allowances (travel)
  EmployerCharges,        ///< cost: Zvw levy and employee-insurance premiums, less the WGA part recovered from employees
  PensionCharges,         ///< cost: the employer's pension premium
  WageTaxPayable,         ///< liability: wage tax withheld
  PremiumsPayable,        ///< liability: Zvw levy and premiums to the Belastingdienst
  PensionPayable,         ///< liability: pension premiums (employer and employee) to the pension fund
  NetWagesPayable,        ///< liability: net wages to the employees
  GarnishmentsPayable,    ///< liability: net wage withheld for garnishments, to the creditors
  UwvBenefitReceivable,   ///< asset: the Wazo benefit the employer paid on, receivable from UWV (art. 3:8 Wazo)
};

/// "gross_wages", "travel_allowance", ... (the names used in the accounts file).
std::string_view to_string(JournalRole r) noexcept;

/// A ledger account.
struct Account {
  std::string number;  ///< account number, e.g. "4000"
  std::string name;  ///< account name, e.g. "Brutolonen"
};

/// Which account each role is booked on.
class ChartOfAccounts {
 public:
  /// The defaults (documented in docs/exports.md): 4000 Brutolonen, 4010 Reiskostenvergoedingen,
  /// 4100 Sociale lasten, 4110 Pensioenlasten, 1500 Af te dragen loonheffing, 1510 Af te dragen
  /// premies en Zvw, 1520 Af te dragen pensioenpremies, 1530 Te betalen nettolonen, 1540 Af te
  /// dragen loonbeslag.
  static ChartOfAccounts defaults();
  /// The defaults overridden by a CSV file with the header "role,account,name" and one line per
  /// role; InputError names the file, line and the accepted roles.
  static ChartOfAccounts parse_csv(std::string_view text, std::string_view document_name);

  /// The account `r` is booked on.
  const Account& account(JournalRole r) const { return accounts_.at(r); }

 private:
  std::map<JournalRole, Account> accounts_;
};

/// One line of a journal entry: one employee's amount on one account.
struct JournalLine {
  Date date;  ///< the entry's date (the last day of the period)
  std::string entry;        ///< "LONEN-<period>", or "CORR-<corrected period>" for a correction
  std::string period;  ///< label of the run's period
  Account account;  ///< the account booked on
  std::string description;  ///< what the amount is, in Dutch
  std::string employee_id;  ///< whose payslip the amount comes from
  Money debit;  ///< debit amount (zero on a credit line)
  Money credit;  ///< credit amount (zero on a debit line)
};

/// The journal lines of the run (and of its corrections, as differences). Throws InputError for a
/// run that is not closed. The debits always equal the credits.
std::vector<JournalLine> journal_lines(const RunData& run, const ChartOfAccounts& chart);

/// The lines as CSV (RFC 4180) with the header
/// "date,entry,period,account,account_name,description,employee,debit,credit".
std::string journal_csv(const std::vector<JournalLine>& lines);

}  // namespace basisbaan
