// SPDX-License-Identifier: EUPL-1.2
#pragma once
// The values of command-line options, parsed by the library. A malformed or out-of-range value
// typed on the command line is a usage error (exit 2) that names the option as typed and what it
// expects; the same value in an input file stays an input error (exit 1), as the library throws it.

#include <string>
#include <string_view>
#include <vector>

#include "basisbaan/core/date.hpp"
#include "basisbaan/core/decimal.hpp"
#include "basisbaan/core/error.hpp"
#include "basisbaan/core/hours.hpp"
#include "basisbaan/core/money.hpp"
#include "basisbaan/core/pay_period.hpp"
#include "basisbaan/core/rate.hpp"
#include "cli.hpp"

namespace basisbaan::cli {

/// The usage error for value `text` of `option` that the library refused with `reason` (its
/// message, whose leading "field: " is replaced by the option): "OPTION: expected EXPECTED, got
/// "TEXT" (REASON)", or "OPTION: REASON" when the reason already says what was expected.
UsageError option_error(std::string_view option, std::string_view expected, std::string_view text, std::string_view reason);

/// `parse(text)`; an InputError or OverflowError it throws becomes option_error().
template <class Parse>
auto option_value(std::string_view option, std::string_view expected, const std::string& text, Parse&& parse) -> decltype(parse(text)) {
  try {
    return parse(text);
  } catch (const InputError& e) {
    throw option_error(option, expected, text, e.what());
  } catch (const OverflowError& e) {
    throw option_error(option, expected, text, e.what());
  }
}

/// A date YYYY-MM-DD that exists (e.g. --date, --start, --execution-date).
Date date_option(const std::string& text, std::string_view option);
/// A pay period (2026-03, 2026-4w05, 2026-w12, 2026-q1) or a year (2026); --period by default.
PayPeriod period_option(const std::string& text, std::string_view option = "--period");
/// An amount in euros, e.g. 2150.00.
Money money_option(const std::string& text, std::string_view option);
/// Hours, e.g. 32 or 7.5.
Hours hours_option(const std::string& text, std::string_view option);
/// Hours that may be negative as typed (e.g. --hours -8): for options whose range the library
/// judges with the field's own message, so that 0, -8 and 61 are refused alike, stating the range.
Hours signed_hours_option(const std::string& text, std::string_view option);
/// A percentage, e.g. 50 or 37.5.
Rate percent_option(const std::string& text, std::string_view option);
/// A decimal number, e.g. 12.5.
Decimal decimal_option(const std::string& text, std::string_view option);
/// yes/no, also ja/nee as in the employees CSV (any case); anything else is a usage error.
bool yes_no_option(const std::string& text, std::string_view option);
/// A usage error when --hourly-wage is given without --scale: an agreed hourly wage names the
/// scale and step it comes from, as the employees CSV's scale column must with hourly_wage
/// (docs/store.md). Without --hourly-wage the placement is WML, the statutory minimum.
void require_scale_with_hourly_wage(const std::string& hourly_wage, const std::string& scale);
/// The values yes_no_option accepts, for CLI::IsMember.
inline const std::vector<std::string>& yes_no_values() {
  static const std::vector<std::string> v{"yes", "no", "ja", "nee"};
  return v;
}

}  // namespace basisbaan::cli
