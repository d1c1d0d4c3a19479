#include "basisbaan/income/comparison_csv.hpp"

#include <vector>

namespace basisbaan {
namespace {

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string q = "\"";
  for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
  return q + "\"";
}

std::string csv_row(const std::vector<std::string>& cells) {
  std::string r;
  for (std::size_t i = 0; i < cells.size(); ++i) r += (i == 0 ? "" : ",") + csv_field(cells[i]);
  return r + "\n";
}

}  // namespace

std::string comparison_csv(const Comparison& c) {
  std::string o = csv_row({"code", "label", "current_per_month", "job_per_month", "difference_per_month", "current_per_year",
                           "job_per_year", "difference_per_year", "current_applies", "job_applies", "confirmed"});
  for (std::size_t i = 0; i < c.current.lines.size(); ++i) {
    const auto& a = c.current.lines[i];
    const auto& b = c.job.lines[i];
    o += csv_row({a.code, a.label_en, a.per_month.str(), b.per_month.str(), c.differences[i].per_month.str(), a.per_year.str(),
                  b.per_year.str(), c.differences[i].per_year.str(), a.applies ? "true" : "false", b.applies ? "true" : "false",
                  a.confirmed && b.confirmed ? "true" : "false"});
  }
  o += csv_row({"net", "Net household income", c.current.net_per_month.str(), c.job.net_per_month.str(),
                c.difference_per_month.str(), c.current.net_per_year.str(), c.job.net_per_year.str(), c.difference_per_year.str(),
                "", "", ""});
  return o;
}

std::string sweep_csv(const Sweep& s) {
  std::vector<std::string> head{"hours", "gross_per_year", "net_per_month", "net_per_year", "difference_per_year_vs_current",
                                "marginal_rate_percent"};
  for (const auto& code : s.line_codes) head.push_back(code);
  head.push_back("cliffs");
  std::string o = csv_row(head);
  for (const auto& p : s.points) {
    std::vector<std::string> r{p.hours.str(), p.gross_per_year.str(), p.net_per_month.str(), p.net_per_year.str(),
                               (p.net_per_year - s.current_net_per_year).str(),
                               p.marginal_rate_percent ? p.marginal_rate_percent->str_fixed(1) : ""};
    for (const auto& m : p.lines_per_year) r.push_back(m.str());
    std::string mark;
    for (const auto& cl : s.cliffs) {
      if (cl.to_hours == p.hours) mark += (mark.empty() ? "" : " ") + cl.code;
    }
    r.push_back(mark);
    o += csv_row(r);
  }
  return o;
}

}  // namespace basisbaan
