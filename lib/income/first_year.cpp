// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/first_year.hpp"

#include <algorithm>
#include <stdexcept>

#include "basisbaan/income/comparison.hpp"

namespace basisbaan {
namespace {

// The start month is shared pro rata by calendar days between the current situation and the job.
constexpr NamedRounding kProRata{2, Rounding::HalfUp, "start month: pro rata by calendar days, rounded half up to the cent"};
// A yearly amount spread over the months (toeslag advances, kinderbijslag average).
constexpr NamedRounding kPerMonth{2, Rounding::HalfUp, "per month = per year / 12, rounded half up to the cent"};

const char* const kMonthsNl[] = {"januari", "februari", "maart",     "april",   "mei",      "juni",
                                 "juli",    "augustus", "september", "oktober", "november", "december"};

std::string month_nl(const Date& d) {
  return std::string(kMonthsNl[static_cast<unsigned>(d.month()) - 1]) + " " + std::to_string(static_cast<int>(d.year()));
}

Money per_month(Money per_year) { return Money::round(divide(per_year.decimal(), Decimal(12), 4, Rounding::HalfUp), kPerMonth); }

// `part` of `amount`, where part is a fraction days/days_in_month.
Money share(Money amount, int days, int of) {
  if (days == of) return amount;
  if (days == 0) return Money();
  return Money::round(divide(amount.decimal() * Decimal(days), Decimal(of), 6, Rounding::HalfUp), kProRata);
}

}  // namespace

FirstYear first_year(const Household& h, const Comparison& c) {
  if (!c.job.payroll) throw std::logic_error("first_year: the comparison has no job with hours");
  const JobPayroll& pay = *c.job.payroll;
  FirstYear fy;
  fy.start = h.job.start_date.value_or(h.date);
  const Date start_month = first_of_month(fy.start);
  const int month_days = days_between(start_month, add_months(start_month, 1));
  const int job_days = month_days - days_between(start_month, fy.start);  // days of the start month with the job

  const Money partner = h.partner ? h.partner->net_income_per_month : Money();
  const Money other = h.current.situation == CurrentSituation::Other ? h.current.net_per_month : Money();
  // The advances as Dienst Toeslagen pays them (whole euros, rounded down per toeslag).
  const Money toeslag_now = c.current.toeslagen_advance_per_month;
  const Money toeslag_job = c.job.toeslagen_advance_per_month;
  const Money kinderbijslag = per_month(c.job.line("kinderbijslag").per_year);
  const bool had_bijstand = c.current.line("bijstand").applies;

  Money previous_bijstand;
  for (int k = -1; k < 12; ++k) {
    FirstYearMonth m;
    m.month = add_months(start_month, k);
    m.before_start = k < 0;
    // The comparison year's month of the same name; the month before a January start (December of
    // the year before) gets its own amounts from c.month_before_start below, or, when the rules do
    // not cover it, the current situation of January (labelled by amounts_year).
    const std::size_t i = (k < 0 && static_cast<int>(m.month.year()) != c.year) ? 0 : static_cast<unsigned>(m.month.month()) - 1;
    // Shares of the month: the current situation `without`/`of`, the job `job_part`/`of`.
    const int of = k == 0 ? month_days : 1;
    const int job_part = k == 0 ? job_days : (k < 0 ? 0 : 1);
    const int without = of - job_part;
    // The wage: the month's regular net pro rata, plus its special payments as far as they were
    // earned since the start. A lump (the holiday allowance paid in May, the end-of-year payment in
    // December) pays the 12 months up to and including its month: after a start in January, May
    // pays 5/12 of a full year's holiday allowance (cao: accrued per month worked).
    const Decimal earned = k < 0 ? Decimal(0)
                                 : std::min(Decimal(12), Decimal(k) + divide(Decimal(job_days), Decimal(month_days), 6, Rounding::HalfUp));
    const Money holiday_gross = pay.holiday_allowance_per_month[i];
    const Money year_end_gross = pay.year_end_payment_per_month[i];
    const bool holiday_lump = h.job.holiday_allowance == HolidayAllowancePayment::InMay;
    const Money lump_gross = (holiday_lump ? holiday_gross : Money()) + year_end_gross;
    const Money other_gross = holiday_lump ? Money() : holiday_gross;
    const Money special = pay.special_net_per_month[i];
    Money special_now;  // the special payments' net in this month of the first year
    if (k >= 0 && special.sign() != 0) {
      const Money all_gross = lump_gross + other_gross;
      // special × (lump × earned/12 + other × job_part/of) / (lump + other), in one division.
      const Decimal numerator =
          all_gross.is_zero()
              ? special.decimal() * earned * Decimal(of)
              : special.decimal() * (lump_gross.decimal() * earned * Decimal(of) + other_gross.decimal() * Decimal(12 * job_part));
      const Decimal denominator = all_gross.is_zero() ? Decimal(12 * of) : all_gross.decimal() * Decimal(12 * of);
      special_now = Money::round(divide(numerator, denominator, 6, Rounding::HalfUp), kProRata);
    }
    m.net_wage = share(pay.paid_per_month[i] - special, job_part, of) + special_now;
    const auto earned_gross = [&](Money gross) {
      return Money::round(divide(gross.decimal() * earned, Decimal(12), 6, Rounding::HalfUp), kProRata);
    };
    m.bijstand = share(c.current.bijstand_per_month[i], without, of) + share(c.job.bijstand_per_month[i], job_part, of);
    m.other_income = share(other, without, of);
    m.partner_income = partner;
    m.toeslagen = share(toeslag_now, without, of) + share(toeslag_job, job_part, of);
    m.toeslagen_unadjusted = toeslag_now;
    m.kinderbijslag = kinderbijslag;
    m.amounts_year = c.year;
    // The month before a January start lies in the year before: its own norms and amounts.
    if (k < 0 && static_cast<int>(m.month.year()) != c.year && c.month_before_start) {
      m.amounts_year = static_cast<int>(m.month.year());
      m.bijstand = c.month_before_start->bijstand;
      m.toeslagen = c.month_before_start->toeslagen;
      m.toeslagen_unadjusted = c.month_before_start->toeslagen;
      m.kinderbijslag = c.month_before_start->kinderbijslag;
    }
    m.total = m.net_wage + m.bijstand + m.other_income + m.partner_income + m.toeslagen + m.kinderbijslag;

    auto event = [&](const char* code, std::string text) {
      m.events.emplace_back(code);
      m.events_nl.push_back(std::move(text));
    };
    if (k < 0 && had_bijstand && m.bijstand.sign() > 0) event("last_full_bijstand", "Laatste maand met volledige bijstand.");
    if (k >= 0 && !fy.first_wage && m.net_wage.sign() > 0) {
      fy.first_wage = m.month;
      event("first_wage", k == 0 && job_part < of ? "Eerste loon (voor een deel van de maand)." : "Eerste loon.");
    }
    if (k >= 0 && had_bijstand) {
      if (m.bijstand.sign() > 0 && k == 0) event("bijstand_tops_up", "De bijstand vult het loon aan.");
      if (m.bijstand.is_zero() && previous_bijstand.sign() > 0 && !fy.bijstand_stops) {
        fy.bijstand_stops = m.month;
        event("bijstand_stops", "Geen bijstand meer: uw inkomen is hoger dan de bijstandsnorm.");
      }
    }
    if (k >= 0 && holiday_lump && holiday_gross.sign() > 0) {
      event("holiday_allowance", "Vakantiegeld (bruto " + (holiday_lump ? earned_gross(holiday_gross) : holiday_gross).str_eur() + ").");
    }
    if (k >= 0 && pay.year_end_payment_per_month[i].sign() > 0) {
      event("year_end_payment", "Eindejaarsuitkering (bruto " + earned_gross(year_end_gross).str_eur() + ").");
    }
    if (k == 0 && toeslag_now != toeslag_job) {
      event("toeslagen_change", "Geef de baan door aan Dienst Toeslagen: het voorschot wordt " + toeslag_job.str_eur() +
                                    " per maand (nu " + toeslag_now.str_eur() + ").");
    }
    // The toeslagen of the calendar year of the start are settled on that year's income.
    if (k >= 0 && m.month.year() == fy.start.year()) {
      fy.toeslagen_advances_kept += m.toeslagen_unadjusted - share(toeslag_now, without, of);
      fy.toeslagen_with_job += share(toeslag_job, job_part, of);
    }
    previous_bijstand = m.bijstand;
    fy.months.push_back(std::move(m));
  }
  if (fy.toeslagen_advances_kept > fy.toeslagen_with_job) fy.repayment_risk = fy.toeslagen_advances_kept - fy.toeslagen_with_job;
  fy.tax_settlement = c.job.line("tax_settlement").per_year;

  const FirstYearMonth& before = fy.months.front();
  const std::string before_year = std::to_string(static_cast<int>(before.month.year()));
  fy.notes_nl.push_back("Bedragen van " + std::to_string(c.year) + " per kalendermaand" +
                        (before.amounts_year != c.year ? " (" + month_nl(before.month) + ": de bedragen van " + before_year + ")"
                         : static_cast<int>(before.month.year()) != c.year
                             ? " (ook " + month_nl(before.month) + ": de regels van " + before_year + " ontbreken)"
                             : std::string()) +
                        "; loon en bijstand worden aan het eind van de maand betaald.");
  fy.notes_nl.push_back("Vakantiegeld en eindejaarsuitkering zijn in het eerste jaar lager: alleen de maanden sinds de start "
                        "tellen mee.");
  if (had_bijstand && c.job.line("bijstand").applies) {
    fy.notes_nl.push_back("De gemeente telt vakantiegeld en eindejaarsuitkering elke maand voor een twaalfde mee: daardoor is het "
                          "inkomen voor mei wat lager en in mei hoger.");
  }
  if (job_days < month_days) {
    fy.notes_nl.push_back("In " + month_nl(start_month) + " werkt u een deel van de maand: loon, bijstand en toeslagen zijn voor dat deel berekend.");
  }
  if (had_bijstand && !fy.bijstand_stops) {
    fy.notes_nl.push_back("De bijstand stopt in dit jaar niet: bij deze uren vult de bijstand het loon elke maand aan.");
  }
  if (fy.repayment_risk.sign() > 0) {
    fy.notes_nl.push_back("Geeft u de baan niet door aan Dienst Toeslagen, dan krijgt u tot december " +
                          std::to_string(static_cast<int>(fy.start.year())) + " samen " + fy.toeslagen_advances_kept.str_eur() +
                          " voorschot, maar hebt u recht op " + fy.toeslagen_with_job.str_eur() + ". U moet dan ongeveer " +
                          fy.repayment_risk.str_eur() + " terugbetalen.");
  }
  if (fy.tax_settlement.sign() < 0) {
    fy.notes_nl.push_back("Na afloop van het jaar krijgt u een aanslag inkomstenbelasting: u moet dan ongeveer " +
                          (-fy.tax_settlement).str_eur() + " terugbetalen.");
  }
  fy.notes_nl.push_back("Kinderbijslag is een gemiddelde per maand (de SVB betaalt per kwartaal). Minimaregelingen en "
                        "kwijtschelding staan niet in de tabel (die komen één keer per jaar).");
  return fy;
}

}  // namespace basisbaan
