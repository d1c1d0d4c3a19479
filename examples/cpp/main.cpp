// SPDX-License-Identifier: EUPL-1.2
// A back office on basisbaan's public API alone: create an employer's database, hire two people,
// record a sick report, run January to March 2026, place one employee in a higher scale from
// February (a retroactive change), correct the closed February and write the exports of March
// (wage-tax return, SEPA payments, journal, payslips). Usage: backoffice RULES_DIR WORK_DIR
#include <basisbaan/app/backoffice.hpp>
#include <basisbaan/app/run_summary.hpp>
#include <basisbaan/export/atomic_file.hpp>
#include <basisbaan/export/journal.hpp>
#include <basisbaan/export/loonaangifte.hpp>
#include <basisbaan/export/payslip_html.hpp>
#include <basisbaan/export/sepa_pain001.hpp>
#include <basisbaan/rules/rule_book.hpp>
#include <basisbaan/store/database.hpp>

#include <exception>
#include <filesystem>
#include <iostream>

namespace bb = basisbaan;

namespace {

bb::Employee person(const char* id, const char* name, const char* born, const char* bsn, const char* iban, int hours) {
  bb::Employee e;
  e.id = id;
  e.name = name;
  e.birth_date = bb::parse_date(born);
  e.bsn = bsn;
  e.iban = iban;
  e.employed_since = bb::parse_date("2026-01-01");
  e.employed_until = bb::parse_date("2026-12-31");  // a fixed-term contract for the year
  e.permanent_contract = false;
  e.hours_per_week = bb::Hours(bb::Decimal(hours));  // paid the statutory minimum wage ("WML")
  return e;
}

void print_run(const bb::StoredRun& run) {
  const bb::app::RunTotals t = bb::app::run_totals(run);
  std::cout << "run " << run.period.label() << ": " << t.employees << " payslips, gross " << t.gross.str() << ", wage tax "
            << t.wage_tax.str() << ", net " << t.net.str() << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: backoffice RULES_DIR WORK_DIR\n";
    return 2;
  }
  try {
    const bb::RuleBook rules = bb::RuleBook::load_directory(argv[1]);
    const std::filesystem::path work = argv[2];
    std::filesystem::create_directories(work);
    bb::Database db = bb::Database::create(work / "employer.db");
    bb::app::Backoffice office(db, rules);

    bb::Employer employer;
    employer.name = "Stichting Voorbeeld (fictief)";
    employer.payroll_tax_number = "123456782L01";
    employer.iban = "NL91ABNA0417164300";
    employer.bic = "ABNANL2A";
    employer.whk_rate = bb::Rate::parse_percent("1.52");
    employer.whk_wga_rate = bb::Rate::parse_percent("0.70");
    office.set_employer(employer);

    office.hire(person("E001", "F. el Amrani", "1981-02-14", "999990007", "NL04INGB7000000001", 32), "wijkconciërge");
    office.hire(person("E002", "J. de Boer", "1968-09-03", "999990019", "NL41RABO7001234568", 24), "groenonderhoud");
    bb::SickReport sick;
    sick.first_day = bb::parse_date("2026-02-09");
    const bb::SickReport s = office.report_sick("E002", sick);
    office.report_recovery("E002", bb::parse_date("2026-02-16"));
    std::cout << "hired E001 and E002; sick report " << s.id << " of E002 from " << bb::to_string(s.first_day) << "\n";

    for (const char* label : {"2026-01", "2026-02"}) {
      const bb::PayPeriod period = bb::PayPeriod::parse(label);
      print_run(office.run_payroll(period).run);
      office.close_period(period);
    }
    // Agreed in March: E001 earns scale 2 from February on. February is closed: correct it.
    bb::ScalePlacement placement;
    placement.from = bb::parse_date("2026-02-01");
    placement.scale = "schaal 2, trede 1";
    placement.hourly_wage = bb::Money::parse("15.50");
    office.place_in_scale("E001", placement);
    const bb::CorrectionOutcome c = office.correct_period(bb::PayPeriod::parse("2026-02"), "scale 2 from February");
    if (!c.run) throw std::runtime_error("the correction of 2026-02 found no differences");
    for (const auto& d : c.run->differences) {
      std::cout << "correction 2026-02 " << d.employee_id << ": net " << d.net.str() << " paid in " << c.run->pay_in->label() << "\n";
    }

    const bb::PayPeriod march = bb::PayPeriod::parse("2026-03");
    print_run(office.run_payroll(march).run);
    office.close_period(march);

    // closed_run_data would do for the other exports; the return also needs each payslip's
    // arbeidskorting of the period, which wage_tax_return_data reads besides.
    const bb::RunData data = office.wage_tax_return_data(march);
    bb::write_file_atomically(work / "loonaangifte-2026-03.xml", bb::loonaangifte_xml(data));
    bb::write_file_atomically(work / "sepa-2026-03.xml", bb::sepa_pain001_xml(data, bb::SepaOptions{bb::parse_date("2026-03-25"), {}, {}}));
    bb::write_file_atomically(work / "journal-2026-03.csv",
                              bb::journal_csv(bb::journal_lines(data, bb::ChartOfAccounts::defaults())));
    for (const auto& re : data.employees) bb::write_file_atomically(work / bb::payslip_file_name(re), bb::payslip_html(data.employer, re));
    std::cout << "exports of 2026-03 written: loonaangifte, SEPA, journal, " << data.employees.size() << " payslips\n";

    const bb::ReplayReport replay = office.replay(march);
    const bb::AuditVerification audit = office.verify_audit();
    std::cout << "replay 2026-03 " << (replay.identical() ? "identical" : "DIFFERENT") << "; audit "
              << (audit.ok() ? "ok" : "PROBLEMS") << " (" << audit.entries << " entries)\n";
    return replay.identical() && audit.ok() ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "backoffice: " << e.what() << "\n";
    return 1;
  }
}
