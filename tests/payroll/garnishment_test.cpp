// SPDX-License-Identifier: EUPL-1.2
// The garnishment part of the payslip (lib/payroll/garnishment.cpp, docs/garnishment.md): the net
// above the beslagvrije voet, capped at what is still owed, in the order of payment; and the
// issue's done-when: a garnishment of 3000 on a single employee is withheld each period until paid.
// Hand calculations are written out with each check.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/payroll/payslip_parts.hpp"
#include "support.hpp"

namespace basisbaan {
namespace {

Money eur(const char* s) { return Money::parse(s); }

Garnishment order(const char* id, GarnishmentKind kind, const char* start, const char* owed, const char* bvv) {
  Garnishment g;
  g.id = id;
  g.kind = kind;
  g.creditor = std::string("Schuldeiser ") + id;
  g.iban = "NL91ABNA0417164300";
  g.reference = std::string("K-") + id;
  g.start = parse_date(start);
  g.owed = eur(owed);
  g.protected_per_month = eur(bvv);
  return g;
}

struct GarnishmentFixture {
  Employer employer = test::test_employer();
  Employee employee = test::basisbaner_32h("2024-01-01");
  PeriodRules rules;
  explicit GarnishmentFixture(const char* period) : rules(test::payroll_rules(), PayPeriod::parse(period, "period")) {}
  PayslipFacts facts() const { return payslip_facts(rules, employer, employee, true); }
};

/// The garnishment part with the lines it appended (to the payslip's vector in compute_payslip).
struct Garnished : GarnishmentPart {
  std::vector<PayslipLine> lines;
};
Garnished garnish(const PayslipFacts& f, Money net, Money untaxed, const std::map<std::string, Money>& paid_before,
                  const std::map<std::string, Money>& overpaid = {}) {
  Garnished g;
  static_cast<GarnishmentPart&>(g) = garnishment(f, g.lines, net, untaxed, paid_before, overpaid);
  return g;
}

}  // namespace

TEST_CASE("garnishment: the net above the beslagvrije voet, capped at what is still owed", "[payroll][garnishment]") {
  GarnishmentFixture x("2026-03");
  x.employee.garnishments = {order("G1", GarnishmentKind::Bailiff, "2026-03-01", "3000", "1338.74")};
  // 1700.00 − 1338.74 = 361.26 (95 % × 1700 = 1615.00 is above the beslagvrije voet).
  Garnished g = garnish(x.facts(), eur("1700"), Money(), {});
  REQUIRE(g.lines.size() == 1);
  CHECK(g.lines[0].code == LineCode::Garnishment);
  CHECK(g.lines[0].kind == LineKind::Settlement);
  CHECK(g.lines[0].amount == eur("-361.26"));
  CHECK(g.lines[0].description.view().find("Schuldeiser G1, kenmerk K-G1") != std::string::npos);
  CHECK_FALSE(g.lines[0].trace.empty());
  CHECK(g.total == eur("361.26"));
  CHECK(g.withheld == std::vector<GarnishmentWithheld>{{"G1", eur("361.26")}});
  // 2800 withheld before: 3000 − 2800 = 200 still owed.
  CHECK(garnish(x.facts(), eur("1700"), Money(), {{"G1", eur("2800")}}).total == eur("200"));
  // Paid off: nothing.
  CHECK(garnish(x.facts(), eur("1700"), Money(), {{"G1", eur("3000")}}).lines.empty());
  // The untaxed travel allowance is not garnishable (Rv art. 475a lid 3): 1660 − 1338.74 = 321.26.
  CHECK(garnish(x.facts(), eur("1700"), eur("40"), {}).total == eur("321.26"));
  // A net below the beslagvrije voet: nothing beyond the 5 % of art. 475dc lid 1:
  // 95 % × 1000 = 950.00 protected, 50.00 withheld.
  CHECK(garnish(x.facts(), eur("1000"), Money(), {}).total == eur("50.00"));
}

TEST_CASE("garnishment: only while it applies", "[payroll][garnishment]") {
  GarnishmentFixture x("2026-03");  // pay date 2026-03-31
  x.employee.garnishments = {order("G1", GarnishmentKind::Bailiff, "2026-04-01", "3000", "1338.74")};
  CHECK(garnish(x.facts(), eur("1700"), Money(), {}).lines.empty());  // starts after the pay date
  x.employee.garnishments[0].start = parse_date("2026-01-15");
  x.employee.garnishments[0].lifted = parse_date("2026-03-31");
  CHECK(garnish(x.facts(), eur("1700"), Money(), {}).lines.empty());  // lifted on the pay date
  x.employee.garnishments[0].lifted = parse_date("2026-04-01");
  CHECK(garnish(x.facts(), eur("1700"), Money(), {}).total == eur("361.26"));
}

TEST_CASE("garnishment: several are paid in the legal order", "[payroll][garnishment]") {
  GarnishmentFixture x("2026-03");
  // The bailiff garnished first; the tax authority later, but it is paid first (IW 1990 art. 19,
  // 21); a voluntary deduction comes last. Available 1700 − 1338.74 = 361.26:
  // tax 100 (all it owes), bailiff 261.26, voluntary 0.
  x.employee.garnishments = {order("G1", GarnishmentKind::Bailiff, "2026-01-01", "3000", "1338.74"),
                             order("G2", GarnishmentKind::Voluntary, "2025-06-01", "500", "1338.74"),
                             order("G3", GarnishmentKind::TaxAuthority, "2026-02-01", "100", "1338.74")};
  const Garnished g = garnish(x.facts(), eur("1700"), Money(), {});
  CHECK(g.withheld == std::vector<GarnishmentWithheld>{{"G3", eur("100")}, {"G1", eur("261.26")}});
  // Within a rank the coordinating bailiff first, then the oldest.
  std::vector<Garnishment> bailiffs = {order("G4", GarnishmentKind::Bailiff, "2026-01-01", "10", "0"),
                                       order("G5", GarnishmentKind::Bailiff, "2026-02-01", "10", "0"),
                                       order("G6", GarnishmentKind::Bailiff, "2025-01-01", "10", "0")};
  bailiffs[1].coordinating = true;
  const auto ordered = in_order_of_payment(bailiffs);
  CHECK(ordered[0]->id == "G5");
  CHECK(ordered[1]->id == "G6");
  CHECK(ordered[2]->id == "G4");
  // Different amounts stated: the largest protects (debtor's favour): 1700 − 1400 = 300.
  x.employee.garnishments[1].protected_per_month = eur("1400");
  CHECK(garnish(x.facts(), eur("1700"), Money(), {}).total == eur("300"));
}

TEST_CASE("garnishment: the beslagvrije voet per period", "[payroll][garnishment]") {
  CHECK(protected_per_period(eur("1400"), PeriodKind::Month) == eur("1400"));
  // 1400 × 12 / 13 = 1292.3077 → 1292.31 (up); 1400 × 12 / 52 = 323.0769 → 323.08.
  CHECK(protected_per_period(eur("1400"), PeriodKind::FourWeeks) == eur("1292.31"));
  CHECK(protected_per_period(eur("1400"), PeriodKind::Week) == eur("323.08"));
  CHECK(parse_garnishment_kind("tax") == GarnishmentKind::TaxAuthority);
  CHECK_THROWS_WITH(parse_garnishment_kind("bank"), Catch::Contains("expected tax, public, alimony, bailiff or voluntary"));
}

TEST_CASE("garnishment: 3000 owed by a single employee is withheld each month until paid (issue 15)", "[payroll][garnishment]") {
  // 32 hours at the minimum wage, holiday allowance in May; beslagvrije voet 1338.74 (a single
  // employee at this income, tests/law/beslagvrije_voet_test.cpp). Each month the garnishment
  // line is exactly min(net before it − 1338.74, still owed); the total is 3000; then nothing.
  const Employer employer = test::test_employer();
  Employee e = test::basisbaner_32h("2024-01-01");
  e.garnishments = {order("G1", GarnishmentKind::Bailiff, "2026-01-01", "3000", "1338.74")};
  PayrollState state;
  Money total;
  int months_withheld = 0;
  for (PayPeriod p = PayPeriod::parse("2026-01", "p"); p.year() == 2026; p = p.next()) {
    const PeriodRules pr(test::payroll_rules(), p);
    const Money before = state.garnished.count("G1") != 0 ? state.garnished.at("G1") : Money();
    const Payslip slip = compute_payslip(pr, employer, e, state);
    const Money withheld = slip.garnished();
    const Money net_before = slip.net + withheld;
    const Money above = std::max(Money(), net_before - eur("1338.74"));
    CHECK(withheld == std::min(above, eur("3000") - before));
    CHECK(state.garnished.at("G1") == before + withheld);
    if (!withheld.is_zero()) {
      ++months_withheld;
      REQUIRE(slip.garnishments.size() == 1);
      CHECK(slip.garnishments[0].amount == withheld);
    }
    total += withheld;
  }
  CHECK(total == eur("3000"));
  CHECK(months_withheld >= 2);
  CHECK(months_withheld < 12);
}

TEST_CASE("garnishment: what a correction overpaid is set off first, never below the beslagvrije voet", "[payroll][garnishment]") {
  // docs/garnishment.md "Overpaid by a correction", the hand calculation: beslagvrije voet
  // 1500.00, owed 3000.00, 500.00 paid to the creditor, 200.00 overpaid by a correction.
  GarnishmentFixture x("2026-04");
  x.employee.garnishments = {order("G1", GarnishmentKind::Bailiff, "2026-03-01", "3000", "1500.00")};
  const std::map<std::string, Money> paid{{"G1", eur("500")}};
  // April: 1600 − 1500 = 100 withheld (at most 3000 − 500 + 200 = 2700), all of it set off
  // (min(100, 200)): the line says so, nothing is paid to the creditor.
  Garnished april = garnish(x.facts(), eur("1600"), Money(), paid, {{"G1", eur("200")}});
  REQUIRE(april.lines.size() == 1);
  CHECK(april.lines[0].amount == eur("-100.00"));
  CHECK(april.lines[0].description.view().find("100,00 verrekend met eerder teveel afgedragen") != std::string::npos);
  CHECK(april.total == eur("100.00"));
  CHECK(april.withheld.empty());
  CHECK(april.set_off == std::vector<GarnishmentWithheld>{{"G1", eur("100.00")}});
  // May: 100 overpaid left; a net of 1750: 250 withheld, 100 set off, 150 paid.
  Garnished may = garnish(x.facts(), eur("1750"), Money(), paid, {{"G1", eur("100")}});
  CHECK(may.total == eur("250.00"));
  CHECK(may.set_off == std::vector<GarnishmentWithheld>{{"G1", eur("100.00")}});
  CHECK(may.withheld == std::vector<GarnishmentWithheld>{{"G1", eur("150.00")}});
  // Paid off to the creditor (3000) but 80 overpaid: 80 more is withheld and set off, then nothing.
  Garnished end = garnish(x.facts(), eur("1750"), Money(), {{"G1", eur("3000")}}, {{"G1", eur("80")}});
  CHECK(end.total == eur("80.00"));
  CHECK(end.withheld.empty());
  CHECK(garnish(x.facts(), eur("1750"), Money(), {{"G1", eur("3000")}}, {}).lines.empty());
  // Below the beslagvrije voet nothing more than the 5 % of art. 475dc lid 1, overpaid or not:
  // 95 % × 1400 = 1330.00 kept, 70.00 withheld and set off.
  CHECK(garnish(x.facts(), eur("1400"), Money(), paid, {{"G1", eur("200")}}).total == eur("70.00"));
}

TEST_CASE("garnishment: a 2025 period withholds with the notice's beslagvrije voet", "[payroll][garnishment]") {
  // The payroll uses the amount the notice states, in any period since the Wet vereenvoudiging
  // beslagvrije voet (2021): 2025-03, beslagvrije voet 1466.59 (garnishment bvv, single, C = 30000),
  // net 1700.00: 1700.00 − 1466.59 = 233.41 (95 % × 1700 = 1615.00 is above it).
  GarnishmentFixture x("2025-03");
  x.employee.garnishments = {order("G1", GarnishmentKind::Bailiff, "2025-01-01", "3000", "1466.59")};
  CHECK(garnish(x.facts(), eur("1700"), Money(), {}).total == eur("233.41"));
}

}  // namespace basisbaan
