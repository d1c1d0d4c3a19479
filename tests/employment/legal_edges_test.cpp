// SPDX-License-Identifier: EUPL-1.2
// The legal edges of the contract rules (issue 13): a single long contract, art. 7:668a lid 3,
// contracts before the cao and before the Wwz, and terms in months that end at a month's end.
// Every expected value is derived by hand from the article in the comment above it.

#include <catch2/catch.hpp>

#include "basisbaan/employment/chain_rule.hpp"
#include "basisbaan/employment/notice.hpp"
#include "basisbaan/employment/probation.hpp"
#include "basisbaan/employment/service_length.hpp"
#include "basisbaan/employment/statutory_term.hpp"
#include "basisbaan/employment/tacit_continuation.hpp"
#include "basisbaan/employment/transition_payment.hpp"
#include "support.hpp"

using namespace basisbaan;
using basisbaan::test::d;
using basisbaan::test::fixed;
using basisbaan::test::rules;

TEST_CASE("a single fixed-term contract of 48 months stays fixed-term (art. 7:668a lid 1)", "[employment][chain][edges]") {
  // Lid 1 onder a: "indien ... arbeidsovereenkomsten voor bepaalde tijd elkaar hebben opgevolgd"
  // and 36 months are exceeded. One contract 2021-01-01 … 2024-12-31 has no predecessor: no chain,
  // so no conversion, however long. It ends by law: notice duty (7:668) and transition payment.
  std::vector<Contract> cs = {fixed("C1", "2021-01-01", "2024-12-31")};
  validate_contracts(cs);
  const auto a = analyse_chain(rules(), cs);
  REQUIRE(a.chains.size() == 1);
  CHECK(a.chains[0].links[0].status == ContractStatus::FixedTerm);
  CHECK_FALSE(a.chains[0].permanent_from);
  // Notice: ends 2024-12-31, i.e. at the start of 2025-01-01; a month earlier is 2024-12-01, so
  // notice is due by 2024-11-30.
  const auto n = renewal_notice(rules(), cs[0], d("2024-10-01"));
  CHECK(n.state == NoticeState::Due);
  CHECK(*n.last_day == d("2024-11-30"));
  const auto tp = transition_payment(rules(), cs, d("2024-12-31"));
  CHECK(tp.service.years == 4);
  CHECK(tp.amount.decimal().sign() > 0);

  // A second contract directly after it (no lid 3 exception: it lasts 12 months) is contract 2 of
  // a chain that exceeded 36 months on 2021-01-01 + 36 months = 2024-01-01: permanent from its start.
  cs.push_back(fixed("C2", "2025-01-01", "2025-12-31"));
  const auto b = analyse_chain(rules(), cs);
  CHECK(b.chains[0].links[1].status == ContractStatus::PermanentByLaw);
  CHECK(*b.chains[0].links[1].permanent_from == d("2025-01-01"));
}

TEST_CASE("a contract of at most three months directly after one of 36 months is excluded (art. 7:668a lid 3)", "[employment][chain][edges]") {
  // C1 2021-01-01 … 2023-12-31 lasts exactly 36 months (end_of_month_term(2021-01-01, 36) =
  // 2023-12-31). C2 2024-01-01 … 2024-03-31 lasts exactly three months (end_of_month_term(2024-01-01,
  // 3) = 2024-03-31), follows directly and is with the same employer: lid 1 onder a does not
  // apply, although the chain exceeded 36 months on 2024-01-01. Contract 2 of 3: lid 1 onder b neither.
  std::vector<Contract> cs = {fixed("C1", "2021-01-01", "2023-12-31"), fixed("C2", "2024-01-01", "2024-03-31")};
  validate_contracts(cs);
  auto a = analyse_chain(rules(), cs);
  REQUIRE(a.chains.size() == 1);
  CHECK(a.chains[0].exceeds_months_on == d("2024-01-01"));
  CHECK(a.chains[0].links[1].status == ContractStatus::FixedTerm);
  CHECK(a.chains[0].links[1].reason.find("lid 3") != std::string::npos);

  // Three months and one day (… 2024-04-01) is more than three months: permanent from 2024-01-01.
  cs[1].end = d("2024-04-01");
  a = analyse_chain(rules(), cs);
  CHECK(a.chains[0].links[1].status == ContractStatus::PermanentByLaw);
  CHECK(*a.chains[0].links[1].permanent_from == d("2024-01-01"));

  // Not "onmiddellijk": one day between (start 2024-01-02) → lid 3 does not apply.
  cs[1].start = d("2024-01-02");
  cs[1].end = d("2024-03-31");
  a = analyse_chain(rules(), cs);
  CHECK(a.chains[0].links[1].status == ContractStatus::PermanentByLaw);

  // Not "tussen dezelfde partijen": a successor employer (same job) → lid 3 does not apply.
  cs[1] = fixed("C2", "2024-01-01", "2024-03-31", "iederz");
  a = analyse_chain(rules(), cs);
  CHECK(a.chains[0].links[1].status == ContractStatus::PermanentByLaw);
}

TEST_CASE("a chain that ended 2021-06-30, before the cao: the statutory 8 % holiday allowance (art. 15 Wml)", "[employment][transition][edges]") {
  // C1 2020-07-01 … 2021-06-30, 32 h at EUR 14.71. The cao Aan de Slag starts 2021-07-01, so no cao
  // rate: art. 15 Wml gives at least 8 %. No cao year-end payment. Besluit loonbegrip:
  //   base = 14.71 × 32 × 52 / 12 = 24,477.44 / 12 = 2,039.786… → 2,039.79
  //   M = 2,039.79 + 8 % (163.1832) = 2,202.9732 → 2,202.97
  //   one year of service: 2,202.97 × 12 / 36 = 734.3233… → 734.32
  std::vector<Contract> cs = {fixed("C1", "2020-07-01", "2021-06-30")};
  const auto tp = transition_payment(rules(), cs, d("2021-06-30"));
  CHECK(tp.monthly_wage == Money::parse("2202.97"));
  CHECK(tp.amount == Money::parse("734.32"));
}

TEST_CASE("contracts before 2015-07-01 are judged by the 3-3-3 rule in force at their start", "[employment][chain][edges]") {
  // Flexwet (art. 7:668a as in force 1999-01-01 … 2015-06-30): 3 contracts, 36 months, a chain
  // broken by an interruption of more than three months. Wwz (from 2015-07-01): 24 months, six.
  // C1 2014-01-01 … 2014-12-31; C2 2015-04-01 … 2016-03-31 starts after a gap of exactly three
  // months (2015-01-01 … 2015-03-31) under the old law: the chain continues.
  // C3 2016-07-01 … 2017-06-30 starts after a gap of three months, under the Wwz: continues; the
  // Wwz limits on its start give 24 months: the chain exceeded them on 2014-01-01 + 24 months =
  // 2016-01-01, before C3 starts, so C3 is indefinite from its first day (lid 1 onder a).
  std::vector<Contract> cs = {fixed("C1", "2014-01-01", "2014-12-31"), fixed("C2", "2015-04-01", "2016-03-31"),
                              fixed("C3", "2016-07-01", "2017-06-30")};
  validate_contracts(cs);
  const auto a = analyse_chain(rules(), cs);
  REQUIRE(a.chains.size() == 1);
  const auto& links = a.chains[0].links;
  CHECK(links[1].status == ContractStatus::FixedTerm);  // 2014-01-01 + 36 months is 2017-01-01: C2 ends before
  CHECK(links[2].status == ContractStatus::PermanentByLaw);
  CHECK(*links[2].permanent_from == d("2016-07-01"));
  // A gap of three months and one day under the old law breaks the chain (C2 from 2015-04-02).
  cs[1].start = d("2015-04-02");
  CHECK(analyse_chain(rules(), cs).chains.size() == 2);
  // The notice duty (7:668) came with the Wwz on 2015-01-01: C1, ended 2014-12-31, had none.
  CHECK(renewal_notice(rules(), cs[0], d("2016-01-01")).state == NoticeState::NotRequired);
}

TEST_CASE("terms in months that end at a month's end", "[employment][months][edges]") {
  // Convention (docs/employment.md "Counting months"): a term of N months beginning on day F ends
  // on the day before the day with F's number N months later; if that month has no such day, on
  // its last day.
  CHECK(end_of_month_term(d("2023-09-01"), 6) == d("2024-02-29"));
  CHECK(end_of_month_term(d("2023-08-31"), 6) == d("2024-02-29"));
  CHECK(end_of_month_term(d("2023-08-30"), 6) == d("2024-02-29"));
  CHECK(end_of_month_term(d("2023-08-29"), 6) == d("2024-02-28"));
  CHECK(end_of_month_term(d("2024-08-31"), 6) == d("2025-02-28"));
  CHECK(end_of_month_term(d("2024-01-31"), 1) == d("2024-02-29"));
  CHECK(end_of_month_term(d("2024-03-01"), 12) == d("2025-02-28"));
  CHECK(end_of_month_term(d("2023-03-01"), 12) == d("2024-02-29"));

  // Aanzegging (7:668 lid 1, "uiterlijk een maand voor" the end): the contract ends at the start of
  // the day after its last day; notice is due by the day before the same day one month earlier.
  const auto last_notice_day = [](const char* start, const char* end) {
    return *renewal_notice(rules(), fixed("C", start, end), d(start)).last_day;
  };
  CHECK(last_notice_day("2025-07-01", "2026-06-30") == d("2026-05-31"));  // 1 July − 1 month = 1 June
  CHECK(last_notice_day("2023-03-01", "2024-02-29") == d("2024-01-31"));  // 1 March − 1 month = 1 February
  CHECK(last_notice_day("2024-03-01", "2025-02-28") == d("2025-01-31"));
  CHECK(last_notice_day("2025-04-01", "2026-03-31") == d("2026-02-28"));  // 1 April − 1 month = 1 March
  CHECK(last_notice_day("2025-05-01", "2026-04-30") == d("2026-03-31"));
  CHECK(last_notice_day("2025-01-16", "2026-01-15") == d("2025-12-15"));  // mid-month: the same day a month earlier
  // The deadline is exactly the latest day after which a full month still fits before the end.
  for (const char* end : {"2026-06-30", "2024-02-29", "2025-02-28", "2026-03-30", "2026-03-31", "2026-12-31"}) {
    const Date last = last_notice_day("2020-01-01", end);
    CHECK(end_of_month_term(add_days(last, 1), 1) <= d(end));
    CHECK(end_of_month_term(add_days(last, 2), 1) > d(end));
  }
  // The notice duty applies from six months (7:668 lid 2): 2023-08-31 … 2024-02-28 is short of
  // six months (they end 2024-02-29), … 2024-02-29 is exactly six.
  CHECK(renewal_notice(rules(), fixed("C", "2023-08-31", "2024-02-28"), d("2023-09-01")).state == NoticeState::NotRequired);
  CHECK(renewal_notice(rules(), fixed("C", "2023-08-31", "2024-02-29"), d("2023-09-01")).state == NoticeState::Due);

  // Interruption of exactly six months ending on 29 February (7:668a lid 1, "ten hoogste zes
  // maanden"): C1 ends 2023-08-29, the gap 2023-08-30 … 2024-02-29 is six months (the missing
  // 30 February makes 29 February the end): C2 starting 2024-03-01 continues the chain; starting
  // 2024-03-02 (six months and a day) does not.
  CHECK(interruption_continues_chain(d("2023-08-29"), d("2024-03-01"), 6));
  CHECK_FALSE(interruption_continues_chain(d("2023-08-29"), d("2024-03-02"), 6));
  CHECK(interruption_continues_chain(d("2023-08-31"), d("2024-03-01"), 6));   // gap 2023-09-01 … 2024-02-29
  CHECK_FALSE(interruption_continues_chain(d("2023-08-31"), d("2024-03-02"), 6));
  CHECK(interruption_continues_chain(d("2024-01-31"), d("2024-08-01"), 6));   // docs example
  CHECK_FALSE(interruption_continues_chain(d("2024-01-31"), d("2024-08-02"), 6));

  // Probation (7:652 lid 3): none in a contract of at most six months. 2023-08-31 … 2024-02-29
  // lasts exactly six months: no probation; … 2024-03-01 is longer: one month, the last day being
  // end_of_month_term(2023-08-31, 1) = 2023-09-30.
  auto p = allowed_probation(rules(), {}, fixed("C", "2023-08-31", "2024-02-29"));
  CHECK(p.max_months == 0);
  p = allowed_probation(rules(), {}, fixed("C", "2023-08-31", "2024-03-01"));
  CHECK(p.max_months == 1);
  CHECK(*p.last_day == d("2023-09-30"));
  p = allowed_probation(rules(), {}, fixed("C", "2024-01-31", "2024-12-31"));
  CHECK(*p.last_day == d("2024-02-29"));  // one month from 31 January: the missing 31 February → 29th

  // The chain exceeds 36 months the day after the 36-month term: from 2020-02-29 that term ends on
  // 2023-02-28 (no 29 February 2023), so exceeded on 2023-03-01.
  CHECK(chain_exceeds_on(d("2020-02-29"), 36) == d("2023-03-01"));
  CHECK(chain_exceeds_on(d("2020-03-01"), 36) == d("2023-03-01"));
}

TEST_CASE("the Algemene termijnenwet moves a statutory term off weekends and public holidays", "[employment][atw][edges]") {
  // Atw art. 3 lid 1 and lid 2 (rules/public_holidays.xml). 2026: Easter Sunday is 5 April, so Good
  // Friday 2026-04-03, tweede Paasdag 2026-04-06, Hemelvaartsdag (+39) 2026-05-14, tweede
  // Pinksterdag (+50) 2026-05-25; Koningsdag Monday 2026-04-27. 2025: 27 April is a Sunday, so
  // Koningsdag is Saturday 2025-04-26. 5 May counts every year.
  CHECK(*public_holiday(rules(), d("2026-04-06")) == "tweede Paasdag");
  CHECK(*public_holiday(rules(), d("2026-04-03")) == "Goede Vrijdag");
  CHECK(*public_holiday(rules(), d("2026-05-14")) == "Hemelvaartsdag");
  CHECK(*public_holiday(rules(), d("2026-05-25")) == "tweede Pinksterdag");
  CHECK(public_holiday(rules(), d("2025-04-26")).has_value());
  CHECK_FALSE(public_holiday(rules(), d("2025-04-27")).has_value());
  CHECK(public_holiday(rules(), d("2027-05-05")).has_value());  // not a lustrum year: still a holiday
  CHECK_FALSE(public_holiday(rules(), d("2026-04-07")).has_value());

  // Art. 1 lid 1: a term ending Friday 2026-04-03 (Good Friday) runs on past Saturday, Sunday and
  // Easter Monday to Tuesday 2026-04-07; a term ending Thursday 2026-12-24 stays.
  CHECK(atw_term_end(rules(), d("2026-04-03")).day == d("2026-04-07"));
  CHECK_FALSE(atw_term_end(rules(), d("2026-04-03")).note.empty());
  CHECK(atw_term_end(rules(), d("2026-12-24")).day == d("2026-12-24"));
  CHECK(atw_term_end(rules(), d("2026-12-25")).day == d("2026-12-28"));  // Fri Christmas, Sat, Sun, → Monday
  // Years beyond the rules (2028) know only weekends.
  CHECK_FALSE(holidays_known(rules(), 2028));
  CHECK(atw_term_end(rules(), d("2028-01-01")).day == d("2028-01-03"));  // Saturday → Monday

  // The transition-payment claim term (7:686a lid 4: three months after the day the contract
  // ended): ends 2026-01-03 → 2026-04-03 Good Friday → Tuesday 2026-04-07.
  std::vector<Contract> cs = {fixed("C1", "2025-01-04", "2026-01-03")};
  CHECK(transition_payment(rules(), cs, d("2026-01-03")).claim_deadline == d("2026-04-07"));

  // Art. 1 lid 2: the aanzegging is counted back from the end, so it is not extended: a contract
  // ending 2026-06-16 needs notice by 2026-05-16 (2026-06-17 − 1 month − 1 day), a Saturday, and
  // it stays on that Saturday (moving it to Monday would shorten the employee's month).
  CHECK(*renewal_notice(rules(), fixed("C", "2025-06-17", "2026-06-16"), d("2025-07-01")).last_day == d("2026-05-16"));
  CHECK(iso_weekday(d("2026-05-16")) == 6);
}

TEST_CASE("tacit continuation: the same period, at most a year, indefinite when the chain says so (art. 7:668 lid 4)", "[employment][tacit][edges]") {
  // Lid 4 onder a: "voor dezelfde tijd, doch ten hoogste voor een jaar, op de vroegere voorwaarden".
  // C1 2026-01-01 … 2026-06-30 (six months) continued: 2026-07-01 + 6 months ends 2026-12-31.
  std::vector<Contract> cs = {fixed("C1", "2026-01-01", "2026-06-30")};
  auto t = tacit_continuation(rules(), cs);
  CHECK(t.contract.start == d("2026-07-01"));
  CHECK(*t.contract.end == d("2026-12-31"));
  CHECK(t.verdict.status == ContractStatus::FixedTerm);
  // Two years: at most a year, 2026-07-01 … 2027-06-30.
  cs = {fixed("C1", "2024-07-01", "2026-06-30")};
  t = tacit_continuation(rules(), cs);
  CHECK(*t.contract.end == d("2027-06-30"));
  // Three contracts of a year from 2023-07-01: the continuation is contract 4 of the chain, so
  // indefinite from its first day 2026-07-01 (lid 4 onder b with 7:668a lid 1 onder b).
  cs = {fixed("C1", "2023-07-01", "2024-06-30"), fixed("C2", "2024-07-01", "2025-06-30"), fixed("C3", "2025-07-01", "2026-06-30")};
  t = tacit_continuation(rules(), cs);
  CHECK(t.verdict.status == ContractStatus::PermanentByLaw);
  CHECK(*t.verdict.permanent_from == d("2026-07-01"));
  CHECK(t.reason.find("lid 4 onder b") != std::string::npos);
  // Three months and ten days: 2026-01-01 … 2026-04-10 → 2026-04-11 + 3 months ends 2026-07-10, + 10 days = 2026-07-20.
  cs = {fixed("C1", "2026-01-01", "2026-04-10")};
  CHECK(*tacit_continuation(rules(), cs).contract.end == d("2026-07-20"));
}
