// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The net wages of a run as an ISO 20022 SEPA credit-transfer initiation, pain.001.001.03, the
// version Dutch banks accept (Betaalvereniging Nederland, "Implementation Guidelines SEPA Credit
// Transfer Initiation", pain.001.001.03): one payment information block from the employer's
// account, one transaction per employee, category purpose SALA.

#include <optional>
#include <string>

#include "basisbaan/core/date.hpp"
#include "basisbaan/export/run_data.hpp"

namespace basisbaan {

/// How the SEPA document is filled in.
struct SepaOptions {
  Date execution_date;                 ///< ReqdExctnDt: the day the bank debits the employer
  std::optional<std::string> message_id;  ///< default "SAL-<period>-<loonheffingennummer>", at most 35 characters
  std::optional<std::string> created_at;  ///< default "<execution date>T00:00:00" (so output depends on inputs only)
};

/// The end-to-end id of an employee's payment: "<period>-<personnel number>", e.g.
/// "2025-03-E001", so that the bank statement leads back to the payslip. At most 35 characters.
std::string sepa_end_to_end_id(const PayPeriod& period, const std::string& employee_id);

/// What is wrong with `execution_date` as the requested execution date of the wages of `period`:
/// a day before the period's first day, on which the wages of the period are not yet earned and
/// which is in the past by the time they are (a bank refuses an execution date in the past; most
/// often a typing error in the year or month). None for a day in the period or after it.
std::optional<std::string> sepa_execution_date_problem(const PayPeriod& period, const Date& execution_date);

/// The days after the period's last day up to which sepa_execution_date_warning stays silent: a
/// wage due on that last day (art. 7:623 lid 1 BW) and paid by then is paid at the latest on the
/// third working day after it, also across weekends and public holidays (art. 7:625 lid 1 BW).
inline constexpr int kSepaLatePaymentDays = 7;

/// A warning when `execution_date` is more than kSepaLatePaymentDays after the last day of
/// `period` (the pay date on the payslips): the wage is then paid late unless a later day was
/// agreed in writing (art. 7:623 lid 2 BW), and the employee is owed the wettelijke verhoging
/// (art. 7:625 BW). None otherwise. Deterministic: compared with the period, never with today.
std::optional<std::string> sepa_execution_date_warning(const PayPeriod& period, const Date& execution_date);

/// The pain.001.001.03 document for the run's net wages (UTF-8 XML). Employees with a net of zero
/// get no transaction. Throws InputError naming the employee or the field for: a run that is not
/// closed, an execution date before the period (sepa_execution_date_problem), an employer IBAN or
/// BIC that is missing or invalid, an employee without an IBAN or with an invalid one, a negative
/// net, an end-to-end id longer than 35 characters, no payment at all.
std::string sepa_pain001_xml(const RunData& run, const SepaOptions& options);

/// Text in the SEPA character set (EPC: a-z A-Z 0-9 / - ? : ( ) . , ' + space): letters with
/// diacritics lose them, other characters become '.', cut to `max_chars`.
std::string sepa_text(std::string_view text, std::size_t max_chars);

}  // namespace basisbaan
