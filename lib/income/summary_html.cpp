// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/summary_html.hpp"

#include "basisbaan/core/markup.hpp"
#include "basisbaan/income/chart_svg.hpp"
#include "basisbaan/income/sweep_summary.hpp"
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
       "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9.5pt; color: #111; margin: 0 auto; max-width: 186mm; }\n"
       "h1 { font-size: 15pt; margin: 0 0 1.5mm 0; }\n"
       "h2 { font-size: 11pt; margin: 3mm 0 1mm 0; }\n"
       ".facts { color: #333; margin: 0 0 3mm 0; }\n"
       ".verdict { border: 2px solid #2e7d32; background: #e8f5e9; padding: 2mm 3mm; font-size: 11pt; font-weight: bold; margin: 2mm 0; }\n"
       ".verdict.trap { border-color: #c62828; background: #ffebee; }\n"
       "table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }\n"
       "th, td { border-bottom: 1px solid #ccc; padding: 0.6mm 1.2mm; text-align: left; }\n"
       "td:first-child { width: 44%; }\n"
       "th { background: #f0f0f0; }\n"
       "td.num, th.num { text-align: right; white-space: nowrap; }\n"
       "tr.total td { font-weight: bold; border-top: 2px solid #333; }\n"
       ".neg { color: #c62828; } .pos { color: #2e7d32; }\n"
       ".chart svg { width: 100%; height: auto; max-height: 66mm; }\n"
       ".small { font-size: 8.5pt; color: #444; margin: 1mm 0; }\n"
       ".tax, .warning { border-left: 3px solid #c62828; padding-left: 2mm; margin: 2mm 0; }\n"
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
  if (c.debts) {  // only with debts: a page without them is exactly as before
    const auto& a = c.debts->current;
    const auto& b = c.debts->job;
    o += "<tr><td>Beslagvrije voet (dit houdt u minstens)</td><td class=\"num\">" + amount_cell(a.protected_per_month) +
         "</td><td class=\"num\">" + amount_cell(b.protected_per_month) + "</td><td></td><td></td></tr>\n";
    o += "<tr><td>Ingehouden voor schulden</td><td class=\"num\">" + amount_cell(-a.withheld_per_month) + "</td><td class=\"num\">" +
         amount_cell(-b.withheld_per_month) + "</td>" + diff_cell(a.withheld_per_month - b.withheld_per_month) +
         diff_cell(a.withheld_per_year - b.withheld_per_year) + "</tr>\n";
    o += "<tr class=\"total\"><td>Over om van te leven</td><td class=\"num\">" + xml_escape(a.left_per_month.str_eur()) +
         "</td><td class=\"num\">" + xml_escape(b.left_per_month.str_eur()) + "</td>" + diff_cell(c.debts->difference_left_per_month) +
         diff_cell(c.debts->difference_left_per_year) + "</tr>\n";
  }
  o += "</table>\n";
  o += "<p class=\"small\">Per maand is het jaarbedrag gedeeld door 12 (vakantiegeld, eindejaarsuitkering en toeslagen over het hele jaar). "
       "Huur en vaste lasten zijn niet afgetrokken.</p>\n";
  if (const std::string age = disregard_refused_below_age(c); !age.empty()) {
    o += "<p class=\"small\">Bijstand: de inkomstenvrijlating is niet toegepast, want die geldt pas vanaf " + age +
         " jaar (Participatiewet art. 31 lid 5).</p>\n";
  }

  {
    const auto& t = c.job.line("tax_settlement");
    if (c.job.payroll && t.per_year.sign() < 0) {
      o += "<p class=\"tax\">Inkomstenbelasting: na afloop van het jaar moet u ongeveer " + xml_escape((-t.per_year).str_eur()) +
           " terugbetalen" +
           (c.job.line("bijstand").applies
                ? ", omdat werkgever en gemeente allebei heffingskorting geven. Vraag de gemeente om op de bijstand geen "
                  "heffingskorting meer toe te passen, of zet elke maand " + xml_escape(t.per_month.sign() < 0 ? (-t.per_month).str_eur() : t.per_month.str_eur()) + " apart."
                : ". Zet daarvoor elke maand " + xml_escape((-t.per_month).str_eur()) + " apart.") +
           "</p>\n";
    } else if (c.job.payroll && c.job.tax_refund_offset.sign() > 0) {
      const Money refund = t.per_year + c.job.tax_refund_offset;
      o += "<p class=\"tax\">" +
           xml_escape("Inkomstenbelasting: na afloop van het jaar krijgt u ongeveer " + refund.str_eur() +
                      " terug. Omdat u in dat jaar bijstand kreeg, telt de gemeente " + c.job.tax_refund_offset.str_eur() +
                      " daarvan als inkomen en verrekent dat met de bijstand; dat bedrag is dus geen winst.") +
           "</p>\n";
    } else if (c.job.payroll && t.per_year.sign() > 0) {
      o += "<p class=\"small\">Inkomstenbelasting: na afloop van het jaar krijgt u ongeveer " + xml_escape(t.per_year.str_eur()) + " terug.</p>\n";
    }
  }
  for (const auto& w : c.warnings_nl) o += "<p class=\"warning\">Let op: " + xml_escape(w) + "</p>\n";
  o += "<h2>Wat levert elk uur op?</h2>\n<div class=\"chart\">\n";
  ChartOptions co;
  co.offered = hours;
  co.standalone = false;
  o += chart_svg(s, co);
  o += "</div>\n";
  const std::string advice = sweep_summary_nl(s);
  o += "<p class=\"small\">" + xml_escape(advice) + " Verschillen kleiner dan " + noise_threshold_per_month().str_eur() +
        " per maand tellen als ongeveer gelijk.</p>\n";

  bool any_unconfirmed = false;
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    any_unconfirmed = any_unconfirmed || !c.current.lines[i].confirmed || !c.job.lines[i].confirmed;
  }
  o += "<p class=\"small\">";
  if (any_unconfirmed) o += "* Dit bedrag berust (deels) op een regel die nog niet officieel is bevestigd, of op een voorlopig bedrag. ";
  o += "Berekend met basisbaan volgens de regels van " + std::to_string(c.year) +
       ": bijstandsnormen, loonheffing en jaarafrekening inkomstenbelasting, zorgtoeslag, huurtoeslag, kindgebonden budget, "
       "kinderbijslag en de minimaregelingen van de gemeente. Toeslagen zijn een voorschot; de Belastingdienst stelt ze na afloop van het jaar vast. "
       "Dit overzicht is een schatting en geen beschikking.</p>\n";
  o += "</body>\n</html>\n";
  return o;
}

namespace {

const char* const kMonthsNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                 "juli",    "augustus", "september", "oktober", "november", "december"};

std::string offered_hours(const Comparison& c) { return c.job.payroll ? c.job.payroll->hours_per_week.str() : "0"; }

std::string month_cell(const Date& d) {
  return std::string(kMonthsNl[static_cast<unsigned>(d.month()) - 1]) + " " + std::to_string(static_cast<int>(d.year()));
}

}  // namespace

std::string appendix_html(const Comparison& c, const Sweep& s) {
  std::string o;
  o += "<section class=\"bijlage\" style=\"break-before: page; page-break-before: always;\">\n"
       "<style>\n"
       ".bijlage table.bijlage-tabel { table-layout: auto; }\n"
       ".bijlage table.bijlage-tabel td, .bijlage table.bijlage-tabel th { text-align: right; white-space: nowrap; }\n"
       ".bijlage table.bijlage-tabel th { white-space: normal; vertical-align: bottom; }\n"
       ".bijlage table.bijlage-tabel td:first-child, .bijlage table.bijlage-tabel th:first-child { text-align: left; width: auto; }\n"
       ".bijlage table.bijlage-tabel td.wat { text-align: left; white-space: normal; font-size: 7.5pt; }\n"
       ".bijlage tr.voor td { color: #666; }\n"
       ".bijlage tr.stopt td { font-weight: bold; }\n"
       ".bijlage tr.aangeboden td { font-weight: bold; background: #f0f0f0; }\n"
       ".bijlage .chart svg { max-height: 52mm; }\n"
       ".bijlage h1 .label { border: 2px solid #333; padding: 0 2mm; margin-right: 2mm; }\n"
       "</style>\n";
  o += "<h1><span class=\"label\">Bijlage</span>bij de inkomensvergelijking</h1>\n";
  o += "<p class=\"facts\">Deze bijlage hoort bij de samenvatting op de eerste pagina. Zij geeft de details: het eerste jaar "
       "maand voor maand en het inkomen bij elk aantal uren.</p>\n";
  if (c.first_year) {
    const FirstYear& f = *c.first_year;
    o += "<h2 id=\"eerste-jaar\">Het eerste jaar, maand voor maand</h2>\n";
    o += "<table class=\"bijlage-tabel eerste-jaar\">\n<tr><th>Maand</th><th>Loon</th><th>Bijstand</th><th>Ander inkomen</th>"
         "<th>Toeslagen</th><th>Kinderbijslag</th><th>Totaal</th><th>Wat gebeurt er?</th></tr>\n";
    for (const auto& m : f.months) {
      std::string cls;
      if (m.before_start) cls = " class=\"voor\"";
      else if (f.bijstand_stops && *f.bijstand_stops == m.month) cls = " class=\"stopt\"";
      std::string events;
      for (const auto& e : m.events_nl) events += (events.empty() ? "" : " ") + e;
      std::string when = month_cell(m.month) + (m.before_start ? " (nu" : "");
      if (m.amounts_year != static_cast<int>(m.month.year())) when += (m.before_start ? ", " : " (") + std::string("bedragen ") + std::to_string(m.amounts_year) + ")";
      else if (m.before_start) when += ")";
      o += "<tr" + cls + "><td>" + xml_escape(when) + "</td><td>" + amount_cell(m.net_wage) +
           "</td><td>" + amount_cell(m.bijstand) + "</td><td>" + amount_cell(m.other_income + m.partner_income) + "</td><td>" +
           amount_cell(m.toeslagen) + "</td><td>" + amount_cell(m.kinderbijslag) + "</td><td>" + xml_escape(m.total.str_eur()) +
           "</td><td class=\"wat\">" + xml_escape(events) + "</td></tr>\n";
    }
    o += "</table>\n";
    o += "<p class=\"small\">";
    if (f.bijstand_stops) {
      o += xml_escape("De bijstand stopt in " + month_cell(*f.bijstand_stops) + ". ");
    } else if (c.current.line("bijstand").applies && c.job.line("bijstand").applies && s.top_up_until) {
      o += xml_escape("De bijstand stopt niet bij " + offered_hours(c) + " uur; bij meer dan " + s.top_up_until->str() +
                      " uur per week stopt de bijstand (zie de tabel hieronder). ");
    }
    for (const auto& n : f.notes_nl) o += xml_escape(n) + " ";
    o += "</p>\n";
    if (f.repayment_risk.sign() > 0) {
      o += "<p class=\"tax\">" +
           xml_escape("Toeslagen: geef de baan meteen door aan Dienst Toeslagen. Doet u dat niet, dan moet u na het jaar ongeveer " +
                      f.repayment_risk.str_eur() + " terugbetalen.") +
           "</p>\n";
    }
    o += "<div class=\"chart\">\n" + first_year_chart_svg(f) + "</div>\n";
  }
  o += "<h2 id=\"uren\">Inkomen bij elk aantal uren per week</h2>\n";
  std::size_t bijstand_col = s.line_codes.size();
  for (std::size_t k = 0; k < s.line_codes.size(); ++k) {
    if (s.line_codes[k] == "bijstand") bijstand_col = k;
  }
  const Hours offered = c.job.payroll ? c.job.payroll->hours_per_week : Hours();
  o += "<table class=\"bijlage-tabel uren\">\n<tr><th>Uren per week</th><th>Bruto loon per jaar</th><th>Bijstand per maand</th>"
       "<th>Netto per maand</th><th>Verschil met nu per maand</th><th>Terugval</th></tr>\n";
  for (const auto& p : s.points) {
    std::string drop;
    for (const auto& cl : s.cliffs) {
      if (cl.to_hours == p.hours) drop += (drop.empty() ? "" : ", ") + cl.label_nl;
    }
    const Money bijstand_month =
        bijstand_col < p.lines_per_year.size()
            ? Money::round(divide(p.lines_per_year[bijstand_col].decimal(), Decimal(12), 4, Rounding::HalfUp),
                           NamedRounding{2, Rounding::HalfUp, "per month = per year / 12, rounded half up (presentation)"})
            : Money();
    o += std::string("<tr") + (c.job.payroll && p.hours == offered ? " class=\"aangeboden\"" : "") + "><td>" + xml_escape(p.hours.str()) +
         (c.job.payroll && p.hours == offered ? " (aanbod)" : "") + "</td><td>" + amount_cell(p.gross_per_year) + "</td><td>" +
         amount_cell(bijstand_month) + "</td><td>" + xml_escape(p.net_per_month.str_eur()) + "</td>" +
         diff_cell(p.net_per_month - s.current_net_per_month) + "<td class=\"wat\">" + xml_escape(drop) + "</td></tr>\n";
  }
  o += "</table>\n";
  o += "<p class=\"small\">" +
       xml_escape("Netto per maand: het hele huishouden, alle regels van de samenvatting, het jaarbedrag gedeeld door 12. "
                  "Terugval: een regeling die bij dit aantal uren stopt of lager wordt (verschillen kleiner dan " +
                  noise_threshold_per_month().str_eur() + " per maand tellen niet).") +
       "</p>\n";
  o += "</section>\n";
  return o;
}

std::string summary_with_appendix_html(const Household& h, const Comparison& c, const Sweep& s) {
  std::string page = summary_html(h, c, s);
  const auto end = page.rfind("</body>");
  page.insert(end == std::string::npos ? page.size() : end, appendix_html(c, s));
  return page;
}

}  // namespace basisbaan
