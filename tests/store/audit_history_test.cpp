// SPDX-License-Identifier: EUPL-1.2
// An auditor's trace through the audit chain: every entry about one employee, or of one entity,
// oldest first (audit_entries_of_employee, audit_entries_of_entity; `basisbaan audit log
// --employee|--entity`).

#include <catch2/catch.hpp>

#include <algorithm>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/store/audit.hpp"
#include "basisbaan/store/employment_changes.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

namespace {

std::vector<std::string> actions(const std::vector<AuditEntry>& entries) {
  std::vector<std::string> out;
  for (const auto& e : entries) out.push_back(e.action);
  return out;
}

bool in_chain_order(const std::vector<AuditEntry>& entries) {
  return std::is_sorted(entries.begin(), entries.end(), [](const AuditEntry& a, const AuditEntry& b) { return a.seq < b.seq; });
}

/// The example employer, then E001's record changed and its contract ended early: entries that
/// name E001 by entity (employee.change) and by their detail (contract.end).
void prepare(Database& db) {
  load_example(db);
  EmployeeChange change;
  change.iban = "NL91ABNA0417164300";
  change_employee(db, "E001", change);
  end_contract(db, "E001", "C1", parse_date("2026-06-30"), "ended early by agreement");
}

}  // namespace

TEST_CASE("an employee's trace holds every entry about them, in the chain's order, and nothing else") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  const auto mine = audit_entries_of_employee(db, "E001");
  CHECK(actions(mine) == std::vector<std::string>{"employee.import", "contract.add", "placement.add", "employee.change", "contract.end"});
  CHECK(in_chain_order(mine));
  // The same entries found by hand in the whole chain: the employee's own entity, or a
  // canonical detail that names the employee.
  std::vector<std::int64_t> expected;
  for (const auto& e : audit_entries(db)) {
    if (e.entity == "employee:E001" || e.detail.find("\"employee\":\"E001\"") != std::string::npos) expected.push_back(e.seq);
  }
  std::vector<std::int64_t> got;
  for (const auto& e : mine) got.push_back(e.seq);
  CHECK(got == expected);
  // E007's sick report is theirs, not E001's.
  CHECK(actions(audit_entries_of_employee(db, "E007")) ==
        std::vector<std::string>{"employee.import", "contract.add", "placement.add", "sick.report"});
}

TEST_CASE("an entity's trace: a contract added and ended") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  const auto mine = audit_entries_of_employee(db, "E001");
  REQUIRE(mine.size() == 5);
  const std::string contract = mine[1].entity;  // "contract:N", as contract.add recorded it
  CHECK(contract.rfind("contract:", 0) == 0);
  const auto of_contract = audit_entries_of_entity(db, contract);
  CHECK(actions(of_contract) == std::vector<std::string>{"contract.add", "contract.end"});
  CHECK(of_contract.back().hash == mine.back().hash);
  // An entity that is not there and that no entry names is an input error, as an unknown employee is.
  CHECK_THROWS_AS(audit_entries_of_entity(db, "contract:999"), InputError);
  CHECK_THROWS_WITH(audit_entries_of_entity(db, "contract:999"), Catch::Contains("no contract:999 in ") && Catch::Contains("no audit entry names it"));
  // Not KIND:KEY of a kind the log names: the message says how an entity is written.
  CHECK_THROWS_WITH(audit_entries_of_entity(db, "nonsense"), Catch::Contains("\"nonsense\" is not an entity of the audit log") &&
                                                                  Catch::Contains("employee, contract"));
  CHECK_THROWS_AS(audit_entries_of_entity(db, "bogus:1"), InputError);
  CHECK_THROWS_AS(audit_entries_of_entity(db, "run:99999999999999999999"), InputError);
  // An employee inserted behind the library's back exists without an entry: none, no error (verify names it).
  db.sql().exec("INSERT INTO employees (id, name, birth_date, bsn, iban, payroll_tax_credit) "
                "VALUES ('E099', 'Spook', '1990-01-01', '999990159', 'NL91ABNA0417164300', 1)");
  CHECK(audit_entries_of_entity(db, "employee:E099").empty());
}

TEST_CASE("an unknown employee is an input error, and a detail altered behind the library's back does not stop the trace") {
  TempDb t;
  Database db = Database::create(t.path());
  prepare(db);
  try {
    audit_entries_of_employee(db, "X99");
    FAIL("expected an InputError");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("no employee X99") != std::string::npos);
  }
  // A detail that is no longer JSON: that entry is left out of the trace (verify names it), the
  // rest is listed.
  db.sql().exec("DROP TRIGGER audit_log_append_only_update");
  const auto before = audit_entries_of_employee(db, "E001");
  REQUIRE(before.size() == 5);
  db.sql().exec("UPDATE audit_log SET detail = 'not json' WHERE seq = " + std::to_string(before[1].seq));
  CHECK(actions(audit_entries_of_employee(db, "E001")) ==
        std::vector<std::string>{"employee.import", "placement.add", "employee.change", "contract.end"});
  CHECK_FALSE(verify_audit(db).ok());
}
