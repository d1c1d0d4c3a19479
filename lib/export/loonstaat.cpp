// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/loonstaat.hpp"

#include <algorithm>
#include <map>
#include <sstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/markup.hpp"
#include "basisbaan/export/file_names.hpp"
#include "basisbaan/export/loonaangifte.hpp"
#include "export_text.hpp"

namespace basisbaan {
namespace {

using export_detail::csv_field;

LoonstaatAmounts amounts_of(const RunEmployee& re, Money arbeidskorting_before) {
  const Payslip& p = re.payslip;
  const IncomeRelationshipAmounts a = income_relationship_amounts(re);
  LoonstaatAmounts x;
  x.cash_wage = p.gross;
  for (const auto& l : p.lines) {
    if (l.kind != LineKind::Deduction) continue;
    (l.code == LineCode::WgaRecovery ? x.deductions_wage_tax_only : x.deductions) += l.amount;
  }
  x.wage_sv = a.wage_sv;
  x.premium_wage = a.premium_wage;
  if (const PayslipLine* z = p.line(LineCode::Zvw); z != nullptr && z->quantity) {
    x.zvw_wage = Money::exact(z->quantity->value, "payslip line zvw: wage for the Zvw");
  }
  x.wage_for_wage_tax = p.wage_for_wage_tax;
  x.special_wage = p.special_wage_for_wage_tax;
  x.wage_tax = p.wage_tax;
  // Kolom 17: the period's own net. A correction's settlement paid with this period (and a negative
  // balance carried on) belongs to the corrected period, whose row is its corrected version: counted
  // here too, the correction would count twice in the year (docs/exports.md, "Loonstaat").
  x.paid = p.net_of_period();
  x.arbeidskorting = p.year_to_date.arbeidskorting - arbeidskorting_before;
  x.untaxed_allowances = p.untaxed;
  x.employer_zvw = p.zvw();
  x.withheld_by_garnishment = p.garnished();
  return x;
}

// The money columns in loonstaat order, for the CSV and the HTML table.
std::vector<Money> columns(const LoonstaatAmounts& x) {
  return {x.cash_wage, x.wage_in_kind, x.tips, x.deductions, x.wage_sv, x.premium_wage, x.zvw_wage, x.deductions_wage_tax_only, x.wage_for_wage_tax, x.special_wage,
          x.wage_tax, x.zvw_withheld, x.paid, x.arbeidskorting, x.untaxed_allowances, x.employer_zvw,
          x.withheld_by_garnishment};
}

constexpr const char* kCsvHeader =
    "year,employee,name,bsn,k1_loontijdvak,k2_nummer_inkomstenverhouding,tabel,loonheffingskorting,k3_loon_in_geld,"
    "k4_loon_anders_dan_in_geld,k5_fooien,k7_aftrekposten_alle_heffingen,k8_loon_werknemersverzekeringen,premieloon,k12_loon_zvw,"
    "aftrekposten_alleen_lb_vv,k14_loon_lb_vv,waarvan_tabel_bijzondere_beloningen,k15_ingehouden_lb_vv,k16_ingehouden_bijdrage_zvw,k17_uitbetaald_bedrag,"
    "k18_verrekende_arbeidskorting,onbelaste_vergoedingen,werkgeversheffing_zvw,ingehouden_loonbeslag\r\n";

constexpr const char* kHtmlHeads[] = {"3 Loon in geld", "4 Loon anders dan in geld", "5 Fooien", "7 Aftrek­posten", "8 Loon wn-verz.",
                                      "Premie­loon", "12 Loon Zvw",
                                      "Aftrek­posten alleen LB/PH", "14 Loon LB/PH", "w.v. bijz. beloning", "15 Ingeh. LB/PH",
                                      "16 Ingeh. bijdr. Zvw", "17 Uitbetaald", "18 Verr. arbeids­korting", "Onbelaste vergoe­dingen",
                                      "Werkgevers­heffing Zvw", "Ingeh. loon­beslag"};

}  // namespace

LoonstaatAmounts& LoonstaatAmounts::operator+=(const LoonstaatAmounts& o) {
  cash_wage += o.cash_wage;
  wage_in_kind += o.wage_in_kind;
  tips += o.tips;
  deductions += o.deductions;
  deductions_wage_tax_only += o.deductions_wage_tax_only;
  wage_sv += o.wage_sv;
  premium_wage += o.premium_wage;
  zvw_wage += o.zvw_wage;
  wage_for_wage_tax += o.wage_for_wage_tax;
  special_wage += o.special_wage;
  wage_tax += o.wage_tax;
  zvw_withheld += o.zvw_withheld;
  paid += o.paid;
  arbeidskorting += o.arbeidskorting;
  untaxed_allowances += o.untaxed_allowances;
  employer_zvw += o.employer_zvw;
  withheld_by_garnishment += o.withheld_by_garnishment;
  return *this;
}

std::vector<Loonstaat> loonstaten(int year, const std::vector<RunData>& runs) {
  std::vector<const RunData*> sorted;
  for (const auto& run : runs) {
    if (run.period.year() != year) {
      throw InputError("period " + run.period.label() + ": not in the year " + std::to_string(year) + " of the loonstaat");
    }
    require_closed(run);
    sorted.push_back(&run);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const RunData* a, const RunData* b) { return a->period.start() < b->period.start(); });
  std::map<std::string, Loonstaat> by_id;
  for (const RunData* run : sorted) {
    for (const auto& re : run->employees) {
      Loonstaat& s = by_id[re.employee.id];
      const Money before = s.rows.empty() ? Money() : s.total.arbeidskorting;
      s.year = year;
      s.employer = run->employer;
      s.employee = re.employee;
      LoonstaatRow r{run->period, {}, false, false, {}};
      r.income_relationship = income_relationship_number(re.employee);
      r.anonymous_rate = anonymous_rate_applies(re.employee);
      r.payroll_tax_credit = re.employee.payroll_tax_credit && !r.anonymous_rate;
      r.amounts = amounts_of(re, before);
      s.total += r.amounts;
      s.rows.push_back(std::move(r));
    }
  }
  std::vector<Loonstaat> out;
  out.reserve(by_id.size());
  for (auto& [id, s] : by_id) out.push_back(std::move(s));
  return out;
}

std::string wage_tax_table_nl(const LoonstaatRow& row) {
  if (row.anonymous_rate) return "anoniementarief";
  switch (row.period.kind()) {
    case PeriodKind::Month: return "witte maandtabel";
    case PeriodKind::FourWeeks: return "witte vierwekentabel";
    case PeriodKind::Week: return "witte weektabel";
    case PeriodKind::Quarter: return "witte kwartaaltabel";
    case PeriodKind::Year: return "witte jaartabel";
  }
  return "";
}

std::string loonstaat_csv(const std::vector<Loonstaat>& staten) {
  std::string out = kCsvHeader;
  for (const auto& s : staten) {
    const std::string who = std::to_string(s.year) + "," + csv_field(s.employee.id) + "," + csv_field(s.employee.name) + "," +
                            csv_field(s.employee.bsn) + ",";
    auto money = [&](const LoonstaatAmounts& x) {
      std::string m;
      for (const Money& c : columns(x)) m += "," + c.str();
      return m;
    };
    for (const auto& r : s.rows) {
      out += who + r.period.label() + "," + csv_field(r.income_relationship) + "," + wage_tax_table_nl(r) + "," +
             (r.payroll_tax_credit ? "ja" : "nee") + money(r.amounts) + "\r\n";
    }
    out += who + "totaal,,," + money(s.total) + "\r\n";
  }
  return out;
}

std::string loonstaat_html(const Loonstaat& s) {
  const Employee& e = s.employee;
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Loonstaat " << s.year << " " << xml_escape(e.name)
    << "</title>\n<style>" << export_detail::page_style(true) << "</style>\n</head>\n<body>\n";
  o << "<h1>Loonstaat " << s.year << "</h1>\n<div class=\"head\">\n<div><strong>Werkgever</strong><br>" << xml_escape(s.employer.name)
    << "<br>Loonheffingennummer " << xml_escape(s.employer.payroll_tax_number) << "</div>\n";
  o << "<div><strong>Werknemer</strong><br>" << xml_escape(e.name) << "<br>Personeelsnummer " << xml_escape(e.id)
    << "<br>Burgerservicenummer " << (e.bsn.empty() ? std::string("onbekend") : xml_escape(e.bsn)) << "<br>Geboortedatum "
    << to_string_nl(e.birth_date) << "</div>\n";
  o << "<div><strong>Dienstverband</strong><br>In dienst sinds " << to_string_nl(e.employed_since)
    << (e.employed_until ? "<br>Uit dienst per " + to_string_nl(*e.employed_until) : std::string()) << "<br>Loontijdvak "
    << (s.rows.empty() ? "" : name_nl(s.rows.back().period.kind())) << "</div>\n</div>\n";
  o << "<h2>Per loontijdvak (kolomnummers van de modelloonstaat)</h2>\n<table>\n<thead><tr><th>1 Tijdvak</th><th>2 Nr. ikv</th><th>Tabel</th>"
       "<th>Loonheffings­korting</th>";
  for (const char* h : kHtmlHeads) o << "<th class=\"n\">" << h << "</th>";
  o << "</tr></thead>\n<tbody>\n";
  auto cells = [&](const LoonstaatAmounts& x) {
    for (const Money& c : columns(x)) o << "<td class=\"n\">" << c.str_nl() << "</td>";
  };
  for (const auto& r : s.rows) {
    o << "<tr><td>" << r.period.label() << "</td><td>" << xml_escape(r.income_relationship) << "</td><td>" << wage_tax_table_nl(r)
      << (r.amounts.special_wage.sign() != 0 ? " + tabel bijzondere beloningen" : "") << "</td><td>" << (r.payroll_tax_credit ? "ja" : "nee")
      << "</td>";
    cells(r.amounts);
    o << "</tr>\n";
  }
  o << "<tr class=\"total\"><td>Totaal</td><td></td><td></td><td></td>";
  cells(s.total);
  o << "</tr>\n</tbody>\n</table>\n";
  o << "<p class=\"note\">Kolommen volgens de modelloonstaat van de Belastingdienst (Handboek Loonheffingen, \"Kolommen loonstaat\"); "
       "kolommen 6, 9, 10, 11, 13 en 19 bestaan niet meer. Kolom 16 is nul: de werkgever betaalt de werkgeversheffing Zvw, die niet "
       "op het loon wordt ingehouden. Premieloon: kolom 8 tot het maximumpremieloon van het jaar. Onbelaste vergoedingen en de "
       "werkgeversheffing Zvw zijn geen kolommen van de loonstaat en staan er ter aansluiting naast.</p>\n</body>\n</html>\n";
  return o.str();
}

std::string loonstaat_file_name(const Loonstaat& s) {
  return "loonstaat-" + std::to_string(s.year) + "-" + export_file_id(s.employee.id) + ".html";
}

}  // namespace basisbaan
