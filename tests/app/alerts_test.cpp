// SPDX-License-Identifier: EUPL-1.2
// The clerk's alerts from the employer's database (app/alerts.hpp) and the contract review from
// the database (app::review_input_of), which must equal the review from a contracts file.

#include <catch2/catch.hpp>

#include <algorithm>

#include "../store/support.hpp"
#include "basisbaan/app/alerts.hpp"
#include "basisbaan/app/backoffice.hpp"
#include "basisbaan/app/contract_review.hpp"
#include "basisbaan/app/contract_review_json.hpp"
#include "basisbaan/employment/json_records.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

Employee person(const char* id, const char* bsn, const char* since, const char* until) {
  Employee e;
  e.id = id;
  e.name = std::string("Employee ") + id;
  e.birth_date = parse_date("1990-04-01");
  e.bsn = bsn;
  e.iban = "NL04INGB7000000001";
  e.employed_since = parse_date(since);
  e.employed_until = parse_date(until);
  e.hours_per_week = Hours(Decimal(24));
  return e;
}

bool has(const std::vector<app::Alert>& list, const char* employee, const char* kind, const char* date) {
  return std::any_of(list.begin(), list.end(), [&](const app::Alert& a) {
    return a.employee == employee && a.kind == kind && to_string(a.date) == date;
  });
}

}  // namespace

TEST_CASE("alerts: notice, contract end, ended employment, reintegration, soonest first", "[app][alerts]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  // A: 2026-01-01 … 2026-06-30, exactly six months, so the notice duty applies (7:668 lid 2);
  // the deadline is 2026-05-31 (2026-07-01 − 1 month − 1 day). Judged on 2026-06-01 without
  // notice: overdue (past), and the contract ends 2026-06-30 within the month.
  office.hire(person("A1", "999990007", "2026-01-01", "2026-06-30"));
  // B: ended 2026-05-15, within the month before 2026-06-01: reported, not dropped.
  office.hire(person("B1", "999990019", "2025-11-16", "2026-05-15"));
  // C: a year's contract, sick since 2026-04-20 (a Monday): week 6 ends 2026-05-31, week 8
  // (plan of action) ends 2026-06-14, in the window.
  office.hire(person("C1", "999990020", "2026-01-01", "2026-12-31"));
  SickReport s;
  s.first_day = parse_date("2026-04-20");
  office.report_sick("C1", s);

  const auto list = app::alerts(store_rules(), office.employees(), parse_date("2026-06-01"), 1);
  CHECK(has(list, "A1", "notice overdue", "2026-05-31"));
  CHECK(has(list, "A1", "contract end", "2026-06-30"));
  CHECK(has(list, "B1", "employment ended", "2026-05-15"));
  CHECK(has(list, "C1", "reintegration", "2026-06-14"));
  CHECK(std::is_sorted(list.begin(), list.end(), [](const app::Alert& x, const app::Alert& y) { return x.date < y.date; }));
  for (const auto& a : list) CHECK(a.past == (a.date < parse_date("2026-06-01")));

  // In or before the pay period June 2026: the same, nothing after 2026-06-30.
  const auto june = app::alerts_up_to(store_rules(), office.employees(), parse_date("2026-06-01"), parse_date("2026-06-30"));
  CHECK(has(june, "A1", "contract end", "2026-06-30"));
  CHECK(std::none_of(june.begin(), june.end(), [](const app::Alert& a) { return a.date > parse_date("2026-06-30"); }));
}

TEST_CASE("contract review from the database equals the review from a contracts file", "[app][alerts]") {
  TempDb t;
  Database db = Database::create(t.path());
  app::Backoffice office(db, store_rules());
  office.hire(person("A1", "999990007", "2025-01-01", "2025-12-31"), "wijkconciërge");
  office.extend_contract("A1", parse_date("2026-12-31"));
  const EmployeeRecord r = office.employee("A1");
  REQUIRE(r.contracts.size() == 2);

  // The same two contracts written as a contracts file.
  std::string json = R"({"employee": "A1", "contracts": [)";
  for (std::size_t i = 0; i < r.contracts.size(); ++i) {
    const Contract& c = r.contracts[i];
    json += std::string(i ? "," : "") + R"({"id": ")" + c.id + R"(", "employer": ")" + c.employer + R"(", "job": ")" + c.job +
            R"(", "start": ")" + to_string(c.start) + R"(", "end": ")" + to_string(*c.end) + R"(", "hours_per_week": )" +
            c.hours_per_week.str() + "}";
  }
  json += "]}";
  app::ContractReviewInput from_file;
  from_file.file = read_contracts_json(json, "contracts.json");
  from_file.as_of = parse_date("2026-10-01");
  from_file.months_ahead = 3;
  app::ContractReviewInput from_db = app::review_input_of(r, from_file.as_of, 3);
  from_db.sick_reports.clear();  // the file has none either
  from_db.leave.reset();
  const auto a = app::review_contracts(store_rules(), from_file, "contracts.json");
  const auto b = app::review_contracts(store_rules(), from_db, "db");
  CHECK(app::contract_review_json(from_file, a).dump() == app::contract_review_json(from_db, b).dump());
  // The second contract ends 2026-12-31: notice by 2026-11-30, inside the window.
  REQUIRE(b.notices.size() == 2);
  CHECK(to_string(*b.notices[1].last_day) == "2026-11-30");
}
