// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/administration.hpp"

#include <algorithm>
#include <map>
#include <string_view>

#include "basisbaan/core/identifiers.hpp"
#include "basisbaan/store/employee_checks.hpp"
#include "basisbaan/store/leave_agreements.hpp"
#include "basisbaan/store/sickness_records.hpp"
#include "administration_rows.hpp"
#include "internal.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

Date today() { return Date{std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())}; }

}  // namespace

std::string store_detail::contract_entity(std::int64_t id) { return "contract:" + std::to_string(id); }

namespace {

constexpr const char* kInsertContract =
    "INSERT INTO contracts (employee_id, label, job, start_date, end_date, indefinite, hours_per_week, "
    "end_event, expected_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr const char* kInsertPlacement = "INSERT INTO scale_placements (employee_id, from_date, scale, hourly_wage_cents) VALUES (?, ?, ?, ?)";
constexpr const char* kInsertEmployee =
    "INSERT INTO employees (id, name, birth_date, bsn, iban, payroll_tax_credit, pay_period, "
    "commute_km_per_period, previous_year_wage_cents, identified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

/// The checks of insert_contract_with, before any row is written (issue 19: one validation for
/// every entry path: import, hire, contract add, the library).
void check_contract(const std::string& employee_id, const Contract& c) {
  const std::string what = "contract " + c.id + " of employee " + employee_id;
  if (auto m = hours_per_week_problem(c.hours_per_week)) throw InputError(what + ", field hours_per_week: " + *m);
  if (auto m = date_range_problem(c.start, "start")) throw InputError(what + ", field start: " + *m);
  if (c.end) {
    if (auto m = date_range_problem(*c.end, "end")) throw InputError(what + ", field end: " + *m);
  }
  if (auto m = text_problem(c.job)) throw InputError(what + ", field job: " + *m);
}

/// Binds the 9 values of kInsertContract from parameter `base` + 1 on.
void bind_contract(SQLite::Statement& q, int base, const std::string& employee_id, const Contract& c) {
  q.bind(base + 1, employee_id);
  q.bind(base + 2, c.id);
  q.bind(base + 3, c.job);
  q.bind(base + 4, to_string(c.start));
  if (c.end) q.bind(base + 5, to_string(*c.end)); else q.bind(base + 5);
  q.bind(base + 6, c.indefinite ? 1 : 0);
  q.bind(base + 7, c.hours_per_week.str());
  q.bind(base + 8, c.end_event);
  q.bind(base + 9, c.expected_end ? to_string(*c.expected_end) : std::string());
}

/// The detail of the "contract.add" entry.
CJson contract_detail(const std::string& employee_id, const Contract& c) {
  CJson detail{{"employee", employee_id}, {"label", c.id}, {"start", to_string(c.start)},
               {"end", c.end ? CJson(to_string(*c.end)) : CJson(nullptr)}, {"hours_per_week", c.hours_per_week.str()},
               {"indefinite", c.indefinite}};
  // Only when set, so that the entries of contracts by date read as before.
  if (c.ends_on_event()) detail["end_event"] = c.end_event;
  if (c.expected_end) detail["expected_end"] = to_string(*c.expected_end);
  return detail;
}

std::int64_t insert_contract_with(Database& db, SQLite::Statement& q, store_detail::AuditAppender& log, const std::string& employee_id,
                                  const Contract& c) {
  check_contract(employee_id, c);
  q.reset();
  bind_contract(q, 0, employee_id, c);
  q.exec();
  const auto id = db.sql().getLastInsertRowid();
  log.append("contract.add", store_detail::contract_entity(id), contract_detail(employee_id, c));
  return id;
}

/// Binds the 4 values of kInsertPlacement from parameter `base` + 1 on.
void bind_placement(SQLite::Statement& q, int base, const std::string& employee_id, const ScalePlacement& p) {
  q.bind(base + 1, employee_id);
  q.bind(base + 2, to_string(p.from));
  q.bind(base + 3, p.scale);
  if (p.hourly_wage) q.bind(base + 4, p.hourly_wage->cents()); else q.bind(base + 4);
}

/// The detail of the "placement.add" entry.
CJson placement_detail(const std::string& employee_id, const ScalePlacement& p) {
  return CJson{{"employee", employee_id}, {"from", to_string(p.from)}, {"scale", p.scale},
               {"hourly_wage", p.hourly_wage ? CJson(p.hourly_wage->str()) : CJson(nullptr)}};
}

void insert_placement_with(Database& db, SQLite::Statement& q, store_detail::AuditAppender& log, const std::string& employee_id,
                           const ScalePlacement& p) {
  q.reset();
  bind_placement(q, 0, employee_id, p);
  q.exec();
  const auto id = db.sql().getLastInsertRowid();
  log.append("placement.add", "placement:" + std::to_string(id), placement_detail(employee_id, p));
}

/// Binds the 10 values of kInsertEmployee from parameter `base` + 1 on.
void bind_employee(SQLite::Statement& q, int base, const Employee& e) {
  q.bind(base + 1, e.id);
  q.bind(base + 2, e.name);
  q.bind(base + 3, to_string(e.birth_date));
  q.bind(base + 4, e.bsn);
  q.bind(base + 5, e.iban);
  q.bind(base + 6, e.payroll_tax_credit ? 1 : 0);
  q.bind(base + 7, std::string(to_string(e.pay_period)));
  q.bind(base + 8, e.commute_km_per_period.str());
  if (e.previous_year_wage) q.bind(base + 9, e.previous_year_wage->cents()); else q.bind(base + 9);
  q.bind(base + 10, e.identified ? 1 : 0);
}

void insert_employee_with(SQLite::Statement& q, const Employee& e) {
  q.reset();
  bind_employee(q, 0, e);
  q.exec();
}

}  // namespace

std::int64_t store_detail::insert_contract(Database& db, const std::string& employee_id, const Contract& c) {
  SQLite::Statement q(db.sql(), kInsertContract);
  AuditAppender log(db);
  return insert_contract_with(db, q, log, employee_id, c);
}

void store_detail::insert_placement(Database& db, const std::string& employee_id, const ScalePlacement& p) {
  SQLite::Statement q(db.sql(), kInsertPlacement);
  AuditAppender log(db);
  insert_placement_with(db, q, log, employee_id, p);
}

void store_detail::insert_employee_row(Database& db, const Employee& e) {
  SQLite::Statement q(db.sql(), kInsertEmployee);
  insert_employee_with(q, e);
}

store_detail::AdministrationRows::AdministrationRows(Database& db, std::string document)
    : db_(&db), document_(std::move(document)), audit_(db) {}

void store_detail::AdministrationRows::add(const Employee& e, const Contract& c, const ScalePlacement& p) {
  pending_.push_back({&e, &c, &p});
  if (pending_.size() == kBatch) flush();
}

void store_detail::AdministrationRows::flush() {
  if (pending_.empty()) return;
  const std::size_t n = pending_.size();
  for (const auto& r : pending_) check_contract(r.e->id, *r.c);
  auto statement = [&](std::unique_ptr<SQLite::Statement>& full, std::unique_ptr<SQLite::Statement>& tail,
                       const char* insert) -> SQLite::Statement& {
    return rows_statement(*db_, n == kBatch ? full : tail, insert, n);  // a full batch, or a shorter one (the last)
  };
  // A statement's rows get consecutive row ids (one more than the largest each), in the order of
  // its VALUES: the last is the connection's last insert row id.
  const auto first_rowid = [&] { return db_->sql().getLastInsertRowid() - static_cast<std::int64_t>(n) + 1; };
  auto& qe = statement(employees_, employees_tail_, kInsertEmployee);
  for (std::size_t i = 0; i < n; ++i) bind_employee(qe, static_cast<int>(i) * 10, *pending_[i].e);
  qe.exec();
  const std::int64_t first_employee = first_rowid();
  auto& qc = statement(contracts_, contracts_tail_, kInsertContract);
  for (std::size_t i = 0; i < n; ++i) bind_contract(qc, static_cast<int>(i) * 9, pending_[i].e->id, *pending_[i].c);
  qc.exec();
  const std::int64_t first_contract = first_rowid();
  auto& qp = statement(placements_, placements_tail_, kInsertPlacement);
  for (std::size_t i = 0; i < n; ++i) bind_placement(qp, static_cast<int>(i) * 4, pending_[i].e->id, *pending_[i].p);
  qp.exec();
  const std::int64_t first_placement = first_rowid();
  // The rows' hashes by one range scan per table (the rows the entries' entities name, checked
  // key by key), then the entries in the order of one row at a time: each employee's, its
  // contract's, its placement's; written by one statement per 192.
  std::vector<std::string> employee_keys, contract_keys, placement_keys;
  for (std::size_t i = 0; i < n; ++i) {
    const auto k = static_cast<std::int64_t>(i);
    employee_keys.push_back(pending_[i].e->id);
    contract_keys.push_back(std::to_string(first_contract + k));
    placement_keys.push_back(std::to_string(first_placement + k));
  }
  const auto employee_hashes = audit_.row_hashes("employee", first_employee, employee_keys);
  const auto contract_hashes = audit_.row_hashes("contract", first_contract, contract_keys);
  const auto placement_hashes = audit_.row_hashes("placement", first_placement, placement_keys);
  for (std::size_t i = 0; i < n; ++i) {
    const Employee& e = *pending_[i].e;
    audit_.add("employee.import", "employee:" + e.id, employee_hashes[i], CJson{{"document", document_}, {"id", e.id}, {"name", e.name}});
    audit_.add("contract.add", contract_entity(first_contract + static_cast<std::int64_t>(i)), contract_hashes[i],
               contract_detail(e.id, *pending_[i].c));
    audit_.add("placement.add", "placement:" + placement_keys[i], placement_hashes[i], placement_detail(e.id, *pending_[i].p));
  }
  audit_.write_added();
  pending_.clear();
}

namespace {

struct Spell {
  Date start;
  std::optional<Date> end;
};

std::vector<Spell> spells_of(const std::vector<Contract>& contracts) {
  std::vector<Spell> out;
  for (const auto& c : contracts) {
    if (!out.empty() && out.back().end && add_days(*out.back().end, 1) >= c.start) {
      out.back().end = c.end;
    } else if (!out.empty() && !out.back().end) {
      // An open-ended contract followed by another cannot happen after validation; keep the first.
    } else {
      out.push_back({c.start, c.end});
    }
  }
  return out;
}

}  // namespace

void set_employer(Database& db, const Employer& e) {
  if (e.name.empty()) {
    throw InputError(ErrorCode::InputMissingField, "employer: field name: expected a name",
                     {.document = "employer", .field = "name"});
  }
  if (auto m = text_problem(e.name)) {
    throw InputError(ErrorCode::InputInvalidValue, "employer: field name: " + *m, {.document = "employer", .field = "name"});
  }
  // A rate or share is a percentage from 0 to 100 (issue 19: a negative Whk rate was stored).
  const auto percentage = [](const Rate& r, const char* field) {
    if (r.percent().sign() < 0 || r.percent() > Decimal(100)) {
      throw InputError(ErrorCode::InputInvalidValue,
                       std::string("employer: field ") + field + ": expected a percentage from 0 to 100, got " + r.str(),
                       {.document = "employer", .field = field});
    }
  };
  percentage(e.whk_rate, "whk_rate");
  percentage(e.whk_wga_rate, "whk_wga_rate");
  if (e.pension_employee_share) percentage(*e.pension_employee_share, "pension_employee_share");
  if (!e.iban.empty() && !is_valid_iban(e.iban)) {
    throw InputError(ErrorCode::InputInvalidValue, "employer: field iban: \"" + e.iban + "\" is not a valid IBAN (mod-97 check failed)",
                     {.document = "employer", .field = "iban"});
  }
  write(db, "recording the employer", [&] {
    SQLite::Statement q(db.sql(),
                        "INSERT OR REPLACE INTO employer (id, name, payroll_tax_number, iban, bic, small_employer, whk_rate, "
                        "whk_wga_rate, holiday_allowance, pension_employee_share, employer_type) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    q.bind(1, e.name);
    q.bind(2, e.payroll_tax_number);
    q.bind(3, normalize_iban(e.iban));
    q.bind(4, e.bic);
    q.bind(5, e.small_employer ? 1 : 0);
    q.bind(6, e.whk_rate.percent().str());
    q.bind(7, e.whk_wga_rate.percent().str());
    q.bind(8, holiday_text(e.holiday_allowance));
    if (e.pension_employee_share) q.bind(9, e.pension_employee_share->percent().str()); else q.bind(9);
    q.bind(10, std::string(to_string(e.type)));
    q.exec();
    audit(db, "employer.set", "employer:1", employer_json(e));
  });
}

namespace {

/// The records of rows that come in employee order (ORDER BY employee_id, as the records are
/// ordered by id, both by bytes): found by walking along the records, by `index` otherwise.
struct InOrder {
  std::vector<EmployeeRecord>& out;
  const std::map<std::string, std::size_t>& index;
  std::size_t next = 0;
  EmployeeRecord& at(const SQLite::Column& id_column) {
    const std::string_view id(id_column.getText(), static_cast<std::size_t>(id_column.getBytes()));
    while (next < out.size() && std::string_view(out[next].employee.id) < id) ++next;
    if (next < out.size() && out[next].employee.id == id) return out[next];
    return out[index.at(std::string(id))];
  }
};

}  // namespace

std::vector<EmployeeRecord> load_employee_records(const Database& db) {
  std::vector<EmployeeRecord> out;
  std::map<std::string, std::size_t> index;
  try {
    SQLite::Statement q(db.sql(),
                        "SELECT id, name, birth_date, bsn, iban, payroll_tax_credit, pay_period, commute_km_per_period, "
                        "previous_year_wage_cents, identified FROM employees ORDER BY id");
    while (q.executeStep()) {
      EmployeeRecord r;
      Employee& e = r.employee;
      e.id = q.getColumn(0).getString();
      e.name = q.getColumn(1).getString();
      e.birth_date = parse_date(q.getColumn(2).getString(), "birth_date");
      e.bsn = q.getColumn(3).getString();
      e.iban = q.getColumn(4).getString();
      e.payroll_tax_credit = q.getColumn(5).getInt() != 0;
      e.pay_period = parse_period_kind(q.getColumn(6).getString(), "pay_period");
      e.commute_km_per_period = Decimal::parse(q.getColumn(7).getString(), "commute_km_per_period");
      if (!q.getColumn(8).isNull()) e.previous_year_wage = Money::from_cents(q.getColumn(8).getInt64());
      e.identified = q.getColumn(9).getInt() != 0;
      index[e.id] = out.size();
      out.push_back(std::move(r));
    }
    // Every employee has a contract and a placement: their rows come in employee order, as the
    // employees did, so each is matched by walking along (issue 18: a search of the index per
    // row grew with the number of employees); a row out of that order is found by the index.
    InOrder contracts_of{out, index};
    InOrder placements_of{out, index};
    SQLite::Statement c(db.sql(),
                        "SELECT employee_id, label, job, start_date, end_date, indefinite, hours_per_week, end_event, "
                        "expected_end, end_reason, end_initiative, end_culpability FROM contracts "
                        "ORDER BY employee_id, start_date");
    while (c.executeStep()) {
      Contract k;
      k.id = c.getColumn(1).getString();
      k.job = c.getColumn(2).getString();
      k.start = parse_date(c.getColumn(3).getString(), "start_date");
      if (!c.getColumn(4).isNull()) k.end = parse_date(c.getColumn(4).getString(), "end_date");
      k.indefinite = c.getColumn(5).getInt() != 0;
      k.hours_per_week = Hours::parse(c.getColumn(6).getString(), "hours_per_week");
      k.end_event = c.getColumn(7).getString();
      if (const std::string x = c.getColumn(8).getString(); !x.empty()) k.expected_end = parse_date(x, "expected_end");
      if (const std::string reason = c.getColumn(9).getString(); !reason.empty()) {
        const auto r = parse_end_reason(reason);
        const auto i = parse_end_initiative(c.getColumn(10).getString());
        if (!r || !i) throw StoreError(ErrorCode::StoreCorrupt, "contract " + k.id + ": unknown end_reason or end_initiative in the database");
        const std::string culpable = c.getColumn(11).getString();
        k.ending = ContractEnding{*r, *i, culpable == "employer", culpable == "employee"};
      }
      contracts_of.at(c.getColumn(0)).contracts.push_back(std::move(k));
    }
    SQLite::Statement p(db.sql(), "SELECT employee_id, id, from_date, scale, hourly_wage_cents FROM scale_placements ORDER BY employee_id, from_date");
    while (p.executeStep()) {
      ScalePlacement s;
      s.id = p.getColumn(1).getInt64();
      s.from = parse_date(p.getColumn(2).getString(), "from_date");
      s.scale = p.getColumn(3).getString();
      if (!p.getColumn(4).isNull()) s.hourly_wage = Money::from_cents(p.getColumn(4).getInt64());
      placements_of.at(p.getColumn(0)).placements.push_back(std::move(s));
    }
    SQLite::Statement l(db.sql(), "SELECT employee_id, id, date, hours, note FROM leave_taken ORDER BY employee_id, date, id");
    while (l.executeStep()) {
      auto& r = out[index.at(l.getColumn(0).getString())];
      r.leave_taken.push_back({parse_date(l.getColumn(2).getString(), "date"), Hours::parse(l.getColumn(3).getString(), "hours"),
                               "leave " + l.getColumn(1).getString(), l.getColumn(4).getString()});
    }
    SQLite::Statement s(db.sql(),
                        "SELECT employee_id, label, first_day, incapacity, recovered, pregnancy FROM sick_reports "
                        "ORDER BY employee_id, first_day");
    while (s.executeStep()) {
      SickReport k;
      k.id = s.getColumn(1).getString();
      k.first_day = parse_date(s.getColumn(2).getString(), "first_day");
      k.initial_incapacity = Rate::parse_percent(s.getColumn(3).getString(), "incapacity");
      if (!s.getColumn(4).isNull()) k.recovered = parse_date(s.getColumn(4).getString(), "recovered");
      k.pregnancy = s.getColumn(5).getInt() != 0;
      out[index.at(s.getColumn(0).getString())].sick_reports.push_back(std::move(k));
    }
    load_sickness_records(db, out, index);
    load_leave_agreements(db, out, index);
  } catch (const SQLite::Exception& e) {
    throw store_error(db.path().string(), "reading the employees", e);
  }
  // The terms in force now (or on the last day of the last contract, or its first day).
  const Date now = today();
  for (auto& r : out) {
    if (r.contracts.empty()) continue;
    Date on = now;
    if (r.contracts.front().start > on) on = r.contracts.front().start;
    if (r.contracts.back().end && *r.contracts.back().end < on) on = *r.contracts.back().end;
    if (auto e = employee_terms(r, PayPeriod::containing(PeriodKind::Month, on))) r.employee = std::move(*e);
  }
  return out;
}

EmployeeRecord load_employee_record(const Database& db, const std::string& id) {
  for (auto& r : load_employee_records(db)) {
    if (r.employee.id == id) return std::move(r);
  }
  throw InputError(ErrorCode::InputNotFound, "no employee " + id + " in " + db.path().string(),
                   {.document = db.path().string()});
}

std::optional<Employee> employee_terms(const EmployeeRecord& r, const PayPeriod& period) {
  const auto spells = spells_of(r.contracts);
  const Spell* spell = nullptr;
  for (const auto& s : spells) {
    if (s.start <= period.end() && (!s.end || *s.end >= period.start())) spell = &s;
  }
  if (spell == nullptr) return std::nullopt;
  Employee e = r.employee;
  e.employed_since = spell->start;
  e.employed_until = spell->end;
  const Date last_day = spell->end && *spell->end < period.end() ? *spell->end : period.end();
  const Contract* contract = nullptr;
  for (const auto& c : r.contracts) {
    if (c.start <= last_day) contract = &c;
  }
  if (contract == nullptr) return std::nullopt;
  e.hours_per_week = contract->hours_per_week;
  e.permanent_contract = contract->indefinite;
  const ScalePlacement* placement = r.placements.empty() ? nullptr : &r.placements.front();
  for (const auto& p : r.placements) {
    if (p.from <= last_day) placement = &p;
  }
  e.agreed_hourly_wage = placement != nullptr ? placement->hourly_wage : std::nullopt;
  e.scale = placement != nullptr ? placement->scale : std::string();
  return e;
}

ContractChange add_contract(Database& db, const std::string& employee_id, Contract c,
                            const std::optional<ScalePlacement>& placement) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  ContractChange change;
  std::vector<Contract> all = r.contracts;
  // A contract from the same day as the last one replaces it (a correction of its terms).
  if (!all.empty() && all.back().start == c.start) {
    change.replaced = all.back();
    all.pop_back();
  }
  if (c.id.empty()) c.id = change.replaced ? change.replaced->id : "C" + std::to_string(r.contracts.size() + 1);
  // The new contract's own fields first, with the ranges of every entry path (hours per week
  // more than 0 and at most 60), before the chain's checks, which know no upper bound.
  check_contract(employee_id, c);
  for (const auto& k : all) {
    if (k.id == c.id) throw InputError(ErrorCode::InputDuplicate, "employee " + employee_id + " already has a contract " + c.id);
    if (k.start >= c.start) {
      throw InputError(ErrorCode::InputInvalidDate,
                       "contract " + k.label() + " of employee " + employee_id + " starts on or after " + to_string(c.start) +
                       "; a new contract or amendment must start after the existing ones");
    }
  }
  if (!all.empty() && all.back().covers(c.start)) {
    // An amendment of the running contract (other hours or wage from a day) keeps its work unless
    // it names other work.
    if (c.job.empty()) c.job = all.back().job;
    all.back().end = add_days(c.start, -1);
    change.ended = all.back();
  }
  all.push_back(c);
  validate_contracts(all, "contracts of employee " + employee_id);
  change.added = c;
  write(db, "adding contract " + c.id + " of employee " + employee_id, [&] {
    if (change.replaced) {
      SQLite::Statement f(db.sql(), "SELECT id FROM contracts WHERE employee_id = ? AND label = ?");
      f.bind(1, employee_id);
      f.bind(2, change.replaced->id);
      f.executeStep();
      const std::int64_t old = f.getColumn(0).getInt64();
      SQLite::Statement d(db.sql(), "DELETE FROM contracts WHERE id = ?");
      d.bind(1, old);
      d.exec();
      audit(db, "contract.replace", contract_entity(old),
            CJson{{"employee", employee_id}, {"label", change.replaced->id}, {"start", to_string(change.replaced->start)},
                  {"replaced_by", "a contract from the same day"}});
    }
    if (change.ended) {
      SQLite::Statement u(db.sql(), "UPDATE contracts SET end_date = ? WHERE employee_id = ? AND label = ?");
      u.bind(1, to_string(*change.ended->end));
      u.bind(2, employee_id);
      u.bind(3, change.ended->id);
      u.exec();
      SQLite::Statement f(db.sql(), "SELECT id FROM contracts WHERE employee_id = ? AND label = ?");
      f.bind(1, employee_id);
      f.bind(2, change.ended->id);
      f.executeStep();
      audit(db, "contract.end", contract_entity(f.getColumn(0).getInt64()),
            CJson{{"employee", employee_id}, {"label", change.ended->id}, {"end", to_string(*change.ended->end)},
                  {"because", "amended by " + c.id + " from " + to_string(c.start)}});
    }
    insert_contract(db, employee_id, c);
    if (placement) {
      // A placement from the same day is replaced.
      SQLite::Statement f(db.sql(), "SELECT id FROM scale_placements WHERE employee_id = ? AND from_date = ?");
      f.bind(1, employee_id);
      f.bind(2, to_string(c.start));
      if (f.executeStep()) {
        const std::int64_t old = f.getColumn(0).getInt64();
        SQLite::Statement d(db.sql(), "DELETE FROM scale_placements WHERE id = ?");
        d.bind(1, old);
        d.exec();
        audit(db, "placement.replace", "placement:" + std::to_string(old),
              CJson{{"employee", employee_id}, {"from", to_string(c.start)}, {"replaced_by", "a placement from the same day"}});
      }
      insert_placement(db, employee_id, ScalePlacement{0, c.start, placement->scale, placement->hourly_wage});
    }
  });
  return change;
}

void add_scale_placement(Database& db, const std::string& employee_id, const ScalePlacement& p) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  for (const auto& k : r.placements) {
    if (k.from == p.from) {
      throw InputError(ErrorCode::InputDuplicate, "employee " + employee_id + " already has a scale placement from " + to_string(p.from));
    }
  }
  write(db, "adding a scale placement of employee " + employee_id, [&] { insert_placement(db, employee_id, p); });
}

LeaveLedger leave_ledger_of(const EmployeeRecord& r) {
  LeaveLedger l;
  l.employee = r.employee.id;
  if (r.contracts.empty()) throw InputError("employee " + r.employee.id + " has no contract");
  const auto spells = spells_of(r.contracts);
  l.employment_start = spells.back().start;
  l.employment_end = spells.back().end;
  for (const auto& c : r.contracts) {
    if (c.start >= l.employment_start) l.hours.push_back({c.start, c.hours_per_week});
  }
  if (!r.placements.empty()) l.hourly_wage = r.placements.back().hourly_wage;
  l.taken = r.leave_taken;
  for (std::size_t i = 0; i < l.taken.size(); ++i) l.taken[i].ref = "taken[" + std::to_string(i) + "]";
  for (const auto& s : r.sick_reports) l.sickness.push_back({s.first_day, s.last_sick_day(), true});
  apply_leave_agreements(l, r.leave_agreements);  // art. 7:640a BW: a longer lapse term; leave in advance
  return l;
}

LeaveBalance take_leave(Database& db, const RuleBook& rules, const std::string& employee_id, const Date& date,
                        const Hours& hours, const std::string& note, LeaveOnWeekend on_weekend) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  if (hours.value().sign() <= 0) {
    throw InputError(ErrorCode::InputInvalidAmount, "leave of employee " + employee_id + ", field hours: expected more than 0 hours, got " + hours.str(),
                     {.field = "hours"});
  }
  if (on_weekend == LeaveOnWeekend::Refuse) {
    if (const auto rest = leave_weekend_day(date)) {
      throw InputError(ErrorCode::InputInvalidDate,
                       "leave of employee " + employee_id + ", field date: " + to_string(date) + " is " + *rest +
                           ", a day without scheduled hours (basisbaan spreads the contract hours over Monday to Friday; it "
                           "keeps no work roster); record leave on it only when the employee was scheduled to work that day "
                           "(leave take --scheduled)",
                       {.field = "date", .date = date});
    }
  }
  LeaveLedger l = leave_ledger_of(r);
  l.taken.push_back({date, hours, "taken[" + std::to_string(l.taken.size()) + "]", note});
  std::stable_sort(l.taken.begin(), l.taken.end(), [](const LeaveTaken& a, const LeaveTaken& b) { return a.date < b.date; });
  validate_leave_ledger(rules, l, "leave of employee " + employee_id);
  write(db, "recording leave of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(), "INSERT INTO leave_taken (employee_id, date, hours, note) VALUES (?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, to_string(date));
    q.bind(3, hours.str());
    q.bind(4, note);
    q.exec();
    audit(db, "leave.take", "leave:" + std::to_string(db.sql().getLastInsertRowid()),
          CJson{{"employee", employee_id}, {"date", to_string(date)}, {"hours", hours.str()}, {"note", note}});
  });
  return leave_balance(rules, l, date);
}

namespace {

/// Throws InputError (field first_day) when `first_day` is after the last day of the employee's
/// latest employment: there is no wage to continue then (a day before it is the store's as before).
void check_sick_within_employment(const EmployeeRecord& r, const Date& first_day) {
  const auto spells = spells_of(r.contracts);
  if (spells.empty() || !spells.back().end || first_day <= *spells.back().end) return;
  throw InputError(ErrorCode::InputInvalidDate,
                   "sick report of employee " + r.employee.id + ", field first_day: " + to_string(first_day) +
                       " is after the last day of employment, " + to_string(*spells.back().end),
                   {.field = "first_day", .date = first_day});
}

}  // namespace

SickReport report_sick(Database& db, const std::string& employee_id, SickReport report) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  check_sick_within_employment(r, report.first_day);
  if (report.id.empty()) report.id = "S" + std::to_string(r.sick_reports.size() + 1);
  std::vector<SickReport> all = r.sick_reports;
  for (const auto& s : all) {
    if (s.id == report.id) throw InputError(ErrorCode::InputDuplicate, "employee " + employee_id + " already has a sick report " + report.id);
  }
  all.push_back(report);
  validate_sick_reports(all, "sick reports of employee " + employee_id);
  write(db, "recording a sick report of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(),
                        "INSERT INTO sick_reports (employee_id, label, first_day, incapacity, recovered, pregnancy) VALUES (?, ?, ?, ?, ?, ?)");
    q.bind(1, employee_id);
    q.bind(2, report.id);
    q.bind(3, to_string(report.first_day));
    q.bind(4, report.initial_incapacity.percent().str());
    if (report.recovered) q.bind(5, to_string(*report.recovered)); else q.bind(5);
    q.bind(6, report.pregnancy ? 1 : 0);
    q.exec();
    audit(db, "sick.report", "sick:" + std::to_string(db.sql().getLastInsertRowid()),
          CJson{{"employee", employee_id}, {"label", report.id}, {"first_day", to_string(report.first_day)},
                {"incapacity", report.initial_incapacity.percent().str()}});
  });
  return report;
}

SickReport recover_from_sickness(Database& db, const std::string& employee_id, const Date& recovered,
                                 const std::optional<std::string>& label) {
  const EmployeeRecord r = load_employee_record(db, employee_id);
  std::vector<SickReport> all = r.sick_reports;
  SickReport* target = nullptr;
  for (auto& s : all) {
    if (label ? s.id == *label : !s.recovered) target = &s;
  }
  if (target == nullptr) {
    throw InputError(ErrorCode::InputNotFound, label ? "employee " + employee_id + " has no sick report " + *label
                           : "employee " + employee_id + " has no open sick report");
  }
  target->recovered = recovered;
  const SickReport result = *target;
  validate_sick_reports(all, "sick reports of employee " + employee_id);
  write(db, "recording the recovery of employee " + employee_id, [&] {
    SQLite::Statement q(db.sql(), "UPDATE sick_reports SET recovered = ? WHERE employee_id = ? AND label = ?");
    q.bind(1, to_string(recovered));
    q.bind(2, employee_id);
    q.bind(3, result.id);
    q.exec();
    SQLite::Statement f(db.sql(), "SELECT id FROM sick_reports WHERE employee_id = ? AND label = ?");
    f.bind(1, employee_id);
    f.bind(2, result.id);
    f.executeStep();
    audit(db, "sick.recover", "sick:" + std::to_string(f.getColumn(0).getInt64()),
          CJson{{"employee", employee_id}, {"label", result.id}, {"recovered", to_string(recovered)}});
  });
  return result;
}

std::vector<EmployeeRecord> load_employee_records(const Database& db, const std::string& employee_id) {
  if (employee_id.empty()) return load_employee_records(db);
  return {load_employee_record(db, employee_id)};
}

}  // namespace basisbaan
