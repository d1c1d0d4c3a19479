// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/comparison_csv.hpp"

#include <vector>

namespace basisbaan {
namespace {

// The dialect's separator, number form and yes/no words.
struct Dialect {
  bool nl = true;
  char sep() const { return nl ? ';' : ','; }
  /// A number as text in this dialect: "1234.56" -> "1234,56" (no thousands separator).
  std::string num(std::string s) const {
    if (nl) {
      for (char& ch : s) {
        if (ch == '.') ch = ',';
      }
    }
    return s;
  }
  std::string yes(bool b) const { return nl ? (b ? "ja" : "nee") : (b ? "true" : "false"); }
};

std::string csv_field(const std::string& s, char sep) {
  if (s.find_first_of(std::string(1, sep) + "\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string csv_row(const std::vector<std::string>& cells, const Dialect& d) {
  std::string r;
  for (std::size_t i = 0; i < cells.size(); ++i) r += (i == 0 ? "" : std::string(1, d.sep())) + csv_field(cells[i], d.sep());
  return r + "\n";
}

}  // namespace

std::string comparison_csv(const Comparison& c, CsvDialect dialect) {
  const Dialect d{dialect == CsvDialect::Dutch};
  std::string o = d.nl ? csv_row({"code", "omschrijving", "nu_per_maand", "met_baan_per_maand", "verschil_per_maand", "nu_per_jaar",
                                  "met_baan_per_jaar", "verschil_per_jaar", "nu_van_toepassing", "met_baan_van_toepassing",
                                  "bevestigd"}, d)
                       : csv_row({"code", "label", "current_per_month", "job_per_month", "difference_per_month", "current_per_year",
                                  "job_per_year", "difference_per_year", "current_applies", "job_applies", "confirmed"}, d);
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    const auto& a = c.current.lines[i];
    const auto& b = c.job.lines[i];
    o += csv_row({a.code, d.nl ? a.label_nl : a.label_en, d.num(a.per_month.str()), d.num(b.per_month.str()),
                  d.num(c.differences[i].per_month.str()), d.num(a.per_year.str()), d.num(b.per_year.str()),
                  d.num(c.differences[i].per_year.str()), d.yes(a.applies), d.yes(b.applies), d.yes(a.confirmed && b.confirmed)},
                 d);
  }
  o += csv_row({"net", d.nl ? "Netto huishoudinkomen" : "Net household income", d.num(c.current.net_per_month.str()),
                d.num(c.job.net_per_month.str()), d.num(c.difference_per_month.str()), d.num(c.current.net_per_year.str()),
                d.num(c.job.net_per_year.str()), d.num(c.difference_per_year.str()), "", "", ""},
               d);
  if (c.debts) {  // only with debts: a comparison without them prints exactly as before
    const auto& a = c.debts->current;
    const auto& b = c.debts->job;
    o += csv_row({"beslagvrije_voet", d.nl ? "Beslagvrije voet" : "Protected amount (beslagvrije voet)", d.num(a.protected_per_month.str()),
                  d.num(b.protected_per_month.str()), d.num((b.protected_per_month - a.protected_per_month).str()), "", "", "", "", "", ""},
                 d);
    o += csv_row({"debts_withheld", d.nl ? "Ingehouden voor schulden" : "Withheld for debts", d.num((-a.withheld_per_month).str()),
                  d.num((-b.withheld_per_month).str()), d.num((a.withheld_per_month - b.withheld_per_month).str()),
                  d.num((-a.withheld_per_year).str()), d.num((-b.withheld_per_year).str()),
                  d.num((a.withheld_per_year - b.withheld_per_year).str()), "", "", ""},
                 d);
    o += csv_row({"left_to_live_on", d.nl ? "Over om van te leven" : "Left to live on", d.num(a.left_per_month.str()),
                  d.num(b.left_per_month.str()), d.num(c.debts->difference_left_per_month.str()), d.num(a.left_per_year.str()),
                  d.num(b.left_per_year.str()), d.num(c.debts->difference_left_per_year.str()), "", "", ""},
                 d);
  }
  return o;
}

std::string first_year_csv(const FirstYear& f, CsvDialect dialect) {
  const Dialect d{dialect == CsvDialect::Dutch};
  std::string o = d.nl ? csv_row({"maand", "voor_de_baan", "netto_loon", "bijstand", "ander_inkomen", "inkomen_partner", "toeslagen",
                                  "toeslagen_niet_aangepast", "kinderbijslag", "totaal", "gebeurtenissen"}, d)
                       : csv_row({"month", "before_start", "net_wage", "bijstand", "other_income", "partner_income", "toeslagen",
                                  "toeslagen_unadjusted", "kinderbijslag", "total", "events"}, d);
  for (const auto& m : f.months) {
    std::string events;
    for (const auto& e : d.nl ? m.events_nl : m.events) events += (events.empty() ? "" : " ") + e;
    o += csv_row({to_string(m.month).substr(0, 7), d.yes(m.before_start), d.num(m.net_wage.str()), d.num(m.bijstand.str()),
                  d.num(m.other_income.str()), d.num(m.partner_income.str()), d.num(m.toeslagen.str()),
                  d.num(m.toeslagen_unadjusted.str()), d.num(m.kinderbijslag.str()), d.num(m.total.str()), events},
                 d);
  }
  return o;
}

std::string sweep_csv(const Sweep& s, CsvDialect dialect) {
  const Dialect d{dialect == CsvDialect::Dutch};
  std::vector<std::string> head =
      d.nl ? std::vector<std::string>{"uren_per_week", "bruto_per_jaar", "netto_per_maand", "netto_per_jaar",
                                      "verschil_per_jaar_met_nu", "marginale_druk_procent"}
           : std::vector<std::string>{"hours", "gross_per_year", "net_per_month", "net_per_year", "difference_per_year_vs_current",
                                      "marginal_rate_percent"};
  for (const auto& code : s.line_codes) head.push_back(code);
  head.push_back(d.nl ? "terugval" : "cliffs");
  std::string o = csv_row(head, d);
  for (const auto& p : s.points) {
    std::vector<std::string> r{d.num(p.hours.str()), d.num(p.gross_per_year.str()), d.num(p.net_per_month.str()),
                               d.num(p.net_per_year.str()), d.num((p.net_per_year - s.current_net_per_year).str()),
                               p.marginal_rate_percent ? d.num(p.marginal_rate_percent->str_fixed(1)) : ""};
    for (const auto& m : p.lines_per_year) r.push_back(d.num(m.str()));
    std::string mark;
    for (const auto& cl : s.cliffs) {
      if (cl.to_hours == p.hours) mark += (mark.empty() ? "" : " ") + cl.code;
    }
    r.push_back(mark);
    o += csv_row(r, d);
  }
  return o;
}

}  // namespace basisbaan
