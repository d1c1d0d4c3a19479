// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/employment/poortwachter.hpp"

#include "basisbaan/core/date.hpp"
#include "basisbaan/employment/statutory_term.hpp"

namespace basisbaan {

std::vector<Milestone> poortwachter_timeline(const RuleBook& rules, const std::vector<SickReport>& reports,
                                             const SicknessPeriod& period) {
  const Date& on = period.first_day;
  struct Step {
    const char* key;
    const char* what;
    const char* param;
    const char* from_param;
    const char* basis;
    bool next_working_day = false;  ///< due the first working day after the week (not its last day)
    bool statutory_term = false;    ///< a term set by law: Algemene termijnenwet art. 1 applies
  };
  static constexpr Step kSteps[] = {
      {"problem_analysis", "problem analysis by the occupational physician (probleemanalyse)",
       "labour.poortwachter.problem_analysis_week", nullptr, "Regeling procesgang eerste en tweede ziektejaar art. 2 lid 2"},
      {"plan_of_action", "plan of action agreed by employer and employee (plan van aanpak)", "labour.poortwachter.plan_of_action_week",
       nullptr, "Regeling procesgang: at the latest two weeks after the problem analysis"},
      {"uwv_report", "report the sickness to UWV (42e-weeksmelding), at the latest the first working day after week 42",
       "labour.poortwachter.uwv_report_week", nullptr,
       "Ziektewet art. 38 lid 1; UWV: \"uiterlijk de eerste werkdag na de 42e ziekteweek\"", true},
      {"first_year_evaluation", "first-year evaluation (eerstejaarsevaluatie)", "labour.poortwachter.first_year_evaluation_to_week",
       "labour.poortwachter.first_year_evaluation_from_week", "Regeling procesgang; UWV"},
      {"wage_floor_ends", "end of the first 52 weeks: the minimum-wage floor and the year-1 cao rate end",
       "labour.sick_pay.wml_floor_weeks", nullptr, "art. 7:629 lid 1 BW"},
      {"wia_letter", "UWV sends the WIA application letter", "labour.poortwachter.wia_letter_week", nullptr, "UWV practice"},
      {"final_evaluation", "final evaluation of the plan and current opinion of the physician (eindevaluatie, actueel oordeel)",
       "labour.poortwachter.final_evaluation_week", nullptr, "UWV: two weeks before the WIA application"},
      {"wia_application", "WIA application with the reintegration report at UWV",
       "labour.poortwachter.wia_application_deadline_week", nullptr, "Wet WIA art. 64 lid 1", false, true},
      {"wage_continuation_ends", "end of wage continuation (104 weeks)", "labour.sick_pay.max_weeks", nullptr,
       "art. 7:629 lid 1 BW"},
  };
  std::vector<Milestone> out;
  for (const Step& s : kSteps) {
    Milestone m;
    m.key = s.key;
    m.what = s.what;
    m.week = static_cast<int>(rules.integer(s.param, on));
    m.basis = std::string(s.basis) + " (" + s.param + ")";
    m.deadline = period.date_of_sick_day(reports, 7 * m.week);
    if (s.next_working_day && m.deadline) {
      // A working day: Monday to Friday and no public holiday (atw.public_holidays).
      m.deadline = next_working_day_after(rules, *m.deadline);
    } else if (s.statutory_term && m.deadline) {
      // A term set by law: the Algemene termijnenwet moves an end on a Saturday, Sunday or holiday.
      const StatutoryTermEnd t = atw_term_end(rules, *m.deadline);
      if (!t.note.empty()) m.basis += "; " + t.note;
      m.deadline = t.day;
    }
    if (s.from_param != nullptr) {
      const int from_week = static_cast<int>(rules.integer(s.from_param, on));
      m.from = period.date_of_sick_day(reports, 7 * (from_week - 1) + 1);
    }
    out.push_back(std::move(m));
  }
  return out;
}

}  // namespace basisbaan
