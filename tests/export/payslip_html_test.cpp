// SPDX-License-Identifier: EUPL-1.2
// The payslip page: every line, year to date, leave balance and wage continuation shown; the page
// renders in headless Chromium (Debian's chromium) to a non-blank A4-sized screenshot.

#include <catch2/catch.hpp>

#include <fstream>

#include "basisbaan/export/payslip_html.hpp"
#include "basisbaan/core/markup.hpp"
#include "render_check.hpp"
#include "run_fixture.hpp"

using namespace basisbaan;
using namespace basisbaan::export_test;

TEST_CASE("the payslip page shows every line, the cumulatives, leave and wage continuation", "[export][payslip_html]") {
  RunData run = example_run("2026-03");
  RunEmployee re = run.employees[1];
  re.leave_balance_hours = Decimal::parse("97.5");
  re.wage_continuation = Rate::percent(Decimal(100));
  const std::string html = payslip_html(run.employer, re);
  for (const auto& l : re.payslip.lines) {
    INFO(code_name(l.code));
    CHECK(html.find(xml_escape(l.description)) != std::string::npos);
  }
  CHECK(html.find("Netto uit te betalen") != std::string::npos);
  CHECK(html.find(re.payslip.net.str_nl()) != std::string::npos);
  CHECK(html.find("Cumulatieven 2026") != std::string::npos);
  CHECK(html.find(re.payslip.year_to_date.gross.str_nl()) != std::string::npos);
  CHECK(html.find("97,5 uur") != std::string::npos);
  CHECK(html.find("Loondoorbetaling bij ziekte (laatste dag van de periode)") != std::string::npos);
  CHECK(html.find("100%") != std::string::npos);
  CHECK(html.find("@page { size: A4") != std::string::npos);
  CHECK(html.find("A. Öztürk") != std::string::npos);
  CHECK(payslip_file_name(re) == "loonstrook-2026-03-E002.html");
  CHECK(payslip_html(run.employer, re) == html);
}

TEST_CASE("a draft payslip page of an open run is marked CONCEPT and a final one is not", "[export][payslip_html]") {
  RunData run = example_run("2026-03");
  const RunEmployee& re = run.employees[0];
  run.closed = true;
  CHECK(payslip_status(run) == PayslipStatus::Final);
  run.closed = false;
  CHECK(payslip_status(run) == PayslipStatus::Draft);

  const std::string final_page = payslip_html(run.employer, re);
  CHECK(payslip_html(run.employer, re, PayslipStatus::Final) == final_page);
  CHECK(final_page.find("CONCEPT") == std::string::npos);
  CHECK(final_page.find("<h1>Loonstrook 2026-03</h1>") != std::string::npos);

  const std::string draft = payslip_html(run.employer, re, PayslipStatus::Draft);
  CHECK(draft.find("<title>CONCEPT Loonstrook 2026-03") != std::string::npos);
  CHECK(draft.find("CONCEPT — periode nog niet afgesloten") != std::string::npos);
  CHECK(draft.find("<div class=\"watermark\" aria-hidden=\"true\">CONCEPT</div>") != std::string::npos);
  CHECK(draft.find("<h1>Concept-loonstrook 2026-03</h1>") != std::string::npos);
  CHECK(draft.find("Voorlopig berekend") == std::string::npos);
  // The amounts are those of the final page: only the marks differ.
  CHECK(draft.find(re.payslip.net.str_nl()) != std::string::npos);
  CHECK(payslip_html(run.employer, re, PayslipStatus::Draft) == draft);
}

TEST_CASE("a draft payslip page of a provisional run names the parameters carried forward", "[export][payslip_html]") {
  const RunData run = example_run("2026-03");
  RunEmployee re = run.employees[0];
  re.payslip.carried_forward = {"wml.hourly", "wage_tax.brackets"};
  const std::string draft = payslip_html(run.employer, re, PayslipStatus::Draft);
  CHECK(draft.find("Voorlopig berekend: de regels zijn nog niet compleet (wml.hourly, wage_tax.brackets).") != std::string::npos);
}

TEST_CASE("names are escaped in the payslip page", "[export][payslip_html]") {
  CHECK(xml_escape("<b>\"Jan\" & 'Piet'</b>") == "&lt;b&gt;&quot;Jan&quot; &amp; &#39;Piet&#39;&lt;/b&gt;");
}

TEST_CASE("the payslip page renders in headless Chromium", "[export][payslip_html][browser]") {
  const RunData run = example_run("2026-05");
  const auto result = render_in_chromium(payslip_html(run.employer, run.employees[0]), "payslip");
  INFO(result.message);
  CHECK(result.ok);
}
