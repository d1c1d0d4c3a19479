// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/export/loonaangifte.hpp"

#include <algorithm>
#include <map>

#include "basisbaan/core/error.hpp"
#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/export/person_name.hpp"
#include "basisbaan/version.hpp"
#include "xml_writer.hpp"

namespace basisbaan {
namespace {

using export_detail::add_text;

// Collective amounts are whole euros; the cents are dropped (Gegevensspecificaties aangifte
// loonheffingen 2026, collectieve aangifte: "bedragen in hele euro's").
constexpr NamedRounding kWholeEuros{0, Rounding::TowardZero,
                                    "collective return amounts in whole euros, cents dropped (Gegevensspecificaties aangifte loonheffingen, collectieve aangifte)"};
// Hours paid are reported as a whole number (AantVerlU).
constexpr NamedRounding kWholeHours{0, Rounding::HalfUp, "hours paid as a whole number (Gegevensspecificaties aangifte loonheffingen, AantVerlU)"};
constexpr NamedRounding kUnpaidShare{10, Rounding::HalfUp, "share of the basic wage not paid, to 10 decimals (only to count the hours paid)"};


// At most `n` characters of UTF-8 text (never cutting a character in two).
std::string first_chars(const std::string& s, std::size_t n) {
  std::size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    const auto c = static_cast<unsigned char>(s[i]);
    i += (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    ++count;
  }
  return s.substr(0, std::min(i, s.size()));
}

std::string euros(Money m) { return std::to_string(m.cents() / 100); }  // m is whole euros
std::string yn(bool b) { return b ? "J" : "N"; }

bool valid_payroll_tax_number(const std::string& s) {
  if (s.size() != 12 || s[9] != 'L') return false;
  for (std::size_t i = 0; i < 12; ++i) {
    if (i != 9 && (s[i] < '0' || s[i] > '9')) return false;
  }
  return true;
}

// The payable amounts of a set of income relationships, summed exactly.
struct Totals {
  Money wage_lb_ph, wage_sv, prln_aof_low, prln_aof_high, prln_whk, prln_awf_low, prln_awf_high;
  Money wage_tax, aof_low, aof_high, wko, whk, awf_low, awf_high, zvw;
  Money prln_ufo, ufo;
};

Totals add_up(const Employer& er, const std::vector<RunEmployee>& list) {
  Totals t;
  for (const auto& re : list) {
    const auto a = income_relationship_amounts(re);
    const bool permanent = re.employee.permanent_contract;
    t.wage_lb_ph += a.wage_lb_ph;
    t.wage_sv += a.wage_sv;
    (er.small_employer ? t.prln_aof_low : t.prln_aof_high) += a.premium_wage;
    t.prln_whk += a.premium_wage;
    (permanent ? t.prln_awf_low : t.prln_awf_high) += a.premium_wage;
    t.wage_tax += a.wage_tax;
    (er.small_employer ? t.aof_low : t.aof_high) += a.aof;
    t.wko += a.wko;
    t.whk += a.whk;
    (permanent ? t.awf_low : t.awf_high) += a.awf;
    t.zvw += a.zvw;
    t.prln_ufo += a.prln_ufo;
    t.ufo += a.ufo;
  }
  return t;
}

Money whole(Money m) { return Money::round(m.decimal(), kWholeEuros); }

// TotTeBet: the sum of the payable amounts, each in whole euros.
Money payable(const Totals& t) {
  return whole(t.wage_tax) + whole(t.aof_low) + whole(t.aof_high) + whole(t.wko) + whole(t.whk) + whole(t.awf_low) +
         whole(t.awf_high) + whole(t.zvw) + whole(t.ufo);
}

// The collective part. The return's own period adds the saldo of each corrected period and
// TotGen (CollectieveAangifteTijdvakAangifteType); a corrected period's part in TijdvakCorrectie
// ends at TotTeBet (CollectieveAangifteType): `saldos` is then nullptr.
void write_collective(pugi::xml_node parent, const Totals& t, const std::vector<std::pair<const CorrectionRun*, Money>>* saldos) {
  auto c = parent.append_child("CollectieveAangifte");
  add_text(c, "TotLnLbPh", euros(whole(t.wage_lb_ph)));
  add_text(c, "TotLnSV", euros(whole(t.wage_sv)));
  add_text(c, "TotPrlnAofAnwLg", euros(whole(t.prln_aof_low)));
  add_text(c, "TotPrlnAofAnwHg", euros(whole(t.prln_aof_high)));
  add_text(c, "TotPrlnAofAnwUit", "0");
  add_text(c, "TotPrlnWhkAnw", euros(whole(t.prln_whk)));
  add_text(c, "TotPrlnAwfAnwLg", euros(whole(t.prln_awf_low)));
  add_text(c, "TotPrlnAwfAnwHg", euros(whole(t.prln_awf_high)));
  add_text(c, "TotPrlnAwfAnwHz", "0");
  add_text(c, "TotPrlnAwfAnwUit", "0");
  add_text(c, "PrLnUFO", euros(whole(t.prln_ufo)));
  add_text(c, "IngLbPh", euros(whole(t.wage_tax)));
  add_text(c, "TotPrAofLg", euros(whole(t.aof_low)));
  add_text(c, "TotPrAofHg", euros(whole(t.aof_high)));
  add_text(c, "TotOpslWko", euros(whole(t.wko)));
  add_text(c, "TotPrGediffWhk", euros(whole(t.whk)));
  add_text(c, "TotPrAwfLg", euros(whole(t.awf_low)));
  add_text(c, "TotPrAwfHg", euros(whole(t.awf_high)));
  if (t.ufo.sign() != 0) add_text(c, "PrUFO", euros(whole(t.ufo)));  // public employers only
  add_text(c, "IngBijdrZvw", "0");
  add_text(c, "TotWghZvw", euros(whole(t.zvw)));
  const Money due = payable(t);
  add_text(c, "TotTeBet", euros(due));
  if (saldos == nullptr) return;
  Money total = due;
  for (const auto& [corr, saldo] : *saldos) {
    auto s = c.append_child("SaldoCorrectiesVoorgaandTijdvak");
    add_text(s, "DatAanvTv", to_string(corr->period.start()));
    add_text(s, "DatEindTv", to_string(corr->period.end()));
    add_text(s, "Saldo", euros(saldo));
    total += saldo;
  }
  add_text(c, "TotGen", euros(total));
}

void write_income_relationship(pugi::xml_node parent, const RunEmployee& re, const PayPeriod& period, bool small_employer) {
  const Employee& e = re.employee;
  const bool anonymous = anonymous_rate_applies(e);
  // An anonymous employee may have no BSN (art. 26b Wet LB 1964): the return then names the
  // person without SofiNr (docs/exports.md, unconfirmed).
  const bool without_bsn = anonymous && e.bsn.empty();
  if (!without_bsn && !is_valid_bsn(e.bsn)) {
    throw InputError("employee " + e.id + " (" + e.name + "): BSN '" + mask_bsn(e.bsn) + "' is not a valid BSN (nine digits passing the 11-test)");
  }
  const auto a = income_relationship_amounts(re);
  auto ikv = parent.append_child("InkomstenverhoudingInitieel");
  add_text(ikv, "NumIV", income_relationship_number(e));
  add_text(ikv, "DatAanv", to_string(e.employed_since));
  if (e.employed_until && *e.employed_until <= period.end()) add_text(ikv, "DatEind", to_string(*e.employed_until));
  add_text(ikv, "PersNr", e.id);
  auto np = ikv.append_child("NatuurlijkPersoon");
  if (!without_bsn) add_text(np, "SofiNr", e.bsn);
  // Initials, prefix and the significant part of the surname in their own elements
  // (split_person_name; the format of Voorl is unconfirmed, docs/exports.md).
  const PersonName nm = split_person_name(e.name);
  if (!nm.initials.empty()) add_text(np, "Voorl", first_chars(nm.initials, 6));
  if (!nm.prefix.empty()) add_text(np, "Voorv", first_chars(nm.prefix, 10));
  add_text(np, "SignNm", first_chars(nm.surname, 200));
  add_text(np, "Gebdat", to_string(e.birth_date));

  auto ip = ikv.append_child("Inkomstenperiode");
  add_text(ip, "DatAanv", to_string(e.employed_since));
  add_text(ip, "SrtIV", "15");               // loon of salaris van werknemers in Nederland
  add_text(ip, "CdAard", "1");               // arbeidsovereenkomst
  add_text(ip, "IndArbovOnbepTd", yn(e.permanent_contract));
  add_text(ip, "IndSchriftArbov", "J");
  add_text(ip, "IndOprov", "N");
  // The anoniementarief applies no credit: IndLhKort N and LbTab 940 (anoniementarief).
  add_text(ip, "IndLhKort", yn(e.payroll_tax_credit && !anonymous));
  add_text(ip, "LbTab", wage_tax_table_code(re));
  add_text(ip, "IndWAO", yn(a.insured));
  add_text(ip, "IndWW", yn(a.insured));
  add_text(ip, "IndZW", yn(a.insured));
  add_text(ip, "CdZvw", "K");                // werkgeversheffing Zvw

  auto w = ikv.append_child("Werknemersgegevens");
  const bool aof_low = small_employer;
  const bool awf_low = e.permanent_contract;
  const std::string zero = "0.00";
  auto premium_wage = [&](bool low) { return low ? a.premium_wage.str() : zero; };
  add_text(w, "LnLbPh", a.wage_lb_ph.str());
  add_text(w, "LnSV", a.wage_sv.str());
  add_text(w, "PrlnAofAnwLg", premium_wage(aof_low));
  add_text(w, "PrlnAofAnwHg", premium_wage(!aof_low));
  add_text(w, "PrlnAofAnwUit", zero);
  add_text(w, "PrlnWhkAnw", a.premium_wage.str());
  add_text(w, "PrlnAwfAnwLg", premium_wage(awf_low));
  add_text(w, "PrlnAwfAnwHg", premium_wage(!awf_low));
  add_text(w, "PrlnAwfAnwHz", zero);
  add_text(w, "PrlnAwfAnwUit", zero);
  add_text(w, "PrLnUfo", a.prln_ufo.str());
  add_text(w, "LnTabBB", a.special_wage.str());
  add_text(w, "VakBsl", a.holiday_allowance_paid.str());
  add_text(w, "OpgRchtVakBsl", a.holiday_allowance_accrued.str());
  add_text(w, "OpnAvwb", zero);
  add_text(w, "OpbAvwb", zero);
  add_text(w, "LnInGld", a.cash_wage.str());
  add_text(w, "WrdLn", zero);
  add_text(w, "LnOwrk", zero);
  add_text(w, "VerstrAanv", zero);
  add_text(w, "IngLbPh", a.wage_tax.str());
  add_text(w, "PrAofLg", aof_low ? a.aof.str() : zero);
  add_text(w, "PrAofHg", aof_low ? zero : a.aof.str());
  add_text(w, "PrAofUit", zero);
  add_text(w, "OpslWko", a.wko.str());
  add_text(w, "PrGediffWhk", a.whk.str());
  add_text(w, "PrAwfLg", awf_low ? a.awf.str() : zero);
  add_text(w, "PrAwfHg", awf_low ? zero : a.awf.str());
  add_text(w, "PrAwfHz", zero);
  add_text(w, "PrAwfUit", zero);
  add_text(w, "PrUFO", a.ufo.str());
  add_text(w, "BijdrZvw", zero);
  add_text(w, "WghZvw", a.zvw.str());
  add_text(w, "WrdPrGebrAut", zero);
  add_text(w, "WrknBijdrAut", zero);
  // Reisk: the travel allowance paid untaxed in the period (the payslip's untaxed amount is the
  // commuting allowance within the tax-free amount; docs/exports.md, meaning unconfirmed).
  add_text(w, "Reisk", re.payslip.untaxed.str());
  // VerrArbKrt: the arbeidskorting applied in this period (load_wage_tax_return_data derives it
  // from the year-to-date figures, as the loonstaat does).
  // Without it, the first period of the year is its own year-to-date figure.
  const YearToDate& ytd = re.payslip.year_to_date;
  if (!re.arbeidskorting_in_period && ytd.periods > 1) {
    throw InputError("employee " + e.id + ": the arbeidskorting of period " + period.label() +
                     " (VerrArbKrt) is not known; load the run with load_wage_tax_return_data");
  }
  add_text(w, "VerrArbKrt", re.arbeidskorting_in_period.value_or(ytd.arbeidskorting).str());
  add_text(w, "AantVerlU", a.hours_paid.str());
  add_text(w, "Ctrctln", a.contract_wage.str());
  add_text(w, "AantCtrcturenPWk", e.hours_per_week.value().str());
  add_text(w, "BedrRntKstvPersl", zero);  // no staff loans in this payroll
}

}  // namespace

std::string income_relationship_number(const Employee& e) {
  std::string digits;
  for (char c : e.id) {
    if (c >= '0' && c <= '9') digits += c;
  }
  digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size()));
  if (digits.empty()) {
    throw InputError("employee " + e.id + " (" + e.name + "): the income relationship number (NumIV) is taken from the digits of the personnel number; '" +
                     e.id + "' has no usable digits");
  }
  // The official schema allows at most 4 digits (Loonaangifte2026v2.0.xsd, type NumIV).
  if (digits.size() > 4) {
    throw InputError("employee " + e.id + " (" + e.name + "): the income relationship number (NumIV) is taken from the digits of the personnel number and " +
                     "may have at most 4 digits (the Belastingdienst's schema); '" + e.id + "' gives " + digits +
                     ": give the employee a personnel number with at most 4 significant digits");
  }
  return digits;
}

std::string wage_tax_table_code(const RunEmployee& re) {
  if (anonymous_rate_applies(re.employee)) return "940";
  // Soort 0 (no herleidingsregels), kleur 1 (white), then the period of the table applied.
  const Payslip& p = re.payslip;
  if (p.regular_wage_for_wage_tax.sign() == 0 && p.special_wage_for_wage_tax.sign() != 0) return "010";
  switch (p.period.kind()) {
    case PeriodKind::Quarter: return "011";
    case PeriodKind::Month: return "012";
    case PeriodKind::Week: return "013";
    case PeriodKind::FourWeeks: return "014";
    case PeriodKind::Year: break;
  }
  throw InputError("employee " + re.employee.id + ": period " + p.period.label() + " has no wage-tax table code (LbTab)");
}

IncomeRelationshipAmounts income_relationship_amounts(const RunEmployee& re) {
  const Payslip& p = re.payslip;
  IncomeRelationshipAmounts a;
  a.insured = p.insured_for_employee_insurance();
  a.wage_lb_ph = p.wage_for_wage_tax;
  a.special_wage = p.special_wage_for_wage_tax;
  a.wage_tax = p.wage_tax;
  if (a.insured) {
    const PayslipLine* awf = p.line(LineCode::Awf);
    a.premium_wage = awf->quantity ? Money::exact(awf->quantity->value, "payslip line awf: premium wage") : Money();
    a.wage_sv = p.gross - p.pension_employee();
  }
  a.holiday_allowance_paid = p.holiday_allowance_paid();
  a.holiday_allowance_accrued = p.holiday_allowance_reserved;
  a.cash_wage = p.gross;
  a.aof = p.aof();
  a.wko = p.wko();
  a.whk = p.whk();
  a.awf = p.awf();
  a.zvw = p.zvw();
  a.ufo = p.ufo();
  if (const PayslipLine* u = p.line(LineCode::Ufo); u != nullptr && u->quantity) {
    a.prln_ufo = Money::exact(u->quantity->value, "payslip line ufo: premium wage");
  }
  a.contract_wage = p.contract_wage();
  if (const PayslipLine* b = p.line(LineCode::BasicWage)) {
    // Sick days on which no wage at all was paid (waiting days, after 104 weeks, past the
    // AOW-age term: the sick_pay_reduction lines with a paid share of 0 %) are not paid hours;
    // days with wage continued (70 %, the minimum wage) are. The unpaid share of the hours is the
    // share of the basic wage those lines take off.
    Decimal hours = p.hours_paid();
    const Money unpaid = p.unpaid_sick_wage();
    if (unpaid.sign() > 0 && b->amount.sign() > 0) {
      hours = hours * (Decimal(1) - divide(unpaid.decimal(), b->amount.decimal(), kUnpaidShare));
    }
    a.hours_paid = divide(hours, Decimal(1), kWholeHours);
  }
  return a;
}

std::string loonaangifte_xml(const RunData& run, const LoonaangifteOptions& options) {
  require_closed(run);
  const Employer& er = run.employer;
  if (!valid_payroll_tax_number(er.payroll_tax_number)) {
    throw InputError("employer " + er.name + ": loonheffingennummer '" + er.payroll_tax_number +
                     "' is not 9 digits, 'L' and 2 digits (e.g. 123456782L01)");
  }
  const int year = run.period.year();
  pugi::xml_document doc;
  auto decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "UTF-8";
  auto root = doc.append_child("Loonaangifte");
  root.append_attribute("xmlns") = ("http://xml.belastingdienst.nl/schemas/Loonaangifte/" + std::to_string(year) + "/01").c_str();
  root.append_attribute("version") = "2.0";

  auto msg = root.append_child("Bericht");
  add_text(msg, "IdBer", options.message_id.value_or("LA-" + er.payroll_tax_number + "-" + run.period.label()));
  add_text(msg, "DatTdAanm", options.created_at.value_or(to_string(run.period.end()) + "T00:00:00"));
  add_text(msg, "ContPers", first_chars(options.contact_person.empty() ? er.name : options.contact_person, 35));
  if (!options.phone.empty()) add_text(msg, "TelNr", options.phone);
  if (!options.relation_number.empty()) add_text(msg, "RelNr", options.relation_number);
  add_text(msg, "GebrSwPakket", "basisbaan " + std::string(version()));

  auto unit = root.append_child("AdministratieveEenheid");
  add_text(unit, "LhNr", er.payroll_tax_number);
  add_text(unit, "NmIP", er.name);
  auto tv = unit.append_child("TijdvakAangifte");
  add_text(tv, "DatAanvTv", to_string(run.period.start()));
  add_text(tv, "DatEindTv", to_string(run.period.end()));
  auto full = tv.append_child("VolledigeAangifte");

  // The saldo of each corrected period: what is now due for it minus what was filed, whole euros.
  std::vector<std::pair<const CorrectionRun*, Money>> saldos;
  for (const auto& c : run.corrections) {
    if (c.before.size() != c.after.size()) {
      throw InputError("correction of period " + c.period.label() + ": " + std::to_string(c.before.size()) + " payslips as filed but " +
                       std::to_string(c.after.size()) + " corrected ones");
    }
    // With the whole period loaded, the saldo is the corrected period's TotTeBet minus the one
    // filed (each total in whole euros over the whole period); else over the changed payslips.
    const bool whole_period = !c.period_after.empty();
    saldos.emplace_back(&c, payable(add_up(er, whole_period ? c.period_after : c.after)) -
                                payable(add_up(er, whole_period ? c.period_before : c.before)));
  }
  // NumIV must identify one income relationship in the return: two personnel numbers with the
  // same digits ("A001", "B001" -> 1) would merge two employees in the Belastingdienst's records.
  std::map<std::string, std::string> numiv;
  for (const auto& re : run.employees) {
    const std::string n = income_relationship_number(re.employee);
    const auto [it, fresh] = numiv.emplace(n, re.employee.id);
    if (!fresh) {
      throw InputError("employees " + it->second + " and " + re.employee.id +
                       ": both personnel numbers give the income relationship number (NumIV) " + n +
                       " (the digits of the personnel number); give one of them other digits");
    }
  }
  write_collective(full, add_up(er, run.employees), &saldos);
  for (const auto& re : run.employees) write_income_relationship(full, re, run.period, er.small_employer);

  for (const auto& c : run.corrections) {
    auto corr = unit.append_child("TijdvakCorrectie");
    add_text(corr, "DatAanvTv", to_string(c.period.start()));
    add_text(corr, "DatEindTv", to_string(c.period.end()));
    // The corrected period's whole collective part as it now stands (GS §2.4.1).
    if (!c.period_after.empty()) write_collective(corr, add_up(er, c.period_after), nullptr);
    for (const auto& re : c.after) write_income_relationship(corr, re, c.period, er.small_employer);
  }
  return export_detail::xml_text(doc);
}

}  // namespace basisbaan
