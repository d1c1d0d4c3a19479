// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The wage-tax return (aangifte loonheffingen) of a run as the XML message of the Belastingdienst,
// following "Gegevensspecificaties aangifte loonheffingen 2026" (version 2.0 of the message,
// namespace http://xml.belastingdienst.nl/schemas/Loonaangifte/<year>/01): the message header,
// the administrative unit, the collective return with the totals, one income relationship
// (inkomstenverhouding) per employee, and a correction part per corrected earlier period.
// The elements written, their order and what each holds: docs/exports.md.

#include <optional>
#include <string>

#include "basisbaan/export/run_data.hpp"

namespace basisbaan {

/// How the return's message header is filled in.
struct LoonaangifteOptions {
  std::optional<std::string> message_id;  ///< IdBer; default "LA-<loonheffingennummer>-<period>"
  std::optional<std::string> created_at;  ///< DatTdAanm; default "<last day of the period>T00:00:00"
  std::string contact_person;             ///< ContPers; default the employer's name
  std::string phone;                      ///< TelNr; left out when empty
  std::string relation_number;            ///< RelNr (software supplier's relation number); left out when empty
};

/// The amounts of one income relationship in one period, as the return reports them.
struct IncomeRelationshipAmounts {
  Money wage_lb_ph;          ///< LnLbPh: loon voor de loonbelasting/volksverzekeringen
  Money wage_sv;             ///< LnSV: loon voor de werknemersverzekeringen
  Money premium_wage;        ///< aanwas premieloon (Aof, Whk, Awf)
  Money special_wage;        ///< LnTabBB: loon belast volgens de tabel bijzondere beloningen
  Money holiday_allowance_paid;      ///< VakBsl
  Money holiday_allowance_accrued;   ///< OpgRchtVakBsl
  Money cash_wage;           ///< LnInGld
  Money wage_tax;            ///< IngLbPh
  ///@{
  /// Premiums Aof, Wko, Whk, Awf (Aof low or high by the employer, Awf low or high by the contract).
  Money aof, wko, whk, awf;  ///< premiums (Aof low or high by the employer, Awf low or high by the contract)
  ///@}
  Money zvw;                 ///< WghZvw: werkgeversheffing Zvw
  Money ufo;                 ///< PrUFO: Ufo premium (public employers; zero otherwise)
  Money prln_ufo;            ///< PrLnUfo: the premium wage the Ufo premium was charged over
  Money contract_wage;       ///< Ctrctln: the basic wage of the period
  Decimal hours_paid;        ///< AantVerlU (whole hours)
  bool insured = true;       ///< WW/ZW/WIA insured (below AOW age)
};

/// The number of the income relationship (NumIV) of `e`: the digits of the personnel number
/// without leading zeros ("E001" → "1"). InputError naming the employee when the personnel number
/// has no digits or more than nine.
std::string income_relationship_number(const Employee& e);

/// The code of the wage-tax table applied (LbTab), three digits: table kind 0 (no
/// herleidingsregels), colour 1 (white), period 1 quarter, 2 month, 3 week, 4 four weeks, or 0
/// when only the tabel bijzondere beloningen was applied in the period ("012": white monthly
/// table); "940" for the anoniementarief (art. 26b Wet LB 1964). Codes: Belastingdienst, "Codes
/// voor de aangifte loonheffingen"; the digit order is UNCONFIRMED (docs/exports.md).
/// InputError for a yearly period.
std::string wage_tax_table_code(const RunEmployee& re);

/// The amounts of `re`'s payslip for the return.
IncomeRelationshipAmounts income_relationship_amounts(const RunEmployee& re);

/// The return for the run as UTF-8 XML. Throws InputError naming the employee or field for a run
/// that is not closed, a loonheffingennummer that is not 9 digits + "L" + 2 digits, an invalid
/// BSN, or a personnel number without digits (the income relationship number is taken from it).
std::string loonaangifte_xml(const RunData& run, const LoonaangifteOptions& options = {});

}  // namespace basisbaan
