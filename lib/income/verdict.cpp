// SPDX-License-Identifier: EUPL-1.2
#include "verdict.hpp"

#include <algorithm>

namespace basisbaan {

std::string long_date_nl(const Date& d) {
  static constexpr const char* kMonths[] = {"januari", "februari", "maart", "april", "mei", "juni", "juli",
                                            "augustus", "september", "oktober", "november", "december"};
  return std::to_string(static_cast<unsigned>(d.day())) + " " + kMonths[static_cast<unsigned>(d.month()) - 1] + " " +
         std::to_string(static_cast<int>(d.year()));
}

std::string disregard_refused_below_age(const Comparison& c) {
  for (const auto& n : c.job.line("bijstand").notes) {
    if (n.rfind(kDisregardNotApplied, 0) != 0) continue;
    // bijstand()'s note: "no earnings disregard under 27 (Pw art. 31 lid 5)".
    const auto from = n.find_first_of("0123456789", std::string_view(kDisregardNotApplied).size());
    if (from == std::string::npos) return "";
    return n.substr(from, n.find_first_not_of("0123456789", from) - from);
  }
  return "";
}

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

namespace {

// The AOW pension of someone who reaches the AOW age within the year is not modelled: the verdict
// says so right after its first sentence (the warnings give the details).
void add_aow_hedge(const Comparison& c, std::vector<std::string>& nl, std::vector<std::string>& en) {
  if (nl.empty() || (!c.partner_aow_in_year && !c.person_aow_in_year)) return;
  std::string n;
  std::string e;
  if (c.partner_aow_in_year) {
    n = "Dit is onzeker: de AOW van uw partner vanaf " + long_date_nl(*c.partner_aow_in_year) +
        " staat niet in deze berekening; met de baan is uw inkomen dan waarschijnlijk hoger.";
    e = "This is uncertain: the partner's AOW pension from " + to_string(*c.partner_aow_in_year) +
        " is not in this comparison; with the job the income is then probably higher.";
  } else {
    n = "Dit is onzeker: uw AOW vanaf " + long_date_nl(*c.person_aow_in_year) + " staat niet in deze berekening.";
    e = "This is uncertain: the person's AOW pension from " + to_string(*c.person_aow_in_year) + " is not in this comparison.";
  }
  nl.insert(nl.begin() + 1, std::move(n));
  en.insert(en.begin() + 1, std::move(e));
}

}  // namespace

void write_verdict(Comparison& c, const Hours& hours) {
  // At most three short sentences (B1): the monthly income, the income-tax assessment after the
  // year, and one thing to do or lost. Amounts below the noise threshold are "about the same".
  const Money noise_year = noise_threshold_per_month() * 12;
  const std::string h = hours.str();
  const Money settlement = c.job.line("tax_settlement").per_year;
  // The assessment after the year gets its own sentence when it is more than noise; then the
  // monthly figure leaves it out. Below noise it has no sentence, so the monthly figure keeps it
  // and equals the table's "net household income" difference.
  const bool settlement_said = (settlement.sign() < 0 ? -settlement : settlement) >= noise_year;
  // With debts the verdict compares what is left to live on after the deductions (debts.hpp).
  const Money diff_year = c.debts ? c.debts->difference_left_per_year : c.difference_per_year;
  const Money diff_month = c.debts ? c.debts->difference_left_per_month : c.difference_per_month;
  const Money monthly_ex =
      settlement_said ? Money::round(divide((diff_year - settlement).decimal(), Decimal(12), 4, Rounding::HalfUp),
                                     NamedRounding{2, Rounding::HalfUp, "verdict: per month = per year / 12, half up (presentation)"})
                      : diff_month;
  const std::string gets_nl = c.debts ? "houdt uw huishouden na de inhouding voor schulden " : "krijgt uw huishouden ";
  const std::string gets_en = c.debts ? "the household keeps, after the deduction for debts, " : "the household gets ";
  const bool tops_up = c.job.payroll && c.job.line("bijstand").applies;
  std::vector<std::string> nl;
  std::vector<std::string> en;
  if (hours.value().sign() == 0) {
    nl.push_back(std::string(c.debts ? "Zonder uren verandert wat u overhoudt met " : "Zonder uren verandert uw inkomen met ") +
                 signed_eur_nl(diff_month) + " per maand.");
    en.push_back(std::string(c.debts ? "Without hours what is left to live on changes by " : "Without hours the income changes by ") +
                 signed_eur_en(diff_month) + " a month.");
  } else if ((monthly_ex.sign() < 0 ? -monthly_ex : monthly_ex) < noise_threshold_per_month()) {
    nl.push_back("Met " + h + " uur werk per week blijft " + (c.debts ? "wat u overhoudt" : "uw inkomen") +
                 " per maand ongeveer gelijk" + (tops_up ? ", want de bijstand vult uw loon aan." : "."));
    en.push_back("With " + h + " hours a week " + (c.debts ? "what is left to live on" : "the monthly income") +
                 " stays about the same" + (tops_up ? ", because bijstand tops up the wage." : "."));
  } else if (monthly_ex.sign() > 0) {
    nl.push_back("Met " + h + " uur werk per week " + gets_nl + monthly_ex.str_eur() + " per maand meer" +
                 (c.debts ? " over" : "") + (tops_up ? "; de bijstand vult uw loon nog aan." : "."));
    en.push_back("With " + h + " hours a week " + gets_en + eur_en(monthly_ex) + " a month more" +
                 (tops_up ? "; bijstand still tops up the wage." : "."));
  } else {
    nl.push_back("Let op: met " + h + " uur werk per week " + gets_nl + (-monthly_ex).str_eur() + " per maand minder" +
                 (c.debts ? " over." : "."));
    en.push_back("Warning: with " + h + " hours a week " + gets_en + eur_en(-monthly_ex) + " a month less.");
  }
  if (c.debts) {
    nl.push_back("Voor uw schulden wordt nu " + c.debts->current.withheld_per_month.str_eur() + " en met de baan " +
                 c.debts->job.withheld_per_month.str_eur() + " per maand ingehouden.");
    en.push_back("For the debts " + eur_en(c.debts->current.withheld_per_month) + " a month is withheld now and " +
                 eur_en(c.debts->job.withheld_per_month) + " with the job.");
  }
  if (settlement_said && settlement.sign() < 0) {
    nl.push_back("Na het jaar moet u ongeveer " + (-settlement).str_eur() + " inkomstenbelasting terugbetalen.");
    en.push_back("After the year about " + eur_en(-settlement) + " income tax has to be paid back.");
    if (tops_up && c.job.payroll) {
      nl.push_back("Dat komt doordat werkgever en gemeente allebei heffingskorting geven; vraag de gemeente daarmee te stoppen.");
      en.push_back("Employer and municipality both apply the loonheffingskorting; ask the municipality to stop.");
    }
  } else if (settlement_said) {
    nl.push_back("Na het jaar krijgt u ongeveer " + settlement.str_eur() + " belasting terug.");
    en.push_back("After the year about " + eur_en(settlement) + " tax is refunded.");
  }
  // A refund over a year with bijstand is means: the municipality offsets it (not a gain).
  const Money offset = c.job.tax_refund_offset;
  if (c.job.payroll && offset >= noise_year) {
    nl.push_back("De belasting die u na het jaar terugkrijgt (ongeveer " + offset.str_eur() +
                 ") telt de gemeente als inkomen: zij verrekent die met de bijstand.");
    en.push_back("The income-tax refund after the year (about " + eur_en(offset) +
                 ") counts as means: the municipality offsets it against the bijstand.");
  }
  add_aow_hedge(c, nl, en);
  // The line that falls most (not the bijstand or the other income the wage replaces, not the
  // assessment said above), when it is more than noise.
  if (nl.size() < 3 && hours.value().sign() > 0) {
    std::size_t worst = c.differences.size();
    for (std::size_t i = 0; i < c.differences.size(); ++i) {
      const std::string& code = c.differences[i].code;
      if (code == "tax_settlement" || code == "bijstand" || code == "other_income") continue;
      if (-c.differences[i].per_year >= noise_year &&
          (worst == c.differences.size() || c.differences[i].per_year < c.differences[worst].per_year)) {
        worst = i;
      }
    }
    if (worst < c.differences.size()) {
      const auto& l = c.current.lines[worst];
      nl.push_back("Wat het meest omlaag gaat: " + l.label_nl + " (" + signed_eur_nl(c.differences[worst].per_month) +
                   " per maand).");
      en.push_back("What falls most: " + l.label_en + " (" + signed_eur_en(c.differences[worst].per_month) + " a month).");
    }
  }
  if (nl.size() < 3 && !c.unknown_losses.empty()) {
    std::string n;
    std::string e;
    for (const auto& code : c.unknown_losses) {
      const auto& l = c.current.line(code);
      n += (n.empty() ? "" : ", ") + l.label_nl;
      e += (e.empty() ? "" : ", ") + l.label_en;
    }
    nl.push_back("U verliest ook: " + n + " (waarde onbekend).");
    en.push_back("Also lost: " + e + " (value unknown, not counted).");
  }
  c.verdict_nl.clear();
  c.verdict_en.clear();
  for (std::size_t i = 0; i < nl.size() && i < 3; ++i) {
    c.verdict_nl += (i == 0 ? "" : " ") + nl[i];
    c.verdict_en += (i == 0 ? "" : " ") + en[i];
  }
}

}  // namespace basisbaan
