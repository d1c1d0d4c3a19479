// SPDX-License-Identifier: EUPL-1.2
#pragma once
// How and on whose initiative an employment contract ended, and what follows from it: whether the
// transition payment of art. 7:673 BW is due, and the UWV compensation of art. 7:673e BW when the
// employment ended after two years of sickness. The amount itself: employment/transition_payment.hpp.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/money.hpp"

namespace basisbaan {

/// The legal way a contract ended (stored as the text of to_string, e.g. "uwv-permission").
enum class EndReason {
  FixedTermExpired,       ///< "fixed-term-expired": a fixed term ended by operation of law and was not continued (7:667 lid 1)
  EventOccurred,          ///< "event-occurred": the event a contract was agreed for happened (project end, return of the replaced)
  UwvPermission,          ///< "uwv-permission": notice by the employer with UWV permission (7:669 lid 3 onder a, 7:671a)
  AfterLongSickness,      ///< "after-long-sickness": notice with UWV permission after 104 weeks of sickness (7:669 lid 3 onder b, 7:670 lid 1 onder a)
  CourtDissolution,       ///< "court-dissolution": dissolved by the court (7:671b, 7:671c)
  MutualAgreement,        ///< "mutual-agreement": a written termination agreement (7:670b)
  Resignation,            ///< "resignation": notice by the employee (7:671 lid 1)
  ProbationDismissal,     ///< "probation": notice during the probation period (7:676)
  UrgentCause,            ///< "urgent-cause": summary dismissal or resignation for an urgent cause (7:677, 7:678, 7:679)
  AowAge,                 ///< "aow-age": ended because of reaching the AOW age (7:669 lid 4)
  Death,                  ///< "death": death of the employee (7:674)
  Other,                  ///< "other": anything else; the description is kept in the audit entry
};

/// Who took the initiative to the ending (art. 7:673 lid 1 onder a and b BW).
enum class EndInitiative {
  Employer,  ///< "employer"
  Employee,  ///< "employee"
};

/// How a contract ended, as the back office records it with the last day.
struct ContractEnding {
  EndReason reason = EndReason::Other;  ///< the legal way it ended
  EndInitiative initiative = EndInitiative::Employer;  ///< who took the initiative
  /// The ending was the result of serious culpable acts or omissions of the employer (ernstig
  /// verwijtbaar handelen of nalaten, art. 7:673 lid 1 onder b BW).
  bool employer_seriously_culpable = false;
  /// The ending was the result of serious culpable acts or omissions of the employee (art. 7:673 lid 7 onder c BW).
  bool employee_seriously_culpable = false;
};

/// "uwv-permission" etc.; the stored and CLI spelling.
std::string_view to_string(EndReason reason) noexcept;
/// "employer" or "employee".
std::string_view to_string(EndInitiative initiative) noexcept;
/// The reason spelled as to_string gives it; none for any other text.
std::optional<EndReason> parse_end_reason(std::string_view text) noexcept;
/// "employer" or "employee"; none for any other text.
std::optional<EndInitiative> parse_end_initiative(std::string_view text) noexcept;
/// Every reason's spelling, in declaration order (for help texts and error messages).
std::vector<std::string> end_reason_names();

/// Checks that the reason and the initiative fit together (notice by the employer is the
/// employer's initiative, resignation the employee's, …) and that not both parties are seriously
/// culpable. Throws InputError naming `what` and the reason.
void validate_ending(const ContractEnding& ending, const std::string& what);

/// Whether the statutory transition payment is due, and the article that says so.
struct TransitionEntitlement {
  bool due = false;  ///< the employer owes the transition payment of art. 7:673 BW
  std::string why;   ///< the article and the facts it turned on
};

/// Whether the ending in `ending` gives a right to the transition payment (art. 7:673 lid 1 and
/// lid 7 BW, since 2020 from the first day of employment): due when the employer gave notice, the
/// court dissolved at the employer's request or a fixed term was not continued at the employer's
/// initiative (lid 1 onder a); at the employee's initiative only when it resulted from serious
/// culpability of the employer (lid 1 onder b); never for a termination agreement (7:670b: what
/// the parties agree), death (7:674), the AOW age (lid 7 onder b) or serious culpability of the
/// employee (lid 7 onder c). Validates the ending first (validate_ending).
TransitionEntitlement transition_entitlement(const ContractEnding& ending);

/// The UWV compensation for a transition payment paid after two years of sickness (art. 7:673e
/// BW, in force since 2020-04-01): the lowest of what the employer
/// paid, the transition payment had the contract ended on the day the prohibition of notice
/// during sickness ended (lid 2 onder a) and the wage paid during the sickness (lid 2 onder b).
struct SicknessCompensation {
  Money paid;                    ///< the transition payment (or agreed payment) the employer paid
  Money at_end_of_sickness_ban;  ///< the transition payment on the day after the 104 weeks (lid 2 onder a)
  Money wage_during_sickness;    ///< the wage paid during the sickness (7:629), lid 2 onder b
  Money amount;                  ///< the compensation: the lowest of the three
  std::string limited_by;        ///< which of the three it is ("paid", "lid 2 onder a", "lid 2 onder b")
};

/// The compensation of art. 7:673e lid 2 BW for `paid` (negative amounts are refused with an
/// InputError naming the field), with `at_end_of_sickness_ban` computed by transition_payment on
/// the last day of the wage continuation (the day before the prohibition of notice ends).
SicknessCompensation sickness_compensation(const Money& paid, const Money& at_end_of_sickness_ban,
                                           const Money& wage_during_sickness);

}  // namespace basisbaan
