// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The annual statement (jaaropgaaf) the employer gives each employee after the calendar year
// (Uitvoeringsregeling loonbelasting 2011 art. 10.5; Belastingdienst, "Wat staat er in een
// jaaropgaaf?"): the employer and the employee, the period of employment in the year, the loon
// voor de loonbelasting/volksverzekeringen, the wage tax withheld, whether and over which periods
// the loonheffingskorting was applied, the verrekende arbeidskorting, the wage for the Zvw and
// the Zvw contribution withheld, the table used, and, not required, the untaxed allowances.
// Made from the loonstaat of the year (export/loonstaat.hpp); docs/exports.md "Jaaropgaaf".

#include <string>
#include <utility>
#include <vector>

#include "basisbaan/export/loonstaat.hpp"

namespace basisbaan {

/// One employee's annual statement for one calendar year.
struct Jaaropgaaf {
  int year = 0;                     ///< the calendar year
  std::string employer_name;        ///< the employer (inhoudingsplichtige)
  std::string payroll_tax_number;   ///< the employer's loonheffingennummer
  std::string employee_id;          ///< personnel number
  std::string name;                 ///< the employee's name as on the record
  std::string bsn;                  ///< burgerservicenummer; empty when not known (anoniementarief)
  Date birth_date;                  ///< the employee's date of birth
  std::string income_relationship;  ///< nummer inkomstenverhouding, as in the return
  Date employed_from;               ///< first day employed in the year (not before 1 January)
  Date employed_to;                 ///< last day employed in the year (not after 31 December)
  /// The stretches of consecutive periods in which the loonheffingskorting was applied (first
  /// day of the first, last day of the last), oldest first; empty: never applied.
  std::vector<std::pair<Date, Date>> credit_periods;
  std::vector<std::string> tables;  ///< the tables applied, in Dutch, in order of first use (wage_tax_table_nl)
  int periods = 0;                  ///< pay periods in the year
  Money wage_for_wage_tax;          ///< loon voor de loonbelasting/volksverzekeringen (loonstaat kolom 14)
  Money wage_tax;                   ///< ingehouden loonbelasting/premie volksverzekeringen (kolom 15)
  Money arbeidskorting;             ///< verrekende arbeidskorting (kolom 18)
  Money zvw_wage;                   ///< loon voor de Zvw (kolom 12)
  Money zvw_withheld;               ///< ingehouden bijdrage Zvw (kolom 16; zero: the employer pays the werkgeversheffing)
  Money untaxed_allowances;         ///< onbelaste vergoedingen (travel allowance); not required, shown for the employee
  Money paid;                       ///< uitbetaald (kolom 17): the net paid in the year
  Money withheld_by_garnishment;    ///< ingehouden wegens loonbeslag (docs/garnishment.md): paid to creditors, part of the net wage
};

/// The annual statement made from one employee's loonstaat: the sums of its columns, the
/// employment clipped to the year, the stretches with loonheffingskorting.
Jaaropgaaf jaaropgaaf(const Loonstaat& staat);

/// The annual statements of `year` from its closed runs, one per employee, by personnel number
/// (loonstaten(), then jaaropgaaf()). InputError as loonstaten().
std::vector<Jaaropgaaf> jaaropgaven(int year, const std::vector<RunData>& runs);

/// All statements as one CSV (RFC 4180, CRLF), one row per employee; amounts "1234.56", dates
/// YYYY-MM-DD, credit stretches "2026-01-01..2026-12-31" separated by ';'.
std::string jaaropgaaf_csv(const std::vector<Jaaropgaaf>& statements);

/// One statement as a self-contained Dutch HTML page for the employee (A4), without internal
/// keys: only the items above with their Dutch names.
std::string jaaropgaaf_html(const Jaaropgaaf& statement);

/// "jaaropgaaf-<year>-<export_file_id(personnel number)>.html" (export/file_names.hpp).
std::string jaaropgaaf_file_name(const Jaaropgaaf& statement);

}  // namespace basisbaan
