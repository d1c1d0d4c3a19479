// SPDX-License-Identifier: EUPL-1.2
#include "option_values.hpp"

#include <algorithm>
#include <cctype>

namespace basisbaan::cli {

UsageError option_error(std::string_view option, std::string_view expected, std::string_view text, std::string_view reason) {
  // The library names the value as its caller told it ("period", "--date", the option itself):
  // the option replaces that name, so the message names the option as typed.
  const std::string o(option);
  if (reason.starts_with(o + ": ")) {
    reason.remove_prefix(o.size() + 2);
  } else if (const auto colon = reason.find(": "); colon != std::string_view::npos && reason.substr(0, colon).find(' ') == std::string_view::npos) {
    reason.remove_prefix(colon + 2);
  }
  if (reason.starts_with("expected")) return UsageError(o + ": " + std::string(reason));
  return UsageError(o + ": expected " + std::string(expected) + ", got \"" + std::string(text) + "\" (" + std::string(reason) + ")");
}

Date date_option(const std::string& text, std::string_view option) {
  return option_value(option, "a date as YYYY-MM-DD", text, [&](const std::string& t) { return parse_date(t, option); });
}

PayPeriod period_option(const std::string& text, std::string_view option) {
  return option_value(option, "a period like 2026-03 (month), 2026-4w05 (four weeks), 2026-w12 (week), 2026-q1 (quarter) or 2026 (year)",
                      text, [&](const std::string& t) { return PayPeriod::parse(t, option); });
}

Money money_option(const std::string& text, std::string_view option) {
  return option_value(option, "an amount in euros, e.g. 2150.00", text, [&](const std::string& t) { return Money::parse(t, option); });
}

Hours hours_option(const std::string& text, std::string_view option) {
  return option_value(option, "hours, e.g. 32 or 7.5", text, [&](const std::string& t) { return Hours::parse(t, option); });
}

Hours signed_hours_option(const std::string& text, std::string_view option) {
  return option_value(option, "hours, e.g. 32 or 7.5", text, [&](const std::string& t) { return Hours::parse(t, option, true); });
}

Rate percent_option(const std::string& text, std::string_view option) {
  return option_value(option, "a percentage, e.g. 50", text, [&](const std::string& t) { return Rate::parse_percent(t, option); });
}

Decimal decimal_option(const std::string& text, std::string_view option) {
  return option_value(option, "a number, e.g. 12.5", text, [&](const std::string& t) { return Decimal::parse(t, option); });
}

bool yes_no_option(const std::string& text, std::string_view option) {
  std::string t = text;
  std::transform(t.begin(), t.end(), t.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (t == "yes" || t == "ja") return true;
  if (t == "no" || t == "nee") return false;
  throw UsageError(std::string(option) + ": expected yes or no (ja or nee), got \"" + text + "\"");
}

void require_scale_with_hourly_wage(const std::string& hourly_wage, const std::string& scale) {
  if (hourly_wage.empty() || !scale.empty()) return;
  throw UsageError("--hourly-wage needs --scale: name the scale and step of the agreed hourly wage, e.g. --scale \"schaal 3, trede 2\" "
                   "(without --hourly-wage the wage is the statutory minimum and the scale WML)");
}

}  // namespace basisbaan::cli
