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

/// The pain.001.001.03 document for the run's net wages (UTF-8 XML). Employees with a net of zero
/// get no transaction. Throws InputError naming the employee or the field for: a run that is not
/// closed, an employer IBAN or BIC that is missing or invalid, an employee without an IBAN or with
/// an invalid one, a negative net, an end-to-end id longer than 35 characters, no payment at all.
std::string sepa_pain001_xml(const RunData& run, const SepaOptions& options);

/// Text in the SEPA character set (EPC: a-z A-Z 0-9 / - ? : ( ) . , ' + space): letters with
/// diacritics lose them, other characters become '.', cut to `max_chars`.
std::string sepa_text(std::string_view text, std::size_t max_chars);

}  // namespace basisbaan
