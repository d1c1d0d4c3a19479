// SPDX-License-Identifier: EUPL-1.2
// The wage journal balances (debits = credits) per run, per employee and with corrections, and the
// chart of accounts can be configured.

#include <catch2/catch.hpp>

#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/export/journal.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

namespace {

std::pair<Money, Money> totals(const std::vector<JournalLine>& lines, const std::string& employee = "") {
  Money d, c;
  for (const auto& l : lines) {
    if (!employee.empty() && l.employee_id != employee) continue;
    d += l.debit;
    c += l.credit;
  }
  return {d, c};
}

Money on_account(const std::vector<JournalLine>& lines, const std::string& account) {
  Money m;
  for (const auto& l : lines) {
    if (l.account.number == account) m += l.debit - l.credit;
  }
  return m;
}

}  // namespace

TEST_CASE("the wage journal balances and books every payslip amount", "[export][journal]") {
  const RunData run = example_run("2026-03");
  const auto lines = journal_lines(run, ChartOfAccounts::defaults());
  const auto [debit, credit] = totals(lines);
  CHECK(debit == credit);
  for (const auto& re : run.employees) {
    const auto [d, c] = totals(lines, re.employee.id);
    CHECK(d == c);
  }
  Money gross, net, tax;
  for (const auto& re : run.employees) {
    gross += re.payslip.gross;
    net += re.payslip.net;
    tax += re.payslip.wage_tax;
  }
  CHECK(on_account(lines, "4000") == gross);
  CHECK(on_account(lines, "1530") == -net);
  CHECK(on_account(lines, "1500") == -tax);

  // The CSV parses back with one record per line plus the header, and reads the same twice.
  const std::string csv = journal_csv(lines);
  const auto records = parse_csv(csv, "journal");
  CHECK(records.size() == lines.size() + 1);
  CHECK(records[0].fields[0] == "date");
  CHECK(csv == journal_csv(journal_lines(run, ChartOfAccounts::defaults())));
}

TEST_CASE("a correction is booked as the difference and still balances", "[export][journal]") {
  RunData run = example_run("2026-04");
  const RunData march = example_run("2026-03");
  CorrectionRun corr{march.period, {march.employees[1]}, {march.employees[1]}, {}, {}};
  corr.after[0].payslip.gross += Money::euros(100);
  corr.after[0].payslip.wage_tax += Money::euros(40);
  corr.after[0].payslip.net += Money::euros(60);
  corr.after[0].payslip.employer_cost += Money::euros(100);
  run.corrections.push_back(corr);
  const auto lines = journal_lines(run, ChartOfAccounts::defaults());
  const auto [debit, credit] = totals(lines);
  CHECK(debit == credit);
  int corr_lines = 0;
  for (const auto& l : lines) corr_lines += l.entry == "CORR-2026-03" ? 1 : 0;
  CHECK(corr_lines == 3);
}

TEST_CASE("the chart of accounts comes from a CSV file", "[export][journal]") {
  const auto chart = ChartOfAccounts::parse_csv("role,account,name\ngross_wages,40001,Lonen basisbanen\n", "accounts.csv");
  CHECK(chart.account(JournalRole::GrossWages).number == "40001");
  CHECK(chart.account(JournalRole::NetWagesPayable).number == "1530");
  CHECK_THROWS_WITH(ChartOfAccounts::parse_csv("role,account,name\nwages,4000,x\n", "accounts.csv"),
                    Catch::Contains("accounts.csv line 2: unknown role 'wages'"));
  CHECK_THROWS_WITH(ChartOfAccounts::parse_csv("rol,rekening\n", "accounts.csv"), Catch::Contains("accounts.csv line 1: expected the header"));
}

TEST_CASE("the Wazo benefit paid on is booked as receivable from UWV, not as wage cost", "[export][journal][wazo]") {
  // Art. 3:8 Wazo: UWV pays the pregnancy and maternity benefit to the employer, who pays it on
  // (docs/employment.md). The benefit line of the payslip (wazo_benefit) is therefore not the
  // employer's wage cost but an amount to receive from UWV: debit 1300 instead of 4000; the
  // wage tax and premiums over it are booked as for any wage, and the entry still balances.
  std::vector<Employee> employees = example_employees();
  REQUIRE(!employees.empty());
  MaternityLeaveFacts leave;
  leave.expected_birth = parse_date("2026-03-20");  // leave 2026-02-07 … 05-29: all of March
  leave.leave_start = parse_date("2026-02-07");
  employees[0].maternity_leave = {leave};
  const RunData run = example_run("2026-03", employees);
  const Payslip& slip = run.employees[0].payslip;
  const Money benefit = slip.amount_of(LineCode::WazoBenefit);
  REQUIRE(benefit.sign() > 0);
  const auto lines = journal_lines(run, ChartOfAccounts::defaults());
  const auto [debit, credit] = totals(lines);
  CHECK(debit == credit);
  const std::string id = run.employees[0].employee.id;
  const auto [d, c] = totals(lines, id);
  CHECK(d == c);
  Money receivable, wages;
  for (const auto& l : lines) {
    if (l.employee_id != id) continue;
    if (l.account.number == "1300") receivable += l.debit - l.credit;
    if (l.account.number == "4000") wages += l.debit - l.credit;
  }
  CHECK(receivable == benefit);
  CHECK(wages == slip.gross - benefit);
  // The others have no benefit: no line on 1300 (their entries are as before).
  for (const auto& l : lines) {
    if (l.employee_id != id) CHECK(l.account.number != "1300");
  }
  // A chart of accounts file may name the account; one that does not keeps the default.
  const auto chart = ChartOfAccounts::parse_csv("role,account,name\nuwv_benefit_receivable,1320,Vordering UWV\n", "accounts.csv");
  CHECK(chart.account(JournalRole::UwvBenefitReceivable).number == "1320");
  CHECK(ChartOfAccounts::parse_csv("role,account,name\ngross_wages,4001,Lonen\n", "accounts.csv").account(JournalRole::UwvBenefitReceivable).number ==
        "1300");
}
