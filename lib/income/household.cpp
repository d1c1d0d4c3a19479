// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/income/household.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/law/municipal_schemes.hpp"
#include "basisbaan/law/tax_group.hpp"

namespace basisbaan {
namespace {

InputError field_error(const std::string& path, const std::string& message) {
  return InputError("field " + path + ": " + message);
}

void not_negative(Money m, const std::string& path) {
  if (m.sign() < 0) throw field_error(path, "expected 0 or more, got " + m.str());
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
  return s;
}

}  // namespace

bool at_aow_age(const RuleBook& rules, const Date& birth, const Date& on) { return aow_age_reached(rules, birth, on); }

int Household::year() const { return static_cast<int>(date.year()); }

BijstandHousehold Household::household_type() const {
  if (partner) return BijstandHousehold::Couple;
  for (const auto& c : children) {
    if (age_on(c.birth_date, date) < 18) return BijstandHousehold::SingleParent;
  }
  return BijstandHousehold::Single;
}

int Household::persons() const { return 1 + (partner ? 1 : 0) + static_cast<int>(children.size()); }

void validate_household(const RuleBook& rules, const Household& h) {
  const auto known = known_municipalities(rules);
  if (std::find(known.begin(), known.end(), lower(h.municipality)) == known.end()) {
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    throw field_error("municipality", "unknown municipality \"" + h.municipality + "\"; known municipalities: " +
                                          (list.empty() ? "none (no rules/municipalities/*.xml loaded)" : list));
  }
  // The person: 21 up to the AOW age (the 18-20 norms and AOW-age claimants are not modelled).
  if (h.date < h.person.birth_date) throw field_error("person.birth_date", "born after the date " + to_string(h.date));
  const int age = age_on(h.person.birth_date, h.date);
  if (age < 21) {
    throw field_error("person.birth_date", "the person is " + std::to_string(age) + " on " + to_string(h.date) +
                                               "; the comparison supports 21 years and older (the 18-20 norms are not modelled)");
  }
  if (at_aow_age(rules, h.person.birth_date, h.date)) {
    throw field_error("person.birth_date", "the person has reached the AOW age on " + to_string(h.date) +
                                               "; the comparison is for people below the AOW age");
  }
  if (h.partner) {
    if (h.date < h.partner->birth_date) throw field_error("partner.birth_date", "born after the date " + to_string(h.date));
    const int page = age_on(h.partner->birth_date, h.date);
    if (page < 21) {
      throw field_error("partner.birth_date", "the partner is " + std::to_string(page) +
                                                  "; couples with a partner under 21 are not modelled (other norms)");
    }
    not_negative(h.partner->gross_income_per_year, "partner.gross_income_per_year");
    not_negative(h.partner->net_income_per_month, "partner.net_income_per_month");
  }
  for (std::size_t i = 0; i < h.children.size(); ++i) {
    const auto& c = h.children[i];
    if (h.date < c.birth_date) {
      throw field_error("children[" + std::to_string(i) + "].birth_date",
                        "born after the date " + to_string(h.date) + " (" + to_string(c.birth_date) +
                            "); enter only children born on or before the comparison date");
    }
  }
  not_negative(h.rent, "housing.rent");
  not_negative(h.service_costs, "housing.service_costs");
  not_negative(h.assets, "assets");
  if (h.cost_sharers < 0 || h.cost_sharers > 20) {
    throw field_error("cost_sharers", "expected 0 to 20 kostendelende medebewoners, got " + std::to_string(h.cost_sharers));
  }
  if (h.current.situation == CurrentSituation::Other) {
    not_negative(h.current.net_per_month, "current.net_per_month");
    if (!h.current.gross_per_year) throw field_error("current.gross_per_year", "is missing (required for situation \"other\")");
  }
  if (h.current.gross_per_year) not_negative(*h.current.gross_per_year, "current.gross_per_year");
  if (h.current.since && h.date < *h.current.since) {
    throw field_error("current.since", "is after the date " + to_string(h.date));
  }
  if (h.job.hours_per_week.value().sign() <= 0 || h.job.hours_per_week.value() > Decimal(60)) {
    throw field_error("job.hours_per_week", "expected more than 0 and at most 60, got " + h.job.hours_per_week.str());
  }
  if (h.job.hourly_wage) not_negative(*h.job.hourly_wage, "job.hourly_wage");
  if (h.job.whk_wga_rate.fraction().sign() < 0 || h.job.whk_wga_rate.fraction() > Decimal(1)) {
    throw field_error("job.whk_wga_rate", "expected a percentage from 0 to 100");
  }
  validate_debts(h.debts);
}

}  // namespace basisbaan
