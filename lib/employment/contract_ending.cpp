// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/contract_ending.hpp"

#include <array>
#include <utility>

#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr std::array<std::pair<EndReason, std::string_view>, 12> kReasons{{
    {EndReason::FixedTermExpired, "fixed-term-expired"},
    {EndReason::EventOccurred, "event-occurred"},
    {EndReason::UwvPermission, "uwv-permission"},
    {EndReason::AfterLongSickness, "after-long-sickness"},
    {EndReason::CourtDissolution, "court-dissolution"},
    {EndReason::MutualAgreement, "mutual-agreement"},
    {EndReason::Resignation, "resignation"},
    {EndReason::ProbationDismissal, "probation"},
    {EndReason::UrgentCause, "urgent-cause"},
    {EndReason::AowAge, "aow-age"},
    {EndReason::Death, "death"},
    {EndReason::Other, "other"},
}};

// Notice given by the employer: UWV permission (7:671a), after long sickness, during probation.
bool employer_notice(EndReason r) {
  return r == EndReason::UwvPermission || r == EndReason::AfterLongSickness || r == EndReason::ProbationDismissal;
}

}  // namespace

std::string_view to_string(EndReason reason) noexcept {
  for (const auto& [r, name] : kReasons) {
    if (r == reason) return name;
  }
  return "other";
}

std::string_view to_string(EndInitiative initiative) noexcept {
  return initiative == EndInitiative::Employer ? "employer" : "employee";
}

std::optional<EndReason> parse_end_reason(std::string_view text) noexcept {
  for (const auto& [r, name] : kReasons) {
    if (name == text) return r;
  }
  return std::nullopt;
}

std::optional<EndInitiative> parse_end_initiative(std::string_view text) noexcept {
  if (text == "employer") return EndInitiative::Employer;
  if (text == "employee") return EndInitiative::Employee;
  return std::nullopt;
}

std::vector<std::string> end_reason_names() {
  std::vector<std::string> out;
  for (const auto& [r, name] : kReasons) out.emplace_back(name);
  return out;
}

void validate_ending(const ContractEnding& e, const std::string& what) {
  const std::string reason(to_string(e.reason));
  if (employer_notice(e.reason) && e.initiative != EndInitiative::Employer) {
    throw InputError(what + ": reason " + reason + " is notice given by the employer; the initiative must be employer");
  }
  if (e.reason == EndReason::Resignation && e.initiative != EndInitiative::Employee) {
    throw InputError(what + ": reason resignation is notice given by the employee; the initiative must be employee");
  }
  if (e.employer_seriously_culpable && e.employee_seriously_culpable) {
    throw InputError(what + ": serious culpability of both the employer and the employee cannot both be recorded");
  }
}

TransitionEntitlement transition_entitlement(const ContractEnding& e) {
  validate_ending(e, "contract ending");
  TransitionEntitlement t;
  switch (e.reason) {
    case EndReason::Death:
      t.why = "ended by the death of the employee (art. 7:674 BW): no transition payment, an overlijdensuitkering instead";
      return t;
    case EndReason::MutualAgreement:
      t.why = "a termination agreement (art. 7:670b BW) is none of the endings of art. 7:673 lid 1 BW: "
              "no statutory transition payment, only what the parties agreed";
      return t;
    case EndReason::AowAge:
      t.why = "art. 7:673 lid 7 onder b BW: not due when the contract ends because of reaching the AOW age";
      return t;
    default:
      break;
  }
  if (e.employee_seriously_culpable) {
    t.why = "art. 7:673 lid 7 onder c BW: not due when the ending results from serious culpable acts or omissions "
            "of the employee";
    return t;
  }
  if (e.initiative == EndInitiative::Employer) {
    t.due = true;
    switch (e.reason) {
      case EndReason::CourtDissolution:
        t.why = "art. 7:673 lid 1 onder a sub 2 BW: dissolved by the court at the employer's request";
        break;
      case EndReason::FixedTermExpired:
      case EndReason::EventOccurred:
        t.why = "art. 7:673 lid 1 onder a sub 3 BW: ended by operation of law and not continued at the employer's initiative";
        break;
      default:
        t.why = "art. 7:673 lid 1 onder a sub 1 BW: notice given by the employer (" + std::string(to_string(e.reason)) + ")";
        break;
    }
    if (e.reason == EndReason::AfterLongSickness) {
      t.why += "; the employer may ask UWV for compensation (art. 7:673e BW)";
    }
    return t;
  }
  if (e.employer_seriously_culpable) {
    t.due = true;
    t.why = "art. 7:673 lid 1 onder b BW: ended at the employee's initiative as a result of serious culpable acts or "
            "omissions of the employer";
    return t;
  }
  t.why = "art. 7:673 lid 1 BW: ended at the employee's initiative without serious culpability of the employer: not due";
  return t;
}

SicknessCompensation sickness_compensation(const Money& paid, const Money& at_end_of_sickness_ban,
                                           const Money& wage_during_sickness) {
  const auto refuse_negative = [](const Money& m, const char* field) {
    if (m.sign() < 0) throw InputError(std::string("sickness compensation, field ") + field + ": expected 0 or more, got " + m.str());
  };
  refuse_negative(paid, "paid");
  refuse_negative(at_end_of_sickness_ban, "at_end_of_sickness_ban");
  refuse_negative(wage_during_sickness, "wage_during_sickness");
  SicknessCompensation c{paid, at_end_of_sickness_ban, wage_during_sickness, paid, "paid"};
  if (at_end_of_sickness_ban < c.amount) {
    c.amount = at_end_of_sickness_ban;
    c.limited_by = "lid 2 onder a";
  }
  if (wage_during_sickness < c.amount) {
    c.amount = wage_during_sickness;
    c.limited_by = "lid 2 onder b";
  }
  return c;
}

}  // namespace basisbaan
