// SPDX-License-Identifier: EUPL-1.2
// The coach's web page (issue 16): the form read into a household, the messages per field, the
// result page and POST /api/compare, without HTTP (the server is tested in tests/cli/serve_cli.sh
// and tests/browser/). The expected amounts are not recomputed here: they are those of
// `compare_household` for the same household, whose figures tests/income/comparison_test.cpp checks
// by hand; what is tested is that the web path gives exactly them.

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "basisbaan/app/coach_form.hpp"
#include "basisbaan/app/coach_web.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/income/compare_household.hpp"
#include "basisbaan/income/comparison_csv.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/summary_html.hpp"
#include "../income/support.hpp"

using namespace basisbaan;

namespace {

using income_test::example;
using income_test::rules;

/// examples/households/couple-two-children-groningen.json as a coach types it into the form
/// (Dutch amounts with a comma).
FormFields couple_form() {
  return {{"date", "2026-01-01"},
          {"municipality", "groningen"},
          {"label", "Echtpaar met twee kinderen, partner zonder inkomen, 36 uur, Groningen"},
          {"person.name", "M. de Boer"},
          {"person.birth_date", "1986-02-20"},
          {"partner", "ja"},
          {"partner.birth_date", "1988-09-03"},
          {"partner.gross_income_per_year", "0"},
          {"partner.net_income_per_month", "0"},
          {"partner.insured", "true"},
          {"children[0].birth_date", "2014-05-10"},
          {"children[1].birth_date", " 2019-11-23 "},
          {"children[2].birth_date", ""},
          {"housing.rent", "780,00"},
          {"housing.service_costs", ""},
          {"assets", "€ 2.500"},
          {"current.situation", "bijstand"},
          {"current.since", "2020-09-01"},
          {"job.hours_per_week", "36"},
          {"job.start_date", "2026-01-01"},
          {"job.holiday_allowance", "may"},
          {"job.earnings_disregard", "false"}};
}

std::string message_of(const std::vector<FormProblem>& problems, const std::string& field) {
  for (const auto& p : problems) {
    if (p.field == field) return p.message;
  }
  return "(no message)";
}

}  // namespace

TEST_CASE("the form page has a field for every household member, grouped, and no script", "[app][web]") {
  const std::string page = web_form_page(rules()).body;
  for (const char* legend : {"Het gesprek", "Wie wonen er?", "Kinderen", "Wonen en vermogen", "Inkomen nu", "De aangeboden baan"}) {
    CHECK(page.find(std::string("<legend>") + legend + "</legend>") != std::string::npos);
  }
  for (const char* name : {"date", "municipality", "person.birth_date", "partner.gross_income_per_year", "children[5].birth_date",
                           "housing.rent", "assets", "current.situation", "current.gross_per_year", "job.hours_per_week",
                           "job.hourly_wage", "job.start_date", "job.whk_wga_rate"}) {
    INFO(name);
    CHECK(page.find(std::string("name=\"") + name + "\"") != std::string::npos);
  }
  CHECK(page.find("<option value=\"groningen\">groningen</option>") != std::string::npos);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("action=\"/vergelijking\"") != std::string::npos);
}

TEST_CASE("the filled form reads into the household of the example file", "[app][web]") {
  const FormReading r = household_from_form(rules(), couple_form());
  REQUIRE(r.problems.empty());
  REQUIRE(r.household);
  const Household from_form = read_household(rules(), r.household->dump(), "formulier");
  const Household from_file = read_household(rules(), example("couple-two-children-groningen.json"), "file");
  // Same comparison document, byte for byte: the form loses nothing the comparison uses.
  CHECK(comparison_document_json(compare_household(rules(), from_form)).dump(2) ==
        comparison_document_json(compare_household(rules(), from_file)).dump(2));
  CHECK((*r.household)["housing"]["rent"] == "780.00");  // "780,00" read as a Dutch amount
  CHECK((*r.household)["assets"] == "2500");              // "€ 2.500"
  CHECK((*r.household)["children"].size() == 2);          // the empty third row is left out
  CHECK((*r.household)["job"]["earnings_disregard"] == false);
}

TEST_CASE("the result page shows the verdict and the net amounts, with downloads", "[app][web]") {
  const WebResponse res = web_compare_form(rules(), couple_form());
  REQUIRE(res.status == 200);
  const HouseholdComparison c =
      compare_household(rules(), read_household(rules(), example("couple-two-children-groningen.json"), "file"));
  CHECK(res.body.find(c.comparison.verdict_nl) != std::string::npos);
  CHECK(res.body.find(c.comparison.current.net_per_month.str_eur()) != std::string::npos);
  CHECK(res.body.find(c.comparison.job.net_per_month.str_eur()) != std::string::npos);
  CHECK(res.body.find("<svg") != std::string::npos);
  CHECK(res.body.find("name=\"format\" value=\"json\"") != std::string::npos);
  CHECK(res.body.find("name=\"format\" value=\"csv\"") != std::string::npos);
  CHECK(res.body.find("name=\"format\" value=\"first-year-csv\"") != std::string::npos);
  // Issue 16: the appendix after the summary, on its own printed page: the first year month by
  // month and the hours sweep as tables, with the downloads (not printed) before it.
  const auto appendix = res.body.find("<section class=\"bijlage\"");
  REQUIRE(appendix != std::string::npos);
  CHECK(res.body.find("class=\"downloads\"") < appendix);
  CHECK(res.body.find(appendix_html(c.comparison, c.sweep)) == appendix);
  CHECK(res.body.find("table class=\"bijlage-tabel eerste-jaar\"") != std::string::npos);
  CHECK(res.body.find("table class=\"bijlage-tabel uren\"") != std::string::npos);
}

TEST_CASE("bad form input gives a message per field and the form again", "[app][web]") {
  FormFields f = couple_form();
  f["date"] = "2026-13-01";
  f["housing.rent"] = "veel";
  f["job.hours_per_week"] = "";
  f["partner.birth_date"] = "";
  f["current.situation"] = "loterij";
  const FormReading r = household_from_form(rules(), f);
  CHECK_FALSE(r.household);
  CHECK(r.problems.size() == 5);
  CHECK(message_of(r.problems, "date") == "Vul een datum in als JJJJ-MM-DD, bijvoorbeeld 2026-01-01.");
  CHECK(message_of(r.problems, "housing.rent") == "Vul een bedrag in, bijvoorbeeld 780,00.");
  CHECK(message_of(r.problems, "job.hours_per_week") == "Dit veld is verplicht.");
  CHECK(message_of(r.problems, "partner.birth_date") == "Dit veld is verplicht.");  // required with a partner
  CHECK(message_of(r.problems, "current.situation") == "Kies een van de mogelijkheden.");

  const WebResponse res = web_compare_form(rules(), f);
  CHECK(res.status == 422);
  CHECK(res.body.find("id=\"m-housing.rent\"") != std::string::npos);
  CHECK(res.body.find("id=\"m-job.hours_per_week\"") != std::string::npos);
  CHECK(res.body.find("value=\"veel\"") != std::string::npos);  // what was typed stays
  CHECK(res.body.find("id=\"fouten\"") != std::string::npos);
}

TEST_CASE("a check of the household as a whole points at its form field", "[app][web]") {
  FormFields f = couple_form();
  f["children[1].birth_date"] = "2026-03-02";  // born after the date
  const WebResponse res = web_compare_form(rules(), f);
  CHECK(res.status == 422);
  CHECK(res.body.find("id=\"m-children[1].birth_date\"") != std::string::npos);
  CHECK(res.body.find("born after the date 2026-01-01") != std::string::npos);

  f = couple_form();  // an empty row between two children: the message goes to the row typed in
  f["children[1].birth_date"] = "";
  f["children[3].birth_date"] = "2026-03-02";
  const WebResponse gap = web_compare_form(rules(), f);
  CHECK(gap.body.find("id=\"m-children[3].birth_date\"") != std::string::npos);

  f = couple_form();
  f["municipality"] = "utrecht";
  CHECK(message_of(household_from_form(rules(), f).problems, "municipality") == "Kies een gemeente uit de lijst.");
}

TEST_CASE("form_field_of finds the form field of an error's path", "[app][web]") {
  CHECK(form_field_of("children[1].birth_date") == "children[1].birth_date");
  CHECK(form_field_of("partner.unknown") == "partner");
  CHECK(form_field_of("job.hours_per_week") == "job.hours_per_week");
  CHECK(form_field_of("job") == "");
  CHECK(form_field_of("") == "");
}

TEST_CASE("POST /api/compare answers exactly compare --json, and 400 naming the field", "[app][web]") {
  const std::string text = example("couple-two-children-groningen.json");
  const WebResponse ok = web_api_compare(rules(), text);
  CHECK(ok.status == 200);
  CHECK(ok.content_type == "application/json");
  CHECK(ok.body == comparison_document_json(compare_household(rules(), read_household(rules(), text, "f"))).dump(2) + "\n");

  const WebResponse bad = web_api_compare(rules(), R"({"date": "2026-01-01", "municipality": "groningen",
      "person": {"birth_date": "1990-01-01"}, "current": {"situation": "bijstand"}, "job": {"hours_per_week": "lots"}})");
  CHECK(bad.status == 400);
  const Json e = Json::parse(bad.body);
  CHECK(e["error"]["code"] == "input.invalid_amount");
  CHECK(e["error"]["field"] == "job.hours_per_week");
  CHECK(e["error"]["document"] == "request");

  const WebResponse late = web_api_compare(rules(), R"({"date": "2026-01-01", "municipality": "groningen",
      "person": {"birth_date": "2026-02-01"}, "current": {"situation": "bijstand"}, "job": {"hours_per_week": 30}})");
  CHECK(late.status == 400);
  CHECK(Json::parse(late.body)["error"]["field"] == "person.birth_date");  // from validate_household

  CHECK(web_api_compare(rules(), "{not json").status == 400);
}

TEST_CASE("the downloads compute the comparison again from the household posted back", "[app][web]") {
  const std::string text = example("couple-two-children-groningen.json");
  const HouseholdComparison c = compare_household(rules(), read_household(rules(), text, "f"));
  const WebResponse csv = web_download(rules(), {{"household", text}, {"format", "csv"}});
  CHECK(csv.status == 200);
  CHECK(csv.attachment == "vergelijking.csv");
  CHECK(csv.body == comparison_csv(c.comparison));
  const WebResponse json = web_download(rules(), {{"household", text}, {"format", "json"}});
  CHECK(json.attachment == "vergelijking.json");
  CHECK(json.body == web_api_compare(rules(), text).body);
  CHECK(web_download(rules(), {{"household", text}, {"format", "pdf"}}).status == 400);
  const WebResponse first = web_download(rules(), {{"household", text}, {"format", "first-year-csv"}});
  CHECK(first.status == 200);
  CHECK(first.attachment == "eerste-jaar.csv");
  CHECK(first.body == first_year_csv(*c.comparison.first_year));
}

TEST_CASE("every response's security headers", "[app][web]") {
  std::map<std::string, std::string> h(web_security_headers().begin(), web_security_headers().end());
  CHECK(h["Content-Security-Policy"].starts_with("default-src 'self'; script-src 'none'"));
  CHECK(h["X-Content-Type-Options"] == "nosniff");
  CHECK(h["Referrer-Policy"] == "no-referrer");
  CHECK(h["X-Frame-Options"] == "DENY");
}
