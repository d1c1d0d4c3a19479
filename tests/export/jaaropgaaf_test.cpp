// SPDX-License-Identifier: EUPL-1.2
// The loonstaat and the jaaropgaaf of a year: one employee's twelve monthly payslips of 2026
// (E001 of the example employer, 32 hours at the minimum wage, holiday allowance paid in May),
// summed by hand below; the pages and the CSV; file names that never collide.

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/export/atomic_file.hpp"
#include "basisbaan/export/file_names.hpp"
#include "basisbaan/export/jaaropgaaf.hpp"
#include "basisbaan/export/loonstaat.hpp"
#include "render_check.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

namespace {

/// The twelve closed monthly runs of 2026 for `employees`, computed in sequence (one state each;
/// an employee appears from the first period of the employment).
std::vector<RunData> year_runs(const std::vector<Employee>& employees, int year = 2026) {
  std::vector<RunData> runs;
  for (int m = 1; m <= 12; ++m) runs.push_back(RunData{example_employer(), PayPeriod(PeriodKind::Month, year, m), true, {}, {}});
  for (const auto& e : employees) {
    PayrollState state;
    for (int m = 1; m <= 12; ++m) {
      const PayPeriod p(PeriodKind::Month, year, m);
      if (p.end() < e.employed_since) continue;
      const PeriodRules pr(rules(), p);
      runs[static_cast<std::size_t>(m - 1)].employees.push_back({e, compute_payslip(pr, example_employer(), e, state), std::nullopt, std::nullopt, std::nullopt, std::nullopt, {}});
    }
  }
  return runs;
}

}  // namespace

TEST_CASE("the loonstaat of 2026 sums the twelve monthly payslips, column by column", "[export][loonstaat]") {
  const auto staten = loonstaten(2026, year_runs({example_employees()[0]}));
  REQUIRE(staten.size() == 1);
  const Loonstaat& s = staten[0];
  REQUIRE(s.rows.size() == 12);
  CHECK(s.employee.id == "E001");
  CHECK(s.rows[0].income_relationship == "1");  // NumIV: the digits of "E001"
  CHECK(wage_tax_table_nl(s.rows[0]) == "witte maandtabel");
  CHECK(s.rows[0].payroll_tax_credit);

  // The twelve stored payslips of E001 (32 h at the minimum wage; the hourly minimum rises on
  // 1 July; the holiday allowance is paid in May, the year-end payment in December, both at the
  // bijzonder tarief), written out:
  //   month  loon in geld  aftrek (WGA)  loon LB/PH   w.v. bijz.  loonheffing  netto     arbeidskorting (ytd)
  //   01-04  2,047.64      7.16          2,040.48     0           63.17        1,977.31  406.00 each (406, 812, 1218, 1624)
  //   05     2,866.74      10.03         2,856.71     819.10      339.77       2,516.94  404.58 (2,028.58)
  //   06     2,047.64      7.16          2,040.48     0           63.17        1,977.31  406.00 (2,434.58)
  //   07-11  2,086.61      0             2,086.61     0           65.33        2,021.28  419.92 each (... 4,534.18)
  //   12     2,389.31      0             2,389.31     302.70      167.64       2,221.67  419.92 (4,954.10)
  // Kolom 3:  4 × 2,047.64 + 2,866.74 + 2,047.64 + 5 × 2,086.61 + 2,389.31
  //           = 8,190.56 + 2,866.74 + 2,047.64 + 10,433.05 + 2,389.31 = 25,927.30
  // WGA recovery: 5 × 7.16 + 10.03 = 35.80 + 10.03 = 45.83, an aftrekpost for the wage tax only
  // (25,927.30 − 45.83 = kolom 14); kolom 7 (aftrekposten voor alle heffingen): 0, no employee
  // pension premium (clerk's review F14: kolom 8 and 12 are kolom 3 − kolom 7).
  // Kolom 14: 4 × 2,040.48 + 2,856.71 + 2,040.48 + 5 × 2,086.61 + 2,389.31
  //           = 8,161.92 + 2,856.71 + 2,040.48 + 10,433.05 + 2,389.31 = 25,881.47
  // Kolom 15: 4 × 63.17 + 339.77 + 63.17 + 5 × 65.33 + 167.64 = 252.68 + 339.77 + 63.17 + 326.65 + 167.64 = 1,149.91
  // Kolom 17: 4 × 1,977.31 + 2,516.94 + 1,977.31 + 5 × 2,021.28 + 2,221.67
  //           = 7,909.24 + 2,516.94 + 1,977.31 + 10,106.40 + 2,221.67 = 24,731.56
  // Kolom 18: 5 × 406.00 + 404.58 + 6 × 419.92 = 2,030.00 + 404.58 + 2,519.52 = 4,954.10
  // Bijzondere beloningen: 819.10 + 302.70 = 1,121.80
  // Kolom 8 and 12 (below every maximum, no employee pension): = kolom 3 = 25,927.30
  // Werkgeversheffing Zvw: 5 × 124.90 + 174.87 + 5 × 127.28 + 145.74 = 624.50 + 174.87 + 636.40 + 145.74 = 1,581.51
  const LoonstaatAmounts& t = s.total;
  CHECK(t.cash_wage.str() == "25927.30");
  CHECK(t.deductions.str() == "0.00");
  CHECK(t.deductions_wage_tax_only.str() == "45.83");
  CHECK(t.wage_sv == t.cash_wage + t.wage_in_kind + t.tips - t.deductions);
  CHECK(t.wage_for_wage_tax == t.wage_sv - t.deductions_wage_tax_only);
  CHECK(t.wage_for_wage_tax.str() == "25881.47");
  CHECK(t.wage_tax.str() == "1149.91");
  CHECK(t.paid.str() == "24731.56");
  CHECK(t.arbeidskorting.str() == "4954.10");
  CHECK(t.special_wage.str() == "1121.80");
  CHECK(t.wage_sv.str() == "25927.30");
  CHECK(t.premium_wage.str() == "25927.30");
  CHECK(t.zvw_wage.str() == "25927.30");
  CHECK(t.employer_zvw.str() == "1581.51");
  CHECK(t.zvw_withheld.sign() == 0);
  CHECK(t.wage_in_kind.sign() == 0);
  CHECK(s.rows[4].amounts.arbeidskorting.str() == "404.58");  // May: 2,028.58 − 1,624.00
  CHECK(s.rows[11].amounts.arbeidskorting.str() == "419.92");
  // The year-to-date figures of the last payslip agree with the sums.
  const YearToDate ytd = year_runs({example_employees()[0]}).back().employees[0].payslip.year_to_date;  // a copy: the runs are a temporary
  CHECK(ytd.wage_for_wage_tax == t.wage_for_wage_tax);
  CHECK(ytd.wage_tax == t.wage_tax);

  const std::string csv = loonstaat_csv(staten);
  CHECK(csv.find("k12_loon_zvw,aftrekposten_alleen_lb_vv,k14_loon_lb_vv") != std::string::npos);
  CHECK(csv.find("2026,E001,J. de Vries,111222333,2026-05,1,witte maandtabel,ja,2866.74,0.00,0.00,0.00,2866.74,2866.74,2866.74,10.03,2856.71,819.10,339.77,0.00,2516.94,404.58,0.00,174.87,0.00\r\n") != std::string::npos);
  CHECK(csv.find("2026,E001,J. de Vries,111222333,totaal,,,,25927.30,0.00,0.00,0.00,25927.30,25927.30,25927.30,45.83,25881.47,1121.80,1149.91,0.00,24731.56,4954.10,0.00,1581.51,0.00\r\n") != std::string::npos);
  const std::string html = loonstaat_html(s);
  CHECK(html.find("Loonstaat 2026") != std::string::npos);
  CHECK(html.find("25.881,47") != std::string::npos);
  CHECK(html.find("witte maandtabel + tabel bijzondere beloningen") != std::string::npos);
  CHECK(loonstaat_file_name(s) == "loonstaat-2026-E001.html");
}

TEST_CASE("the jaaropgaaf carries the items the Belastingdienst asks for, from the loonstaat", "[export][jaaropgaaf]") {
  const auto statements = jaaropgaven(2026, year_runs(example_employees()));
  REQUIRE(statements.size() == 3);
  const Jaaropgaaf& j = statements[0];
  CHECK(j.employee_id == "E001");
  CHECK(j.payroll_tax_number == "123456782L01");
  CHECK(j.bsn == "111222333");
  CHECK(to_string(j.employed_from) == "2026-01-01");  // in service since 2024-03-01: clipped to the year
  CHECK(to_string(j.employed_to) == "2026-12-31");
  REQUIRE(j.credit_periods.size() == 1);
  CHECK(to_string(j.credit_periods[0].first) == "2026-01-01");
  CHECK(to_string(j.credit_periods[0].second) == "2026-12-31");
  CHECK(j.tables == std::vector<std::string>{"witte maandtabel", "tabel bijzondere beloningen"});
  CHECK(j.periods == 12);
  // The sums of the loonstaat test above.
  CHECK(j.wage_for_wage_tax.str() == "25881.47");
  CHECK(j.wage_tax.str() == "1149.91");
  CHECK(j.arbeidskorting.str() == "4954.10");
  CHECK(j.zvw_wage.str() == "25927.30");
  CHECK(j.zvw_withheld.str() == "0.00");
  CHECK(j.paid.str() == "24731.56");

  const std::string html = jaaropgaaf_html(j);
  for (const char* item : {"Jaaropgaaf 2026", "Loonheffingennummer 123456782L01", "Burgerservicenummer 111222333", "Geboortedatum",
                           "1-1-2026 t/m 31-12-2026", "Loonheffingskorting toegepast", "ja, 1-1-2026 t/m 31-12-2026",
                           "witte maandtabel, tabel bijzondere beloningen", "25.881,47", "1.149,91", "4.954,10",
                           "Ingehouden bijdrage Zorgverzekeringswet"}) {
    INFO(item);
    CHECK(html.find(item) != std::string::npos);
  }
  // No internal keys or machine names on the employee's page.
  for (const char* key : {"wage_for_wage_tax", "k14", "arbeidskorting\"", "_"}) {
    INFO(key);
    CHECK(html.find(key) == std::string::npos);
  }
  CHECK(jaaropgaaf_file_name(j) == "jaaropgaaf-2026-E001.html");
  const std::string csv = jaaropgaaf_csv(statements);
  CHECK(csv.find("2026,Stichting Basisbanen Groningen (voorbeeld),123456782L01,E001,J. de Vries,111222333,1975-04-12,1,2026-01-01,2026-12-31,"
                 "2026-01-01..2026-12-31,witte maandtabel;tabel bijzondere beloningen,12,25881.47,1149.91,4954.10,25927.30,0.00,0.00,0.00,24731.56\r\n") !=
        std::string::npos);
  CHECK(jaaropgaaf_csv(statements) == csv);  // same input, same bytes
}

TEST_CASE("the jaaropgaaf: credit stretches, a start in the year and the anoniementarief", "[export][jaaropgaaf]") {
  Employee late = example_employees()[1];
  late.id = "E010";
  late.employed_since = parse_date("2026-03-15");
  Employee anonymous = example_employees()[2];
  anonymous.id = "E011";
  anonymous.bsn.clear();
  anonymous.identified = false;
  auto runs = year_runs({late, anonymous});
  for (auto& run : runs) {
    if (run.period.number() >= 7) run.employees[0].employee.payroll_tax_credit = false;  // credit withdrawn from July
  }
  const auto statements = jaaropgaven(2026, runs);
  REQUIRE(statements.size() == 2);
  const Jaaropgaaf& a = statements[0];
  CHECK(to_string(a.employed_from) == "2026-03-15");
  REQUIRE(a.credit_periods.size() == 1);
  CHECK(to_string(a.credit_periods[0].first) == "2026-03-15");  // not before the employment
  CHECK(to_string(a.credit_periods[0].second) == "2026-06-30");
  CHECK(a.periods == 10);
  const Jaaropgaaf& b = statements[1];
  CHECK(b.credit_periods.empty());
  CHECK(b.tables.front() == "anoniementarief");
  CHECK(jaaropgaaf_html(b).find("Burgerservicenummer onbekend") != std::string::npos);
  CHECK(jaaropgaaf_html(b).find("Loonheffingskorting toegepast</td><td>nee") != std::string::npos);
}

TEST_CASE("loonstaten refuse open runs and runs of another year", "[export][loonstaat]") {
  auto runs = year_runs({example_employees()[0]});
  CHECK_THROWS_WITH(loonstaten(2025, runs), Catch::Contains("period 2026-01: not in the year 2025"));
  runs[2].closed = false;
  CHECK_THROWS_AS(loonstaten(2026, runs), InputError);
}

TEST_CASE("file names per employee never collide", "[export][file_names]") {
  CHECK(export_file_id("E001") == "E001");
  CHECK(export_file_id("a-1_b") == "a-1_b");
  const std::string slash = export_file_id("A/1");
  const std::string underscore = export_file_id("A_1");
  CHECK(slash.rfind("A_1-", 0) == 0);
  CHECK(slash.size() == 12);
  CHECK(underscore == "A_1");
  CHECK(export_file_id("../x") != export_file_id("__/x"));
  CHECK(export_file_id("").size() == 9);
}

TEST_CASE("several files are written all or nothing", "[export][atomic_file]") {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "basisbaan-write-files-test";
  fs::remove_all(dir);
  write_files_atomically(dir, {{"a.html", "A"}, {"b.html", "B"}});
  CHECK(fs::exists(dir / "a.html"));
  CHECK(fs::exists(dir / "b.html"));
  // Two names equal but for case, a name with a slash: refused before anything is written.
  CHECK_THROWS_WITH(write_files_atomically(dir, {{"c.html", "C"}, {"C.HTML", "C"}}), Catch::Contains("ignoring case"));
  CHECK_THROWS_WITH(write_files_atomically(dir, {{"d.html", "D"}, {"../e.html", "E"}}), Catch::Contains("plain file name"));
  CHECK_FALSE(fs::exists(dir / "c.html"));
  CHECK_FALSE(fs::exists(dir / "d.html"));
  // A target that is a directory fails the whole set: the first file is not replaced.
  fs::create_directories(dir / "x.html");
  CHECK_THROWS_AS(write_files_atomically(dir, {{"a.html", "new"}, {"x.html", "X"}}), InputError);
  std::ifstream in(dir / "a.html");
  std::string content;
  std::getline(in, content);
  CHECK(content == "A");
  std::size_t leftovers = 0;
  for (const auto& f : fs::directory_iterator(dir)) if (f.path().filename().string().front() == '.') ++leftovers;
  CHECK(leftovers == 0);
  fs::remove_all(dir);
}

TEST_CASE("the jaaropgaaf and the loonstaat render in headless Chromium", "[export][jaaropgaaf][browser]") {
  const auto staten = loonstaten(2026, year_runs({example_employees()[0]}));
  const auto r1 = render_in_chromium(jaaropgaaf_html(jaaropgaaf(staten[0])), "jaaropgaaf");
  INFO(r1.message);
  CHECK(r1.ok);
  const auto r2 = render_in_chromium(loonstaat_html(staten[0]), "loonstaat");
  INFO(r2.message);
  CHECK(r2.ok);
}
