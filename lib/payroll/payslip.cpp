// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/payroll/payslip.hpp"

#include "basisbaan/payroll/final_settlement.hpp"

#include <sstream>

namespace basisbaan {

YearToDate& YearToDate::operator+=(const YearToDate& o) {
  gross += o.gross;
  wage_for_wage_tax += o.wage_for_wage_tax;
  wage_tax += o.wage_tax;
  zvw_wage += o.zvw_wage;
  premium_wage += o.premium_wage;
  net += o.net;
  employer_charges += o.employer_charges;
  arbeidskorting += o.arbeidskorting;
  periods += o.periods;
  return *this;
}

YearToDate& YearToDate::operator-=(const YearToDate& o) {
  gross -= o.gross;
  wage_for_wage_tax -= o.wage_for_wage_tax;
  wage_tax -= o.wage_tax;
  zvw_wage -= o.zvw_wage;
  premium_wage -= o.premium_wage;
  net -= o.net;
  employer_charges -= o.employer_charges;
  arbeidskorting -= o.arbeidskorting;
  periods -= o.periods;
  return *this;
}

namespace {

std::string pad_left(const std::string& s, std::size_t w) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n >= w ? s : std::string(w - n, ' ') + s;
}
std::string pad_right(const std::string& s, std::size_t w) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  return n >= w ? s : s + std::string(w - n, ' ');
}

// A machine-format number with an optional unit ("2866.74", "139.2 uur", "7.74%") in Dutch
// notation ("2.866,74", "139,2 uur", "7,74%"); anything else is returned unchanged.
std::string nl_number(const std::string& s) {
  std::size_t end = 0;
  if (end < s.size() && s[end] == '-') ++end;
  while (end < s.size() && ((s[end] >= '0' && s[end] <= '9') || s[end] == '.')) ++end;
  if (end == 0 || (end == 1 && s[0] == '-')) return s;
  const std::string number = s.substr(0, end);
  const std::string unit = s.substr(end);
  const auto dot = number.find('.');
  std::string whole = number.substr(0, dot);
  const std::string frac = dot == std::string::npos ? "" : number.substr(dot + 1);
  const bool negative = !whole.empty() && whole[0] == '-';
  if (negative) whole.erase(0, 1);
  for (auto i = static_cast<std::ptrdiff_t>(whole.size()) - 3; i > 0; i -= 3) whole.insert(static_cast<std::size_t>(i), 1, '.');
  return (negative ? "-" : "") + whole + (frac.empty() ? "" : "," + frac) + unit;
}

}  // namespace

const PayslipLine* Payslip::line(LineCode code) const noexcept {
  for (const auto& l : lines) {
    if (l.code == code) return &l;
  }
  return nullptr;
}

Money Payslip::amount_of(LineCode code) const {
  Money sum;
  for (const auto& l : lines) {
    if (l.code == code) sum += l.amount;
  }
  return sum;
}

Decimal Payslip::hours_paid() const {
  const PayslipLine* b = line(LineCode::BasicWage);
  return b != nullptr && b->quantity && b->quantity->unit == QuantityUnit::Hours ? b->quantity->value : Decimal();
}

std::optional<Rate> Payslip::awf_rate() const {
  const PayslipLine* a = line(LineCode::Awf);
  if (a == nullptr || !a->rate) return std::nullopt;
  return a->rate->percentage;
}

Money Payslip::unpaid_sick_wage() const {
  Money unpaid;
  for (const auto& l : lines) {
    if (l.code == LineCode::SickPayReduction && l.rate && l.rate->percentage && l.rate->percentage->fraction().sign() == 0) {
      unpaid -= l.amount;
    }
  }
  return unpaid;
}

std::string unconfirmed_note_nl(std::string_view parameter) {
  struct Note {
    std::string_view key;
    std::string_view text;
  };
  static constexpr Note kNotes[] = {
      {"cao.holiday_allowance.rate", "vakantiebijslag-percentage cao"},
      {"cao.leave.extra_hours_fulltime", "bovenwettelijke verlofuren cao"},
      {"cao.pension.franchise", "franchise pensioen"},
      {"cao.pension.part_time_basis_hours", "uren voor de deeltijdfactor pensioen"},
      {"cao.pension.premium_rate", "pensioenpremie-percentage"},
      {"cao.sick_pay.waiting_days", "wachtdagen bij ziekte cao"},
      {"cao.sick_pay.year1_rate", "loondoorbetaling bij ziekte eerste jaar cao"},
      {"cao.sick_pay.year2_rate", "loondoorbetaling bij ziekte tweede jaar cao"},
      {"cao.travel_allowance.per_km", "reiskostenvergoeding per km cao"},
      {"cao.version", "versie van de cao"},
      {"cao.wga.employee_share", "werknemersdeel WGA-premie cao"},
      {"cao.wga.recover_from_employee", "verhaal WGA-premie op de werknemer cao"},
      {"cao.working_week.full_time_hours", "voltijd werkweek cao"},
      {"cao.year_end_payment.amount", "eindejaarsuitkering cao"},
      {"wml.hourly", "wettelijk minimumuurloon"},
      {"wml.youth_percentage", "percentage minimumjeugdloon"},
  };
  for (const auto& n : kNotes) {
    if (n.key == parameter) return std::string(n.text) + ": niet bevestigd";
  }
  return "een cao-waarde: niet bevestigd";
}

std::string basic_wage_rounding_nl(const Payslip& p) {
  const PayslipLine* l = p.line(LineCode::BasicWage);
  if (l == nullptr || !l->quantity || !l->rate || !l->rate->per_unit || l->quantity->unit != QuantityUnit::Hours) return {};
  const Decimal exact = (l->quantity->value * l->rate->per_unit->decimal()).normalized();
  const Decimal difference = l->amount.decimal() - exact;
  // Only where the line is the product rounded up to the next cent (not a pro-rata amount).
  if (exact.scale() <= 2 || difference.sign() <= 0 || difference >= Decimal::parse("0.01")) return {};
  const Money floor_cents = Money::from_cents(l->amount.cents() - 1);
  std::string exact_nl = floor_cents.str_nl() + exact.str().substr(exact.str().find('.') + 3);
  return nl_number(l->quantity->value.str()) + " × " + l->rate->per_unit->str_nl() + " = " + exact_nl + " → " + l->amount.str_nl() +
         " (naar boven afgerond: nooit minder dan uren × uurloon)";
}

Json to_json(const Payslip& p) {
  Json j;
  if (!p.carried_forward.empty()) {
    j["provisional"] = true;
    j["carried_forward"] = p.carried_forward;
  }
  j["employee_id"] = p.employee_id;
  j["employee_name"] = p.employee_name;
  j["period"] = p.period.label();
  j["period_start"] = to_string(p.period.start());
  j["period_end"] = to_string(p.period.end());
  j["pay_date"] = to_string(p.pay_date);
  j["hourly_wage"] = p.hourly_wage.str();
  auto lines = Json::array();
  for (const auto& l : p.lines) {
    Json x;
    x["code"] = std::string(code_name(l.code));
    x["description"] = l.description.str();
    x["kind"] = std::string(to_string(l.kind));
    if (l.quantity) x["quantity"] = l.quantity->str();
    if (l.rate) x["rate"] = l.rate->str();
    x["amount"] = l.amount.str();
    if (!l.trace.empty()) x["trace"] = l.trace.to_json();
    lines.push_back(std::move(x));
  }
  j["lines"] = std::move(lines);
  j["gross"] = p.gross.str();
  j["wage_for_wage_tax"] = p.wage_for_wage_tax.str();
  j["regular_wage_for_wage_tax"] = p.regular_wage_for_wage_tax.str();
  j["special_wage_for_wage_tax"] = p.special_wage_for_wage_tax.str();
  j["wage_tax"] = p.wage_tax.str();
  j["untaxed_allowances"] = p.untaxed.str();
  j["net"] = p.net.str();
  j["employer_charges"] = p.employer_charges.str();
  j["employer_cost"] = p.employer_cost.str();
  j["holiday_allowance_reserved"] = p.holiday_allowance_reserved.str();
  j["holiday_allowance_balance"] = p.holiday_allowance_balance.str();
  Json y;
  y["periods"] = p.year_to_date.periods;
  y["gross"] = p.year_to_date.gross.str();
  y["wage_for_wage_tax"] = p.year_to_date.wage_for_wage_tax.str();
  y["wage_tax"] = p.year_to_date.wage_tax.str();
  y["arbeidskorting"] = p.year_to_date.arbeidskorting.str();
  y["zvw_wage"] = p.year_to_date.zvw_wage.str();
  y["premium_wage"] = p.year_to_date.premium_wage.str();
  y["net"] = p.year_to_date.net.str();
  y["employer_charges"] = p.year_to_date.employer_charges.str();
  j["year_to_date"] = std::move(y);
  j["unconfirmed_rules"] = p.unconfirmed_rules;
  // Art. 7:626 BW: the minimum wage that applies, and how the basic wage was rounded.
  if (p.minimum_hourly_wage) {
    Json m;
    m["hourly"] = p.minimum_hourly_wage->str();
    m["age"] = p.minimum_wage_age;
    if (p.minimum_holiday_allowance_rate) m["holiday_allowance_rate"] = p.minimum_holiday_allowance_rate->str();
    j["statutory_minimum"] = std::move(m);
  }
  if (const std::string r = basic_wage_rounding_nl(p); !r.empty()) j["basic_wage_rounding"] = r;
  return j;
}

std::string to_text_nl(const Payslip& p) {
  std::ostringstream o;
  const std::size_t W = 44;
  if (!p.carried_forward.empty()) {
    o << "VOORLOPIG (provisional): berekend met waarden na hun horizon, niet bekend voor deze periode:";
    for (std::size_t i = 0; i < p.carried_forward.size(); ++i) o << (i ? ", " : " ") << p.carried_forward[i];
    o << "\n";
  }
  o << "LOONSTROOK  " << p.period.label() << "  (" << to_string_nl(p.period.start()) << " t/m "
    << to_string_nl(p.period.end()) << ")\n";
  o << "Werknemer   " << p.employee_id << "  " << p.employee_name << "\n";
  o << std::string(78, '-') << "\n";
  o << pad_right("Omschrijving", W) << pad_left("Aantal", 12) << pad_left("Tarief", 10) << pad_left("Bedrag", 12) << "\n";
  auto show = [&](const PayslipLine& l, bool negative) {
    const Money a = negative ? -l.amount : l.amount;
    o << pad_right(l.description.str(), W) << pad_left(nl_number(l.quantity_text()), 12) << pad_left(nl_number(l.rate_text()), 10)
      << pad_left(a.str_nl(), 12) << "\n";
  };
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Earning || l.kind == LineKind::SpecialEarning) show(l, false);
  }
  o << pad_right("Bruto", W + 22) << pad_left(p.gross.str_nl(), 12) << "\n";
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Deduction) show(l, true);
  }
  o << pad_right("Loon voor de loonheffingen", W + 22) << pad_left(p.wage_for_wage_tax.str_nl(), 12) << "\n";
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Tax) show(l, true);
  }
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Untaxed) show(l, false);
  }
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Settlement) show(l, false);
  }
  o << std::string(78, '-') << "\n";
  o << pad_right("NETTO UIT TE BETALEN", W + 22) << pad_left(p.net.str_nl(), 12) << "\n\n";
  o << "Ter informatie\n";
  o << pad_right("  Uurloon", W + 22) << pad_left(p.hourly_wage.str_nl(), 12) << "\n";
  if (p.minimum_hourly_wage) {
    o << pad_right("  Wettelijk minimumuurloon (" + std::to_string(p.minimum_wage_age) + " jaar)", W + 22)
      << pad_left(p.minimum_hourly_wage->str_nl(), 12) << "\n";
  }
  if (p.minimum_holiday_allowance_rate) {
    o << pad_right("  Minimale vakantiebijslag (Wml art. 15)", W + 22) << pad_left(nl_number(p.minimum_holiday_allowance_rate->str()), 12)
      << "\n";
  }
  if (const std::string r = basic_wage_rounding_nl(p); !r.empty()) o << "  Basisloon: " << r << "\n";
  if (p.holiday_allowance_reserved.sign() != 0) {
    o << pad_right("  Reservering vakantiebijslag deze periode", W + 22) << pad_left(p.holiday_allowance_reserved.str_nl(), 12) << "\n";
    // The final payslip paid the reserve out: its balance is no longer waiting for May.
    const PayslipLine* paid = p.line(LineCode::HolidayAllowancePayment);
    const bool at_end = paid != nullptr && paid->description.view() == kFinalHolidayAllowanceText;
    o << pad_right(at_end ? "  Opgebouwde vakantiebijslag (na eindafrekening)" : "  Opgebouwde vakantiebijslag (uitbetaling mei)",
                   W + 22)
      << pad_left(p.holiday_allowance_balance.str_nl(), 12) << "\n";
  }
  o << "\nWerkgeverslasten\n";
  for (const auto& l : p.lines) {
    if (l.kind == LineKind::Employer) {
      o << pad_right("  " + l.description.str(), W) << pad_left(nl_number(l.quantity_text()), 12) << pad_left(nl_number(l.rate_text()), 10)
        << pad_left(l.amount.str_nl(), 12) << "\n";
    }
  }
  o << pad_right("  Totale loonkosten", W + 22) << pad_left(p.employer_cost.str_nl(), 12) << "\n";
  o << "\nCumulatieven " << p.period.year() << " (t/m deze periode)\n";
  o << pad_right("  Bruto", W + 22) << pad_left(p.year_to_date.gross.str_nl(), 12) << "\n";
  o << pad_right("  Loon voor de loonheffingen", W + 22) << pad_left(p.year_to_date.wage_for_wage_tax.str_nl(), 12) << "\n";
  o << pad_right("  Loonheffing", W + 22) << pad_left(p.year_to_date.wage_tax.str_nl(), 12) << "\n";
  o << pad_right("  Verrekende arbeidskorting", W + 22) << pad_left(p.year_to_date.arbeidskorting.str_nl(), 12) << "\n";
  o << pad_right("  Netto", W + 22) << pad_left(p.year_to_date.net.str_nl(), 12) << "\n";
  if (!p.unconfirmed_rules.empty()) {
    o << "\nLet op, deze waarden zijn nog niet bevestigd; wijken ze af, dan corrigeert de werkgever dit loonstrookje:\n";
    for (const auto& n : p.unconfirmed_rules) o << "  " << unconfirmed_note_nl(n) << "\n";
  }
  return o.str();
}

}  // namespace basisbaan
