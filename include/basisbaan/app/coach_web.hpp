// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The pages and the API of `basisbaan serve` (docs/serve.md), independent of any HTTP library:
// each request handler takes what was posted and returns a WebResponse. Nothing is stored; the
// handlers are safe to call from several threads at once with one RuleBook.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "basisbaan/app/coach_form.hpp"
#include "basisbaan/rules/rule_book.hpp"

namespace basisbaan {

/// What to answer: status, media type, body and, for a download, the file name.
struct WebResponse {
  int status = 200;  ///< HTTP status code
  std::string content_type;  ///< the Content-Type header
  std::string body;  ///< the response body
  std::string attachment;  ///< non-empty: sent as a download with this file name
};

/// GET /: the empty form.
WebResponse web_form_page(const RuleBook& rules);

/// POST /vergelijking (the form): the result page (the one-page summary with its chart, the
/// download buttons, then the appendix on its own printed page: the first year month by month
/// and the hours sweep as tables), or 422 with the form again and a message per bad field.
WebResponse web_compare_form(const RuleBook& rules, const FormFields& fields);

/// POST /download: fields "household" (the household JSON) and "format" ("json", "csv" or
/// "first-year-csv"): the comparison document, the comparison CSV or the first year month by
/// month as CSV, computed again (nothing was kept). 400 with error JSON for bad input.
WebResponse web_download(const RuleBook& rules, const FormFields& fields);

/// POST /api/compare: the household JSON in, comparison_document_json out (2-space indent and a
/// final newline, byte for byte `basisbaan compare --json`); bad input gives 400 with
/// error_json (the field in "error"."field"). The document is named "request" in messages.
WebResponse web_api_compare(const RuleBook& rules, std::string_view body);

/// GET /static/basisbaan.css: the form's stylesheet.
WebResponse web_stylesheet();

/// The headers every response carries: Content-Security-Policy (default-src 'self', no scripts,
/// inline styles only for the summary), X-Content-Type-Options, Referrer-Policy, X-Frame-Options,
/// Cache-Control no-store (nothing personal stays in a cache).
const std::vector<std::pair<std::string, std::string>>& web_security_headers();

}  // namespace basisbaan
