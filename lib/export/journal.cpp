// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/journal.hpp"

#include <array>
#include <stdexcept>

#include "basisbaan/core/csv_text.hpp"
#include "basisbaan/core/csv.hpp"
#include "basisbaan/core/error.hpp"

namespace basisbaan {
namespace {

constexpr std::array kRoles{JournalRole::GrossWages,     JournalRole::UwvBenefitReceivable, JournalRole::TravelAllowance,
                            JournalRole::EmployerCharges, JournalRole::PensionCharges,       JournalRole::WageTaxPayable,
                            JournalRole::PremiumsPayable, JournalRole::PensionPayable,       JournalRole::NetWagesPayable,
                            JournalRole::GarnishmentsPayable};

bool is_debit_role(JournalRole r) {
  return r == JournalRole::GrossWages || r == JournalRole::UwvBenefitReceivable || r == JournalRole::TravelAllowance ||
         r == JournalRole::EmployerCharges || r == JournalRole::PensionCharges;
}

const char* description_nl(JournalRole r) {
  switch (r) {
    case JournalRole::GrossWages: return "Brutoloon";
    case JournalRole::TravelAllowance: return "Onbelaste reiskostenvergoeding";
    case JournalRole::EmployerCharges: return "Werkgeverslasten Zvw en premies (na verhaal WGA)";
    case JournalRole::PensionCharges: return "Pensioenpremie werkgever";
    case JournalRole::WageTaxPayable: return "Ingehouden loonheffing";
    case JournalRole::PremiumsPayable: return "Werkgeversheffing Zvw en premies werknemersverzekeringen";
    case JournalRole::PensionPayable: return "Pensioenpremie werkgever en werknemer";
    case JournalRole::NetWagesPayable: return "Netto te betalen loon";
    case JournalRole::GarnishmentsPayable: return "Ingehouden loonbeslag, te betalen aan de schuldeiser";
    case JournalRole::UwvBenefitReceivable: return "Zwangerschaps- en bevallingsuitkering doorbetaald, te ontvangen van UWV";
  }
  return "?";
}

// Each role's amount for one payslip, positive on the role's own side.
std::map<JournalRole, Money> role_amounts(const Payslip& p) {
  const Money pension_employer = p.pension_employer();
  const Money pension_employee = p.pension_employee();
  const Money wga_recovery = p.wga_recovery();
  const Money premiums = p.employer_charges - pension_employer;  // Zvw + Aof + Awf + Wko + Whk (+ Ufo)
  // The Wazo benefit the employer pays on is UWV's money (art. 3:8 Wazo: UWV pays it to the
  // employer): receivable from UWV, not wage cost. The premiums and the wage tax over it stay.
  const Money uwv_benefit = p.amount_of(LineCode::WazoBenefit);
  return {
      {JournalRole::GrossWages, p.gross - uwv_benefit},
      {JournalRole::UwvBenefitReceivable, uwv_benefit},
      {JournalRole::TravelAllowance, p.untaxed},
      {JournalRole::EmployerCharges, premiums - wga_recovery},
      {JournalRole::PensionCharges, pension_employer},
      {JournalRole::WageTaxPayable, p.wage_tax},
      {JournalRole::PremiumsPayable, premiums},
      {JournalRole::PensionPayable, pension_employer + pension_employee},
      // The period's own net: corrections settled on this payslip are booked by their own
      // entry (CORR-), a shortfall carried forward stays on the account until it is settled.
      {JournalRole::NetWagesPayable, p.net_of_period()},
      // Withheld from the net for garnishments: owed to the creditors (paid with the SEPA file).
      {JournalRole::GarnishmentsPayable, p.garnished()},
  };
}

/// A text field: quoted when needed, never read as a formula by a spreadsheet (issue 19).
std::string csv_field(const std::string& s) { return csv_text_field(s); }

}  // namespace

std::string_view to_string(JournalRole r) noexcept {
  switch (r) {
    case JournalRole::GrossWages: return "gross_wages";
    case JournalRole::TravelAllowance: return "travel_allowance";
    case JournalRole::EmployerCharges: return "employer_charges";
    case JournalRole::PensionCharges: return "pension_charges";
    case JournalRole::WageTaxPayable: return "wage_tax_payable";
    case JournalRole::PremiumsPayable: return "premiums_payable";
    case JournalRole::PensionPayable: return "pension_payable";
    case JournalRole::NetWagesPayable: return "net_wages_payable";
    case JournalRole::GarnishmentsPayable: return "garnishments_payable";
    case JournalRole::UwvBenefitReceivable: return "uwv_benefit_receivable";
  }
  return "?";
}

ChartOfAccounts ChartOfAccounts::defaults() {
  ChartOfAccounts c;
  c.accounts_ = {
      {JournalRole::GrossWages, {"4000", "Brutolonen"}},
      {JournalRole::TravelAllowance, {"4010", "Reiskostenvergoedingen"}},
      {JournalRole::EmployerCharges, {"4100", "Sociale lasten"}},
      {JournalRole::PensionCharges, {"4110", "Pensioenlasten"}},
      {JournalRole::WageTaxPayable, {"1500", "Af te dragen loonheffing"}},
      {JournalRole::PremiumsPayable, {"1510", "Af te dragen premies en Zvw"}},
      {JournalRole::PensionPayable, {"1520", "Af te dragen pensioenpremies"}},
      {JournalRole::NetWagesPayable, {"1530", "Te betalen nettolonen"}},
      {JournalRole::GarnishmentsPayable, {"1540", "Af te dragen loonbeslag"}},
      {JournalRole::UwvBenefitReceivable, {"1300", "Te ontvangen uitkeringen UWV"}},
  };
  return c;
}

ChartOfAccounts ChartOfAccounts::parse_csv(std::string_view text, std::string_view document_name) {
  ChartOfAccounts c = defaults();
  const auto records = basisbaan::parse_csv(text, document_name);
  const std::string doc(document_name);
  std::string accepted;
  for (auto r : kRoles) accepted += (accepted.empty() ? "" : ", ") + std::string(to_string(r));
  bool header = true;
  for (const auto& rec : records) {
    if (header) {
      header = false;
      if (rec.fields.size() != 3 || rec.fields[0] != "role" || rec.fields[1] != "account" || rec.fields[2] != "name") {
        throw InputError(doc + " line " + std::to_string(rec.line) + ": expected the header \"role,account,name\"");
      }
      continue;
    }
    if (rec.fields.size() != 3) {
      throw InputError(doc + " line " + std::to_string(rec.line) + ": expected 3 fields (role,account,name), found " +
                       std::to_string(rec.fields.size()));
    }
    bool found = false;
    for (auto r : kRoles) {
      if (rec.fields[0] == to_string(r)) {
        if (rec.fields[1].empty()) throw InputError(doc + " line " + std::to_string(rec.line) + ": account number is empty");
        c.accounts_[r] = {rec.fields[1], rec.fields[2]};
        found = true;
      }
    }
    if (!found) {
      throw InputError(doc + " line " + std::to_string(rec.line) + ": unknown role '" + rec.fields[0] + "'; expected one of " + accepted);
    }
  }
  if (header) throw InputError(doc + ": empty; expected the header \"role,account,name\"");
  return c;
}

std::vector<JournalLine> journal_lines(const RunData& run, const ChartOfAccounts& chart) {
  require_closed(run);
  std::vector<JournalLine> lines;
  const std::string period = run.period.label();
  auto emit = [&](const std::string& entry, const std::string& employee, const std::map<JournalRole, Money>& amounts,
                  const std::string& suffix) {
    for (auto r : kRoles) {
      const Money a = amounts.at(r);
      if (a.is_zero()) continue;
      // A negative amount (a correction that lowers it) goes to the other side.
      const bool debit = is_debit_role(r) == (a.sign() > 0);
      const Money abs = a.sign() > 0 ? a : -a;
      lines.push_back({run.period.end(), entry, period, chart.account(r), std::string(description_nl(r)) + suffix, employee,
                       debit ? abs : Money(), debit ? Money() : abs});
    }
  };
  for (const auto& re : run.employees) emit("LONEN-" + period, re.employee.id, role_amounts(re.payslip), "");
  for (const auto& c : run.corrections) {
    for (std::size_t i = 0; i < c.after.size() && i < c.before.size(); ++i) {
      auto after = role_amounts(c.after[i].payslip);
      const auto before = role_amounts(c.before[i].payslip);
      for (auto& [role, amount] : after) amount -= before.at(role);
      emit("CORR-" + c.period.label(), c.after[i].employee.id, after, " (correctie " + c.period.label() + ")");
    }
  }
  Money debit, credit;
  for (const auto& l : lines) {
    debit += l.debit;
    credit += l.credit;
  }
  if (debit != credit) {
    throw std::logic_error("wage journal of " + period + " does not balance: debit " + debit.str() + ", credit " + credit.str());
  }
  return lines;
}

std::string journal_csv(const std::vector<JournalLine>& lines) {
  std::string out = "date,entry,period,account,account_name,description,employee,debit,credit\r\n";
  for (const auto& l : lines) {
    out += to_string(l.date) + "," + csv_field(l.entry) + "," + csv_field(l.period) + "," + csv_field(l.account.number) + "," +
           csv_field(l.account.name) + "," + csv_field(l.description) + "," + csv_field(l.employee_id) + "," +
           (l.debit.is_zero() ? std::string() : l.debit.str()) + "," + (l.credit.is_zero() ? std::string() : l.credit.str()) + "\r\n";
  }
  return out;
}

}  // namespace basisbaan
