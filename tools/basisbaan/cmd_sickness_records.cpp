// SPDX-License-Identifier: EUPL-1.2
// basisbaan leave pregnancy add|birth, sick extend, sick step add — pregnancy and maternity leave
// (Wazo), extensions of the 104 weeks (art. 7:629 lid 11 BW) and reintegration steps done (Wet
// verbetering poortwachter) in the employer's database.

#include <memory>
#include <ostream>

#include "basisbaan/core/error.hpp"
#include "basisbaan/store/sickness_records.hpp"
#include "cli.hpp"
#include "option_values.hpp"
#include "store_commands.hpp"

namespace basisbaan::cli {
namespace {

struct SicknessRecordOptions {
  std::string db;
  std::string employee;
  std::string expected_birth;
  std::string start;
  std::string date;
  std::string label;
  std::string kind;
  std::string note;
  int days = 0;
  int weeks = 0;
  bool multiple = false;
};

void print_leave(std::ostream& out, const std::string& employee, const MaternityLeave& m) {
  out << "Pregnancy and maternity leave of " << employee << ": " << to_string(m.pregnancy_leave_from) << " … "
      << to_string(m.last_day) << " (" << m.total_days << " days; " << m.basis << ").\n"
      << "No wage continuation during it (art. 7:629 lid 4 BW); UWV pays the benefit (art. 3:7 Wazo) to the employer, "
         "and the payroll run pays it on for the leave days (art. 3:8 Wazo).\n";
}

}  // namespace

void add_pregnancy_leave_commands(CLI::App* leave, Context& ctx) {
  auto o = std::make_shared<SicknessRecordOptions>();
  auto* pregnancy = leave->add_subcommand("pregnancy", "Pregnancy and maternity leave (art. 3:1 Wazo) in the employer's database.");
  pregnancy->require_subcommand(1);
  auto* add = pregnancy->add_subcommand("add", "Record a pregnancy and maternity leave: the expected birth and the chosen start.");
  add_db_option(add, o->db);
  add->add_option("--employee", o->employee, "Personnel number")->required();
  add->add_option("--expected-birth", o->expected_birth, "The expected date of birth (YYYY-MM-DD)")->required();
  add->add_option("--start", o->start, "First day of pregnancy leave (YYYY-MM-DD; 6 to 4 weeks before, 10 to 8 for a multiple)")
      ->required();
  add->add_flag("--multiple", o->multiple, "A multiple pregnancy");
  add->add_option("--label", o->label, "Label (default Z<n>)");
  add->callback([o, &ctx] {
    const Date expected_birth = date_option(o->expected_birth, "--expected-birth");
    const Date start = date_option(o->start, "--start");
    Database db = Database::open(o->db);
    MaternityLeaveFacts f;
    f.expected_birth = expected_birth;
    f.leave_start = start;
    f.multiple = o->multiple;
    print_leave(*ctx.out, o->employee, add_maternity_leave(db, ctx.rules(), o->employee, f, o->label));
  });
  auto* birth = pregnancy->add_subcommand("birth", "Record the day of birth on the leave: the maternity leave runs from the day after.");
  add_db_option(birth, o->db);
  birth->add_option("--employee", o->employee, "Personnel number")->required();
  birth->add_option("--date", o->date, "The day of birth (YYYY-MM-DD)")->required();
  birth->add_option("--label", o->label, "The leave's label (default: the last one)");
  birth->callback([o, &ctx] {
    const Date on = date_option(o->date, "--date");
    Database db = Database::open(o->db);
    const MaternityLeave m = record_birth(db, ctx.rules(), o->employee, on,
                                          o->label.empty() ? std::nullopt : std::optional<std::string>(o->label));
    print_leave(*ctx.out, o->employee, m);
  });
}

void add_sickness_record_commands(CLI::App* sick, Context& ctx) {
  auto o = std::make_shared<SicknessRecordOptions>();
  auto* extend = sick->add_subcommand("extend", "Record an extension of the 104 weeks of wage continuation (art. 7:629 lid 11 BW).");
  add_db_option(extend, o->db);
  extend->add_option("--employee", o->employee, "Personnel number")->required();
  extend->add_option("--kind", o->kind, "late-wia-application, agreed-postponement or wage-sanction")->required();
  extend->add_option("--date", o->date, "Day of the UWV decision or the agreement (YYYY-MM-DD)")->required();
  auto* days = extend->add_option("--days", o->days, "Length in days");
  auto* weeks = extend->add_option("--weeks", o->weeks, "Length in weeks (as UWV decides a wage sanction or postponement)");
  days->excludes(weeks);
  extend->add_option("--note", o->note, "Note, e.g. the UWV decision's number");
  extend->callback([o, &ctx] {
    if (o->days == 0 && o->weeks == 0) throw UsageError("sick extend: give --days or --weeks");
    RecordedExtension e;
    e.date = date_option(o->date, "--date");
    e.extension.kind = option_value("--kind", "a kind of extension", o->kind, [](const std::string& t) { return parse_extension_kind(t, "--kind"); });
    e.extension.days = o->days != 0 ? o->days : 7 * o->weeks;
    e.extension.note = o->note;
    if (e.extension.days < 1) throw UsageError("--days/--weeks: expected a length of at least 1 day");
    Database db = Database::open(o->db);
    add_sickness_extension(db, o->employee, e);
    *ctx.out << "Extension (" << o->kind << ", " << e.extension.days << " days) of " << o->employee << " recorded.\n";
  });
  auto* step = sick->add_subcommand("step", "Reintegration steps done (Wet verbetering poortwachter).");
  step->require_subcommand(1);
  auto* add = step->add_subcommand("add", "Record a reintegration step as done on a date.");
  add_db_option(add, o->db);
  add->add_option("--employee", o->employee, "Personnel number")->required();
  add->add_option("--kind", o->kind,
                  "problem-analysis, plan-of-action, evaluation, week-42-report, first-year-evaluation or wia-application")
      ->required();
  add->add_option("--date", o->date, "The day it was done (YYYY-MM-DD; the WIA application: received by UWV)")->required();
  add->add_option("--note", o->note, "Note");
  add->callback([o, &ctx] {
    ReintegrationStep s;
    s.kind = option_value("--kind", "a kind of step", o->kind, [](const std::string& t) { return parse_reintegration_step_kind(t, "--kind"); });
    s.date = date_option(o->date, "--date");
    s.note = o->note;
    Database db = Database::open(o->db);
    add_reintegration_step(db, o->employee, s);
    *ctx.out << "Reintegration step " << o->kind << " of " << o->employee << " on " << o->date << " recorded.\n";
  });
}

}  // namespace basisbaan::cli
