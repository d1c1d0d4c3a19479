// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/maternity_leave.hpp"

#include "basisbaan/core/error.hpp"

namespace basisbaan {

namespace {

// Art. 3:1 lid 3 Wazo: the days from `from` to the day before `to` on which a report says sick.
int sick_days_between(const std::vector<SickReport>& sickness, const Date& from, const Date& to) {
  int n = 0;
  for (Date d = from; d < to; d = add_days(d, 1)) {
    for (const SickReport& r : sickness) {
      if (r.sick_on(d)) {
        ++n;
        break;
      }
    }
  }
  return n;
}

}  // namespace

MaternityLeave maternity_leave(const RuleBook& rules, const MaternityLeaveFacts& f, const std::vector<SickReport>& sickness) {
  const Date& on = f.expected_birth;
  const char* suffix = f.multiple ? "_multiple" : "";
  const auto earliest_weeks = rules.integer(std::string("labour.wazo.pregnancy_leave_earliest_weeks") + suffix, on);
  const auto latest_weeks = rules.integer(std::string("labour.wazo.pregnancy_leave_latest_weeks") + suffix, on);
  const auto maternity_weeks = rules.integer("labour.wazo.maternity_leave_weeks", on);
  MaternityLeave m;
  // "Zes weken voor de dag na de vermoedelijke datum van bevalling": counted back from that day.
  const Date day_after_expected = add_days(f.expected_birth, 1);
  m.earliest_start = add_days(day_after_expected, -7 * static_cast<int>(earliest_weeks));
  m.latest_start = add_days(day_after_expected, -7 * static_cast<int>(latest_weeks));
  if (f.leave_start < m.earliest_start || f.leave_start > m.latest_start) {
    throw InputError("maternity leave, field leave_start: " + to_string(f.leave_start) + " is outside " +
                     to_string(m.earliest_start) + " … " + to_string(m.latest_start) + " (art. 3:1 lid 2 Wazo: " +
                     std::to_string(earliest_weeks) + " to " + std::to_string(latest_weeks) +
                     " weeks before the day after the expected birth " + to_string(f.expected_birth) + ")");
  }
  const Date birth = f.birth ? *f.birth : f.expected_birth;
  // Born before the chosen start: no pregnancy leave was taken; the whole of it is added to the
  // maternity leave from the day after the birth (lid 4: "vermeerderd met het aantal dagen" the
  // pregnancy leave fell short of six weeks — here all of them).
  const bool born_before_leave = birth < f.leave_start;
  m.pregnancy_leave_from = born_before_leave ? add_days(birth, 1) : f.leave_start;
  m.pregnancy_leave_to = birth;
  m.pregnancy_days = born_before_leave ? 0 : days_between(f.leave_start, birth) + 1;
  m.maternity_leave_from = add_days(birth, 1);
  // Lid 3: sickness in the window before the chosen start counts as pregnancy leave. UWV: "Wij
  // trekken het aantal dagen dat u ziek bent in de flexibiliseringsperiode dan af van uw
  // verlofperiode na de bevalling" (docs/employment.md). A birth before the start began no leave.
  if (!born_before_leave) m.sick_days_before_leave = sick_days_between(sickness, m.earliest_start, f.leave_start);
  // Lid 4: extended by the days the pregnancy leave fell short of the earliest term; a birth after
  // the expected date (a longer pregnancy leave) does not shorten the ten weeks.
  const int full_pregnancy = 7 * static_cast<int>(earliest_weeks);
  const int counted = m.pregnancy_days + m.sick_days_before_leave;
  const int shortfall = counted < full_pregnancy ? full_pregnancy - counted : 0;
  m.maternity_days = 7 * static_cast<int>(maternity_weeks) + shortfall;
  m.last_day = add_days(birth, m.maternity_days);
  m.total_days = m.pregnancy_days + m.maternity_days;
  m.basis = "art. 3:1 Wazo: pregnancy leave " + std::to_string(m.pregnancy_days) + " days (" +
            (born_before_leave ? "born " + to_string(birth) + ", before the chosen start " + to_string(f.leave_start)
                               : to_string(f.leave_start) + " … " + to_string(birth)) +
            "), maternity leave " + std::to_string(maternity_weeks) + " weeks + " +
            std::to_string(shortfall) + " days short of " + std::to_string(earliest_weeks) + " weeks" +
            (m.sick_days_before_leave > 0 ? " (art. 3:1 lid 3: " + std::to_string(m.sick_days_before_leave) +
                                                " sick days from " + to_string(m.earliest_start) + " count as pregnancy leave)"
                                          : std::string());
  return m;
}

Money maternity_benefit_per_day(const RuleBook& rules, const Money& daily_wage, const Date& on) {
  if (daily_wage.sign() < 0) throw InputError("maternity benefit, field daily_wage: expected 0 or more, got " + daily_wage.str());
  const Money maximum = rules.amount("labour.sick_pay.max_daily_wage", on);
  return daily_wage < maximum ? daily_wage : maximum;
}

}  // namespace basisbaan
