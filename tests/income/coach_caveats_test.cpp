// SPDX-License-Identifier: EUPL-1.2
// What the comparison tells the coach where its figures need a caveat (the coach's review of
// `basisbaan compare`, /work/notes/review_coach.md): the earnings disregard asked for a person
// under 27 (F9), a partner who reaches the AOW age within the year (F5), and an income-tax refund
// over a year with bijstand, which is means for that year (F3, docs/income-comparison.md
// "Choices").

#include <catch2/catch.hpp>

#include "basisbaan/income/comparison.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/summary_html.hpp"
#include "basisbaan/income/sweep.hpp"
#include "support.hpp"

using namespace basisbaan;

namespace {

using income_test::rules;

bool contains(const std::vector<std::string>& v, const std::string& text) {
  for (const auto& s : v) {
    if (s.find(text) != std::string::npos) return true;
  }
  return false;
}

// The reviewer's h8c: single, 40, Groningen, rent 620, 10 hours from January 2026, the
// municipality told to withhold on the bijstand without the loonheffingskorting.
std::string no_credit(const char* hours) {
  return std::string(R"({"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1986-04-04"},
      "housing": {"rent": "620.00"}, "assets": "1000", "current": {"situation": "bijstand", "since": "2020-01-01"},
      "job": {"hours_per_week": )") + hours + R"(, "start_date": "2026-01-01", "bijstand_keeps_tax_credit": false}})";
}

}  // namespace

TEST_CASE("the earnings disregard asked for a person under 27 is not applied and the bijstand line says why", "[income][caveats]") {
  // The reviewer's h4b: 22 years old on 2026-01-01, 16 hours, earnings_disregard true. Pw art. 31
  // lid 5 (rules bijstand.disregard.min_age 27): no earnings disregard below 27.
  const std::string text = R"({"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "2003-08-01"},
      "housing": {"rent": "480.00"}, "assets": "300", "current": {"situation": "bijstand", "since": "2024-09-01"},
      "job": {"hours_per_week": 16, "start_date": "2026-01-01", "earnings_disregard": true}})";
  const Household asked = read_household(rules(), text, "h4b.json");
  const Comparison c = compare_income(rules(), asked);
  REQUIRE(c.job.line("bijstand").applies);
  const std::string note = "earnings disregard (job.earnings_disregard) not applied: no earnings disregard under 27 (Pw art. 31 lid 5)";
  CHECK(contains(c.job.line("bijstand").notes, note));
  CHECK(contains(c.notes, note));  // the table prints the comparison's notes
  // The printable page says it in Dutch, with the age from the rules.
  const Sweep s = sweep(IncomeModel(rules(), asked), SweepRange::parse("15:17:1"));
  CHECK(summary_html(asked, c, s).find("de inkomstenvrijlating is niet toegepast, want die geldt pas vanaf 27 jaar "
                                       "(Participatiewet art. 31 lid 5)") != std::string::npos);
  // Not applied: the bijstand is the same as without asking.
  Household plain = asked;
  plain.job.earnings_disregard = false;
  const Comparison p = compare_income(rules(), plain);
  CHECK(c.job.line("bijstand").per_year == p.job.line("bijstand").per_year);
  CHECK_FALSE(contains(p.job.line("bijstand").notes, "not applied"));
  CHECK(summary_html(plain, p, s).find("inkomstenvrijlating") == std::string::npos);
  // At 27 it is applied, and no such note.
  Household older = asked;
  older.person.birth_date = parse_date("1998-08-01");
  const Comparison o = compare_income(rules(), older);
  CHECK_FALSE(contains(o.job.line("bijstand").notes, "not applied"));
  CHECK(contains(o.job.line("bijstand").notes, "with the earnings disregard"));
}

TEST_CASE("a partner who reaches the AOW age within the year hedges the verdict", "[income][caveats]") {
  // The reviewer's h10: the partner, born 1959-04-15, reaches the AOW age of 2026 (67 years,
  // rules aow.age) on 2026-04-15; the AOW itself is not modelled, so the verdict says it is
  // uncertain right after its first sentence, in Dutch and English, and the warning says why.
  const Household h = read_household(
      rules(), R"({"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1968-05-05"},
      "partner": {"birth_date": "1959-04-15", "gross_income_per_year": "0", "net_income_per_month": "0"},
      "housing": {"rent": "650.00"}, "current": {"situation": "bijstand", "since": "2019-01-01"},
      "job": {"hours_per_week": 36}})", "h10.json");
  const Comparison c = compare_income(rules(), h);
  REQUIRE(c.partner_aow_in_year);
  CHECK(to_string(*c.partner_aow_in_year) == "2026-04-15");
  const std::string hedge_nl = "Dit is onzeker: de AOW van uw partner vanaf 15 april 2026 staat niet in deze berekening; "
                               "met de baan is uw inkomen dan waarschijnlijk hoger.";
  const auto first_end = c.verdict_nl.find(". ");
  REQUIRE(first_end != std::string::npos);
  CHECK(c.verdict_nl.substr(first_end + 2, hedge_nl.size()) == hedge_nl);
  CHECK(c.verdict_en.find("This is uncertain: the partner's AOW pension from 2026-04-15 is not in this comparison") !=
        std::string::npos);
  REQUIRE(c.warnings_nl.size() == 1);
  CHECK(c.warnings_nl[0].find("waarschijnlijk meer op vooruit") != std::string::npos);
  CHECK(c.warnings_en[0].find("the gain is probably higher than shown") != std::string::npos);
  // The page shows the hedged verdict and the warning.
  const Sweep s = sweep(IncomeModel(rules(), h), SweepRange::parse("34:36:1"));
  const std::string html = summary_html(h, c, s);
  CHECK(html.find("Dit is onzeker: de AOW van uw partner") != std::string::npos);
  // Without the AOW date in the year: no hedge.
  Household younger = h;
  younger.partner->birth_date = parse_date("1962-04-15");
  CHECK(compare_income(rules(), younger).verdict_nl.find("onzeker") == std::string::npos);
}

TEST_CASE("an income-tax refund over a year with bijstand is offset against the bijstand, not counted as a gain", "[income][caveats][assessment]") {
  // The reviewer's h8c at 10 hours: neither payer could use the algemene heffingskorting, so the
  // assessment refunds what was withheld above the tax. The Participatiewet's net principle (SDU
  // commentary Pw §3.4 "Belasting(teruggave) en bijstand": a refund "als inkomen over de
  // betreffende periode") makes it means over the year with bijstand: the municipality offsets it
  // against the bijstand paid, at most that bijstand (docs/income-comparison.md "Choices").
  const Comparison c = compare_income(rules(), read_household(rules(), no_credit("10"), "h8c.json"));
  const IncomeLine& t = c.job.line("tax_settlement");
  REQUIRE(t.trace.has_value());
  // The assessment itself (its trace): withheld 4690.50 (all of it on the bijstand), assessed
  // 3908, settlement 782.50, as the reviewer's run showed it.
  CHECK(t.trace->to_text().find("settlement = 782.50") != std::string::npos);
  // The bijstand of the year is more than the refund, so the whole refund is offset.
  REQUIRE(c.job.line("bijstand").per_year > Money::parse("782.50"));
  CHECK(c.job.tax_refund_offset == Money::parse("782.50"));
  CHECK(t.per_year.is_zero());
  CHECK(contains(t.notes, "refund 782.50 over a year with bijstand"));
  CHECK(contains(c.notes, "782.50 of it is offset against the bijstand"));
  CHECK(c.verdict_nl.find("telt de gemeente als inkomen: zij verrekent die met de bijstand") != std::string::npos);
  CHECK(c.verdict_nl.find("belasting terug.") == std::string::npos);
  CHECK(c.verdict_en.find("counts as means: the municipality offsets it against the bijstand") != std::string::npos);
  // The sweep uses the same lines: a few hours are no longer a gain of hundreds a month (the
  // reviewer saw +190.59 a month at 1 hour, a marginal rate of −170.6 %).
  const IncomeModel model(rules(), read_household(rules(), no_credit("10"), "h8c.json"));
  const Sweep s = sweep(model, SweepRange::parse("0:4:1"));
  for (const auto& p : s.points) {
    INFO(p.hours.str());
    CHECK(p.net_per_month - s.current_net_per_month < noise_threshold_per_month());
  }
  // The page says the refund is no gain.
  const Household h = read_household(rules(), no_credit("10"), "h8c.json");
  CHECK(summary_html(h, c, s).find("dat bedrag is dus geen winst") != std::string::npos);
  // With the default (the municipality keeps the credit) the assessment reclaims: a payment, no offset.
  Household keeps = h;
  keeps.job.bijstand_keeps_tax_credit = true;
  const Comparison k = compare_income(rules(), keeps);
  CHECK(k.job.line("tax_settlement").per_year.sign() < 0);
  CHECK(k.job.tax_refund_offset.is_zero());
}

TEST_CASE("a refund without bijstand in the job situation stays the household's", "[income][caveats][assessment]") {
  // Single, 32 hours: no bijstand beside the job (comparison_test: the refund 301.75 from the
  // bijzonder tarief), so nothing is offset.
  const Household h = read_household(
      rules(), R"({"date": "2026-01-01", "municipality": "groningen", "person": {"birth_date": "1984-12-01"},
      "current": {"situation": "bijstand"}, "job": {"hours_per_week": 32}, "housing": {"rent": "650"}})", "o41.json");
  const Comparison c = compare_income(rules(), h);
  REQUIRE_FALSE(c.job.line("bijstand").applies);
  CHECK(c.job.line("tax_settlement").per_year == Money::parse("301.75"));
  CHECK(c.job.tax_refund_offset.is_zero());
}
