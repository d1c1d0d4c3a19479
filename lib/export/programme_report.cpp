// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/programme_report.hpp"

#include <algorithm>
#include <map>
#include <utility>
#include <sstream>

#include "basisbaan/core/csv_text.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/markup.hpp"
#include "basisbaan/export/payslip_html.hpp"

namespace basisbaan {
namespace {

constexpr NamedRounding kProRata{2, Rounding::HalfUp, "bijstand norm pro rata to the days employed or of a non-monthly period, half up to the cent"};
constexpr NamedRounding kAverage{2, Rounding::HalfUp, "average shown to two decimals, half up"};

// The bijstand norm of a household on a day: looked up once per period and household, not once
// per employee (issue 19: a year's report asks 12 × the employees).
class NormCache {
 public:
  explicit NormCache(const RuleBook& rules) : rules_(rules) {}
  const BijstandNorm& on(const Date& d, BijstandHousehold household) {
    const auto key = std::make_pair(d, household);
    auto it = norms_.find(key);
    if (it == norms_.end()) it = norms_.emplace(key, bijstand_norm(rules_, d, household)).first;
    return it->second;
  }

 private:
  const RuleBook& rules_;
  std::map<std::pair<Date, BijstandHousehold>, BijstandNorm> norms_;
};

// The bijstand norm for the days of `period` on which `e` was employed.
Money bijstand_for(NormCache& norms, const PayPeriod& period, BijstandHousehold household, const Employee& e) {
  const BijstandNorm& norm = norms.on(period.end(), household);
  const Date from = std::max(period.start(), e.employed_since);
  const Date to = e.employed_until ? std::min(period.end(), *e.employed_until) : period.end();
  const int employed_days = to < from ? 0 : days_between(from, to) + 1;
  if (employed_days < period.days()) {
    return Money::round(divide(norm.per_month.decimal() * Decimal(employed_days), Decimal(period.days()), 6, Rounding::HalfUp), kProRata);
  }
  if (period.kind() == PeriodKind::Month) return norm.per_month;
  const int year_days = days_between(Date{date::year{period.year()}, date::January, date::day{1}},
                                     Date{date::year{period.year()}, date::December, date::day{31}}) + 1;
  return Money::round(divide(norm.per_month.decimal() * Decimal(12) * Decimal(period.days()), Decimal(year_days), 6, Rounding::HalfUp),
                      kProRata);
}

/// A text field: quoted when needed, never read as a formula by a spreadsheet (issue 19).
std::string csv_field(const std::string& s) { return csv_text_field(s); }

std::string absence_text(const std::optional<Decimal>& a) { return a ? a->str() : ""; }

// "30.67" -> "30,67" for the Dutch page.
std::string comma(std::string s) {
  for (char& c : s) {
    if (c == '.') c = ',';
  }
  return s;
}

}  // namespace

ProgrammeReport programme_report(const RuleBook& rules, int year, const std::vector<RunData>& runs,
                                 const std::map<std::string, BijstandHousehold>& households) {
  ProgrammeReport r;
  r.year = year;
  std::map<std::string, ProgrammeParticipant> by_id;
  std::map<std::string, std::pair<Decimal, int>> absence;  // sum, count
  NormCache norms(rules);
  for (const auto& run : runs) {
    if (run.period.year() != year) {
      throw InputError("period " + run.period.label() + ": not in the report year " + std::to_string(year));
    }
    require_closed(run);
    if (r.employer.empty()) r.employer = run.employer.name;
    for (const auto& re : run.employees) {
      const Payslip& p = re.payslip;
      auto& x = by_id[re.employee.id];
      x.employee_id = re.employee.id;
      x.name = re.employee.name;
      x.hours_per_week = re.employee.hours_per_week.value();
      const auto h = households.find(re.employee.id);
      x.household = h == households.end() ? BijstandHousehold::Single : h->second;
      x.periods += 1;
      const Money pension = p.pension_employer();
      x.wages += p.gross;
      x.pension += pension;
      x.employer_charges += p.employer_charges - pension;
      x.travel_allowance += p.untaxed;
      x.employer_cost += p.employer_cost;
      x.bijstand_avoided += bijstand_for(norms, run.period, x.household, re.employee);
      if (re.absence_percentage) {
        auto& [sum, n] = absence[re.employee.id];
        sum = sum + *re.absence_percentage;
        n += 1;
      }
    }
  }
  Decimal hours_sum;
  Decimal absence_sum;
  int absence_n = 0;
  for (auto& [id, x] : by_id) {
    x.net_cost = x.employer_cost - x.bijstand_avoided;
    if (const auto a = absence.find(id); a != absence.end()) {
      x.absence_percentage = divide(a->second.first, Decimal(a->second.second), kAverage);
      absence_sum = absence_sum + *x.absence_percentage;
      absence_n += 1;
    }
    auto& t = r.total;
    t.periods += x.periods;
    t.wages += x.wages;
    t.employer_charges += x.employer_charges;
    t.pension += x.pension;
    t.travel_allowance += x.travel_allowance;
    t.employer_cost += x.employer_cost;
    t.bijstand_avoided += x.bijstand_avoided;
    t.net_cost += x.net_cost;
    hours_sum = hours_sum + x.hours_per_week;
    r.participants.push_back(x);
  }
  r.total.employee_id = "totaal";
  r.total.name = std::to_string(r.participants.size()) + " deelnemers";
  if (!r.participants.empty()) {
    r.total.hours_per_week = divide(hours_sum, Decimal(static_cast<std::int64_t>(r.participants.size())), kAverage);
  }
  if (absence_n > 0) r.total.absence_percentage = divide(absence_sum, Decimal(absence_n), kAverage);
  return r;
}

std::string programme_report_csv(const ProgrammeReport& report) {
  std::string out =
      "year,employee,name,hours_per_week,periods,household,wages,employer_charges,pension,travel_allowance,employer_cost,"
      "absence_percentage,bijstand_avoided,net_cost\r\n";
  auto row = [&](const ProgrammeParticipant& x, const std::string& household) {
    out += std::to_string(report.year) + "," + csv_field(x.employee_id) + "," + csv_field(x.name) + "," + x.hours_per_week.str() + "," +
           std::to_string(x.periods) + "," + household + "," + x.wages.str() + "," + x.employer_charges.str() + "," + x.pension.str() +
           "," + x.travel_allowance.str() + "," + x.employer_cost.str() + "," + absence_text(x.absence_percentage) + "," +
           x.bijstand_avoided.str() + "," + x.net_cost.str() + "\r\n";
  };
  for (const auto& x : report.participants) row(x, std::string(to_string(x.household)));
  row(report.total, "");
  return out;
}

std::string programme_report_html(const ProgrammeReport& report) {
  std::ostringstream o;
  o << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>Programmarapportage basisbanen " << report.year
    << "</title>\n<style>\n"
       "  @page { size: A4 landscape; margin: 12mm; }\n"
       "  body { font-family: \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif; font-size: 9.5pt; margin: 0 auto; }\n"
       "  h1 { font-size: 15pt; margin: 0 0 2mm 0; }\n"
       "  table { width: 100%; border-collapse: collapse; }\n"
       "  th, td { padding: 1mm 1.5mm; border-bottom: 1px solid #bbb; text-align: left; }\n"
       "  th { border-bottom: 1.5px solid #000; }\n"
       "  .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }\n"
       "  tr.total td { border-top: 2px solid #000; font-weight: bold; }\n"
       "  p.note { font-size: 8.5pt; }\n"
       "  @media print { tr { break-inside: avoid; } }\n"
       "</style>\n</head>\n<body>\n";
  o << "<h1>Programmarapportage basisbanen " << report.year << "</h1>\n<p>Werkgever: " << xml_escape(report.employer) << "</p>\n";
  o << "<table>\n<thead><tr><th>Nr.</th><th>Naam</th><th class=\"n\">Uren/week</th><th class=\"n\">Perioden</th><th class=\"n\">Brutoloon</th>"
       "<th class=\"n\">Werkgeverslasten</th><th class=\"n\">Pensioen</th><th class=\"n\">Reiskosten</th><th class=\"n\">Loonkosten</th>"
       "<th class=\"n\">Verzuim %</th><th class=\"n\">Bijstand anders</th><th class=\"n\">Netto kosten</th></tr></thead>\n<tbody>\n";
  auto row = [&](const ProgrammeParticipant& x, bool total) {
    o << "<tr" << (total ? " class=\"total\"" : "") << "><td>" << xml_escape(x.employee_id) << "</td><td>" << xml_escape(x.name)
      << "</td><td class=\"n\">" << comma(x.hours_per_week.str()) << "</td><td class=\"n\">" << x.periods << "</td><td class=\"n\">"
      << x.wages.str_nl() << "</td><td class=\"n\">" << x.employer_charges.str_nl() << "</td><td class=\"n\">" << x.pension.str_nl()
      << "</td><td class=\"n\">" << x.travel_allowance.str_nl() << "</td><td class=\"n\">" << x.employer_cost.str_nl()
      << "</td><td class=\"n\">" << (x.absence_percentage ? comma(x.absence_percentage->str()) : "–") << "</td><td class=\"n\">"
      << x.bijstand_avoided.str_nl() << "</td><td class=\"n\">" << x.net_cost.str_nl() << "</td></tr>\n";
  };
  for (const auto& x : report.participants) row(x, false);
  row(report.total, true);
  o << "</tbody>\n</table>\n<p class=\"note\">Loonkosten = brutoloon + werkgeverslasten (Zvw, premies werknemersverzekeringen) + "
       "pensioenpremie werkgever + onbelaste reiskostenvergoeding. Bijstand anders = de bijstandsnorm (Participatiewet art. 21, incl. "
       "vakantiegeld) voor het huishouden over dezelfde perioden, zonder ander inkomen. Netto kosten = loonkosten − bijstand anders; "
       "begeleidingskosten en loonkostensubsidie zijn niet meegenomen.</p>\n</body>\n</html>\n";
  return o.str();
}

}  // namespace basisbaan
