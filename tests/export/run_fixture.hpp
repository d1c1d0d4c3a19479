// SPDX-License-Identifier: EUPL-1.2
#pragma once
// Shared by the export tests: a closed run of three employees of the example employer, with the
// payslips computed directly (gross_to_net), no database; and xmllint validation of a document.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "basisbaan/export/loonaangifte.hpp"
#include "basisbaan/export/run_data.hpp"
#include "basisbaan/payroll/gross_to_net.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan::export_test {

inline const RuleBook& rules() {
  static const RuleBook book = RuleBook::load_directory(BASISBAAN_TEST_RULES_DIR);
  return book;
}

inline std::filesystem::path schemas_dir() { return std::filesystem::path(BASISBAAN_TEST_RULES_DIR) / ".." / "schemas"; }

/// The example employer (examples/employee-32h-wml.json).
inline Employer example_employer() {
  Employer e;
  e.name = "Stichting Basisbanen Groningen (voorbeeld)";
  e.payroll_tax_number = "123456782L01";
  e.iban = "NL91ABNA0417164300";
  e.bic = "ABNANL2A";
  e.whk_rate = Rate::percent(Decimal::parse("1.52"));
  e.whk_wga_rate = Rate::percent(Decimal::parse("0.70"));
  return e;
}

inline Employee person(std::string id, std::string name, const char* born, const char* since, int hours, const char* bsn,
                       const char* iban, bool permanent) {
  Employee e;
  e.id = std::move(id);
  e.name = std::move(name);
  e.birth_date = parse_date(born);
  e.bsn = bsn;
  e.iban = iban;
  e.employed_since = parse_date(since);
  e.hours_per_week = Hours(Decimal(hours));
  e.permanent_contract = permanent;
  return e;
}

/// E001 32 h at the minimum wage, fixed term; E002 36 h, permanent, 20 km a day travelled
/// (400 km a month); E003 24 h, past the AOW age (not insured for the employee insurances).
inline std::vector<Employee> example_employees() {
  auto a = person("E001", "J. de Vries", "1975-04-12", "2024-03-01", 32, "111222333", "NL20INGB0001234567", false);
  auto b = person("E002", "A. Öztürk", "1990-09-30", "2025-01-01", 36, "123456782", "NL44RABO0123456789", true);
  b.commute_km_per_period = Decimal(400);
  auto c = person("E003", "M. Jansen", "1955-02-01", "2025-06-01", 24, "100000009", "NL66ASNB0707070707", false);
  return {a, b, c};
}

/// The closed run of `period` (a month of 2026): every employee's payslips from January on, the last one kept.
inline RunData example_run(const char* period_label, const std::vector<Employee>& employees = example_employees(),
                           const Employer& employer = example_employer()) {
  const PayPeriod last = PayPeriod::parse(period_label);
  RunData run{employer, last, true, {}, {}};
  for (const auto& e : employees) {
    PayrollState state;
    PayPeriod p(PeriodKind::Month, last.year(), 1);
    for (;;) {
      const PeriodRules pr(rules(), p);
      const Money arbeidskorting_before = state.year_to_date.arbeidskorting;
      Payslip slip = compute_payslip(pr, employer, e, state);
      if (p == last) {
        const Money in_period = slip.year_to_date.arbeidskorting - arbeidskorting_before;
        run.employees.push_back({e, std::move(slip), std::nullopt, std::nullopt, std::nullopt, in_period, {}});
        break;
      }
      p = p.next();
    }
  }
  return run;
}

/// Validates `xml` against `schema` with xmllint; returns xmllint's output, empty when valid.
inline std::string xmllint_errors(const std::string& xml, const std::filesystem::path& schema, const std::string& name) {
  const auto dir = std::filesystem::temp_directory_path() / "basisbaan-export-test";
  std::filesystem::create_directories(dir);
  const auto file = dir / (name + ".xml");
  const auto log = dir / (name + ".log");
  std::ofstream(file, std::ios::binary) << xml;
  const std::string cmd = "xmllint --noout --schema '" + schema.string() + "' '" + file.string() + "' >'" + log.string() + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  if (rc == 0) return {};
  std::ifstream in(log);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str().empty() ? "xmllint failed" : s.str();
}

/// What a return needs to be filed: the contact's telephone number and the software supplier's
/// relation number (a placeholder in the tests).
inline LoonaangifteOptions filed() {
  LoonaangifteOptions o;
  o.phone = "0201234567";
  o.relation_number = "SWO00000";
  return o;
}

}  // namespace basisbaan::export_test
