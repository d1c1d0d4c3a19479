// SPDX-License-Identifier: EUPL-1.2
#pragma once
// An employment contract as the back office records it: who employs, for what work, from when
// to when (no end: indefinite), how many hours and at what wage. Contracts are kept per person,
// not per employer, so that successive employers (art. 7:668a lid 2 BW) can be judged.

#include <optional>
#include <string>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/employment/contract_ending.hpp"

namespace basisbaan {

/// One employment contract of one person: employer, work, term, hours and agreed wage.
struct Contract {
  std::string id;        ///< the back office's label, e.g. "C3"; used in messages
  std::string employer;  ///< employer id (the formal employer, e.g. "thermiek")
  std::string job;       ///< the work done, e.g. "wijkconciërge"; same work is how successorship is judged
  Date start;            ///< first day
  /// Last day (inclusive). Required for a fixed-term contract by calendar date; for an indefinite
  /// contract, or one that ends on an event, the day it ended, if it has.
  std::optional<Date> end;
  /// For a fixed-term contract that ends on an event instead of a calendar date ("voor de duur van
  /// een project", the return of the person replaced): the event. Empty for a contract by date or
  /// an indefinite one. Such a contract has no aanzegging duty (art. 7:668 lid 2 BW) and counts in
  /// the chain (art. 7:668a BW).
  std::string end_event;
  /// When the event is expected, if known: for alerts only, it is not a legal end.
  std::optional<Date> expected_end;
  /// How the contract ended (reason, initiative), when recorded with its last day.
  std::optional<ContractEnding> ending;
  bool indefinite = false;  ///< agreed for an indefinite period (vast contract)
  Hours hours_per_week;     ///< agreed working hours per week
  std::optional<Money> monthly_wage;  ///< agreed gross monthly wage, if agreed per month
  std::optional<Money> hourly_wage;   ///< agreed gross hourly wage, if agreed per hour
  /// Explicit judgment on opvolgend werkgeverschap when the employer differs from the previous
  /// contract's: true = successor, false = not; none = successor exactly when the job is the same.
  std::optional<bool> successor_employer;
  /// The day written notice on (non-)renewal (aanzegging, art. 7:668) was given, if it was.
  std::optional<Date> notice_given;
  /// The new contract clearly requires other skills or responsibilities (art. 7:652 lid 8).
  bool requires_different_skills = false;

  /// True for a fixed-term contract that ends on an event rather than a calendar date.
  bool ends_on_event() const noexcept { return !end_event.empty(); }
  /// True when `d` lies within the contract.
  bool covers(const Date& d) const { return start <= d && (!end || d <= *end); }
  /// "C3 (2022-03-01 … 2023-02-28)" for messages and reports.
  std::string label() const;
};

/// A report on the employee's functioning (verslag van het functioneren), written by the coach
/// before a renewal; the employer policy reads the latest one.
struct FunctioningReport {
  Date date;  ///< the day it was written
  bool positive = true;  ///< a positive assessment (the employer policy may require one for renewal)
  std::string by;    ///< who wrote it
  std::string note;  ///< free text
};

/// Checks that every fixed-term contract has an end, that no end is before its start and that no
/// two contracts overlap, and sorts them by start. Throws InputError naming `document`, the
/// contract and the dates; nothing is corrected.
void validate_contracts(std::vector<Contract>& contracts, const std::string& document = "contracts");

}  // namespace basisbaan
