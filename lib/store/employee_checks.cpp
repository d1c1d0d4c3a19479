// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/employee_checks.hpp"

#include <algorithm>

#include "basisbaan/core/identifiers.hpp"

namespace basisbaan {

std::optional<std::string> bsn_problem(const std::string& bsn) {
  if (is_valid_bsn(bsn)) return std::nullopt;
  return "\"" + mask_bsn(bsn) + "\" is not a valid BSN (9 digits passing the 11-test)";
}

std::optional<std::string> iban_problem(const std::string& iban) {
  if (is_valid_iban(iban)) return std::nullopt;
  return "\"" + iban + "\" is not a valid IBAN (mod-97 check failed)";
}

std::optional<std::string> employment_end_problem(const Date& since, const Date& until) {
  if (until >= since) return std::nullopt;
  return "the end " + to_string(until) + " is before the start " + to_string(since);
}

std::optional<std::string> date_range_problem(const Date& date, const std::string& what, const std::optional<Date>& employed_since) {
  const bool birth = what == "birth_date";
  const Date first = parse_date(birth ? "1900-01-01" : "1950-01-01", "first plausible date");
  const Date last = parse_date("2100-12-31", "last plausible date");
  if (date < first || date > last) {
    return "expected a date from " + to_string(first) + " to " + to_string(last) + ", got " + to_string(date);
  }
  if (birth && employed_since && !(date < *employed_since)) {
    return "the birth date " + to_string(date) + " is not before the first day of employment " + to_string(*employed_since);
  }
  return std::nullopt;
}

std::optional<std::string> text_problem(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x20 || c == 0x7f) return "holds a control character at byte " + std::to_string(i + 1) + "; expected plain text";
    if (c == 0xc2 && i + 1 < text.size()) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      if (d >= 0x80 && d <= 0x9f) return "holds a control character at byte " + std::to_string(i + 1) + "; expected plain text";
    }
    if (c == 0xe2 && i + 2 < text.size()) {
      const auto d = static_cast<unsigned char>(text[i + 1]);
      const auto e = static_cast<unsigned char>(text[i + 2]);
      if ((d == 0x80 && e >= 0xaa && e <= 0xae) || (d == 0x81 && e >= 0xa6 && e <= 0xa9)) {
        return "holds a bidirectional override at byte " + std::to_string(i + 1) + " (it would show the text reversed); expected plain text";
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> personnel_number_problem(const std::string& id) {
  std::string digits;
  for (char c : id) {
    if (c >= '0' && c <= '9') digits += c;
  }
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
  if (!digits.empty() && digits.size() <= 9) return std::nullopt;
  return "\"" + id + "\" has " + (digits.empty() ? std::string("no digits other than zeros") : "more than 9 significant digits") +
         "; expected a personnel number with 1 to 9 significant digits (they become the income relationship number "
         "NumIV of the wage-tax return), e.g. E001";
}

std::optional<std::string> hours_per_week_problem(const Hours& hours) {
  if (hours.value().sign() > 0 && hours.value() <= Decimal(60)) return std::nullopt;
  return "expected hours per week more than 0 and at most 60, got " + hours.str();
}

std::optional<std::string> hourly_wage_problem(const Money& hourly_wage) {
  if (hourly_wage.sign() >= 0) return std::nullopt;
  return std::string("expected an hourly wage of 0 or more");
}

std::optional<std::string> fixed_term_problem(bool permanent, const std::optional<Date>& until) {
  if (permanent || until) return std::nullopt;
  return std::string("is empty; a fixed-term contract (permanent_contract nee) needs its last day");
}

std::optional<std::string> permanent_end_problem(bool permanent, const std::optional<Date>& until) {
  if (!permanent || !until) return std::nullopt;
  return "is " + to_string(*until) +
         " but the contract is permanent: a permanent contract has no last day. For a fixed-term contract leave "
         "out permanent; for a permanent one that ends, hire without a last day and record the end with "
         "basisbaan employee terminate";
}

std::optional<std::string> pay_period_problem(PeriodKind kind) {
  if (kind == PeriodKind::Month || kind == PeriodKind::FourWeeks || kind == PeriodKind::Week) return std::nullopt;
  return std::string("expected month, four-weeks or week");
}

std::optional<std::string> commute_problem(const Decimal& km) {
  if (km.sign() >= 0) return std::nullopt;
  return std::string("expected 0 or more km");
}

std::optional<FieldProblem> employee_problem(const Employee& e, const std::set<std::string>& taken_ids,
                                             const std::set<std::string>& taken_bsns) {
  const std::string required = "is empty; a value is required";
  if (e.id.empty()) return FieldProblem{"id", required};
  if (taken_ids.count(e.id) != 0) return FieldProblem{"id", "employee " + e.id + " already exists"};
  if (auto m = personnel_number_problem(e.id)) return FieldProblem{"id", *m};
  if (e.name.empty()) return FieldProblem{"name", required};
  if (auto m = text_problem(e.name)) return FieldProblem{"name", *m};
  if (auto m = date_range_problem(e.birth_date, "birth_date", e.employed_since)) return FieldProblem{"birth_date", *m};
  if (auto m = date_range_problem(e.employed_since, "employed_since")) return FieldProblem{"employed_since", *m};
  if (e.employed_until) {
    if (auto m = date_range_problem(*e.employed_until, "employed_until")) return FieldProblem{"employed_until", *m};
  }
  if (e.bsn.empty()) return FieldProblem{"bsn", required};
  if (auto m = bsn_problem(e.bsn)) return FieldProblem{"bsn", *m};
  if (taken_bsns.count(e.bsn) != 0) return FieldProblem{"bsn", "BSN " + mask_bsn(e.bsn) + " belongs to another employee"};
  if (e.iban.empty()) return FieldProblem{"iban", required};
  if (auto m = iban_problem(e.iban)) return FieldProblem{"iban", *m};
  if (e.employed_until) {
    if (auto m = employment_end_problem(e.employed_since, *e.employed_until)) return FieldProblem{"employed_until", *m};
  }
  if (auto m = hours_per_week_problem(e.hours_per_week)) return FieldProblem{"hours_per_week", *m};
  if (e.agreed_hourly_wage) {
    if (auto m = hourly_wage_problem(*e.agreed_hourly_wage)) return FieldProblem{"hourly_wage", *m};
  }
  if (e.scale.empty() && e.agreed_hourly_wage) return FieldProblem{"scale", "is empty; name the scale and step of the agreed hourly wage"};
  if (auto m = fixed_term_problem(e.permanent_contract, e.employed_until)) return FieldProblem{"employed_until", *m};
  if (auto m = pay_period_problem(e.pay_period)) return FieldProblem{"pay_period", *m};
  if (auto m = commute_problem(e.commute_km_per_period)) return FieldProblem{"commute_km_per_period", *m};
  return std::nullopt;
}

}  // namespace basisbaan
