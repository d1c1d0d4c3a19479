// SPDX-License-Identifier: EUPL-1.2
#include "verdict.hpp"

#include <algorithm>

namespace basisbaan {

std::string eur_en(Money m) {
  // 1234.56 -> 1,234.56
  const bool neg = m.sign() < 0;
  std::string s = (neg ? -m : m).str();
  const auto dot = s.find('.');
  std::string whole = s.substr(0, dot);
  for (int i = static_cast<int>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), ",");
  return std::string(neg ? "−" : "") + "€" + whole + s.substr(dot);
}

std::string signed_eur_en(Money m) {
  if (m.is_zero()) return eur_en(m);
  return m.sign() > 0 ? "+" + eur_en(m) : eur_en(m);
}

std::string signed_eur_nl(Money m) {
  if (m.is_zero()) return m.str_eur();
  return (m.sign() > 0 ? "+" : "−") + (m.sign() > 0 ? m : -m).str_eur();
}

void write_verdict(Comparison& c, const Hours& hours) {
  // The lines that go down, largest loss first (the wage itself never goes down).
  std::vector<std::size_t> down;
  for (std::size_t i = 0; i < c.differences.size(); ++i) {
    if (c.differences[i].per_year.sign() < 0) down.push_back(i);
  }
  std::stable_sort(down.begin(), down.end(),
                   [&](std::size_t a, std::size_t b) { return c.differences[a].per_year < c.differences[b].per_year; });
  std::string causes_nl;
  std::string causes_en;
  for (std::size_t k = 0; k < down.size() && k < 4; ++k) {
    const auto& l = c.current.lines[down[k]];
    const Money d = c.differences[down[k]].per_year;
    causes_nl += (k == 0 ? "" : "; ") + l.label_nl + " " + signed_eur_nl(d) + " per jaar";
    causes_en += (k == 0 ? "" : "; ") + l.label_en + " " + signed_eur_en(d) + " a year";
  }
  const std::string h = hours.str();
  const Money dm = c.difference_per_month;
  const Money dy = c.difference_per_year;
  if (hours.value().sign() == 0) {
    c.verdict_nl = "Zonder uren verandert het inkomen met " + signed_eur_nl(dy) + " per jaar.";
    c.verdict_en = "Without hours the income changes by " + signed_eur_en(dy) + " a year.";
  } else if (dy.sign() < 0) {
    c.verdict_nl = "Let op, armoedeval: met deze baan van " + h + " uur per week gaat het huishouden er " +
                   (-dm).str_eur() + " per maand op achteruit (" + (-dy).str_eur() + " per jaar). Dat komt door: " +
                   causes_nl + ".";
    c.verdict_en = "Warning, poverty trap: with this job of " + h + " hours a week the household is " + eur_en(-dm) +
                   " a month worse off (" + eur_en(-dy) + " a year). The cause: " + causes_en + ".";
  } else if (dy.is_zero()) {
    c.verdict_nl = "Met deze baan van " + h + " uur per week gaat het huishouden er niet op vooruit en niet op achteruit. "
                   "Wat wegvalt: " + (causes_nl.empty() ? "niets" : causes_nl) + ".";
    c.verdict_en = "With this job of " + h + " hours a week the household is neither better nor worse off. Lost: " +
                   (causes_en.empty() ? "nothing" : causes_en) + ".";
  } else {
    c.verdict_nl = "Met deze baan van " + h + " uur per week gaat het huishouden er " + dm.str_eur() + " per maand op vooruit (" +
                   dy.str_eur() + " per jaar, " + c.gain_per_hour_worked.str_eur() + " per gewerkt uur)." +
                   (causes_nl.empty() ? "" : " Wat minder wordt of wegvalt: " + causes_nl + ".");
    c.verdict_en = "With this job of " + h + " hours a week the household is " + eur_en(dm) + " a month better off (" +
                   eur_en(dy) + " a year, " + eur_en(c.gain_per_hour_worked) + " per hour worked)." +
                   (causes_en.empty() ? "" : " What goes down or stops: " + causes_en + ".");
  }
  if (!c.unknown_losses.empty()) {
    std::string nl;
    std::string en;
    for (const auto& code : c.unknown_losses) {
      const auto& l = c.current.line(code);
      nl += (nl.empty() ? "" : ", ") + l.label_nl;
      en += (en.empty() ? "" : ", ") + l.label_en;
    }
    c.verdict_nl += " Ook vervalt: " + nl + " (waarde onbekend, niet meegeteld).";
    c.verdict_en += " Also lost: " + en + " (value unknown, not counted).";
  }
}

}  // namespace basisbaan
