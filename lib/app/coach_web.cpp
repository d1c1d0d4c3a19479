// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/app/coach_web.hpp"

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/error_json.hpp"
#include "basisbaan/core/markup.hpp"
#include "basisbaan/income/compare_household.hpp"
#include "basisbaan/income/comparison_csv.hpp"
#include "basisbaan/income/household_json.hpp"
#include "basisbaan/income/summary_html.hpp"

namespace basisbaan {
namespace {

constexpr std::string_view kHtml = "text/html; charset=utf-8";
constexpr std::string_view kJson = "application/json";

WebResponse error_response(int status, const Error& e) {
  return {status, std::string(kJson), error_json(e).dump(2) + "\n", ""};
}

/// The summary (the first printed page), the downloads (the household goes along in a hidden
/// field: the server keeps nothing; not printed) and the way back to the form, then the appendix
/// with the first year month by month and the hours sweep (from the second printed page).
std::string result_page(const HouseholdComparison& r, const std::string& household_json) {
  std::string page = summary_html(r.household, r.comparison, r.sweep);
  const std::string extra =
      "<style>@media print { form.downloads { display: none; } }</style>\n"
      "<form class=\"downloads\" method=\"post\" action=\"/download\">\n"
      "<input type=\"hidden\" name=\"household\" value=\"" + xml_escape(household_json) + "\">\n"
      "<p><button type=\"submit\" name=\"format\" value=\"json\">Download JSON</button> "
      "<button type=\"submit\" name=\"format\" value=\"csv\">Download CSV</button> "
      "<button type=\"submit\" name=\"format\" value=\"first-year-csv\">Download eerste jaar (CSV)</button> "
      "<a href=\"/\">Nieuwe vergelijking</a> · afdrukken met Ctrl+P (de samenvatting op één A4, daarna de bijlage)</p>\n</form>\n" +
      appendix_html(r.comparison, r.sweep);
  const auto end = page.rfind("</body>");
  page.insert(end == std::string::npos ? page.size() : end, extra);
  return page;
}

}  // namespace

WebResponse web_form_page(const RuleBook& rules) { return {200, std::string(kHtml), coach_form_html(rules), ""}; }

WebResponse web_compare_form(const RuleBook& rules, const FormFields& fields) {
  FormReading reading = household_from_form(rules, fields);
  if (!reading.problems.empty()) return {422, std::string(kHtml), coach_form_html(rules, fields, reading.problems), ""};
  const std::string text = reading.household->dump(2);
  try {
    const Household h = read_household(rules, text, "formulier");
    return {200, std::string(kHtml), result_page(compare_household(rules, h), text), ""};
  } catch (const Error& e) {
    const auto& where = e.where();
    std::string field = where.field ? form_field_of(*where.field) : "";
    if (field.rfind("children[", 0) == 0) {
      const std::size_t k = std::stoul(field.substr(9));
      if (k < reading.child_fields.size()) field = reading.child_fields[k];
    }
    return {422, std::string(kHtml), coach_form_html(rules, fields, {{field, e.what()}}), ""};
  }
}

WebResponse web_download(const RuleBook& rules, const FormFields& fields) {
  const auto format = fields.find("format");
  const auto household = fields.find("household");
  try {
    if (format == fields.end() || (format->second != "json" && format->second != "csv" && format->second != "first-year-csv")) {
      throw InputError(ErrorCode::InputInvalidValue, "field format: expected \"json\", \"csv\" or \"first-year-csv\"",
                       {.field = "format"});
    }
    if (household == fields.end()) throw InputError(ErrorCode::InputMissingField, "field household is missing", {.field = "household"});
    const HouseholdComparison r = compare_household(rules, read_household(rules, household->second, "household"));
    if (format->second == "json") {
      return {200, std::string(kJson), comparison_document_json(r).dump(2) + "\n", "vergelijking.json"};
    }
    if (format->second == "first-year-csv") {
      if (!r.comparison.first_year) {
        throw InputError(ErrorCode::InputInvalidValue, "field household: the job has no hours, so there is no first year",
                         {.field = "household"});
      }
      return {200, "text/csv; charset=utf-8", first_year_csv(*r.comparison.first_year), "eerste-jaar.csv"};
    }
    return {200, "text/csv; charset=utf-8", comparison_csv(r.comparison), "vergelijking.csv"};
  } catch (const Error& e) {
    return error_response(400, e);
  }
}

WebResponse web_api_compare(const RuleBook& rules, std::string_view body) {
  try {
    const HouseholdComparison r = compare_household(rules, read_household(rules, body, "request"));
    return {200, std::string(kJson), comparison_document_json(r).dump(2) + "\n", ""};
  } catch (const Error& e) {
    return error_response(400, e);
  }
}

WebResponse web_stylesheet() {
  return {200, "text/css; charset=utf-8",
          "body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; color: #111; max-width: 60em; margin: 1em auto; padding: 0 1em; }\n"
          "h1 { font-size: 17pt; }\n"
          "fieldset { border: 1px solid #bbb; margin: 0 0 1em 0; padding: 0.5em 1em; }\n"
          "legend { font-weight: bold; font-size: 12pt; }\n"
          ".veld { display: grid; grid-template-columns: 16em 14em 1fr; gap: 0.2em 1em; align-items: baseline; margin: 0.35em 0; }\n"
          ".veld input, .veld select { font: inherit; padding: 0.15em 0.3em; }\n"
          ".hulp { color: #555; font-size: 9.5pt; }\n"
          ".melding { grid-column: 2 / 4; color: #b71c1c; font-weight: bold; }\n"
          ".veld.fout input, .veld.fout select { border: 2px solid #b71c1c; }\n"
          ".fouten { border: 2px solid #b71c1c; background: #ffebee; padding: 0.3em 1em; margin-bottom: 1em; }\n"
          "button { font: inherit; padding: 0.3em 1.2em; }\n"
          ".klein, .intro { color: #444; font-size: 9.5pt; }\n"
          "@media print { form, .intro { display: none; } }\n",
          ""};
}

const std::vector<std::pair<std::string, std::string>>& web_security_headers() {
  static const std::vector<std::pair<std::string, std::string>> headers{
      // No scripts at all; the summary's inline <style> and SVG presentation need 'unsafe-inline' for styles only.
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cache-Control", "no-store"},
  };
  return headers;
}

}  // namespace basisbaan
