// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/summary_html.hpp"

#include "basisbaan/core/markup.hpp"
#include "basisbaan/income/chart_svg.hpp"
#include "verdict.hpp"

namespace basisbaan {
namespace {

std::string household_nl(BijstandHousehold t) {
  switch (t) {
    case BijstandHousehold::Single: return "alleenstaande";
    case BijstandHousehold::SingleParent: return "alleenstaande ouder";
    case BijstandHousehold::Couple: return "echtpaar / samenwonenden";
  }
  return "";
}

std::string amount_cell(Money m) {
  if (m.is_zero()) return "–";
  return m.sign() < 0 ? "−" + xml_escape((-m).str_eur()) : xml_escape(m.str_eur());
}

std::string diff_cell(Money m) {
  if (m.is_zero()) return "<td class=\"num\">–</td>";
  return std::string("<td class=\"num ") + (m.sign() < 0 ? "neg" : "pos") + "\">" + xml_escape(signed_eur_nl(m)) + "</td>";
}

}  // namespace

std::string summary_html(const Household& h, const Comparison& c, const Sweep& s) {
  const Hours hours = c.job.payroll ? c.job.payroll->hours_per_week : Hours();
  std::string o;
  o += "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n";
  o += "<title>Inkomensvergelijking bijstand – basisbaan</title>\n";
  o += "<style>\n"
       "@page { size: A4; margin: 12mm; }\n"
       "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 186mm; }\n"
       "h1 { font-size: 17pt; margin: 0 0 2mm 0; }\n"
       "h2 { font-size: 12pt; margin: 4mm 0 1.5mm 0; }\n"
       ".facts { color: #333; margin: 0 0 3mm 0; }\n"
       ".verdict { border: 2px solid #2e7d32; background: #e8f5e9; padding: 3mm 4mm; font-size: 12pt; font-weight: bold; }\n"
       ".verdict.trap { border-color: #c62828; background: #ffebee; }\n"
       "table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }\n"
       "th, td { border-bottom: 1px solid #ccc; padding: 1mm 1.5mm; text-align: left; }\n"
       "th { background: #f0f0f0; }\n"
       "td.num, th.num { text-align: right; white-space: nowrap; }\n"
       "tr.total td { font-weight: bold; border-top: 2px solid #333; }\n"
       ".neg { color: #c62828; } .pos { color: #2e7d32; }\n"
       ".chart svg { width: 100%; height: auto; }\n"
       ".small { font-size: 8.5pt; color: #444; }\n"
       "</style>\n</head>\n<body>\n";
  o += "<h1>Inkomensvergelijking: bijstand of basisbaan</h1>\n";
  std::string facts = household_nl(c.household_type);
  if (!h.person.name.empty()) facts = h.person.name + ", " + facts;
  if (!h.children.empty()) facts += ", " + std::to_string(h.children.size()) + (h.children.size() == 1 ? " kind" : " kinderen");
  facts += " · gemeente " + c.municipality + " · jaar " + std::to_string(c.year) + " (peildatum " + to_string_nl(c.date) + ")";
  if (c.job.payroll) {
    facts += " · baan " + hours.str() + " uur per week, " + c.job.payroll->hourly_wage.str_eur() + " per uur";
  }
  o += "<p class=\"facts\">" + xml_escape(facts) + "</p>\n";
  o += std::string("<p class=\"verdict") + (c.poverty_trap ? " trap" : "") + "\">" + xml_escape(c.verdict_nl) + "</p>\n";

  o += "<h2>Netto huishoudinkomen, regel voor regel</h2>\n<table>\n";
  o += "<tr><th></th><th class=\"num\">Nu per maand</th><th class=\"num\">Met baan per maand</th><th class=\"num\">Verschil per maand</th><th class=\"num\">Verschil per jaar</th></tr>\n";
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    const auto& a = c.current.lines[i];
    const auto& b = c.job.lines[i];
    if (a.per_year.is_zero() && b.per_year.is_zero() && !a.applies && !b.applies) continue;
    std::string label = xml_escape(a.label_nl);
    if (!a.confirmed || !b.confirmed) label += " *";
    if (a.applies && !b.applies && a.per_year.is_zero()) label += " (vervalt; waarde onbekend)";
    o += "<tr><td>" + label + "</td><td class=\"num\">" + amount_cell(a.per_month) + "</td><td class=\"num\">" + amount_cell(b.per_month) +
         "</td>" + diff_cell(c.differences[i].per_month) + diff_cell(c.differences[i].per_year) + "</tr>\n";
  }
  o += "<tr class=\"total\"><td>Totaal netto</td><td class=\"num\">" + xml_escape(c.current.net_per_month.str_eur()) + "</td><td class=\"num\">" +
       xml_escape(c.job.net_per_month.str_eur()) + "</td>" + diff_cell(c.difference_per_month) + diff_cell(c.difference_per_year) + "</tr>\n";
  o += "</table>\n";
  o += "<p class=\"small\">Per maand is het jaarbedrag gedeeld door 12 (vakantiegeld, eindejaarsuitkering en toeslagen over het hele jaar). "
       "Huur en vaste lasten zijn niet afgetrokken.</p>\n";

  o += "<h2>Wat levert elk uur op?</h2>\n<div class=\"chart\">\n";
  ChartOptions co;
  co.offered = hours;
  co.standalone = false;
  o += chart_svg(s, co);
  o += "</div>\n";
  std::string advice;
  if (s.break_even_hours) advice += "Vanaf " + s.break_even_hours->str() + " uur per week is het huishouden beter af dan nu. ";
  else advice += "Bij geen van de berekende uren is het huishouden beter af dan nu. ";
  advice += "Het hoogste inkomen is er bij " + s.best_hours.str() + " uur.";
  if (!s.worse_than_fewer_hours.empty()) {
    std::string list;
    for (const auto& x : s.worse_than_fewer_hours) list += (list.empty() ? "" : ", ") + x.str();
    advice += " Meer uren levert minder op bij: " + list + " uur.";
  }
  o += "<p>" + xml_escape(advice) + "</p>\n";

  bool any_unconfirmed = false;
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    any_unconfirmed = any_unconfirmed || !c.current.lines[i].confirmed || !c.job.lines[i].confirmed;
  }
  o += "<p class=\"small\">";
  if (any_unconfirmed) o += "* Dit bedrag berust (deels) op een regel of bedrag dat nog niet officieel is bevestigd. ";
  o += "Berekend met basisbaan volgens de regels van " + std::to_string(c.year) +
       ": bijstandsnormen, loonheffing en jaarafrekening inkomstenbelasting, zorgtoeslag, huurtoeslag, kindgebonden budget, "
       "kinderbijslag en de minimaregelingen van de gemeente. Toeslagen zijn een voorschot; de Belastingdienst stelt ze na afloop van het jaar vast. "
       "Dit overzicht is een schatting en geen beschikking.</p>\n";
  o += "</body>\n</html>\n";
  return o;
}

}  // namespace basisbaan
