// SPDX-License-Identifier: EUPL-1.2
#include "codec.hpp"

#include <sqlite3.h>

#include <charconv>
#include <chrono>
#include <cstdlib>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/payroll/employee_json.hpp"

namespace basisbaan::store_detail {
namespace {

const CJson& member(const CJson& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end()) throw StoreError(ErrorCode::StoreCorrupt, std::string("stored document lacks the field \"") + key + "\"");
  return *it;
}
std::string str(const CJson& j, const char* key) { return member(j, key).get<std::string>(); }
Money money(const CJson& j, const char* key) { return Money::exact(Decimal::parse(str(j, key), key), key); }
std::optional<std::string> opt_str(const CJson& j, const char* key) {
  const auto it = j.find(key);
  if (it == j.end() || it->is_null()) return std::nullopt;
  return it->get<std::string>();
}

}  // namespace

void json_string(std::string& o, std::string_view s) {
  bool plain = true;
  for (const char c : s) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f || c == '"' || c == '\\') {
      plain = false;
      break;
    }
  }
  if (plain) {
    o += '"';
    o += s;
    o += '"';
  } else {
    o += canonical(CJson(std::string(s)));
  }
}

std::string string_array_text(const std::vector<std::string>& items) {
  std::string o = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i != 0) o += ',';
    json_string(o, items[i]);
  }
  o += ']';
  return o;
}

std::string holiday_text(HolidayAllowancePayment h) { return h == HolidayAllowancePayment::InMay ? "may" : "every_period"; }

CJson employer_json(const Employer& e) {
  CJson j;
  j["name"] = e.name;
  j["payroll_tax_number"] = e.payroll_tax_number;
  j["iban"] = e.iban;
  j["bic"] = e.bic;
  j["small_employer"] = e.small_employer;
  j["whk_rate"] = e.whk_rate.percent().str();
  j["whk_wga_rate"] = e.whk_wga_rate.percent().str();
  j["holiday_allowance"] = holiday_text(e.holiday_allowance);
  j["pension_employee_share"] = e.pension_employee_share ? CJson(e.pension_employee_share->percent().str()) : CJson(nullptr);
  // Only for a public employer: a private employer's snapshot stays as it was before the type.
  if (e.type == EmployerType::Public) j["type"] = "public";
  return j;
}

Employer employer_from_json(const CJson& j) {
  Employer e;
  e.name = str(j, "name");
  e.payroll_tax_number = str(j, "payroll_tax_number");
  e.iban = str(j, "iban");
  e.bic = str(j, "bic");
  e.small_employer = member(j, "small_employer").get<bool>();
  e.whk_rate = Rate::parse_percent(str(j, "whk_rate"), "whk_rate");
  e.whk_wga_rate = Rate::parse_percent(str(j, "whk_wga_rate"), "whk_wga_rate");
  e.holiday_allowance = str(j, "holiday_allowance") == "may" ? HolidayAllowancePayment::InMay : HolidayAllowancePayment::EveryPeriod;
  if (auto s = opt_str(j, "pension_employee_share")) e.pension_employee_share = Rate::parse_percent(*s, "pension_employee_share");
  if (auto s = opt_str(j, "type"); s && *s == "public") e.type = EmployerType::Public;
  return e;
}

CJson employee_json(const Employee& e) { return to_canonical_json(e); }

Employee employee_from_json(const CJson& j) {
  Employee e;
  e.id = str(j, "id");
  e.name = str(j, "name");
  e.birth_date = parse_date(str(j, "birth_date"), "birth_date");
  e.bsn = str(j, "bsn");
  e.iban = str(j, "iban");
  e.payroll_tax_credit = member(j, "payroll_tax_credit").get<bool>();
  // Absent in snapshots of identified employees (and in all stored before the anoniementarief).
  if (const auto it = j.find("identified"); it != j.end()) e.identified = it->get<bool>();
  e.employed_since = parse_date(str(j, "employed_since"), "employed_since");
  if (auto s = opt_str(j, "employed_until")) e.employed_until = parse_date(*s, "employed_until");
  e.hours_per_week = Hours::parse(str(j, "hours_per_week"), "hours_per_week");
  if (auto s = opt_str(j, "hourly_wage")) e.agreed_hourly_wage = Money::exact(Decimal::parse(*s, "hourly_wage"), "hourly_wage");
  e.scale = str(j, "scale");
  e.permanent_contract = member(j, "permanent_contract").get<bool>();
  e.pay_period = parse_period_kind(str(j, "pay_period"), "pay_period");
  e.commute_km_per_period = Decimal::parse(str(j, "commute_km_per_period"), "commute_km_per_period");
  if (auto s = opt_str(j, "previous_year_wage")) e.previous_year_wage = Money::exact(Decimal::parse(*s, "previous_year_wage"));
  for (const auto& o : member(j, "one_off_payments")) {
    e.one_off_payments.push_back({str(o, "period"), str(o, "description"), money(o, "full_time_amount")});
  }
  // Absent in snapshots stored before wage continuation was applied, and for healthy employees.
  if (const auto it = j.find("sick_reports"); it != j.end()) {
    for (const auto& r : *it) {
      SickReport k;
      k.id = str(r, "id");
      k.first_day = parse_date(str(r, "first_day"), "sick_reports.first_day");
      k.initial_incapacity = Rate::parse_percent(str(r, "incapacity"), "sick_reports.incapacity");
      for (const auto& c : member(r, "partial")) {
        k.changes.push_back({parse_date(str(c, "from"), "sick_reports.partial.from"),
                             Rate::parse_percent(str(c, "incapacity"), "sick_reports.partial.incapacity")});
      }
      if (auto d = opt_str(r, "recovered")) k.recovered = parse_date(*d, "sick_reports.recovered");
      k.pregnancy = member(r, "pregnancy").get<bool>();
      e.sick_reports.push_back(std::move(k));
    }
  }
  // Absent in snapshots of employees without Wazo leave, steps or extensions (and in all stored before).
  // Only in the snapshot of a final payslip (and in none stored before the final settlement).
  if (const auto it = j.find("final_settlement"); it != j.end()) {
    e.final_settlement = FinalSettlement{Hours::parse(str(*it, "leave_hours"), "final_settlement.leave_hours", true)};
  }
  if (const auto it = j.find("maternity_leave"); it != j.end()) {
    for (const auto& r : *it) {
      MaternityLeaveFacts m;
      m.expected_birth = parse_date(str(r, "expected_birth"), "maternity_leave.expected_birth");
      m.leave_start = parse_date(str(r, "leave_start"), "maternity_leave.leave_start");
      if (auto d = opt_str(r, "birth")) m.birth = parse_date(*d, "maternity_leave.birth");
      m.multiple = member(r, "multiple").get<bool>();
      e.maternity_leave.push_back(m);
    }
  }
  if (const auto it = j.find("reintegration_steps"); it != j.end()) {
    for (const auto& r : *it) {
      e.reintegration_steps.push_back({parse_reintegration_step_kind(str(r, "kind"), "reintegration_steps.kind"),
                                       parse_date(str(r, "date"), "reintegration_steps.date"), str(r, "note")});
    }
  }
  if (const auto it = j.find("sickness_extensions"); it != j.end()) {
    for (const auto& r : *it) {
      RecordedExtension x;
      x.date = parse_date(str(r, "date"), "sickness_extensions.date");
      x.extension = {parse_extension_kind(str(r, "kind"), "sickness_extensions.kind"), member(r, "days").get<int>(), str(r, "note")};
      e.sickness_extensions.push_back(std::move(x));
    }
  }
  // Absent in snapshots of employees without garnishments (and in all stored before them).
  if (const auto it = j.find("garnishments"); it != j.end()) {
    for (const auto& r : *it) {
      Garnishment g;
      g.id = str(r, "id");
      g.kind = parse_garnishment_kind(str(r, "kind"), "garnishments.kind");
      g.creditor = str(r, "creditor");
      g.iban = str(r, "iban");
      g.reference = str(r, "reference");
      g.coordinating = member(r, "coordinating").get<bool>();
      g.start = parse_date(str(r, "start"), "garnishments.start");
      if (auto d = opt_str(r, "lifted")) g.lifted = parse_date(*d, "garnishments.lifted");
      g.owed = money(r, "owed");
      g.protected_per_month = money(r, "protected_per_month");
      e.garnishments.push_back(std::move(g));
    }
  }
  return e;
}

CJson ytd_json(const YearToDate& y) {
  return CJson{{"gross", y.gross.str()},
               {"wage_for_wage_tax", y.wage_for_wage_tax.str()},
               {"wage_tax", y.wage_tax.str()},
               {"zvw_wage", y.zvw_wage.str()},
               {"premium_wage", y.premium_wage.str()},
               {"net", y.net.str()},
               {"employer_charges", y.employer_charges.str()},
               {"arbeidskorting", y.arbeidskorting.str()},
               {"periods", y.periods}};
}

YearToDate ytd_from_json(const CJson& j) {
  YearToDate y;
  y.gross = money(j, "gross");
  y.wage_for_wage_tax = money(j, "wage_for_wage_tax");
  y.wage_tax = money(j, "wage_tax");
  y.zvw_wage = money(j, "zvw_wage");
  y.premium_wage = money(j, "premium_wage");
  y.net = money(j, "net");
  y.employer_charges = money(j, "employer_charges");
  y.arbeidskorting = money(j, "arbeidskorting");
  y.periods = member(j, "periods").get<int>();
  return y;
}

CJson state_json(const PayrollState& s) {
  CJson j{{"year", s.year},
          {"year_to_date", ytd_json(s.year_to_date)},
          {"holiday_allowance_balance", s.holiday_allowance_balance.str()},
          {"wage_for_wage_tax_last_year", s.wage_for_wage_tax_last_year.str()},
          {"months_employed_last_year", s.months_employed_last_year}};
  // Only when not zero: every state stored before net settlements existed keeps its text.
  if (!s.net_settlement.is_zero()) j["net_settlement"] = s.net_settlement.str();
  // Only when a garnishment got something: every state stored before garnishments keeps its text.
  if (!s.garnished.empty()) {
    CJson g = CJson::object();
    for (const auto& [id, m] : s.garnished) g[id] = m.str();
    j["garnished"] = std::move(g);
  }
  // Only when a correction left an overpaid garnishment: every other state keeps its text.
  if (!s.garnishment_overpaid.empty()) {
    CJson g = CJson::object();
    for (const auto& [id, m] : s.garnishment_overpaid) g[id] = m.str();
    j["garnishment_overpaid"] = std::move(g);
  }
  return j;
}

PayrollState state_from_json(const CJson& j) {
  PayrollState s;
  s.year = member(j, "year").get<int>();
  s.year_to_date = ytd_from_json(member(j, "year_to_date"));
  s.holiday_allowance_balance = money(j, "holiday_allowance_balance");
  s.wage_for_wage_tax_last_year = money(j, "wage_for_wage_tax_last_year");
  s.months_employed_last_year = member(j, "months_employed_last_year").get<int>();
  if (j.contains("net_settlement")) s.net_settlement = money(j, "net_settlement");
  if (const auto it = j.find("garnished"); it != j.end()) {
    for (const auto& [id, m] : it->items()) s.garnished[id] = Money::exact(Decimal::parse(m.get<std::string>(), "garnished"), "garnished");
  }
  if (const auto it = j.find("garnishment_overpaid"); it != j.end()) {
    for (const auto& [id, m] : it->items()) {
      s.garnishment_overpaid[id] = Money::exact(Decimal::parse(m.get<std::string>(), "garnishment_overpaid"), "garnishment_overpaid");
    }
  }
  return s;
}

std::string state_text(const PayrollState& s) {
  std::string o;
  o.reserve(360);
  state_text(o, s);
  return o;
}

void state_text(std::string& o, const PayrollState& s) {
  const YearToDate& y = s.year_to_date;
  o.clear();
  auto money = [&o](const char* key, Money m) {
    o += '"';
    o += key;
    o += "\":\"";
    o += m.str();
    o += '"';
  };
  auto integer = [&o](const char* key, long long v) {
    o += '"';
    o += key;
    o += "\":";
    o += std::to_string(v);
  };
  auto money_map = [&o](const char* key, const std::map<std::string, Money>& m) {
    if (m.empty()) return;  // as state_json: only when not empty, in key order
    o += '"';
    o += key;
    o += "\":{";
    bool first = true;
    for (const auto& [id, v] : m) {
      if (!first) o += ',';
      first = false;
      o += nlohmann::json(id).dump();
      o += ":\"";
      o += v.str();
      o += '"';
    }
    o += "},";
  };
  o += '{';
  money_map("garnished", s.garnished);
  money_map("garnishment_overpaid", s.garnishment_overpaid);
  money("holiday_allowance_balance", s.holiday_allowance_balance);
  o += ',';
  integer("months_employed_last_year", s.months_employed_last_year);
  o += ',';
  if (!s.net_settlement.is_zero()) {  // as state_json: only when not zero, in key order
    money("net_settlement", s.net_settlement);
    o += ',';
  }
  money("wage_for_wage_tax_last_year", s.wage_for_wage_tax_last_year);
  o += ',';
  integer("year", s.year);
  o += ",\"year_to_date\":{";
  money("arbeidskorting", y.arbeidskorting);
  o += ',';
  money("employer_charges", y.employer_charges);
  o += ',';
  money("gross", y.gross);
  o += ',';
  money("net", y.net);
  o += ',';
  integer("periods", y.periods);
  o += ',';
  money("premium_wage", y.premium_wage);
  o += ',';
  money("wage_for_wage_tax", y.wage_for_wage_tax);
  o += ',';
  money("wage_tax", y.wage_tax);
  o += ',';
  money("zvw_wage", y.zvw_wage);
  o += "}}";
}

namespace {

/// The value after "key": in a flat canonical state text (numbers, or strings without escapes).
std::string_view state_field(std::string_view text, std::string_view key) {
  std::string pattern;
  pattern.reserve(key.size() + 3);
  pattern += '"';
  pattern += key;
  pattern += "\":";
  const auto at = text.find(pattern);
  if (at == std::string_view::npos) throw StoreError(ErrorCode::StoreCorrupt, "stored state lacks the field \"" + std::string(key) + "\"");
  std::size_t b = at + pattern.size();
  if (b < text.size() && text[b] == '"') {
    const auto e = text.find('"', b + 1);
    if (e == std::string_view::npos) throw StoreError(ErrorCode::StoreCorrupt, "stored state: unterminated \"" + std::string(key) + "\"");
    return text.substr(b + 1, e - b - 1);
  }
  std::size_t e = b;
  while (e < text.size() && (text[e] == '-' || (text[e] >= '0' && text[e] <= '9'))) ++e;
  return text.substr(b, e - b);
}

Money state_money(std::string_view text, std::string_view key) {
  const std::string_view v = state_field(text, key);
  // Money::str() form: optional '-', digits, '.', two digits; read as cents directly.
  const bool negative = !v.empty() && v[0] == '-';
  const std::string_view d = negative ? v.substr(1) : v;
  if (d.size() >= 4 && d[d.size() - 3] == '.') {
    std::int64_t whole = 0;
    int cents = 0;
    const auto r1 = std::from_chars(d.data(), d.data() + d.size() - 3, whole);
    const auto r2 = std::from_chars(d.data() + d.size() - 2, d.data() + d.size(), cents);
    if (r1.ec == std::errc() && r1.ptr == d.data() + d.size() - 3 && r2.ec == std::errc() && r2.ptr == d.data() + d.size() &&
        whole < 90'000'000'000'000'000LL) {
      const std::int64_t c = whole * 100 + cents;
      return Money::from_cents(negative ? -c : c);
    }
  }
  return Money::exact(Decimal::parse(v, key), key);
}
int state_int(std::string_view text, std::string_view key) {
  const auto v = state_field(text, key);
  int out = 0;
  const auto r = std::from_chars(v.data(), v.data() + v.size(), out);
  if (r.ec != std::errc() || r.ptr != v.data() + v.size()) throw StoreError(ErrorCode::StoreCorrupt, "stored state: field \"" + std::string(key) + "\" is not a number");
  return out;
}

}  // namespace

PayrollState state_from_text(std::string_view text) {
  // The year-to-date keys appear once, inside "year_to_date"; the outer ones before it.
  const auto inner = text.find("\"year_to_date\":");
  if (inner == std::string_view::npos) throw StoreError(ErrorCode::StoreCorrupt, "stored state lacks the field \"year_to_date\"");
  std::string_view outer = text.substr(0, inner);
  const std::string_view ytd = text.substr(inner);
  PayrollState s;
  // "garnished" and "garnishment_overpaid" come first (key order) and hold garnishment ids: read
  // them with the JSON parser and search the other outer keys after them.
  auto money_map = [&outer](std::string_view key, std::map<std::string, Money>& into) {
    const std::string open = "\"" + std::string(key) + "\":{";
    const auto g = outer.find(open);
    if (g == std::string_view::npos) return;
    const auto end = outer.find('}', g);
    if (end == std::string_view::npos) throw StoreError(ErrorCode::StoreCorrupt, "stored state: field \"" + std::string(key) + "\" is not closed");
    const std::size_t from = g + open.size() - 1;
    const std::string object(outer.substr(from, end - from + 1));
    const CJson parsed = parse_stored(object, "state field " + std::string(key));
    const std::string field(key);
    for (const auto& [id, m] : parsed.items()) into[id] = Money::exact(Decimal::parse(m.get<std::string>(), field), field);
    outer = outer.substr(end + 1);
  };
  money_map("garnished", s.garnished);
  money_map("garnishment_overpaid", s.garnishment_overpaid);
  s.holiday_allowance_balance = state_money(outer, "holiday_allowance_balance");
  s.months_employed_last_year = state_int(outer, "months_employed_last_year");
  if (outer.find("\"net_settlement\":") != std::string_view::npos) s.net_settlement = state_money(outer, "net_settlement");
  s.wage_for_wage_tax_last_year = state_money(outer, "wage_for_wage_tax_last_year");
  s.year = state_int(outer, "year");
  YearToDate& y = s.year_to_date;
  y.arbeidskorting = state_money(ytd, "arbeidskorting");
  y.employer_charges = state_money(ytd, "employer_charges");
  y.gross = state_money(ytd, "gross");
  y.net = state_money(ytd, "net");
  y.periods = state_int(ytd, "periods");
  y.premium_wage = state_money(ytd, "premium_wage");
  y.wage_for_wage_tax = state_money(ytd, "wage_for_wage_tax");
  y.wage_tax = state_money(ytd, "wage_tax");
  y.zvw_wage = state_money(ytd, "zvw_wage");
  return s;
}

LineKind line_kind_from(std::string_view t) {
  for (auto k : {LineKind::Earning, LineKind::SpecialEarning, LineKind::Deduction, LineKind::Tax, LineKind::Untaxed,
                 LineKind::Employer, LineKind::Info, LineKind::Settlement}) {
    if (to_string(k) == t) return k;
  }
  throw StoreError(ErrorCode::StoreCorrupt, "stored payslip line has an unknown kind \"" + std::string(t) + "\"");
}

RunKind run_kind_from(std::string_view t) {
  if (t == "regular") return RunKind::Regular;
  if (t == "correction") return RunKind::Correction;
  throw StoreError(ErrorCode::StoreCorrupt, "stored payroll run has an unknown kind \"" + std::string(t) + "\"");
}

CJson parse_stored(const std::string& text, std::string_view what) {
  try {
    return CJson::parse(text);
  } catch (const nlohmann::json::exception& e) {
    throw StoreError(ErrorCode::StoreCorrupt, "stored " + std::string(what) + " is not valid JSON: " + e.what());
  }
}

StoreError store_error(const std::string& file, const std::string& doing, const SQLite::Exception& e, bool rolled_back) {
  const int code = e.getErrorCode();
  std::string why = e.what();
  ErrorCode kind = ErrorCode::StoreFailed;
  if (code == SQLITE_READONLY) {
    why = "the database file is read-only (no write permission on the file or its directory)";
    kind = ErrorCode::StoreReadOnly;
  } else if (code == SQLITE_FULL) {
    why = "the disk is full (or the database reached its size limit)";
    kind = ErrorCode::StoreFull;
  } else if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
    why = "another process is writing to the database";
    kind = ErrorCode::StoreLocked;
  } else if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB) {
    why = "the file is not a valid database (" + why + ")";
    kind = ErrorCode::StoreCorrupt;
  } else if (code == SQLITE_IOERR) {
    const int ext = e.getExtendedErrorCode();
    // A disk that is full for this process (a file size limit, quota: EFBIG) ends in a failed
    // write, not in SQLITE_FULL (issue 19: "disk I/O error" where the disk is full).
    const bool writing = ext == SQLITE_IOERR_WRITE || ext == SQLITE_IOERR_FSYNC || ext == SQLITE_IOERR_TRUNCATE ||
                         ext == SQLITE_IOERR_SHMSIZE || ext == SQLITE_IOERR_DIR_FSYNC;
    why = writing ? "could not write to the disk: it is full, or a file size limit or quota was reached (" + why + ")"
                  : "input/output error (" + why + ")";
  } else if (code == SQLITE_CANTOPEN) {
    why = "cannot open the file (" + why + ")";
  }
  return StoreError(kind, file + ": " + doing + ": " + why + (rolled_back ? "; nothing was changed" : ""), {.document = file});
}

CJson row_json(const SQLite::Statement& q, const std::vector<std::string>& skip) {
  CJson j = CJson::object();
  for (int i = 0; i < q.getColumnCount(); ++i) {
    const std::string name = q.getColumnName(i);
    bool skipped = false;
    for (const auto& s : skip) skipped = skipped || s == name;
    if (skipped) continue;
    const SQLite::Column c = q.getColumn(i);
    switch (c.getType()) {
      case SQLITE_NULL: j[name] = nullptr; break;
      case SQLITE_INTEGER: j[name] = c.getInt64(); break;
      case SQLITE_FLOAT: throw StoreError(ErrorCode::StoreCorrupt, "column " + name + " holds a floating-point number; the store never writes one");
      default: j[name] = c.getString(); break;
    }
  }
  return j;
}

}  // namespace basisbaan::store_detail
