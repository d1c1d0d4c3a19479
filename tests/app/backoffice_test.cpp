// SPDX-License-Identifier: EUPL-1.2
// The application layer: hiring, changing and terminating one employee, extending and ending a
// contract (each one transaction, audited, judged by the import's checks), the contract review
// and the sick pay facts without a birth date.

#include <catch2/catch.hpp>

#include <functional>

#include "../store/support.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/sick_timeline.hpp"
#include "basisbaan/core/error.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

Employee newcomer() {
  Employee e;
  e.id = "N1";
  e.name = "N. Nieuw";
  e.birth_date = parse_date("1990-04-01");
  e.bsn = "999990007";
  e.iban = "nl04 ingb 7000 0000 01";
  e.employed_since = parse_date("2026-01-01");
  e.employed_until = parse_date("2026-06-30");
  e.permanent_contract = false;
  e.hours_per_week = Hours(Decimal(24));
  return e;
}

std::string error_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const InputError& e) {
    return e.what();
  }
  return "no error";
}

std::size_t audit_count(const Database& db) { return audit_entries(db).size(); }

}  // namespace

TEST_CASE("hire: one employee with contract C1 and the statutory minimum, refused with the import's messages", "[app]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  const EmployeeRecord r = office.hire(newcomer(), "wijkconciërge");
  CHECK(r.employee.iban == "NL04INGB7000000001");  // normalised as the import stores it
  REQUIRE(r.contracts.size() == 1);
  CHECK(r.contracts[0].id == "C1");
  CHECK(r.contracts[0].job == "wijkconciërge");
  CHECK(to_string(*r.contracts[0].end) == "2026-06-30");
  REQUIRE(r.placements.size() == 1);
  CHECK(r.placements[0].scale == "WML");
  CHECK_FALSE(r.placements[0].hourly_wage);
  CHECK(audit_entries(db).at(audit_count(db) - 3).action == "employee.hire");

  Employee twin = newcomer();
  twin.id = "N2";
  CHECK(error_of([&] { office.hire(twin); }) == "hire of employee N2, field bsn: BSN ******007 belongs to another employee");
  Employee bad = newcomer();
  bad.id = "N3";
  bad.bsn = "999990019";
  bad.hours_per_week = Hours(Decimal(61));
  CHECK(error_of([&] { office.hire(bad); }) == "hire of employee N3, field hours_per_week: expected hours per week more than 0 and at most 60, got 61");
  CHECK(office.employees().size() == 1);
}

TEST_CASE("change: name, IBAN and tax credit in one audited write, a bad IBAN changes nothing", "[app]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  office.hire(newcomer());
  const std::size_t before = audit_count(db);
  EmployeeChange c;
  c.iban = "NL41RABO7001234568";
  c.payroll_tax_credit = false;
  const EmployeeRecord r = office.change_employee("N1", c);
  CHECK(r.employee.iban == "NL41RABO7001234568");
  CHECK_FALSE(r.employee.payroll_tax_credit);
  CHECK(audit_count(db) == before + 1);
  CHECK(audit_entries(db).back().action == "employee.change");
  EmployeeChange wrong;
  wrong.iban = "NL00RABO0000000000";
  CHECK(error_of([&] { office.change_employee("N1", wrong); }) ==
        "change of employee N1, field iban: \"NL00RABO0000000000\" is not a valid IBAN (mod-97 check failed)");
  CHECK(office.employee("N1").employee.iban == "NL41RABO7001234568");
  CHECK(error_of([&] { office.change_employee("N1", EmployeeChange{}); }) == "change of employee N1: nothing to change");
  CHECK(verify_audit(db).ok());
}

TEST_CASE("extend, end and terminate contracts", "[app]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  office.hire(newcomer());
  const ContractChange ext = office.extend_contract("N1", parse_date("2026-12-31"));
  CHECK(ext.added.id == "C2");
  CHECK(to_string(ext.added.start) == "2026-07-01");
  CHECK(ext.added.hours_per_week.str() == "24");
  CHECK_FALSE(ext.ended);  // C1 ends the day before anyway
  CHECK(error_of([&] { office.extend_contract("N1", parse_date("2026-12-01")); }) ==
        "the extension of contract C2 of employee N1 must end after 2026-12-31, not on 2026-12-01");
  CHECK(error_of([&] { office.terminate("N1", parse_date("2026-05-31"), "ontslag"); }).find("contract C2") != std::string::npos);
  const Contract ended = office.terminate("N1", parse_date("2026-10-31"), "ontbinding met wederzijds goedvinden");
  CHECK(ended.id == "C2");
  CHECK(to_string(*office.employee("N1").contracts.back().end) == "2026-10-31");
  CHECK(audit_entries(db).back().action == "contract.end");
  CHECK(error_of([&] { office.end_contract("N1", "C2", parse_date("2026-11-30"), "x"); }) ==
        "contract C2 of employee N1 already ends on 2026-10-31; to continue after that, extend it (a new contract)");
  CHECK(verify_audit(db).ok());
}

TEST_CASE("sick pay facts without a birth date: the adult minimum-wage age from the youth staffel", "[app]") {
  const Date on = parse_date("2026-03-02");
  CHECK(app::adult_minimum_wage_age(store_rules(), on) == 21);  // Besluit minimumjeugdloon art. 2 lid 1: last row 21
  const SickPayFacts f = app::sick_pay_facts_or_adult(store_rules(), Money::parse("14.71"), std::nullopt, on);
  CHECK(f.age == 21);
  CHECK_FALSE(f.aow_date);
}
