// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/cao/aan_de_slag.hpp"

namespace basisbaan {

CaoAanDeSlagTerms CaoAanDeSlagTerms::load(const RuleBook& rules, const Date& on, Trace* trace) {
  CaoAanDeSlagTerms t;
  auto note = [&](const char* name) {
    if (rules.value_at(name, on).status == "unconfirmed") t.unconfirmed.emplace_back(name);
  };
  t.version = rules.text("cao.version", on, trace);
  t.full_time_hours = rules.decimal("cao.working_week.full_time_hours", on, trace);
  t.holiday_allowance_rate = rules.rate("cao.holiday_allowance.rate", on, trace);
  t.year_end_payment_full_time = rules.amount("cao.year_end_payment.amount", on, trace);
  t.travel_allowance_per_km = rules.amount("cao.travel_allowance.per_km", on, trace);
  t.pension_premium_rate = rules.rate("cao.pension.premium_rate", on, trace);
  t.pension_franchise = rules.amount("cao.pension.franchise", on, trace);
  t.pension_part_time_basis_hours = rules.decimal("cao.pension.part_time_basis_hours", on, trace);
  // Rules copies stored with payroll runs before the parameter existed lack it: those runs used
  // the base without allowances, so they replay as they were.
  t.pension_base_includes_allowances = rules.has("cao.pension.base_includes_allowances") &&
                                       rules.integer("cao.pension.base_includes_allowances", on, trace) != 0;
  t.pension_premium_part_period = rules.has("cao.pension.premium_part_period") &&
                                  rules.integer("cao.pension.premium_part_period", on, trace) != 0;
  t.wga_recovered = rules.integer("cao.wga.recover_from_employee", on, trace) != 0;
  t.wga_recovery_on_premium_wage = rules.has("cao.wga.recovery_on_premium_wage") &&
                                   rules.integer("cao.wga.recovery_on_premium_wage", on, trace) != 0;
  t.wga_employee_share = rules.rate("cao.wga.employee_share", on, trace);
  for (const char* n : {"cao.version", "cao.working_week.full_time_hours", "cao.holiday_allowance.rate",
                        "cao.year_end_payment.amount", "cao.travel_allowance.per_km", "cao.pension.premium_rate",
                        "cao.pension.franchise", "cao.wga.recover_from_employee", "cao.wga.employee_share"}) {
    note(n);
  }
  return t;
}

}  // namespace basisbaan
