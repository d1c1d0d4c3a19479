// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Wage garnishments (loonbeslag, Rv art. 475-479; the tax authority's vordering, IW 1990 art. 19)
// and voluntary deductions (budget management, a debt arrangement) as payroll sees them in one
// period: who is paid, how much is owed, the beslagvrije voet the notice states, and the order
// in which several are paid. The payslip part `garnishment` withholds the net wage above the
// beslagvrije voet, capped at what is still owed. docs/garnishment.md explains the choices.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"

namespace basisbaan {

/// Who garnishes, in the order of priority the payroll applies (docs/garnishment.md "Order").
enum class GarnishmentKind : std::uint8_t {
  TaxAuthority,  ///< "tax": the Belastingdienst's vordering (IW 1990 art. 19; voorrecht art. 21)
  Public,        ///< "public": another public collector with its own power (CJIB, DUO, UWV, a municipality)
  Alimony,       ///< "alimony": a garnishment for alimony (levensonderhoud)
  Bailiff,       ///< "bailiff": an ordinary garnishment by a gerechtsdeurwaarder
  Voluntary,     ///< "voluntary": a deduction the employee asked for (budget management, schuldhulp)
};
/// "tax", "public", "alimony", "bailiff", "voluntary".
std::string_view to_string(GarnishmentKind k) noexcept;
/// Parses what to_string writes; InputError naming `field` and the accepted words otherwise.
GarnishmentKind parse_garnishment_kind(std::string_view text, std::string_view field = "kind");
/// The rank of `k` in the order of payment: 1 is paid first.
int garnishment_rank(GarnishmentKind k) noexcept;

/// One garnishment or voluntary deduction of one employee, as the notice states it.
struct Garnishment {
  std::string id;            ///< the employer's number, e.g. "G1" (unique in the administration)
  GarnishmentKind kind = GarnishmentKind::Bailiff;  ///< who garnishes
  std::string creditor;      ///< the name to pay (the bailiff, the tax authority, the budget manager)
  std::string iban;          ///< the account to pay
  std::string reference;     ///< the creditor's reference (kenmerk), sent with every payment
  bool coordinating = false;  ///< the coördinerend deurwaarder (Rv art. 478) when several garnish
  Date start;                ///< the day of the garnishment (or of the request)
  std::optional<Date> lifted;  ///< the first day it no longer applies (lifted, or paid off per the creditor)
  Money owed;                ///< the amount owed in total (including costs, as the notice states)
  Money protected_per_month;  ///< the beslagvrije voet per month the notice states (Rv art. 475i)

  /// True when the garnishment applies to the period paid on `pay_date`: started on or before
  /// it and not lifted on or before it.
  bool applies_on(const Date& pay_date) const noexcept { return start <= pay_date && (!lifted || pay_date < *lifted); }
  /// Equal in every field.
  bool operator==(const Garnishment&) const = default;
};

/// The garnishments of one employee in the order they are paid: by rank, the coordinating
/// bailiff first within a rank, then the oldest start, then the id.
std::vector<const Garnishment*> in_order_of_payment(const std::vector<Garnishment>& gs);

/// What one garnishment got in one period.
struct GarnishmentWithheld {
  std::string garnishment_id;  ///< Garnishment::id
  Money amount;                ///< withheld from the net wage this period (positive)
  /// Equal in both fields.
  bool operator==(const GarnishmentWithheld&) const = default;
};

/// The beslagvrije voet per month as a period's amount: a month as stated; four weeks × 12 / 13;
/// a week × 12 / 52; rounded up to the cent (in the debtor's favour, docs/garnishment.md).
Money protected_per_period(Money per_month, PeriodKind kind);

}  // namespace basisbaan
