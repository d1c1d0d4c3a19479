// SPDX-License-Identifier: EUPL-1.2
// How a contract ended and contracts until an event, stored in the employer's database (schema
// migration 7) and seen by the contract review and the alerts.

#include <catch2/catch.hpp>

#include <algorithm>

#include "../store/support.hpp"
#include "basisbaan/app/alerts.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/contract_review.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/audit.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

Employee hire_as(const char* id, const char* bsn, const char* since, std::optional<const char*> until) {
  Employee e;
  e.id = id;
  e.name = std::string("Employee ") + id;
  e.birth_date = parse_date("1990-04-01");
  e.bsn = bsn;
  e.iban = "NL04INGB7000000001";
  e.employed_since = parse_date(since);
  if (until) e.employed_until = parse_date(*until);
  e.permanent_contract = !until;
  e.hours_per_week = Hours(Decimal(24));
  return e;
}

}  // namespace

TEST_CASE("a permanent contract ended with UWV permission: reason and initiative stored, payment due",
          "[app][ending]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  office.hire(hire_as("P1", "999990007", "2022-03-01", std::nullopt));
  // A reason that does not fit the initiative is refused and nothing is stored.
  CHECK_THROWS_AS(office.end_contract("P1", "C1", parse_date("2026-05-31"), "ontslag",
                                      ContractEnding{EndReason::UwvPermission, EndInitiative::Employee}),
                  InputError);
  CHECK_FALSE(office.employee("P1").contracts[0].end.has_value());

  office.end_contract("P1", "C1", parse_date("2026-05-31"), "ontslagvergunning UWV",
                      ContractEnding{EndReason::UwvPermission, EndInitiative::Employer});
  const EmployeeRecord r = office.employee("P1");
  REQUIRE(r.contracts[0].ending.has_value());
  CHECK(r.contracts[0].ending->reason == EndReason::UwvPermission);
  CHECK(r.contracts[0].ending->initiative == EndInitiative::Employer);
  CHECK(verify_audit(db).ok());
  // Art. 7:673 lid 1 onder a sub 1 BW: notice by the employer, the payment is due.
  const app::ContractReview review =
      app::review_contracts(store_rules(), app::review_input_of(r, parse_date("2026-06-01"), 3), "db");
  REQUIRE(review.entitlement.has_value());
  CHECK(review.entitlement->due);
  CHECK(review.entitlement->why.find("lid 1 onder a sub 1") != std::string::npos);
  // The alert on the ended employment says so.
  const auto list = app::alerts(store_rules(), office.employees(), parse_date("2026-06-01"), 1);
  CHECK(std::any_of(list.begin(), list.end(), [](const app::Alert& a) {
    return a.employee == "P1" && a.kind == "employment ended" && a.what.find("(due: art. 7:673") != std::string::npos;
  }));
}

TEST_CASE("resignation: the payment is not due unless the employer was seriously culpable", "[app][ending]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  office.hire(hire_as("R1", "999990007", "2022-01-01", std::nullopt));
  office.terminate("R1", parse_date("2026-03-31"), "ontslag genomen", ContractEnding{EndReason::Resignation, EndInitiative::Employee});
  auto review = app::review_contracts(store_rules(), app::review_input_of(office.employee("R1"), parse_date("2026-04-01"), 3), "db");
  REQUIRE(review.entitlement.has_value());
  CHECK_FALSE(review.entitlement->due);
  CHECK_FALSE(review.transition_payment.has_value());
}

TEST_CASE("a contract until an event: stored, no notice alert, shown as ends on event", "[app][ending]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  office.hire(hire_as("E1", "999990007", "2026-01-01", "2026-06-30"));
  Contract project;
  project.start = parse_date("2026-07-01");
  project.hours_per_week = Hours(Decimal(24));
  project.end_event = "end of project Wijkgroen";
  project.expected_end = parse_date("2026-12-15");
  office.add_contract("E1", project);
  const EmployeeRecord r = office.employee("E1");
  REQUIRE(r.contracts.size() == 2);
  CHECK(r.contracts[1].end_event == "end of project Wijkgroen");
  CHECK(r.contracts[1].expected_end == parse_date("2026-12-15"));
  CHECK_FALSE(r.contracts[1].end.has_value());
  CHECK(verify_audit(db).ok());

  const auto dec = app::alerts(store_rules(), office.employees(), parse_date("2026-12-01"), 1);
  CHECK(std::any_of(dec.begin(), dec.end(), [](const app::Alert& a) {
    return a.employee == "E1" && a.kind == "ends on event" && to_string(a.date) == "2026-12-15" &&
           a.what.find("7:668 lid 2") != std::string::npos;
  }));
  CHECK(std::none_of(dec.begin(), dec.end(), [](const app::Alert& a) { return a.kind == "notice overdue"; }));

  // The event happens: the end is recorded with reason event-occurred at the employer's initiative
  // (not continued, art. 7:673 lid 1 onder a sub 3 BW).
  office.end_contract("E1", "C2", parse_date("2026-12-15"), "project klaar",
                      ContractEnding{EndReason::EventOccurred, EndInitiative::Employer});
  const EmployeeRecord after = office.employee("E1");
  CHECK(after.contracts[1].end == parse_date("2026-12-15"));
  CHECK(after.contracts[1].end_event == "end of project Wijkgroen");
  const auto jan = app::alerts(store_rules(), office.employees(), parse_date("2027-01-01"), 1);
  CHECK(std::none_of(jan.begin(), jan.end(), [](const app::Alert& a) { return a.kind == "ends on event"; }));
  CHECK(verify_audit(db).ok());
}
