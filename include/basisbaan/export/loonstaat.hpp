// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The wage ledger (loonstaat) the employer keeps per employee per calendar year: the heading with
// the employee's and the employer's details and the table applied, and one row per pay period
// with the columns of the Belastingdienst's model loonstaat (Handboek Loonheffingen, "Kolommen
// loonstaat": 1 loontijdvak, 2 nummer inkomstenverhouding, 3 loon in geld, 4 loon anders dan in
// geld, 5 fooien, 7 aftrekposten voor alle heffingen, 8 loon voor de werknemersverzekeringen,
// 12 loon voor de Zvw, 14 loon voor de loonbelasting/volksverzekeringen, 15 ingehouden
// loonbelasting/premie volksverzekeringen, 16 ingehouden bijdrage Zvw, 17 uitbetaald bedrag,
// 18 verrekende arbeidskorting; columns 6, 9, 10, 11, 13 and 19 no longer exist). Read from the
// closed runs of a year (export/store_run_data.hpp); docs/exports.md "Loonstaat".

#include <string>
#include <vector>

#include "basisbaan/export/run_data.hpp"

namespace basisbaan {

/// The amount columns of the loonstaat, for one period or summed over the year.
struct LoonstaatAmounts {
  Money cash_wage;          ///< kolom 3: loon in geld (all earnings, bijzondere beloningen included)
  Money wage_in_kind;       ///< kolom 4: loon anders dan in geld (this payroll pays none: zero)
  Money tips;               ///< kolom 5: fooien en uitkeringen uit fondsen (none: zero)
  Money deductions;         ///< kolom 7: aftrekposten voor alle heffingen (the employee's pension premium), positive
  /// Aftrekposten alleen voor de loonbelasting/premie volksverzekeringen: the WGA premium recovered
  /// from the employee, which lowers the wage for wage tax but not the premium wage or the Zvw
  /// wage (as the payslip computes them), positive.
  Money deductions_wage_tax_only;
  Money wage_sv;            ///< kolom 8: loon voor de werknemersverzekeringen (zero when not insured)
  Money premium_wage;       ///< premieloon: kolom 8 up to the year's maximum (what Awf/Aof/Whk are charged over)
  Money zvw_wage;           ///< kolom 12: loon voor de Zvw (up to the year's maximum)
  Money wage_for_wage_tax;  ///< kolom 14: loon voor de loonbelasting/volksverzekeringen
  Money special_wage;       ///< the part of kolom 14 taxed with the tabel bijzondere beloningen
  Money wage_tax;           ///< kolom 15: ingehouden loonbelasting/premie volksverzekeringen
  Money zvw_withheld;       ///< kolom 16: ingehouden bijdrage Zvw (zero: the employer pays the werkgeversheffing)
  Money paid;               ///< kolom 17: uitbetaald bedrag (the net paid, settlements included)
  Money arbeidskorting;     ///< kolom 18: verrekende arbeidskorting
  Money untaxed_allowances;  ///< vrije vergoedingen paid net (travel allowance); not a loonstaat column, shown beside it
  Money employer_zvw;        ///< werkgeversheffing Zvw (not withheld; shown for the reconciliation with the return)
  Money withheld_by_garnishment;  ///< ingehouden wegens loonbeslag of een vrijwillige inhouding (docs/garnishment.md); not a
                                  ///< loonstaat column of the Handboek: it explains why kolom 17 is less than kolom 14 − 15

  /// Adds every column of `o` (exact; OverflowError on overflow).
  LoonstaatAmounts& operator+=(const LoonstaatAmounts& o);
  /// Equal in every column.
  bool operator==(const LoonstaatAmounts&) const = default;
};

/// One row of the loonstaat: one employee's payslip of one period.
struct LoonstaatRow {
  PayPeriod period;                 ///< kolom 1: loontijdvak
  std::string income_relationship;  ///< kolom 2: nummer inkomstenverhouding (as in the return, NumIV)
  bool payroll_tax_credit = false;  ///< loonheffingskorting applied in the period
  bool anonymous_rate = false;      ///< the anoniementarief applied (art. 26b Wet LB 1964)
  LoonstaatAmounts amounts;         ///< the amount columns
};

/// One employee's loonstaat over one calendar year.
struct Loonstaat {
  int year = 0;                   ///< the calendar year
  Employer employer;              ///< as in the last run of the year with this employee
  Employee employee;              ///< the record of the last period of the year with pay
  std::vector<LoonstaatRow> rows;  ///< one per closed period with a payslip, oldest first
  LoonstaatAmounts total;         ///< the sum of the rows
};

/// The loonstaten of `year` from its closed runs (any order), one per employee, by personnel
/// number. Every amount is the payslip's own (the payslips as last corrected); kolom 18 is the
/// increase of the payslip's year-to-date arbeidskorting over the previous payslip of the year
/// (docs/exports.md: with corrections of earlier periods the difference shows in the period that
/// paid it). InputError naming the period for a run of another year or one that is not closed.
std::vector<Loonstaat> loonstaten(int year, const std::vector<RunData>& runs);

/// The wage-tax table applied in a row, in Dutch for the employee and the ledger: "witte
/// maandtabel" (vierwekentabel, weektabel, kwartaaltabel), "anoniementarief".
std::string wage_tax_table_nl(const LoonstaatRow& row);

/// All loonstaten as one CSV (RFC 4180, CRLF): one row per employee per period and a total row
/// per employee ("totaal" in the period column); amounts "1234.56". The header names the columns
/// with their loonstaat number, e.g. "k14_loon_lb_vv".
std::string loonstaat_csv(const std::vector<Loonstaat>& staten);

/// One employee's loonstaat as a self-contained Dutch HTML page (A4 landscape when printed).
std::string loonstaat_html(const Loonstaat& staat);

/// The file name of the page: "loonstaat-<year>-<export_file_id(personnel number)>.html": two
/// employees never share a file name (export/file_names.hpp).
std::string loonstaat_file_name(const Loonstaat& staat);

}  // namespace basisbaan
