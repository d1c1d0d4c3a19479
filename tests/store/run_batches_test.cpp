// SPDX-License-Identifier: EUPL-1.2
// A run stores its payslips 64 rows per INSERT and remembers, for the run, the texts it found by
// key and the state texts it parsed (issue 18, lib/store/payslip_writer.cpp and payroll_run.cpp).
// What must not change: every employee's payslip stored once, in employee order (rowids), each
// text stored once, the run returned as stored, progress heard once per payslip in order, the
// replay identical and the audit chain whole; and a payslip put into a closed run — one row or
// many in one statement — is still refused by the database itself (closed_payslip_no_insert).
// The import writes 64 rows per statement too (lib/store/administration.cpp): each contract,
// placement and audit entry still belongs to its own employee, in file order.

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/payroll_runs.hpp"
#include "../made_up_identifiers.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

/// `n` employees from 2026-01-01 on the minimum wage or a scale, in four kinds of hours: many
/// share their pay, so many share a state after and packed lines (the texts stored once).
std::string employees_csv(int n) {
  std::string csv = "id,name,birth_date,bsn,iban,employed_since,hours_per_week,hourly_wage,scale,permanent_contract\n";
  for (int i = 0; i < n; ++i) {
    char line[256];
    std::snprintf(line, sizeof line, "B%05d,Werknemer %d,%04d-%02d-15,%s,%s,2026-01-01,%d,%s,%s,ja\n", i + 1, i, 1970 + i % 30, 1 + i % 12,
                  made_up_bsn(i).c_str(), made_up_iban(i).c_str(), 24 + 4 * (i % 4), i % 3 == 0 ? "15.50" : "",
                  i % 3 == 0 ? "schaal 2" : "WML");
    csv += line;
  }
  return csv;
}

std::vector<std::string> column(const Database& db, const std::string& sql) {
  std::vector<std::string> out;
  SQLite::Statement q(db.sql(), sql);
  while (q.executeStep()) out.push_back(q.getColumn(0).getString());
  return out;
}

}  // namespace

TEST_CASE("a run of more payslips than one INSERT holds stores each once, in order, and tells progress of each", "[store][run]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);  // an employer, and employees with sick reports and other pay
  constexpr int kEmployees = 150;  // two full batches of 64 and a last one of 22, with the example's
  REQUIRE(import_employees_csv(db, employees_csv(kEmployees), "many.csv") == kEmployees);
  const std::vector<std::string> ids = column(db, "SELECT id FROM employees ORDER BY id");

  for (const char* month : {"2026-01", "2026-02"}) {
    INFO(month);
    std::vector<std::size_t> heard;
    std::size_t told_total = 0;
    RunOptions options;
    options.progress = [&](std::size_t stored, std::size_t total) {
      told_total = total;
      heard.push_back(stored);
    };
    const RunOutcome o = run_payroll(db, store_rules(), PayPeriod::parse(month), options);
    const std::size_t n = o.run.payslips.size();
    REQUIRE(n >= static_cast<std::size_t>(kEmployees));
    CHECK(told_total == n);
    // Progress: 0 when the writer starts, then each count once, in order.
    REQUIRE(heard.size() == n + 1);
    for (std::size_t i = 0; i < heard.size(); ++i) CHECK(heard[i] == i);
    // Every paid employee once, the rows in employee order (as one INSERT per payslip wrote them).
    const std::string run = std::to_string(o.run.id);
    const auto stored = column(db, "SELECT employee_id FROM payslips WHERE run_id = " + run + " ORDER BY rowid");
    REQUIRE(stored.size() == n);
    for (std::size_t i = 0; i < n; ++i) CHECK(stored[i] == o.run.payslips[i].payslip.employee_id);
    CHECK(count(db, "SELECT count(DISTINCT employee_id) FROM payslips WHERE run_id = " + run) == static_cast<int>(n));
    // The run returned is the run stored (the hashes cover every text and line).
    const StoredRun read = db.load_run_by_id(o.run.id, false);
    REQUIRE(read.payslips.size() == n);
    for (std::size_t i = 0; i < n; ++i) CHECK(read.payslips[i].hash == o.run.payslips[i].hash);
  }
  // Each text stored once, although many payslips share it.
  CHECK(count(db, "SELECT count(*) FROM payslip_texts") == count(db, "SELECT count(DISTINCT content) FROM payslip_texts"));
  CHECK(count(db, "SELECT count(DISTINCT after_text) FROM payslips") < kEmployees);
  // Replay (the states carried and parsed once per text) and the audit chain.
  const ReplayReport r = replay_periods(db, stored_periods(db, 2026), nullptr, std::nullopt, 1);
  CHECK(r.runs.size() == 2);
  CHECK(r.identical());
  CHECK(verify_audit(db).ok());
}

TEST_CASE("a payslip put into a closed run is refused, one row or many in one statement", "[store][run]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-01"));
  close_period(db, PayPeriod::parse("2026-01"));
  const std::string copy =
      "INSERT INTO payslips SELECT run_id, employee_id || 'X', employee, opening_state, opening_note, state_after, pay_date, "
      "gross_cents, wage_for_wage_tax_cents, regular_wage_for_wage_tax_cents, special_wage_for_wage_tax_cents, wage_tax_cents, "
      "untaxed_cents, net_cents, employer_charges_cents, employer_cost_cents, holiday_allowance_reserved_cents, "
      "holiday_allowance_balance_cents, hourly_wage_cents, unconfirmed_rules, line_count, hash, employee_text, opening_text, "
      "after_text, unconfirmed_text, lines_text FROM payslips";
  CHECK_THROWS_WITH(db.sql().exec(copy + " LIMIT 1"), Catch::Contains("payroll run is closed"));
  CHECK_THROWS_WITH(db.sql().exec(copy), Catch::Contains("payroll run is closed"));
  CHECK(count(db, "SELECT count(*) FROM payslips WHERE employee_id LIKE '%X'") == 0);
  CHECK(verify_audit(db).ok());
}

TEST_CASE("an import of more rows than one INSERT holds links each contract, placement and audit entry to its own employee", "[store][import]") {
  // The import writes employees, contracts and placements 64 rows per statement and then the
  // audit entries in the order a row-by-row import wrote them (lib/store/administration.cpp,
  // AdministrationRows::flush), taking the contracts' and placements' row ids as consecutive from
  // the statement's last. Checked here against the tables themselves: for every imported employee,
  // in file order, "employee.import", then "contract.add" of a contract row that is that
  // employee's, then "placement.add" of a placement row that is that employee's.
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);  // rows and entries before the import: the ids do not start at 1
  const std::int64_t last_seq = std::stoll(column(db, "SELECT max(seq) FROM audit_log").at(0));
  constexpr int kEmployees = 150;  // 64 + 64 + 22
  REQUIRE(import_employees_csv(db, employees_csv(kEmployees), "many.csv") == kEmployees);

  SQLite::Statement q(db.sql(), "SELECT action, entity FROM audit_log WHERE seq > ? ORDER BY seq");
  q.bind(1, last_seq);
  std::vector<std::pair<std::string, std::string>> entries;
  while (q.executeStep()) entries.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
  REQUIRE(entries.size() == 3 * std::size_t{kEmployees});
  const auto owner = [&](const char* table, const std::string& entity) {
    const std::string id = entity.substr(entity.find(':') + 1);
    return column(db, std::string("SELECT employee_id FROM ") + table + " WHERE id = " + id);
  };
  std::int64_t previous_contract = 0;
  for (std::size_t i = 0; i < kEmployees; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "B%05zu", i + 1);
    INFO("employee " << id);
    CHECK(entries[3 * i] == std::pair<std::string, std::string>{"employee.import", std::string("employee:") + id});
    CHECK(entries[3 * i + 1].first == "contract.add");
    CHECK(owner("contracts", entries[3 * i + 1].second) == std::vector<std::string>{id});
    CHECK(entries[3 * i + 2].first == "placement.add");
    CHECK(owner("scale_placements", entries[3 * i + 2].second) == std::vector<std::string>{id});
    const std::int64_t contract = std::stoll(entries[3 * i + 1].second.substr(9));
    CHECK(contract > previous_contract);  // in file order, as one by one
    previous_contract = contract;
  }
  CHECK(column(db, "SELECT count(*) FROM contracts WHERE employee_id LIKE 'B%'") == std::vector<std::string>{"150"});
  CHECK(verify_audit(db).ok());
}
