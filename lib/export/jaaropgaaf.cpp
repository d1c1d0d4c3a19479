// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/jaaropgaaf.hpp"

#include <algorithm>
#include <sstream>

#include "basisbaan/core/markup.hpp"
#include "basisbaan/export/file_names.hpp"
#include "export_text.hpp"

namespace basisbaan {
namespace {

using export_detail::csv_field;

Date first_day(int year) { return Date{date::year{year}, date::January, date::day{1}}; }
Date last_day(int year) { return Date{date::year{year}, date::December, date::day{31}}; }

}  // namespace

Jaaropgaaf jaaropgaaf(const Loonstaat& s) {
  const Employee& e = s.employee;
  Jaaropgaaf j;
  j.year = s.year;
  j.employer_name = s.employer.name;
  j.payroll_tax_number = s.employer.payroll_tax_number;
  j.employee_id = e.id;
  j.name = e.name;
  j.bsn = e.bsn;
  j.birth_date = e.birth_date;
  j.income_relationship = s.rows.empty() ? std::string() : s.rows.back().income_relationship;
  j.employed_from = std::max(e.employed_since, first_day(s.year));
  j.employed_to = e.employed_until ? std::min(*e.employed_until, last_day(s.year)) : last_day(s.year);
  for (const auto& r : s.rows) {
    if (r.payroll_tax_credit) {
      if (!j.credit_periods.empty() && add_days(j.credit_periods.back().second, 1) == r.period.start()) {
        j.credit_periods.back().second = r.period.end();
      } else {
        j.credit_periods.emplace_back(r.period.start(), r.period.end());
      }
    }
    const std::string table = wage_tax_table_nl(r);
    if (std::find(j.tables.begin(), j.tables.end(), table) == j.tables.end()) j.tables.push_back(table);
    if (r.amounts.special_wage.sign() != 0 && std::find(j.tables.begin(), j.tables.end(), "tabel bijzondere beloningen") == j.tables.end()) {
      j.tables.emplace_back("tabel bijzondere beloningen");
    }
  }
  // The credit cannot have been applied before the employment started or after it ended.
  for (auto& [from, to] : j.credit_periods) {
    from = std::max(from, j.employed_from);
    to = std::min(to, j.employed_to);
  }
  j.periods = static_cast<int>(s.rows.size());
  j.wage_for_wage_tax = s.total.wage_for_wage_tax;
  j.wage_tax = s.total.wage_tax;
  j.arbeidskorting = s.total.arbeidskorting;
  j.zvw_wage = s.total.zvw_wage;
  j.zvw_withheld = s.total.zvw_withheld;
  j.untaxed_allowances = s.total.untaxed_allowances;
  j.paid = s.total.paid;
  j.withheld_by_garnishment = s.total.withheld_by_garnishment;
  return j;
}

std::vector<Jaaropgaaf> jaaropgaven(int year, const std::vector<RunData>& runs) {
  std::vector<Jaaropgaaf> out;
  for (const auto& s : loonstaten(year, runs)) out.push_back(jaaropgaaf(s));
  return out;
}

std::string jaaropgaaf_csv(const std::vector<Jaaropgaaf>& statements) {
  std::string out =
      "year,employer,loonheffingennummer,employee,name,bsn,birth_date,nummer_inkomstenverhouding,employed_from,employed_to,"
      "loonheffingskorting_toegepast,tabellen,periods,loon_lb_vv,ingehouden_lb_vv,verrekende_arbeidskorting,loon_zvw,ingehouden_bijdrage_zvw,"
      "onbelaste_vergoedingen,ingehouden_loonbeslag,uitbetaald\r\n";
  for (const auto& j : statements) {
    std::string credit;
    for (const auto& [from, to] : j.credit_periods) credit += (credit.empty() ? "" : ";") + to_string(from) + ".." + to_string(to);
    std::string tables;
    for (const auto& t : j.tables) tables += (tables.empty() ? "" : ";") + t;
    out += std::to_string(j.year) + "," + csv_field(j.employer_name) + "," + csv_field(j.payroll_tax_number) + "," + csv_field(j.employee_id) +
           "," + csv_field(j.name) + "," + csv_field(j.bsn) + "," + to_string(j.birth_date) + "," + csv_field(j.income_relationship) + "," +
           to_string(j.employed_from) + "," + to_string(j.employed_to) + "," + credit + "," + csv_field(tables) + "," +
           std::to_string(j.periods) + "," + j.wage_for_wage_tax.str() + "," + j.wage_tax.str() + "," + j.arbeidskorting.str() + "," +
           j.zvw_wage.str() + "," + j.zvw_withheld.str() + "," + j.untaxed_allowances.str() + "," + j.withheld_by_garnishment.str() + "," +
           j.paid.str() + "\r\n";
  }
  return out;
}

std::string jaaropgaaf_html(const Jaaropgaaf& j) {
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Jaaropgaaf " << j.year << " " << xml_escape(j.name)
    << "</title>\n<style>" << export_detail::page_style(false) << "</style>\n</head>\n<body>\n";
  o << "<h1>Jaaropgaaf " << j.year << "</h1>\n<div class=\"head\">\n<div><strong>Werkgever</strong><br>" << xml_escape(j.employer_name)
    << "<br>Loonheffingennummer " << xml_escape(j.payroll_tax_number) << "</div>\n";
  o << "<div><strong>Werknemer</strong><br>" << xml_escape(j.name) << "<br>Burgerservicenummer "
    << (j.bsn.empty() ? std::string("onbekend") : xml_escape(j.bsn)) << "<br>Geboortedatum " << to_string_nl(j.birth_date)
    << "<br>Personeelsnummer " << xml_escape(j.employee_id) << "<br>Nummer inkomstenverhouding " << xml_escape(j.income_relationship)
    << "</div>\n</div>\n";
  auto row = [&](const std::string& what, const std::string& value, bool number = true) {
    o << "<tr><td>" << what << "</td><td" << (number ? " class=\"n\"" : "") << ">" << value << "</td></tr>\n";
  };
  o << "<h2>Dienstverband en loonheffing</h2>\n<table>\n<tbody>\n";
  row("Periode in dienst in " + std::to_string(j.year), to_string_nl(j.employed_from) + " t/m " + to_string_nl(j.employed_to), false);
  std::string credit;
  for (const auto& [from, to] : j.credit_periods) credit += (credit.empty() ? "" : "; ") + to_string_nl(from) + " t/m " + to_string_nl(to);
  row("Loonheffingskorting toegepast", credit.empty() ? "nee" : "ja, " + credit, false);
  std::string tables;
  for (const auto& t : j.tables) tables += (tables.empty() ? "" : ", ") + t;
  row("Toegepaste tabel", xml_escape(tables), false);
  o << "</tbody>\n</table>\n<h2>Bedragen " << j.year << " (in euro's)</h2>\n<table>\n<tbody>\n";
  row("Loon voor de loonbelasting/volksverzekeringen (fiscaal loon)", j.wage_for_wage_tax.str_nl());
  row("Ingehouden loonbelasting/premie volksverzekeringen", j.wage_tax.str_nl());
  row("Verrekende arbeidskorting", j.arbeidskorting.str_nl());
  row("Loon voor de Zorgverzekeringswet", j.zvw_wage.str_nl());
  row("Ingehouden bijdrage Zorgverzekeringswet", j.zvw_withheld.str_nl());
  row("Onbelaste vergoedingen (reiskosten)", j.untaxed_allowances.str_nl());
  if (!j.withheld_by_garnishment.is_zero()) row("Ingehouden wegens loonbeslag (betaald aan de schuldeiser)", j.withheld_by_garnishment.str_nl());
  row("Uitbetaald (netto)", j.paid.str_nl());
  o << "</tbody>\n</table>\n";
  o << "<p class=\"note\">Gebruik het fiscaal loon, de ingehouden loonbelasting/premie volksverzekeringen en de verrekende "
       "arbeidskorting voor uw aangifte inkomstenbelasting over "
    << j.year
    << ". De bijdrage Zorgverzekeringswet is niet op uw loon ingehouden: uw werkgever betaalt de werkgeversheffing. Over "
    << j.periods << (j.periods == 1 ? " loontijdvak" : " loontijdvakken") << ".</p>\n</body>\n</html>\n";
  return o.str();
}

std::string jaaropgaaf_file_name(const Jaaropgaaf& j) {
  return "jaaropgaaf-" + std::to_string(j.year) + "-" + export_file_id(j.employee_id) + ".html";
}

}  // namespace basisbaan
