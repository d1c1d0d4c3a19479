// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/sepa_pain001.hpp"

#include <algorithm>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "xml_writer.hpp"

namespace basisbaan {
namespace {

using export_detail::add_text;

constexpr const char* kNamespace = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";

// Latin letters with diacritics (UTF-8, two bytes) and the letter without.
struct Fold {
  const char* from;
  char to;
};
constexpr Fold kFolds[] = {
    {"à", 'a'}, {"á", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ã", 'a'}, {"å", 'a'}, {"À", 'A'}, {"Á", 'A'}, {"Â", 'A'}, {"Ä", 'A'},
    {"Ã", 'A'}, {"Å", 'A'}, {"ç", 'c'}, {"Ç", 'C'}, {"è", 'e'}, {"é", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"È", 'E'}, {"É", 'E'},
    {"Ê", 'E'}, {"Ë", 'E'}, {"ì", 'i'}, {"í", 'i'}, {"î", 'i'}, {"ï", 'i'}, {"Ì", 'I'}, {"Í", 'I'}, {"Î", 'I'}, {"Ï", 'I'},
    {"ñ", 'n'}, {"Ñ", 'N'}, {"ò", 'o'}, {"ó", 'o'}, {"ô", 'o'}, {"ö", 'o'}, {"õ", 'o'}, {"ø", 'o'}, {"Ò", 'O'}, {"Ó", 'O'},
    {"Ô", 'O'}, {"Ö", 'O'}, {"Õ", 'O'}, {"Ø", 'O'}, {"ù", 'u'}, {"ú", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"Ù", 'U'}, {"Ú", 'U'},
    {"Û", 'U'}, {"Ü", 'U'}, {"ý", 'y'}, {"ÿ", 'y'}, {"Ý", 'Y'}, {"ş", 's'}, {"Ş", 'S'}, {"ğ", 'g'}, {"Ğ", 'G'}, {"ı", 'i'},
};

bool allowed(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  for (char a : std::string_view("/-?:().,'+ ")) {
    if (c == a) return true;
  }
  return false;
}

std::string amount_text(Money m) { return m.str(); }

}  // namespace

std::string sepa_text(std::string_view text, std::size_t max_chars) {
  std::string out;
  for (std::size_t i = 0; i < text.size() && out.size() < max_chars;) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += allowed(text[i]) ? text[i] : '.';
      ++i;
      continue;
    }
    std::size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    len = std::min(len, text.size() - i);
    const std::string_view ch = text.substr(i, len);
    char replacement = '.';
    for (const auto& f : kFolds) {
      if (ch == f.from) replacement = f.to;
    }
    out += replacement;
    i += len;
  }
  return out;
}

std::string sepa_end_to_end_id(const PayPeriod& period, const std::string& employee_id) {
  const std::string id = period.label() + "-" + employee_id;
  if (id.size() > 35) {
    throw InputError("employee " + employee_id + ": end-to-end id " + id +
                     " is longer than the 35 characters pain.001 allows; use a shorter personnel number");
  }
  return id;
}

std::optional<std::string> sepa_execution_date_problem(const PayPeriod& period, const Date& execution_date) {
  if (execution_date >= period.start()) return std::nullopt;
  return "execution date " + to_string(execution_date) + " is before period " + period.label() + " (" + to_string(period.start()) +
         " … " + to_string(period.end()) + "): its wages are paid on a day in the period or after it, and a bank refuses an execution "
         "date in the past";
}

std::optional<std::string> sepa_execution_date_warning(const PayPeriod& period, const Date& execution_date) {
  const int late = days_between(period.end(), execution_date);
  if (late <= kSepaLatePaymentDays) return std::nullopt;
  return "execution date " + to_string(execution_date) + " is " + std::to_string(late) + " days after the last day of period " +
         period.label() + " (" + to_string(period.end()) + ", the pay date on the payslips): unless a later day was agreed in writing "
         "(art. 7:623 lid 2 BW) the wages are paid late and the employees are owed the wettelijke verhoging (art. 7:625 BW)";
}

std::string sepa_pain001_xml(const RunData& run, const SepaOptions& options) {
  require_closed(run);
  if (auto m = sepa_execution_date_problem(run.period, options.execution_date)) throw InputError("period " + run.period.label() + ": " + *m);
  const Employer& er = run.employer;
  const std::string period = run.period.label();
  if (er.iban.empty()) throw InputError("employer " + er.name + ": no IBAN; the salary payments need the account they are paid from");
  if (!is_valid_iban(er.iban)) throw InputError("employer " + er.name + ": IBAN " + er.iban + " is not a valid IBAN (ISO 13616 check digits)");
  if (er.bic.empty()) throw InputError("employer " + er.name + ": no BIC of the employer's bank");
  if (!is_valid_bic(er.bic)) {
    throw InputError("employer " + er.name + ": BIC " + er.bic + " is not a valid BIC (ISO 9362: 4 letters bank, 2 letters country, 2 location, optional 3 branch)");
  }

  struct Tx {
    std::string e2e;
    Money amount;
    std::string name;
    std::string iban;
    std::string remittance;
  };
  std::vector<Tx> txs;
  Money sum;
  for (const auto& re : run.employees) {
    const Employee& e = re.employee;
    const Payslip& p = re.payslip;
    if (p.net.sign() < 0) {
      throw InputError("employee " + e.id + " (" + e.name + "), period " + period + ": net pay " + p.net.str() +
                       " is negative; a credit transfer cannot collect it");
    }
    if (p.net.is_zero()) continue;
    if (e.iban.empty()) throw InputError("employee " + e.id + " (" + e.name + "), period " + period + ": no IBAN to pay the net wage of " + p.net.str() + " to");
    if (!is_valid_iban(e.iban)) {
      throw InputError("employee " + e.id + " (" + e.name + "), period " + period + ": IBAN " + e.iban + " is not a valid IBAN (ISO 13616 check digits)");
    }
    txs.push_back({sepa_end_to_end_id(run.period, e.id), p.net, sepa_text(e.name, 70), normalize_iban(e.iban),
                   sepa_text("Salaris " + period + " personeelsnr " + e.id, 140)});
    sum += p.net;
  }
  // Garnishments: one transfer per garnishment and employee to the creditor, with its reference
  // (docs/garnishment.md "Payment").
  for (const auto& re : run.employees) {
    const Employee& e = re.employee;
    for (const GarnishmentWithheld& w : re.payslip.garnishments) {
      const auto g = std::find_if(e.garnishments.begin(), e.garnishments.end(), [&](const Garnishment& x) { return x.id == w.garnishment_id; });
      if (g == e.garnishments.end()) {
        throw InputError("employee " + e.id + ", period " + period + ": garnishment " + w.garnishment_id + " withheld " + w.amount.str() +
                         " but is not in the payslip's record; no account to pay it to");
      }
      if (!is_valid_iban(g->iban)) {
        throw InputError("employee " + e.id + ", garnishment " + g->id + " (" + g->creditor + "): IBAN " + g->iban +
                         " is not a valid IBAN (ISO 13616 check digits)");
      }
      const std::string e2e = sepa_end_to_end_id(run.period, e.id) + "-" + g->id;
      if (e2e.size() > 35) throw InputError("employee " + e.id + ": end-to-end id " + e2e + " is longer than 35 characters");
      txs.push_back({e2e, w.amount, sepa_text(g->creditor, 70), normalize_iban(g->iban),
                     sepa_text((g->kind == GarnishmentKind::Voluntary ? "Inhouding " : "Loonbeslag ") +
                                   (g->reference.empty() ? std::string() : "kenmerk " + g->reference + " ") + "periode " + period +
                                   " personeelsnr " + e.id,
                               140)});
      sum += w.amount;
    }
  }
  // Corrections of earlier periods paid with this run are in the net of the payslip that pays
  // them (the correction_earlier_period line). A run computed before that line existed pays a
  // positive net difference as its own transaction, as it did then.
  auto settled_on_payslip = [&](const std::string& id) {
    for (const auto& re : run.employees) {
      if (re.employee.id == id) return re.payslip.line(LineCode::CorrectionEarlierPeriod) != nullptr;
    }
    return false;
  };
  for (const auto& c : run.corrections) {
    for (std::size_t i = 0; i < c.after.size() && i < c.before.size(); ++i) {
      const Employee& e = c.after[i].employee;
      if (settled_on_payslip(e.id)) continue;
      const Money diff = c.after[i].payslip.net - c.before[i].payslip.net;
      if (diff.sign() <= 0) continue;
      if (e.iban.empty() || !is_valid_iban(e.iban)) {
        throw InputError("employee " + e.id + " (" + e.name + "), correction of period " + c.period.label() +
                         ": no valid IBAN to pay the difference of " + diff.str() + " to");
      }
      const std::string e2e = sepa_end_to_end_id(run.period, e.id) + "-C" + c.period.label();
      if (e2e.size() > 35) throw InputError("employee " + e.id + ": end-to-end id " + e2e + " is longer than 35 characters");
      txs.push_back({e2e, diff, sepa_text(e.name, 70), normalize_iban(e.iban),
                     sepa_text("Correctie salaris " + c.period.label() + " personeelsnr " + e.id, 140)});
      sum += diff;
    }
  }
  if (txs.empty()) throw InputError("period " + period + ": no employee has a net wage to pay");

  const std::string msg_id = options.message_id.value_or("SAL-" + period + "-" + er.payroll_tax_number);
  if (msg_id.empty() || msg_id.size() > 35) throw InputError("message id '" + msg_id + "': 1 to 35 characters expected");
  const std::string created = options.created_at.value_or(to_string(options.execution_date) + "T00:00:00");
  const std::string count = std::to_string(txs.size());

  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = doc.append_child("Document");
  root.append_attribute("xmlns") = kNamespace;
  auto init = root.append_child("CstmrCdtTrfInitn");
  auto hdr = init.append_child("GrpHdr");
  add_text(hdr, "MsgId", msg_id);
  add_text(hdr, "CreDtTm", created);
  add_text(hdr, "NbOfTxs", count);
  add_text(hdr, "CtrlSum", amount_text(sum));
  add_text(hdr.append_child("InitgPty"), "Nm", sepa_text(er.name, 70));

  auto pmt = init.append_child("PmtInf");
  add_text(pmt, "PmtInfId", msg_id);
  add_text(pmt, "PmtMtd", "TRF");
  add_text(pmt, "BtchBookg", "true");
  add_text(pmt, "NbOfTxs", count);
  add_text(pmt, "CtrlSum", amount_text(sum));
  auto tp = pmt.append_child("PmtTpInf");
  add_text(tp, "InstrPrty", "NORM");
  add_text(tp.append_child("SvcLvl"), "Cd", "SEPA");
  add_text(tp.append_child("CtgyPurp"), "Cd", "SALA");
  add_text(pmt, "ReqdExctnDt", to_string(options.execution_date));
  add_text(pmt.append_child("Dbtr"), "Nm", sepa_text(er.name, 70));
  add_text(pmt.append_child("DbtrAcct").append_child("Id"), "IBAN", normalize_iban(er.iban));
  add_text(pmt.append_child("DbtrAgt").append_child("FinInstnId"), "BIC", er.bic);
  add_text(pmt, "ChrgBr", "SLEV");
  for (const auto& t : txs) {
    auto tx = pmt.append_child("CdtTrfTxInf");
    add_text(tx.append_child("PmtId"), "EndToEndId", t.e2e);
    auto amt = add_text(tx.append_child("Amt"), "InstdAmt", amount_text(t.amount));
    amt.append_attribute("Ccy") = "EUR";
    add_text(tx.append_child("Cdtr"), "Nm", t.name);
    add_text(tx.append_child("CdtrAcct").append_child("Id"), "IBAN", t.iban);
    add_text(tx.append_child("RmtInf"), "Ustrd", t.remittance);
  }
  return export_detail::xml_text(doc);
}

}  // namespace basisbaan
