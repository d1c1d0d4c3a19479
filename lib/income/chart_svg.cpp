// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/chart_svg.hpp"

#include <algorithm>
#include <vector>

#include "basisbaan/core/markup.hpp"

namespace basisbaan {
namespace {

// Plot area in pixels.
constexpr std::int64_t kWidth = 800;
constexpr std::int64_t kLeft = 86;
constexpr std::int64_t kRight = 776;
constexpr std::int64_t kTop = 48;
constexpr std::int64_t kBottom = 368;
constexpr std::size_t kMaxCliffsListed = 12;

// A coordinate: value in [lo, hi] mapped to [a, b] pixels, to 0.1 px (exact integer arithmetic).
std::string coord(const Decimal& v, const Decimal& lo, const Decimal& hi, std::int64_t a, std::int64_t b) {
  if (hi == lo) return std::to_string(a);
  const Decimal px = Decimal(a) + divide((v - lo) * Decimal(b - a), hi - lo, 1, Rounding::HalfUp);
  return px.str();
}

std::string eur_short(std::int64_t euros) {
  return Money::euros(euros).str_eur().substr(0, Money::euros(euros).str_eur().size() - 3);  // "€ 1.500"
}

}  // namespace

std::string chart_svg(const Sweep& s, const ChartOptions& o) {
  // Y range in whole euros per month: a round step giving at most 8 intervals.
  std::int64_t lo_c = s.current_net_per_month.cents();
  std::int64_t hi_c = lo_c;
  for (const auto& p : s.points) {
    lo_c = std::min(lo_c, p.net_per_month.cents());
    hi_c = std::max(hi_c, p.net_per_month.cents());
  }
  const std::int64_t steps[] = {25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000};
  std::int64_t step = steps[std::size(steps) - 1];
  std::int64_t y0 = 0;
  std::int64_t y1 = 0;
  for (std::int64_t st : steps) {
    // The y-axis starts at zero: a small dip must not look like a cliff.
    const std::int64_t a = lo_c < 0 ? -((-lo_c / 100 + st - 1) / st * st) : 0;
    const std::int64_t b = ((hi_c + 99) / 100 + st - 1) / st * st;
    if ((b - a) / st <= 8) {
      step = st;
      y0 = a;
      y1 = b == a ? a + st : b;
      break;
    }
  }
  const Decimal x_lo = s.range.from.value();
  const Decimal x_hi = s.points.empty() ? s.range.to.value() : s.points.back().hours.value();
  auto X = [&](const Decimal& h) { return coord(h, x_lo, x_hi, kLeft, kRight); };
  auto Y = [&](const Decimal& euros) { return coord(euros, Decimal(y0), Decimal(y1), kBottom, kTop); };

  const std::size_t listed = std::min(s.cliffs.size(), kMaxCliffsListed);
  const std::int64_t legend_lines = static_cast<std::int64_t>(listed) + (s.cliffs.size() > listed ? 1 : 0);
  const std::int64_t height = kBottom + 78 + legend_lines * 18;

  std::string out;
  if (o.standalone) out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(kWidth) + " " + std::to_string(height) +
         "\" width=\"" + std::to_string(kWidth) + "\" height=\"" + std::to_string(height) +
         "\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\" role=\"img\">\n";
  out += "<title>" + xml_escape(o.title.empty() ? "Netto huishoudinkomen per maand naar uren per week" : o.title) + "</title>\n";
  out += "<rect x=\"0\" y=\"0\" width=\"" + std::to_string(kWidth) + "\" height=\"" + std::to_string(height) + "\" fill=\"#ffffff\"/>\n";
  if (!o.title.empty()) out += "<text x=\"" + std::to_string(kLeft) + "\" y=\"24\" font-size=\"15\" font-weight=\"bold\">" + xml_escape(o.title) + "</text>\n";

  // Grid and axes.
  out += "<g stroke=\"#dddddd\" stroke-width=\"1\">\n";
  for (std::int64_t v = y0; v <= y1; v += step) {
    out += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(kRight) + "\" y1=\"" + Y(Decimal(v)) + "\" y2=\"" + Y(Decimal(v)) + "\"/>\n";
  }
  out += "</g>\n<g font-size=\"11\" fill=\"#333333\">\n";
  for (std::int64_t v = y0; v <= y1; v += step) {
    out += "<text x=\"" + std::to_string(kLeft - 6) + "\" y=\"" + Y(Decimal(v)) + "\" dy=\"4\" text-anchor=\"end\">" + xml_escape(eur_short(v)) + "</text>\n";
  }
  // X ticks: every point when there are at most 21, else every 5 hours.
  const bool dense = s.points.size() > 21;
  for (const auto& p : s.points) {
    const bool whole = p.hours.value().is_integer();
    if (dense && !(whole && p.hours.value().to_integer(Rounding::Down) % 5 == 0)) continue;
    out += "<text x=\"" + X(p.hours.value()) + "\" y=\"" + std::to_string(kBottom + 16) + "\" text-anchor=\"middle\">" + p.hours.str() + "</text>\n";
  }
  out += "</g>\n";
  out += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(kRight) + "\" y1=\"" + std::to_string(kBottom) + "\" y2=\"" + std::to_string(kBottom) + "\" stroke=\"#333333\"/>\n";
  out += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(kLeft) + "\" y1=\"" + std::to_string(kTop) + "\" y2=\"" + std::to_string(kBottom) + "\" stroke=\"#333333\"/>\n";
  out += "<text x=\"" + std::to_string((kLeft + kRight) / 2) + "\" y=\"" + std::to_string(kBottom + 34) + "\" text-anchor=\"middle\">Uren per week</text>\n";
  out += "<text transform=\"translate(18," + std::to_string((kTop + kBottom) / 2) + ") rotate(-90)\" text-anchor=\"middle\">Netto huishoudinkomen per maand</text>\n";

  // The current situation: the bijstand level.
  const std::string yc = Y(s.current_net_per_month.decimal());
  out += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(kRight) + "\" y1=\"" + yc + "\" y2=\"" + yc +
         "\" stroke=\"#555555\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n";
  // The offered hours.
  if (o.offered && x_lo <= o.offered->value() && o.offered->value() <= x_hi) {
    const std::string xo = X(o.offered->value());
    out += "<line x1=\"" + xo + "\" x2=\"" + xo + "\" y1=\"" + std::to_string(kTop) + "\" y2=\"" + std::to_string(kBottom) +
           "\" stroke=\"#2e7d32\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/>\n";
    out += "<text x=\"" + xo + "\" y=\"" + std::to_string(kTop - 6) + "\" text-anchor=\"middle\" fill=\"#2e7d32\">aanbod " + o.offered->str() + " uur</text>\n";
  }
  // The net income with the job.
  std::string pts;
  for (const auto& p : s.points) pts += (pts.empty() ? "" : " ") + X(p.hours.value()) + "," + Y(p.net_per_month.decimal());
  out += "<polyline fill=\"none\" stroke=\"#1565c0\" stroke-width=\"2.5\" points=\"" + pts + "\"/>\n";
  out += "<g fill=\"#1565c0\">\n";
  for (const auto& p : s.points) out += "<circle cx=\"" + X(p.hours.value()) + "\" cy=\"" + Y(p.net_per_month.decimal()) + "\" r=\"2.5\"/>\n";
  out += "</g>\n";

  // Cliffs: one red marker per step (several schemes can stop at the same step), numbered.
  std::vector<Hours> steps_marked;
  std::vector<std::size_t> number_of(s.cliffs.size());
  for (std::size_t i = 0; i < s.cliffs.size(); ++i) {
    const auto at = std::find(steps_marked.begin(), steps_marked.end(), s.cliffs[i].to_hours);
    number_of[i] = static_cast<std::size_t>(at - steps_marked.begin()) + 1;
    if (at == steps_marked.end()) steps_marked.push_back(s.cliffs[i].to_hours);
  }
  for (std::size_t k = 0; k < steps_marked.size(); ++k) {
    const auto it = std::find_if(s.points.begin(), s.points.end(), [&](const SweepPoint& p) { return p.hours == steps_marked[k]; });
    if (it == s.points.end()) continue;
    const std::string cx = X(it->hours.value());
    const std::string cy = Y(it->net_per_month.decimal());
    out += "<line x1=\"" + cx + "\" x2=\"" + cx + "\" y1=\"" + std::to_string(kTop) + "\" y2=\"" + std::to_string(kBottom) +
           "\" stroke=\"#c62828\" stroke-width=\"1\" stroke-opacity=\"0.5\"/>\n";
    out += "<circle cx=\"" + cx + "\" cy=\"" + cy + "\" r=\"7\" fill=\"#c62828\"/>\n";
    out += "<text x=\"" + cx + "\" y=\"" + cy + "\" dy=\"4\" text-anchor=\"middle\" fill=\"#ffffff\" font-size=\"10\" font-weight=\"bold\">" +
           std::to_string(k + 1) + "</text>\n";
  }

  // Legend.
  std::int64_t ly = kBottom + 56;
  out += "<g font-size=\"12\">\n";
  out += "<line x1=\"" + std::to_string(kLeft) + "\" x2=\"" + std::to_string(kLeft + 28) + "\" y1=\"" + std::to_string(ly - 4) + "\" y2=\"" + std::to_string(ly - 4) + "\" stroke=\"#1565c0\" stroke-width=\"2.5\"/>\n";
  out += "<text x=\"" + std::to_string(kLeft + 34) + "\" y=\"" + std::to_string(ly) + "\">met de baan</text>\n";
  out += "<line x1=\"" + std::to_string(kLeft + 150) + "\" x2=\"" + std::to_string(kLeft + 178) + "\" y1=\"" + std::to_string(ly - 4) + "\" y2=\"" + std::to_string(ly - 4) + "\" stroke=\"#555555\" stroke-width=\"2\" stroke-dasharray=\"8 5\"/>\n";
  out += "<text x=\"" + std::to_string(kLeft + 184) + "\" y=\"" + std::to_string(ly) + "\">nu (" +
         xml_escape(s.current_net_per_month.str_eur()) + " per maand)</text>\n";
  for (std::size_t i = 0; i < listed; ++i) {
    const Cliff& c = s.cliffs[i];
    ly += 18;
    std::string what = c.label_nl + (c.kind == "reduced" ? " lager" : c.kind == "net_falls" ? " daalt" : " vervalt");
    std::string amount = c.value_known ? ": −" + c.lost_per_year.str_eur() + " per jaar" : " (waarde onbekend)";
    out += "<circle cx=\"" + std::to_string(kLeft + 7) + "\" cy=\"" + std::to_string(ly - 4) + "\" r=\"7\" fill=\"#c62828\"/>\n";
    out += "<text x=\"" + std::to_string(kLeft + 7) + "\" y=\"" + std::to_string(ly) + "\" text-anchor=\"middle\" fill=\"#ffffff\" font-size=\"10\" font-weight=\"bold\">" + std::to_string(number_of[i]) + "</text>\n";
    out += "<text x=\"" + std::to_string(kLeft + 22) + "\" y=\"" + std::to_string(ly) + "\">" + c.from_hours.str() + " → " + c.to_hours.str() +
           " uur: " + xml_escape(what + amount) + "; netto " + xml_escape(c.net_change_per_year.sign() < 0 ? "−" + (-c.net_change_per_year).str_eur() : "+" + c.net_change_per_year.str_eur()) + " per jaar</text>\n";
  }
  if (s.cliffs.size() > listed) {
    ly += 18;
    out += "<text x=\"" + std::to_string(kLeft + 22) + "\" y=\"" + std::to_string(ly) + "\">… en nog " + std::to_string(s.cliffs.size() - listed) + " (zie de tabel)</text>\n";
  }
  out += "</g>\n</svg>\n";
  return out;
}

std::string first_year_chart_svg(const FirstYear& f) {
  static const char* const kShort[] = {"jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"};
  constexpr std::int64_t W = 800, L = 86, R = 776, T = 24, B = 204;
  std::int64_t hi_c = 0;
  for (const auto& m : f.months) hi_c = std::max(hi_c, m.total.cents());
  const std::int64_t steps[] = {100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000};
  std::int64_t step = steps[std::size(steps) - 1];
  std::int64_t top = step;
  for (std::int64_t st : steps) {
    const std::int64_t b = ((hi_c + 99) / 100 + st - 1) / st * st;
    if (b / st <= 5) {
      step = st;
      top = b == 0 ? st : b;
      break;
    }
  }
  auto Y = [&](const Decimal& euros) { return coord(euros, Decimal(0), Decimal(top), B, T); };
  std::string o;
  o += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + std::to_string(W) + " 240\" role=\"img\" "
       "aria-label=\"Netto inkomen per maand in het eerste jaar\" font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n";
  for (std::int64_t v = 0; v <= top; v += step) {
    const std::string y = Y(Decimal(v));
    o += "<line x1=\"" + std::to_string(L) + "\" y1=\"" + y + "\" x2=\"" + std::to_string(R) + "\" y2=\"" + y +
         "\" stroke=\"#ddd\"/>\n";
    o += "<text x=\"" + std::to_string(L - 6) + "\" y=\"" + y + "\" text-anchor=\"end\" dominant-baseline=\"middle\">" +
         xml_escape(eur_short(v)) + "</text>\n";
  }
  const std::int64_t n = static_cast<std::int64_t>(f.months.size());
  const std::int64_t slot = n == 0 ? 1 : (R - L) / n;
  for (std::int64_t k = 0; k < n; ++k) {
    const auto& m = f.months[static_cast<std::size_t>(k)];
    const std::int64_t x = L + k * slot + slot / 6;
    const std::int64_t w = slot * 2 / 3;
    const std::string y = Y(m.total.decimal());
    const bool stops = f.bijstand_stops && *f.bijstand_stops == m.month;
    const char* fill = m.before_start ? "#9e9e9e" : (stops ? "#c62828" : "#1565c0");
    o += "<rect x=\"" + std::to_string(x) + "\" y=\"" + y + "\" width=\"" + std::to_string(w) + "\" height=\"" +
         (Decimal(B) - Decimal::parse(y)).str() + "\" fill=\"" + fill + "\"><title>" +
         xml_escape(m.total.str_eur()) + "</title></rect>\n";
    o += "<text x=\"" + std::to_string(x + w / 2) + "\" y=\"" + std::to_string(B + 16) + "\" text-anchor=\"middle\">" +
         kShort[static_cast<unsigned>(m.month.month()) - 1] + "</text>\n";
  }
  o += "<line x1=\"" + std::to_string(L) + "\" y1=\"" + std::to_string(B) + "\" x2=\"" + std::to_string(R) + "\" y2=\"" +
       std::to_string(B) + "\" stroke=\"#333\"/>\n";
  o += "<text x=\"" + std::to_string(L) + "\" y=\"236\" fill=\"#444\">grijs: de maand voor de baan; blauw: met de baan" +
       std::string(f.bijstand_stops ? "; rood: de eerste maand zonder bijstand" : "") + "</text>\n";
  o += "</svg>\n";
  return o;
}

}  // namespace basisbaan
