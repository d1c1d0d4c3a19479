// SPDX-License-Identifier: EUPL-1.2
// A stored payslip explained (store/payslip_explain.hpp): computed again with traces from what its
// run stored, it equals the stored payslip line for line, and every line's trace names the
// parameters it used with their value, date and source; a stored amount altered afterwards is
// reported as not explained (auditor's review F1).

#include <catch2/catch.hpp>

#include "basisbaan/store/payroll_runs.hpp"
#include "basisbaan/store/payslip_explain.hpp"
#include "support.hpp"

using namespace basisbaan;
using namespace basisbaan::test;

TEST_CASE("a stored payslip computed again with traces equals the stored one and names its parameters", "[store][explain]") {
  TempDb t;
  Database db = Database::create(t.path());
  load_example(db);
  run_payroll(db, store_rules(), PayPeriod::parse("2026-03"));
  const StoredRun run = db.load_run(PayPeriod::parse("2026-03"));
  const ExplainedPayslip x = explain_stored_payslip(db, run, "E001");
  CHECK(x.run_id == run.id);
  CHECK(x.matches_stored);
  CHECK(x.payslip.net == run.payslip("E001")->payslip.net);
  const PayslipLine* wage = x.payslip.line(LineCode::BasicWage);
  REQUIRE(wage != nullptr);
  CHECK_FALSE(wage->trace.empty());
  const PayslipLine* hourly = x.payslip.line(LineCode::HourlyWage);
  REQUIRE(hourly != nullptr);
  // wml.hourly 14,71 from 2026-01-01 (rules/wml.xml), with its source.
  CHECK_THAT(hourly->trace.to_text(), Catch::Contains("parameter  wml.hourly = 14.71   [from 2026-01-01; "));
  // The charges and the wage tax name the parameters they used, with value, date and source
  // (auditor's review F2), and cite the parameter rather than an article of their own (F3).
  const auto trace_of = [&](LineCode code) {
    const PayslipLine* l = x.payslip.line(code);
    return l == nullptr ? std::string() : l->trace.to_text();
  };
  CHECK_THAT(trace_of(LineCode::Zvw), Catch::Contains("parameter  zvw.employer_rate = 6.1%   [from 2026-01-01; "));
  CHECK_THAT(trace_of(LineCode::Zvw), Catch::Contains("parameter  premium.awf.high = 7.74%   [from 2026-01-01; "));
  CHECK_THAT(trace_of(LineCode::Zvw), Catch::Contains("AWf (high) = ") && Catch::Contains("[premium.awf.high]"));
  CHECK_THAT(trace_of(LineCode::WageTax), Catch::Contains("parameter  wage_tax.ahk.max.below_aow = 3115.00   [from 2026-01-01; "));
  CHECK_THAT(trace_of(LineCode::PensionEmployer), Catch::Contains("parameter  cao.pension.franchise = 13033.00   [from 2023-01-01; "));
  CHECK_THAT(trace_of(LineCode::WgaRecovery), Catch::Contains("parameter  cao.wga.employee_share = 50%   [from 2021-07-01; "));
  CHECK_THROWS_WITH(explain_stored_payslip(db, run, "E999"), Catch::Contains("employee E999 has no payslip in run"));

  // The run is open: an amount altered behind the library's back is no longer explained.
  add_to_packed_line(db, "employee_id = 'E001'", "wage_tax", 100);
  const StoredRun altered = db.load_run(PayPeriod::parse("2026-03"));
  CHECK_FALSE(explain_stored_payslip(db, altered, "E001").matches_stored);
}
