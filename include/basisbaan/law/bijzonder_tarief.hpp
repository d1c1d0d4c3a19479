// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Bijzonder tarief: the wage tax on irregular pay (holiday allowance paid once a year,
// end-of-year payment, one-off payments), from the white "tabel bijzondere beloningen": a
// percentage chosen by the employee's annual wage (jaarloon bijzondere beloningen), which is
// normally the previous calendar year's wage (Handboek Loonheffingen; docs/wage-tax.md).

#include <optional>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/rate.hpp"
#include "basisbaan/core/trace.hpp"
#include "basisbaan/law/tax_group.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// An irregular payment and the annual wage that chooses the rate.
struct BijzonderTariefInput {
  Money payment;      ///< the irregular payment, >= 0
  Money annual_wage;  ///< jaarloon bijzondere beloningen (see annual_wage_for_special_rate)
  bool payroll_tax_credit = true;  ///< the employee asked for the loonheffingskorting (the column with credits)
  /// AOW age with the alleenstaande-ouderenkorting (the table's third AOW column, "met
  /// loonheffingskorting, incl. alleenstaande-ouderenkorting"); only with payroll_tax_credit and
  /// an AOW group (InputError below AOW age).
  bool single_elderly = false;
};

/// The rate chosen and the tax on the payment.
struct BijzonderTariefResult {
  Rate rate;           ///< the percentage applied
  Money row_from;      ///< the table row chosen: the highest lower bound <= annual wage
  Money wage_tax;      ///< payment × rate, rounded down to cents
};

/// The tax on an irregular payment paid on `on` for `group`. Throws InputError for negative input.
/// With `single_elderly`: the column with alleenstaande-ouderenkorting, which is 0 % below
/// special_rate_single_elderly_from() and equal to the column with loonheffingskorting above it
/// (the credit is a fixed amount without phase-out, so it moves only the point where tax starts).
BijzonderTariefResult bijzonder_tarief(const RuleBook& rules, const Date& on, TaxGroup group,
                                       const BijzonderTariefInput& input, Trace* trace = nullptr);

/// The jaarloon bijzondere beloningen: the wage for wage tax of the previous calendar year when
/// employed all 12 months of it; converted to a full year when employed part of it
/// (wage / months employed × 12, whole euros down: employed from 15 November, € 3.000 →
/// 3.000 / 1,5 × 12 = € 24.000). For an employee who started this year, pass the expected wage
/// of this year with `months_employed` = 0: it is used as it is.
Money annual_wage_for_special_rate(Money wage, const Decimal& months_employed, Trace* trace = nullptr);

/// One row of the tabel bijzondere beloningen for one column group, as the `wage_tax.special_rate` parameters
/// hold it: from this jaarloon on, the rate without loonheffingskorting, and with it the
/// standaardtarief plus the verrekeningspercentage loonheffingskorting.
struct SpecialRateRow {
  Money from;  ///< jaarloon from which the row applies
  Rate rate_without_credit;  ///< the rate without loonheffingskorting
  Rate rate_standard;  ///< the standaardtarief (with loonheffingskorting)
  Rate rate_settlement;  ///< the verrekeningspercentage loonheffingskorting
};

/// The tabel bijzondere beloningen for `group`, constructed from the white-table parameters in force
/// on `on` (brackets, algemene heffingskorting, arbeidskorting, ouderenkorting,
/// alleenstaande-ouderenkorting) and the statutory holiday allowance (`wml.holiday_allowance_percentage`), the way the
/// published tables are built (docs/research/bijzonder-tarief.md): rows where a bracket or credit knee
/// falls in terms of jaarloon, the percentage with credits being the bracket rate plus the phase-out
/// rates minus the build-up rate in force there. The rows are the grid shared by the three groups.
/// It reproduces every row of the published 2026 table; `rules/` holds its output for 2024 and 2025.
/// Throws RuleError when a parameter is missing or the arbeidskorting does not have three segments.
std::vector<SpecialRateRow> construct_special_rate_table(const RuleBook& rules, const Date& on, TaxGroup group);

/// The lowest whole-euro jaarloon from which the column with alleenstaande-ouderenkorting of an
/// AOW group is above 0 %: where the annual tax after the credits (algemene heffingskorting,
/// arbeidskorting, ouderenkorting and alleenstaande-ouderenkorting) of the white-table
/// parameters in force on `on` exceeds zero, as construct_special_rate_table computes it for its
/// grid. InputError for TaxGroup::BelowAow.
Money special_rate_single_elderly_from(const RuleBook& rules, const Date& on, TaxGroup group);

/// The rows of the tabel bijzondere beloningen (wage_tax.special_rate.*) of one date and group,
/// looked up once for the many employees of a pay period (issue 18).
class SpecialRateTable {
 public:
  /// The table of `group` on `on`; nullopt when bijzonder_tarief() must be asked instead: a
  /// provisional book, or the table missing, empty or invalid on `on`.
  static std::optional<SpecialRateTable> prepare(const RuleBook& rules, const Date& on, TaxGroup group);
  /// Exactly bijzonder_tarief(rules, on, group, input) without a trace; nullopt where that must
  /// be called instead (invalid input, the alleenstaande-ouderenkorting column).
  std::optional<BijzonderTariefResult> apply(const BijzonderTariefInput& input) const;

 private:
  SpecialRateTable() = default;
  struct Row {
    Money from;
    Rate with_credit;     // rate_standard + rate_settlement
    Rate without_credit;  // rate_without_credit
  };
  std::vector<Row> rows_;
};

}  // namespace basisbaan
