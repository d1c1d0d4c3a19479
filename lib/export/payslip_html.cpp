// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/payslip_html.hpp"

#include <sstream>

#include "basisbaan/core/markup.hpp"

namespace basisbaan {
namespace {

// "139.20 uur" -> "139,20 uur", "1234.5" -> "1.234,5", "8%" -> "8%"; other text unchanged.
std::string nl(const std::string& s) {
  std::size_t end = 0;
  if (end < s.size() && s[end] == '-') ++end;
  while (end < s.size() && ((s[end] >= '0' && s[end] <= '9') || s[end] == '.')) ++end;
  if (end == 0 || (end == 1 && s[0] == '-')) return s;
  std::string number = s.substr(0, end);
  const std::string unit = s.substr(end);
  const bool negative = number[0] == '-';
  if (negative) number.erase(0, 1);
  const auto dot = number.find('.');
  std::string whole = number.substr(0, dot);
  const std::string frac = dot == std::string::npos ? "" : number.substr(dot + 1);
  for (auto i = static_cast<std::ptrdiff_t>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), 1, '.');
  return (negative ? "-" : "") + whole + (frac.empty() ? "" : "," + frac) + unit;
}

constexpr const char* kStyle = R"(
  @page { size: A4; margin: 15mm; }
  * { box-sizing: border-box; }
  body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #000; margin: 0 auto; max-width: 180mm; }
  h1 { font-size: 16pt; margin: 0 0 2mm 0; }
  h2 { font-size: 11pt; margin: 5mm 0 1.5mm 0; border-bottom: 1px solid #000; }
  .head { display: flex; justify-content: space-between; gap: 8mm; }
  .head div { flex: 1; }
  table { width: 100%; border-collapse: collapse; }
  th, td { padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
  th { border-bottom: 1px solid #000; font-weight: bold; }
  td.n, th.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  tr.total td { border-top: 1px solid #000; font-weight: bold; }
  tr.net td { border-top: 2px solid #000; border-bottom: 2px solid #000; font-weight: bold; font-size: 11pt; }
  .info td { color: #222; }
  .note { font-size: 8.5pt; margin-top: 4mm; }
  .draft { border: 2px solid #000; padding: 2mm 3mm; margin: 0 0 4mm 0; font-size: 12pt; font-weight: bold; }
  .watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; font-size: 80pt; font-weight: bold;
    color: rgba(0, 0, 0, 0.12); transform: rotate(-35deg); pointer-events: none; z-index: 1; }
  @media print { body { max-width: none; } h2, table { break-inside: avoid; } }
)";

}  // namespace

std::string payslip_file_name(const RunEmployee& re) {
  // Injective: letters, digits and '-' stay; every other byte (also '_', the escape itself)
  // becomes "_XX" (hex), so "E/1", "E_1" and "E:1" get three different files (issue 19).
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string id;
  for (const char c : re.employee.id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
    if (ok) {
      id += c;
    } else {
      const auto b = static_cast<unsigned char>(c);
      id += '_';
      id += kHex[b >> 4];
      id += kHex[b & 0xf];
    }
  }
  return "loonstrook-" + re.payslip.period.label() + "-" + id + ".html";
}

bool is_payslip_file_name(const std::string& name) {
  const std::string prefix = "loonstrook-";
  const std::string suffix = ".html";
  return name.size() > prefix.size() + suffix.size() && name.compare(0, prefix.size(), prefix) == 0 &&
         name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0;
}

namespace {

/// What the line "Correcties eerdere perioden (netto)" settles: per corrected period the
/// differences in gross, wage tax and net, and why it was corrected (clerk's review F13).
void corrections_settled_html(std::ostringstream& o, const std::vector<SettledCorrection>& corrections) {
  if (corrections.empty()) return;
  o << "<h2>Correcties eerdere perioden</h2>\n<table>\n<thead><tr><th>Periode (reden)</th><th class=\"n\">Bruto</th>"
       "<th class=\"n\">Loonheffing</th><th class=\"n\">Netto</th></tr></thead>\n<tbody>\n";
  for (const auto& c : corrections) {
    o << "<tr><td>" << xml_escape(c.period.label()) << (c.reason.empty() ? std::string() : " (" + xml_escape(c.reason) + ")")
      << "</td><td class=\"n\">" << c.gross.str_nl() << "</td><td class=\"n\">" << c.wage_tax.str_nl() << "</td><td class=\"n\">"
      << c.net.str_nl() << "</td></tr>\n";
  }
  o << "</tbody>\n</table>\n<p class=\"note\">Het nettoverschil is verrekend in de regel Correcties eerdere perioden (netto) "
       "hierboven.</p>\n";
}

}  // namespace

PayslipStatus payslip_status(const RunData& run) { return run.closed ? PayslipStatus::Final : PayslipStatus::Draft; }

std::string payslip_html(const Employer& er, const RunEmployee& re, PayslipStatus status) {
  const bool draft = status == PayslipStatus::Draft;
  const Payslip& p = re.payslip;
  const Employee& e = re.employee;
  std::ostringstream o;
  auto row = [&](const std::string& desc, const std::string& qty, const std::string& rate, const std::string& amount,
                 const char* cls = nullptr) {
    o << "<tr" << (cls ? std::string(" class=\"") + cls + "\"" : std::string()) << "><td>" << xml_escape(desc) << "</td><td class=\"n\">"
      << xml_escape(nl(qty)) << "</td><td class=\"n\">" << xml_escape(nl(rate)) << "</td><td class=\"n\">" << xml_escape(amount)
      << "</td></tr>\n";
  };
  auto line_rows = [&](LineKind kind, bool negative) {
    for (const auto& l : p.lines) {
      if (l.kind == kind) row(l.description.str(), l.quantity_text(), l.rate_text(), (negative ? -l.amount : l.amount).str_nl());
    }
  };

  o << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>" << (draft ? "CONCEPT " : "") << "Loonstrook "
    << xml_escape(p.period.label()) << " " << xml_escape(e.name) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
  if (draft) {
    // A preview of an open run: marked on screen and on every printed page (clerk's review F15).
    o << "<div class=\"watermark\" aria-hidden=\"true\">CONCEPT</div>\n<p class=\"draft\">CONCEPT — periode nog niet afgesloten. "
         "Deze loonstrook kan nog wijzigen en is niet de definitieve loonstrook.";
    if (!p.carried_forward.empty()) {
      o << " Voorlopig berekend: de regels zijn nog niet compleet (";
      for (std::size_t i = 0; i < p.carried_forward.size(); ++i) o << (i ? ", " : "") << xml_escape(p.carried_forward[i]);
      o << ").";
    }
    o << "</p>\n";
  }
  o << "<h1>" << (draft ? "Concept-loonstrook " : "Loonstrook ") << xml_escape(p.period.label()) << "</h1>\n";
  o << "<div class=\"head\">\n<div><strong>Werkgever</strong><br>" << xml_escape(er.name) << "<br>Loonheffingennummer "
    << xml_escape(er.payroll_tax_number) << "</div>\n";
  o << "<div><strong>Werknemer</strong><br>" << xml_escape(e.name) << "<br>Personeelsnummer " << xml_escape(e.id)
    << "<br>Geboortedatum " << to_string_nl(e.birth_date) << "<br>In dienst sinds " << to_string_nl(e.employed_since)
    << (e.scale.empty() ? std::string() : "<br>Inschaling " + xml_escape(e.scale)) << "<br>Uren per week " << xml_escape(nl(e.hours_per_week.value().str()))
    << "</div>\n";
  o << "<div><strong>Periode</strong><br>" << to_string_nl(p.period.start()) << " t/m " << to_string_nl(p.period.end())
    << "<br>Betaaldatum " << to_string_nl(p.pay_date) << "<br>Loonheffingskorting " << (e.payroll_tax_credit ? "ja" : "nee")
    << (e.iban.empty() ? std::string() : "<br>Rekening " + xml_escape(e.iban)) << "</div>\n</div>\n";

  o << "<h2>Loon</h2>\n<table>\n<thead><tr><th>Omschrijving</th><th class=\"n\">Aantal</th><th class=\"n\">Tarief</th><th class=\"n\">Bedrag</th></tr></thead>\n<tbody>\n";
  line_rows(LineKind::Earning, false);
  line_rows(LineKind::SpecialEarning, false);
  row("Bruto", "", "", p.gross.str_nl(), "total");
  line_rows(LineKind::Deduction, true);
  row("Loon voor de loonheffingen", "", "", p.wage_for_wage_tax.str_nl(), "total");
  line_rows(LineKind::Tax, true);
  line_rows(LineKind::Untaxed, false);
  line_rows(LineKind::Settlement, false);
  row("Netto uit te betalen", "", "", p.net.str_nl(), "net");
  o << "</tbody>\n</table>\n";
  corrections_settled_html(o, re.corrections_settled);

  o << "<h2>Ter informatie</h2>\n<table class=\"info\">\n<tbody>\n";
  row("Uurloon", "", "", p.hourly_wage.str_nl());
  if (p.minimum_hourly_wage) {
    row("Wettelijk minimumuurloon (" + std::to_string(p.minimum_wage_age) + " jaar)", "", "", p.minimum_hourly_wage->str_nl());
  }
  if (p.minimum_holiday_allowance_rate) {
    row("Minimale vakantiebijslag (Wml art. 15)", "", nl(p.minimum_holiday_allowance_rate->str()), "");
  }
  if (const std::string r = basic_wage_rounding_nl(p); !r.empty()) row("Basisloon: " + r, "", "", "");
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Info && l.code != LineCode::HourlyWage && l.code != LineCode::Net) {
      row(l.description.str(), l.quantity_text(), l.rate_text(), l.amount.str_nl());
    }
  }
  if (p.holiday_allowance_balance.sign() != 0) row("Opgebouwde vakantiebijslag (uitbetaling in mei)", "", "", p.holiday_allowance_balance.str_nl());
  if (re.leave_balance_hours) row("Verlofsaldo", nl(re.leave_balance_hours->str()) + " uur", "", "");
  if (re.wage_continuation) {
    row("Loondoorbetaling bij ziekte (laatste dag van de periode)", "", nl(re.wage_continuation->percent().str()) + "%", "");
  }
  if (re.absence_percentage) row("Ziekteverzuim deze periode", "", nl(re.absence_percentage->str()) + "%", "");
  o << "</tbody>\n</table>\n";

  o << "<h2>Cumulatieven " << p.period.year() << " (t/m deze periode, " << p.year_to_date.periods << " perioden)</h2>\n<table>\n<tbody>\n";
  row("Bruto", "", "", p.year_to_date.gross.str_nl());
  row("Loon voor de loonheffingen", "", "", p.year_to_date.wage_for_wage_tax.str_nl());
  row("Loonheffing", "", "", p.year_to_date.wage_tax.str_nl());
  row("Verrekende arbeidskorting", "", "", p.year_to_date.arbeidskorting.str_nl());
  row("Loon Zvw", "", "", p.year_to_date.zvw_wage.str_nl());
  row("Premieloon werknemersverzekeringen", "", "", p.year_to_date.premium_wage.str_nl());
  row("Netto", "", "", p.year_to_date.net.str_nl());
  o << "</tbody>\n</table>\n";

  o << "<h2>Werkgeverslasten (niet ingehouden op uw loon)</h2>\n<table>\n<tbody>\n";
  line_rows(LineKind::Employer, false);
  row("Totale loonkosten", "", "", p.employer_cost.str_nl(), "total");
  o << "</tbody>\n</table>\n";
  if (!p.unconfirmed_rules.empty()) {
    o << "<p class=\"note\">Let op, deze waarden zijn nog niet bevestigd; wijken ze af, dan corrigeert de werkgever dit loonstrookje: ";
    for (std::size_t i = 0; i < p.unconfirmed_rules.size(); ++i) o << (i ? "; " : "") << xml_escape(unconfirmed_note_nl(p.unconfirmed_rules[i]));
    o << ".</p>\n";
  }
  o << "</body>\n</html>\n";
  return o.str();
}

}  // namespace basisbaan
