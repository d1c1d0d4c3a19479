// SPDX-License-Identifier: EUPL-1.2
// The canonical text of an employee snapshot written directly (issue 18): the very bytes of
// canonical(employee_json(e)) — nlohmann's dump of to_canonical_json (lib/payroll/employee_json.cpp)
// with its keys sorted — without building the JSON tree. A payroll run writes one per payslip.
// Keys are written in std::string order (nlohmann's object is a std::map); a field that
// to_canonical_json writes only in some cases is written in the same cases. A string that is not
// plain printable ASCII without quotes or backslashes is written by nlohmann itself (json_string
// in codec.cpp), so its escapes and its refusal of invalid UTF-8 are nlohmann's.
// tests/store/employee_text_test.cpp compares the two over many employees, every optional field
// and odd strings.
#include "codec.hpp"

namespace basisbaan::store_detail {

namespace {

/// Writes the members of one JSON object in the order they are given, which the caller keeps
/// sorted: `"key":value` separated by commas.
class ObjectWriter {
 public:
  explicit ObjectWriter(std::string& o) : o_(o) { o_ += '{'; }
  ~ObjectWriter() { o_ += '}'; }
  ObjectWriter(const ObjectWriter&) = delete;
  ObjectWriter& operator=(const ObjectWriter&) = delete;

  /// Starts the member `key` (a plain key: no escapes needed); the caller writes the value.
  std::string& key(const char* key) {
    if (!first_) o_ += ',';
    first_ = false;
    o_ += '"';
    o_ += key;
    o_ += "\":";
    return o_;
  }
  void text(const char* k, std::string_view v) { json_string(key(k), v); }
  void boolean(const char* k, bool v) { key(k) += v ? "true" : "false"; }
  void null(const char* k) { key(k) += "null"; }
  void optional_text(const char* k, const std::optional<std::string>& v) {
    if (v) text(k, *v);
    else null(k);
  }

 private:
  std::string& o_;
  bool first_ = true;
};

std::optional<std::string> date_or_none(const std::optional<Date>& d) {
  if (!d) return std::nullopt;
  return to_string(*d);
}

/// Writes `items` as a JSON array, each with `write(item)`.
template <class T, class F>
void array(std::string& o, const std::vector<T>& items, F write) {
  o += '[';
  bool first = true;
  for (const auto& x : items) {
    if (!first) o += ',';
    first = false;
    write(x);
  }
  o += ']';
}

}  // namespace

void employee_text(std::string& o, const Employee& e) {
  o.clear();
  ObjectWriter j(o);
  j.text("birth_date", to_string(e.birth_date));
  j.text("bsn", e.bsn);
  j.text("commute_km_per_period", e.commute_km_per_period.str());
  j.text("employed_since", to_string(e.employed_since));
  j.optional_text("employed_until", date_or_none(e.employed_until));
  if (e.final_settlement) {
    ObjectWriter x(j.key("final_settlement"));
    x.text("leave_hours", e.final_settlement->leave_hours.str());
  }
  if (!e.garnishments.empty()) {
    array(j.key("garnishments"), e.garnishments, [&o](const Garnishment& g) {
      ObjectWriter x(o);
      x.boolean("coordinating", g.coordinating);
      x.text("creditor", g.creditor);
      x.text("iban", g.iban);
      x.text("id", g.id);
      x.text("kind", to_string(g.kind));
      x.optional_text("lifted", date_or_none(g.lifted));
      x.text("owed", g.owed.str());
      x.text("protected_per_month", g.protected_per_month.str());
      x.text("reference", g.reference);
      x.text("start", to_string(g.start));
    });
  }
  j.optional_text("hourly_wage", e.agreed_hourly_wage ? std::optional<std::string>(e.agreed_hourly_wage->str()) : std::nullopt);
  j.text("hours_per_week", e.hours_per_week.str());
  j.text("iban", e.iban);
  j.text("id", e.id);
  if (!e.identified) j.boolean("identified", false);
  if (!e.maternity_leave.empty()) {
    array(j.key("maternity_leave"), e.maternity_leave, [&o](const MaternityLeaveFacts& m) {
      ObjectWriter x(o);
      if (m.birth) x.text("birth", to_string(*m.birth));
      x.text("expected_birth", to_string(m.expected_birth));
      x.text("leave_start", to_string(m.leave_start));
      x.boolean("multiple", m.multiple);
    });
  }
  j.text("name", e.name);
  array(j.key("one_off_payments"), e.one_off_payments, [&o](const OneOffPayment& p) {
    ObjectWriter x(o);
    x.text("description", p.description);
    x.text("full_time_amount", p.full_time_amount.str());
    x.text("period", p.period);
  });
  j.text("pay_period", to_string(e.pay_period));
  j.boolean("payroll_tax_credit", e.payroll_tax_credit);
  j.boolean("permanent_contract", e.permanent_contract);
  j.optional_text("previous_year_wage", e.previous_year_wage ? std::optional<std::string>(e.previous_year_wage->str()) : std::nullopt);
  if (!e.reintegration_steps.empty()) {
    array(j.key("reintegration_steps"), e.reintegration_steps, [&o](const ReintegrationStep& r) {
      ObjectWriter x(o);
      x.text("date", to_string(r.date));
      x.text("kind", to_string(r.kind));
      x.text("note", r.note);
    });
  }
  j.text("scale", e.scale);
  if (!e.sick_reports.empty()) {
    array(j.key("sick_reports"), e.sick_reports, [&o](const SickReport& r) {
      ObjectWriter x(o);
      x.text("first_day", to_string(r.first_day));
      x.text("id", r.id);
      x.text("incapacity", r.initial_incapacity.percent().str());
      array(x.key("partial"), r.changes, [&o](const auto& c) {
        ObjectWriter y(o);
        y.text("from", to_string(c.from));
        y.text("incapacity", c.incapacity.percent().str());
      });
      x.boolean("pregnancy", r.pregnancy);
      x.optional_text("recovered", date_or_none(r.recovered));
    });
  }
  if (!e.sickness_extensions.empty()) {
    array(j.key("sickness_extensions"), e.sickness_extensions, [&o](const RecordedExtension& r) {
      ObjectWriter x(o);
      x.text("date", to_string(r.date));
      x.key("days") += std::to_string(r.extension.days);
      x.text("kind", to_string(r.extension.kind));
      x.text("note", r.extension.note);
    });
  }
}

std::string employee_text(const Employee& e) {
  std::string o;
  o.reserve(512);
  employee_text(o, e);
  return o;
}

}  // namespace basisbaan::store_detail
