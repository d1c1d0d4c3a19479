// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/employee_checks.hpp"

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

std::optional<std::string> hours_per_week_problem(const Hours& hours) {
  if (hours.value().sign() > 0 && hours.value() <= Decimal(60)) return std::nullopt;
  return "expected hours per week between 0 and 60, got " + hours.str();
}

std::optional<std::string> hourly_wage_problem(const Money& hourly_wage) {
  if (hourly_wage.sign() >= 0) return std::nullopt;
  return std::string("expected an hourly wage of 0 or more");
}

std::optional<std::string> fixed_term_problem(bool permanent, const std::optional<Date>& until) {
  if (permanent || until) return std::nullopt;
  return std::string("is empty; a fixed-term contract (permanent_contract nee) needs its last day");
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
  if (e.name.empty()) return FieldProblem{"name", required};
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
