// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/garnishments.hpp"

#include <algorithm>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/store/administration.hpp"
#include "internal.hpp"
#include "run_parts.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

constexpr const char* kColumns =
    "id, employee_id, kind, creditor, iban, reference, coordinating, start_date, lifted_date, owed_cents, protected_cents";

StoredGarnishment read_row(SQLite::Statement& q) {
  StoredGarnishment s;
  Garnishment& g = s.garnishment;
  g.id = "G" + std::to_string(q.getColumn(0).getInt64());
  s.employee_id = q.getColumn(1).getString();
  g.kind = parse_garnishment_kind(q.getColumn(2).getString(), "garnishments.kind");
  g.creditor = q.getColumn(3).getString();
  g.iban = q.getColumn(4).getString();
  g.reference = q.getColumn(5).getString();
  g.coordinating = q.getColumn(6).getInt() != 0;
  g.start = parse_date(q.getColumn(7).getString(), "garnishments.start_date");
  if (!q.getColumn(8).isNull()) g.lifted = parse_date(q.getColumn(8).getString(), "garnishments.lifted_date");
  g.owed = Money::from_cents(q.getColumn(9).getInt64());
  g.protected_per_month = Money::from_cents(q.getColumn(10).getInt64());
  return s;
}

/// "G12" → 12; InputError naming the id otherwise.
std::int64_t row_id(const std::string& id) {
  const bool ok = id.size() >= 2 && id.size() <= 12 && id[0] == 'G' &&
                  std::all_of(id.begin() + 1, id.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (!ok) throw InputError(ErrorCode::InputInvalidValue, "garnishment \"" + id + "\": expected an id such as G1");
  return std::stoll(id.substr(1));
}

InputProblem problem(ErrorCode code, const std::string& field, const std::string& message) {
  InputProblem p;
  p.code = code;
  p.message = "garnishment, field " + field + ": " + message;
  p.where.field = field;
  return p;
}

/// The payroll state after the employee's latest stored regular payslip, with its period.
std::optional<std::pair<PayrollState, std::string>> latest_state(const Database& db, const std::string& employee_id) {
  SQLite::Statement q(db.sql(),
                      "SELECT coalesce(ta.content, p.state_after), r.period FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                      "LEFT JOIN payslip_texts ta ON ta.id = p.after_text "
                      "WHERE p.employee_id = ? AND r.kind = 'regular' ORDER BY p.pay_date DESC, r.id DESC LIMIT 1");
  q.bind(1, employee_id);
  if (!q.executeStep()) return std::nullopt;
  return std::make_pair(state_from_text(q.getColumn(0).getString()), q.getColumn(1).getString());
}

}  // namespace

StoredGarnishment add_garnishment(Database& db, const std::string& employee_id, Garnishment g) {
  static_cast<void>(load_employee_record(db, employee_id));  // InputError when unknown
  std::vector<InputProblem> problems;
  if (g.creditor.empty()) problems.push_back(problem(ErrorCode::InputMissingField, "creditor", "the name to pay is missing"));
  if (g.iban.empty()) {
    problems.push_back(problem(ErrorCode::InputMissingField, "iban", "the account to pay the creditor is missing"));
  } else {
    const std::string normalized = normalize_iban(g.iban);
    if (!is_valid_iban(normalized)) {
      problems.push_back(problem(ErrorCode::InputInvalidValue, "iban", "\"" + g.iban + "\" is not a valid IBAN (mod-97 check failed)"));
    }
    g.iban = normalized;
  }
  if (g.reference.size() > 35) {
    problems.push_back(problem(ErrorCode::InputInvalidValue, "reference", "at most 35 characters (the SEPA remittance field)"));
  }
  if (g.owed.sign() <= 0) problems.push_back(problem(ErrorCode::InputInvalidAmount, "owed", "expected an amount above 0, got " + g.owed.str()));
  if (g.protected_per_month.sign() < 0) {
    problems.push_back(problem(ErrorCode::InputInvalidAmount, "protected_per_month", "expected 0 or more, got " + g.protected_per_month.str()));
  }
  if (g.lifted && *g.lifted <= g.start) {
    problems.push_back(problem(ErrorCode::InputInvalidDate, "lifted", "must be after the start " + to_string(g.start)));
  }
  if (g.coordinating) {
    if (g.kind != GarnishmentKind::Bailiff) {
      problems.push_back(problem(ErrorCode::InputInvalidValue, "coordinating",
                                 "only a bailiff's garnishment can be the coordinating one (Rv art. 478), this one is " +
                                     std::string(to_string(g.kind))));
    }
    for (const auto& s : load_garnishments(db, employee_id)) {
      if (s.garnishment.coordinating && !s.garnishment.lifted) {
        problems.push_back(problem(ErrorCode::InputDuplicate, "coordinating",
                                   "employee " + employee_id + " already has a coordinating bailiff (" + s.garnishment.id + ", " +
                                       s.garnishment.creditor + "); there is only one (Rv art. 478): lift it first"));
      }
    }
  }
  if (!problems.empty()) throw ValidationError(std::move(problems));
  return write(db, "registering a garnishment of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO garnishments (employee_id, kind, creditor, iban, reference, coordinating, start_date, lifted_date, "
                        "owed_cents, protected_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, std::string(to_string(g.kind)));
    q.bind(3, g.creditor);
    q.bind(4, g.iban);
    q.bind(5, g.reference);
    q.bind(6, g.coordinating ? 1 : 0);
    q.bind(7, to_string(g.start));
    if (g.lifted) q.bind(8, to_string(*g.lifted)); else q.bind(8);
    q.bind(9, g.owed.cents());
    q.bind(10, g.protected_per_month.cents());
    q.exec();
    const std::int64_t id = db.sql().getLastInsertRowid();
    g.id = "G" + std::to_string(id);
    audit(db, "garnishment.add", "garnishment:" + std::to_string(id),
          CJson{{"employee", employee_id}, {"kind", std::string(to_string(g.kind))}, {"creditor", g.creditor},
                {"owed", g.owed.str()}, {"protected_per_month", g.protected_per_month.str()}, {"start", to_string(g.start)}});
    return StoredGarnishment{employee_id, g};
  });
}

StoredGarnishment lift_garnishment(Database& db, const std::string& id, const Date& lifted, const std::string& reason) {
  const std::int64_t key = row_id(id);
  SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM garnishments WHERE id = ?");
  q.bind(1, key);
  if (!q.executeStep()) throw InputError(ErrorCode::InputNotFound, "garnishment " + id + " does not exist");
  StoredGarnishment s = read_row(q);
  if (s.garnishment.lifted) {
    throw InputError(ErrorCode::InputInvalidValue, "garnishment " + id + " was already lifted from " + to_string(*s.garnishment.lifted));
  }
  if (lifted <= s.garnishment.start) {
    throw InputError(ErrorCode::InputInvalidDate, "garnishment " + id + ", field lifted: must be after the start " + to_string(s.garnishment.start));
  }
  if (reason.empty()) throw InputError(ErrorCode::InputMissingField, "garnishment " + id + ", field reason: give the reason it is lifted");
  write(db, "lifting garnishment " + id, [&] {
    SQLite::Statement u(db.sql(), "UPDATE garnishments SET lifted_date = ? WHERE id = ?");
    u.bind(1, to_string(lifted));
    u.bind(2, key);
    u.exec();
    audit(db, "garnishment.lift", "garnishment:" + std::to_string(key),
          CJson{{"employee", s.employee_id}, {"lifted", to_string(lifted)}, {"reason", reason}});
  });
  s.garnishment.lifted = lifted;
  return s;
}

std::vector<StoredGarnishment> load_garnishments(const Database& db, const std::optional<std::string>& employee_id) {
  SQLite::Statement q(db.sql(), std::string("SELECT ") + kColumns + " FROM garnishments" +
                                    (employee_id ? " WHERE employee_id = ?" : "") + " ORDER BY employee_id, id");
  if (employee_id) q.bind(1, *employee_id);
  std::vector<StoredGarnishment> rows;
  while (q.executeStep()) rows.push_back(read_row(q));
  // In order of payment within each employee.
  std::vector<StoredGarnishment> out;
  for (std::size_t i = 0; i < rows.size();) {
    std::size_t j = i;
    std::vector<Garnishment> gs;
    while (j < rows.size() && rows[j].employee_id == rows[i].employee_id) gs.push_back(rows[j++].garnishment);
    for (const Garnishment* g : in_order_of_payment(gs)) out.push_back({rows[i].employee_id, *g});
    i = j;
  }
  return out;
}

std::vector<GarnishmentAccount> garnishment_overview(const Database& db, const std::optional<std::string>& employee_id) {
  std::vector<GarnishmentAccount> out;
  std::map<std::string, std::optional<std::pair<PayrollState, std::string>>> states;
  for (auto& s : load_garnishments(db, employee_id)) {
    auto it = states.find(s.employee_id);
    if (it == states.end()) it = states.emplace(s.employee_id, latest_state(db, s.employee_id)).first;
    GarnishmentAccount a{std::move(s), Money(), Money(), "", Money()};
    if (it->second) {
      const PayrollState& latest = it->second->first;
      const std::string& id = a.stored.garnishment.id;
      if (const auto p = latest.garnished.find(id); p != latest.garnished.end()) a.paid = p->second;
      if (const auto o = latest.garnishment_overpaid.find(id); o != latest.garnishment_overpaid.end()) a.overpaid = o->second;
      a.last_period = it->second->second;
      // Corrections stored but not yet paid: what they leave overpaid shows at once.
      const auto pending = correction_deltas_paid_in(db, PayPeriod::parse(a.last_period, "period").next());
      if (const auto d = pending.find(a.stored.employee_id); d != pending.end()) {
        if (const auto o = d->second.garnishment_overpaid.find(id); o != d->second.garnishment_overpaid.end()) a.overpaid += o->second;
      }
    }
    a.remaining = std::max(Money(), a.stored.garnishment.owed - a.paid);
    out.push_back(std::move(a));
  }
  return out;
}

std::map<std::string, Money> garnished_in_year(const Database& db, int year) {
  SQLite::Statement q(db.sql(),
                      "SELECT p.employee_id, coalesce(tb.content, p.opening_state), coalesce(ta.content, p.state_after) "
                      "FROM payslips p JOIN payroll_runs r ON r.id = p.run_id "
                      "LEFT JOIN payslip_texts tb ON tb.id = p.opening_text LEFT JOIN payslip_texts ta ON ta.id = p.after_text "
                      "WHERE r.kind = 'regular' AND p.pay_date >= ? AND p.pay_date <= ? "
                      "AND coalesce(ta.content, p.state_after) LIKE '%\"garnished\"%'");
  q.bind(1, std::to_string(year) + "-01-01");
  q.bind(2, std::to_string(year) + "-12-31");
  std::map<std::string, Money> out;
  while (q.executeStep()) {
    const PayrollState before = state_from_text(q.getColumn(1).getString());
    const PayrollState after = state_from_text(q.getColumn(2).getString());
    Money sum;
    for (const auto& [id, paid] : after.garnished) {
      const auto b = before.garnished.find(id);
      sum += paid - (b == before.garnished.end() ? Money() : b->second);
    }
    // Withheld but set off against an earlier overpayment (docs/garnishment.md "Corrections").
    for (const auto& [id, over] : before.garnishment_overpaid) {
      const auto a = after.garnishment_overpaid.find(id);
      sum += over - (a == after.garnishment_overpaid.end() ? Money() : a->second);
    }
    if (sum.sign() != 0) out[q.getColumn(0).getString()] += sum;
  }
  return out;
}

}  // namespace basisbaan
