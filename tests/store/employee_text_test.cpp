// SPDX-License-Identifier: EUPL-1.2
// The store's direct writer of an employee snapshot (employee_text, issue 18) gives exactly the
// bytes of canonical(employee_json(e)) — nlohmann's sorted dump, the text every stored run holds
// and hashes — for many employees: every optional field absent and present, lists of one and
// several, and odd strings (quotes, backslashes, control characters, DEL, accents, the euro sign,
// an emoji, bidirectional marks, empty). A string that is not valid UTF-8 is refused by both.

#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "../../lib/store/codec.hpp"
#include "basisbaan/payroll/employee_json.hpp"

using namespace basisbaan;
using store_detail::canonical;
using store_detail::employee_json;
using store_detail::employee_text;

namespace {

const std::vector<std::string> kOdd{
    "",
    "Jan de Vries",
    "O'Brien \"Jr.\"",
    "back\\slash",
    "tab\there",
    "line\nbreak\r\n",
    std::string("nul\0byte", 8),
    "\x01\x02\x1f control",
    "del\x7f",
    "Zo\xc3\xab van Dijk-\xc3\x89lise",          // ë, É
    "\xe2\x82\xac 1.234,56",                     // €
    "\xf0\x9f\x98\x80 smile",                    // U+1F600
    "\xe2\x80\xae reversed \xe2\x80\xac",        // U+202E, U+202C
    "slash / and \xc2\xa0nbsp",
    "schaal 2, trede 3",
    "\b\f form feed",
};

const std::string& odd(std::size_t i) { return kOdd[i % kOdd.size()]; }

Date day(int n) { return add_days(parse_date("2020-01-01"), n); }

/// An employee whose fields depend on `n`: every optional field is absent for some n and present
/// for others, and each string is one of kOdd in turn.
Employee employee(std::size_t n) {
  Employee e;
  e.id = "E" + std::to_string(n) + (n % 7 == 3 ? odd(n) : "");
  e.name = odd(n + 1);
  e.birth_date = day(-static_cast<int>(7000 + n * 37));
  e.bsn = n % 11 == 0 ? "" : std::to_string(100000000 + n * 9);
  e.iban = n % 5 == 0 ? odd(n + 2) : "NL91ABNA0417164300";
  e.payroll_tax_credit = n % 2 == 0;
  e.identified = n % 6 != 1;
  e.employed_since = day(static_cast<int>(n % 400));
  if (n % 3 == 0) e.employed_until = day(static_cast<int>(500 + n));
  e.hours_per_week = Hours::parse(n % 4 == 0 ? "36" : n % 4 == 1 ? "20.5" : n % 4 == 2 ? "0.25" : "40.125");
  if (n % 3 != 2) e.agreed_hourly_wage = Money::from_cents(static_cast<std::int64_t>(1400 + n * 13));
  e.scale = odd(n + 3);
  e.permanent_contract = n % 4 < 2;
  e.pay_period = n % 3 == 0 ? PeriodKind::Month : n % 3 == 1 ? PeriodKind::FourWeeks : PeriodKind::Week;
  e.commute_km_per_period = Decimal::parse(n % 2 == 0 ? "0" : "123.45");
  if (n % 4 == 1) e.previous_year_wage = Money::from_cents(static_cast<std::int64_t>(3000000 + n));
  for (std::size_t k = 0; k < n % 3; ++k) {
    e.one_off_payments.push_back({"2026-0" + std::to_string(1 + k), odd(n + 4 + k), Money::from_cents(-500 + 100000 * static_cast<std::int64_t>(k))});
  }
  for (std::size_t k = 0; k < n % 4; ++k) {
    SickReport r;
    r.id = k == 1 ? odd(n + 5) : "S" + std::to_string(k + 1);
    r.first_day = day(static_cast<int>(100 * k + n % 50));
    if (n % 2 == 0) r.initial_incapacity = Rate::percent(Decimal::parse("50"));
    for (std::size_t c = 0; c < k; ++c) r.changes.push_back({day(static_cast<int>(100 * k + n % 50 + 5 + c)), Rate::percent(Decimal::parse("33.5"))});
    if (k + 1 < n % 4 || n % 8 == 5) r.recovered = day(static_cast<int>(100 * k + n % 50 + 60));
    r.pregnancy = n % 5 == 2;
    e.sick_reports.push_back(std::move(r));
  }
  for (std::size_t k = 0; k < n % 3; ++k) {
    MaternityLeaveFacts m;
    m.expected_birth = day(static_cast<int>(300 + k));
    m.leave_start = day(static_cast<int>(260 + k));
    if (n % 2 == 1) m.birth = day(static_cast<int>(302 + k));
    m.multiple = k == 1;
    e.maternity_leave.push_back(m);
  }
  for (std::size_t k = 0; k < n % 4; ++k) {
    e.reintegration_steps.push_back({static_cast<ReintegrationStepKind>((n + k) % 6), day(static_cast<int>(40 + 7 * k)), odd(n + 6 + k)});
  }
  for (std::size_t k = 0; k < n % 3; ++k) {
    RecordedExtension x;
    x.date = day(static_cast<int>(700 + k));
    x.extension = {static_cast<ExtensionKind>((n + k) % 3), static_cast<int>(n * 3 + k), odd(n + 7 + k)};
    e.sickness_extensions.push_back(std::move(x));
  }
  for (std::size_t k = 0; k < n % 3; ++k) {
    Garnishment g;
    g.id = "G" + std::to_string(k) + (k == 1 ? odd(n) : "");
    g.kind = static_cast<GarnishmentKind>((n + k) % 5);
    g.creditor = odd(n + 8 + k);
    g.iban = odd(n + 9);
    g.reference = odd(n + 10 + k);
    g.coordinating = k == 0 && n % 2 == 0;
    g.start = day(static_cast<int>(200 + k));
    if (n % 4 == 3) g.lifted = day(static_cast<int>(400 + k));
    g.owed = Money::from_cents(static_cast<std::int64_t>(123456 + n));
    g.protected_per_month = Money::from_cents(static_cast<std::int64_t>(150000 - n));
    e.garnishments.push_back(std::move(g));
  }
  // A final payslip's settlement (docs/store.md "The final payslip"), also negative and fractional hours.
  if (n % 5 == 2 || n == 11) e.final_settlement = FinalSettlement{Hours(Decimal::parse(n % 2 == 0 ? "-6.5" : "20"))};
  return e;
}

}  // namespace

TEST_CASE("employee snapshot text: the bytes of canonical(employee_json) for many employees", "[store][employee_text]") {
  std::string reused;
  for (std::size_t n = 0; n < 600; ++n) {
    const Employee e = employee(n);
    const std::string expected = canonical(employee_json(e));
    INFO("employee " << n << ": " << expected);
    REQUIRE(employee_text(e) == expected);
    employee_text(reused, e);  // into a reused buffer: the same
    REQUIRE(reused == expected);
  }
}

TEST_CASE("employee snapshot text: every optional field present at once", "[store][employee_text]") {
  // n = 11: two one-off payments, three sick reports (with partial changes), two maternity
  // leaves, three steps, two extensions, two garnishments, a final settlement.
  const Employee e = employee(11);
  CHECK(e.one_off_payments.size() == 2);
  CHECK(e.sick_reports.size() == 3);
  CHECK(e.maternity_leave.size() == 2);
  CHECK(e.reintegration_steps.size() == 3);
  CHECK(e.sickness_extensions.size() == 2);
  CHECK(e.garnishments.size() == 2);
  CHECK(e.final_settlement);
  CHECK(employee_text(e) == canonical(employee_json(e)));
}

TEST_CASE("employee snapshot text: invalid UTF-8 is refused as canonical() refuses it", "[store][employee_text]") {
  Employee e = employee(4);
  e.name = "Windows-1252 \xe9t\xe9";
  CHECK_THROWS_AS(canonical(employee_json(e)), nlohmann::json::type_error);
  CHECK_THROWS_AS(employee_text(e), nlohmann::json::type_error);
}

TEST_CASE("unconfirmed rules text: the bytes of canonical(CJson(list))", "[store][employee_text]") {
  for (const std::vector<std::string>& list :
       {std::vector<std::string>{}, std::vector<std::string>{"zvw.max_wage"}, std::vector<std::string>{"a", odd(2), odd(5), odd(12)}}) {
    CHECK(store_detail::string_array_text(list) == canonical(store_detail::CJson(list)));
  }
}
