// SPDX-License-Identifier: EUPL-1.2
// compute_payslip(Payslip&, ...) (gross_to_net.hpp): a payslip computed into one that held
// another employee's — with more lines, a garnishment, a different period — is the very payslip
// compute_payslip returns, field for field (to_json), and an error leaves the state as it was.

#include <catch2/catch.hpp>

#include "basisbaan/payroll/gross_to_net.hpp"
#include "../store/support.hpp"
#include "support.hpp"

namespace basisbaan {

TEST_CASE("compute_payslip into a reused payslip gives the payslip compute_payslip returns", "[payroll][payslip]") {
  const Employer employer = test::test_employer();
  Employee garnished = test::basisbaner_32h("2024-01-01");
  garnished.garnishments = {test::bailiff_garnishment({.id = "G1", .creditor = "Schuldeiser G1",
                                                       .iban = "NL91ABNA0417164300", .reference = "K-G1",
                                                       .protected_per_month = "1000"})};
  Employee other = test::basisbaner_32h("2025-06-01");
  other.id = "E002";
  other.name = "A. Jansen";
  other.hours_per_week = Hours(Decimal(20));

  const PeriodRules march(test::payroll_rules(), PayPeriod::parse("2026-03", "period"));
  const PeriodRules may(test::payroll_rules(), PayPeriod::parse("2026-05", "period"));
  PayrollState s1;
  PayrollState s2;
  const Payslip first = compute_payslip(march, employer, garnished, s1);
  REQUIRE_FALSE(first.garnishments.empty());
  const Payslip fresh = compute_payslip(may, employer, other, s2);

  Payslip reused = first;
  PayrollState s3;
  compute_payslip(reused, may, employer, other, s3);
  CHECK(to_json(reused).dump() == to_json(fresh).dump());
  CHECK(reused.garnishments.empty());
  CHECK(reused.lines.size() == fresh.lines.size());
  CHECK(reused.employee_id == "E002");
  CHECK(s3.year_to_date.net == s2.year_to_date.net);
  CHECK(s3.holiday_allowance_balance == s2.holiday_allowance_balance);

  // Not employed in the period: an error, and the state is unchanged.
  Employee later = other;
  later.employed_since = parse_date("2026-09-01");
  const PayrollState before = s3;
  CHECK_THROWS(compute_payslip(reused, may, employer, later, s3));
  CHECK(s3.year_to_date.net == before.year_to_date.net);
  CHECK(s3.year_to_date.periods == before.year_to_date.periods);
  // The payslip is still usable: computed into again, it is the right one.
  PayrollState s4;
  compute_payslip(reused, may, employer, other, s4);
  CHECK(to_json(reused).dump() == to_json(fresh).dump());
}

}  // namespace basisbaan
