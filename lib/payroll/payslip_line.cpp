// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/payroll/payslip_line.hpp"

#include <array>
#include <ostream>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr std::array<std::string_view, kLineCodeCount> kCodeNames{
    "hourly_wage",       "basic_wage",       "sick_pay_reduction", "wazo_leave_no_wage", "wazo_benefit", "leave_payout", "holiday_allowance", "holiday_allowance_payment",
    "holiday_allowance_reserved", "year_end_payment", "one_off_payment", "travel_allowance", "travel_allowance_taxed",
    "pension_employee",  "pension_employer", "wga_recovery",       "wage_tax",          "wage_tax_special",
    "zvw",               "awf",              "aof",                "wko",               "whk",
    "ufo",               "correction_earlier_period", "net_carried_forward", "garnishment", "net"};

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

std::ostream& operator<<(std::ostream& out, const LineText& text) { return out << text.view(); }

std::string_view to_string(LineKind k) noexcept {
  switch (k) {
    case LineKind::Earning: return "earning";
    case LineKind::SpecialEarning: return "special_earning";
    case LineKind::Deduction: return "deduction";
    case LineKind::Tax: return "tax";
    case LineKind::Untaxed: return "untaxed";
    case LineKind::Employer: return "employer";
    case LineKind::Info: return "info";
    case LineKind::Settlement: return "settlement";
  }
  return "info";
}

std::string_view code_name(LineCode c) noexcept { return kCodeNames[static_cast<std::size_t>(c)]; }

std::optional<LineCode> line_code_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < kCodeNames.size(); ++i) {
    if (kCodeNames[i] == name) return static_cast<LineCode>(i);
  }
  return std::nullopt;
}

std::string LineQuantity::str() const {
  switch (unit) {
    case QuantityUnit::Hours: return value.str() + " uur";
    case QuantityUnit::Days: return value.str() + (value == Decimal(1) ? " dag" : " dagen");
    case QuantityUnit::Kilometres: return value.str() + " km";
    case QuantityUnit::Euros: return Money::exact(value).str();
  }
  return value.str();
}

LineQuantity LineQuantity::parse(std::string_view text, std::string_view what) {
  auto number = [&](std::string_view tail) { return Decimal::parse(text.substr(0, text.size() - tail.size()), what); };
  if (ends_with(text, " uur")) return hours(number(" uur"));
  if (ends_with(text, " dagen")) return {number(" dagen"), QuantityUnit::Days};
  if (ends_with(text, " dag")) return {number(" dag"), QuantityUnit::Days};
  if (ends_with(text, " km")) return kilometres(number(" km"));
  if (text.empty()) throw InputError(std::string(what) + ": empty; expected a quantity such as \"139.2 uur\"");
  return euros(Money::exact(Decimal::parse(text, what), what));
}

std::string LineRate::str() const {
  if (per_unit) return per_unit->str();
  if (percentage) return percentage->str();
  return {};
}

LineRate LineRate::parse(std::string_view text, std::string_view what) {
  if (ends_with(text, "%")) return of(Rate::parse_percent(text, what));
  return amount(Money::exact(Decimal::parse(text, what), what));
}

}  // namespace basisbaan
