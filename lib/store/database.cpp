// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/database.hpp"

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstring>

#include "basisbaan/store/administration.hpp"
#include "basisbaan/store/schema.hpp"
#include "internal.hpp"
#include "replay_totals.hpp"

namespace basisbaan {

using namespace store_detail;

namespace {

constexpr int kApplicationId = 0x42426e31;  // "BBn1": a basisbaan employer database

std::unique_ptr<SQLite::Database> connect(const std::filesystem::path& path, bool write) {
  // One connection per Database, used by one thread at a time: no SQLite mutexes.
  auto db = std::make_unique<SQLite::Database>(path.string(),
                                               (write ? SQLite::OPEN_READWRITE : SQLite::OPEN_READONLY) | SQLite::OPEN_NOMUTEX, 5000);
  db->exec("PRAGMA foreign_keys = ON");
  if (write) db->exec("PRAGMA synchronous = FULL");
  db->exec("PRAGMA cache_size = -65536");  // 64 MiB: a run of 10,000 payslips fits
  db->exec("PRAGMA mmap_size = 1073741824");  // read through a memory map: no copy per page (replay, verify)
  return db;
}

/// The database's schema version, after checking that it is a basisbaan database this program
/// knows (not one written by a newer basisbaan).
int check_identity(SQLite::Database& db, const std::string& file) {
  const int app = db.execAndGet("PRAGMA application_id").getInt();
  const int version = db.execAndGet("PRAGMA user_version").getInt();
  const int objects = db.execAndGet("SELECT count(*) FROM sqlite_master").getInt();
  if (app != kApplicationId && !(app == 0 && version == 0 && objects == 0)) {
    throw StoreError(ErrorCode::StoreCorrupt,
                     file + ": not a basisbaan employer database (create one with basisbaan init --db " + file + ")",
                     {.document = file});
  }
  if (version > latest_schema_version()) {
    throw StoreError(ErrorCode::StoreSchemaVersion,
                     file + ": the database has schema version " + std::to_string(version) +
                         ", written by a newer basisbaan; this program knows versions up to " +
                         std::to_string(latest_schema_version()),
                     {.document = file});
  }
  return version;
}

}  // namespace

namespace store_detail {

Payslip decode_payslip(const PayslipRow& r, const std::vector<LineRow>& lines, const PayPeriod& period, const Employee& e,
                       const std::vector<std::string>* unconfirmed, const PayrollState* parsed_after) {
  Payslip p{r.employee_id, e.name, period, parse_date(r.pay_date, "pay_date"), {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, 0, {}, {}, {}};
  p.lines.reserve(lines.size());
  for (const auto& l : lines) p.lines.push_back(decode_line(l));
  p.gross = Money::from_cents(r.gross);
  p.wage_for_wage_tax = Money::from_cents(r.wage_for_wage_tax);
  p.regular_wage_for_wage_tax = Money::from_cents(r.regular_wage_for_wage_tax);
  p.special_wage_for_wage_tax = Money::from_cents(r.special_wage_for_wage_tax);
  p.wage_tax = Money::from_cents(r.wage_tax);
  p.untaxed = Money::from_cents(r.untaxed);
  p.net = Money::from_cents(r.net);
  p.employer_charges = Money::from_cents(r.employer_charges);
  p.employer_cost = Money::from_cents(r.employer_cost);
  p.holiday_allowance_reserved = Money::from_cents(r.holiday_allowance_reserved);
  p.holiday_allowance_balance = Money::from_cents(r.holiday_allowance_balance);
  p.hourly_wage = Money::from_cents(r.hourly_wage);
  std::optional<PayrollState> own;
  const PayrollState& after = parsed_after != nullptr ? *parsed_after : own.emplace(state_from_text(r.state_after));
  p.year_to_date = after.year_to_date;
  if (!after.garnished.empty()) {  // what each garnishment got: the state after less the opening state
    const PayrollState before = state_from_text(r.opening_state);
    for (const Garnishment* g : in_order_of_payment(e.garnishments)) {
      const auto a = after.garnished.find(g->id);
      if (a == after.garnished.end()) continue;
      const auto b = before.garnished.find(g->id);
      const Money got = a->second - (b == before.garnished.end() ? Money() : b->second);
      if (got.sign() > 0) p.garnishments.push_back({g->id, got});
    }
  }
  if (unconfirmed != nullptr) {
    p.unconfirmed_rules = *unconfirmed;
  } else {
    std::vector<std::string> names;
    for (const auto& u : parse_stored(r.unconfirmed_rules, "unconfirmed rules")) names.push_back(u.get<std::string>());
    p.unconfirmed_rules = std::move(names);
  }
  return p;
}


}  // namespace store_detail

std::string_view to_string(RunKind k) noexcept { return k == RunKind::Regular ? "regular" : "correction"; }

const StoredPayslip* StoredRun::payslip(std::string_view employee_id) const {
  for (const auto& s : payslips) {
    if (s.payslip.employee_id == employee_id) return &s;
  }
  return nullptr;
}

Database::Database(std::filesystem::path path, std::unique_ptr<SQLite::Database> db, std::shared_ptr<const Clock> clock,
                   std::optional<int> copied_from_schema)
    : path_(std::move(path)), db_(std::move(db)), clock_(clock ? std::move(clock) : system_clock()),
      copied_from_schema_(copied_from_schema) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Database Database::open(const std::filesystem::path& path, Access access, std::shared_ptr<const Clock> clock) {
  const std::string file = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    throw StoreError(ErrorCode::StoreNotFound, file + ": no such database (create it with basisbaan init --db " + file + ")",
                     {.document = file});
  }
  const bool write = access == Access::ReadWrite;
  if (write) {
    // Not writable for this user, or marked read-only for everyone (chmod a-w, e.g. an archived
    // year): refused before anything is written, also for root.
    struct stat st {};
    if (::access(file.c_str(), W_OK) != 0 || (::stat(file.c_str(), &st) == 0 && (st.st_mode & 0222) == 0)) {
      throw StoreError(ErrorCode::StoreReadOnly, file + ": the database file is read-only (no write permission); nothing was changed",
                       {.document = file});
    }
  }
  try {
    auto db = connect(path, write);
    const int version = check_identity(*db, file);
    if (version == latest_schema_version()) return Database(path, std::move(db), std::move(clock));
    if (!write) {
      // An older schema read only: a private copy, migrated; the file is not written (review F13).
      return Database(path, migrated_copy(*db, file), std::move(clock), version);
    }
    Database out(path, std::move(db), std::move(clock));
    migrate_recorded(out, version);
    out.migrated_from_schema_ = version;
    return out;
  } catch (const SQLite::Exception& e) {
    throw store_error(file, "opening the database", e);
  }
}

Database Database::create(const std::filesystem::path& path, std::shared_ptr<const Clock> clock) {
  const std::string file = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) {
    // Created here, readable and writable by the owner only; SQLite gives the -wal and -shm
    // files the same permissions.
    const int fd = ::open(file.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
    if (fd < 0) throw StoreError(file + ": cannot create the database file (" + std::string(std::strerror(errno)) + ")");
    (void)::fchmod(fd, S_IRUSR | S_IWUSR);  // 0600 whatever the umask (a umask of 0277 would leave 0400)
    ::close(fd);
    try {
      auto db = connect(path, true);
      db->exec("PRAGMA journal_mode = WAL");
      db->exec("PRAGMA application_id = " + std::to_string(kApplicationId));
      migrate(*db, file, latest_schema_version());
      return Database(path, std::move(db), std::move(clock));
    } catch (const SQLite::Exception& e) {
      throw store_error(file, "creating the database", e);
    }
  }
  return open(path, Access::ReadWrite, std::move(clock));
}

std::map<std::string, PayslipDifference> store_detail::stored_differences(const Database& db, std::int64_t id,
                                                                          const std::optional<std::string>& employee) {
  std::map<std::string, PayslipDifference> out;
  const std::string only = employee ? " AND employee_id = ?" : "";
  SQLite::Statement t(db.sql(), "SELECT employee_id, gross_cents, wage_for_wage_tax_cents, wage_tax_cents, net_cents, employer_charges_cents "
                                "FROM correction_totals WHERE run_id = ?" + only);
  t.bind(1, id);
  if (employee) t.bind(2, *employee);
  while (t.executeStep()) {
    PayslipDifference& d = out[t.getColumn(0).getString()];
    d.employee_id = t.getColumn(0).getString();
    d.gross = Money::from_cents(t.getColumn(1).getInt64());
    d.wage_for_wage_tax = Money::from_cents(t.getColumn(2).getInt64());
    d.wage_tax = Money::from_cents(t.getColumn(3).getInt64());
    d.net = Money::from_cents(t.getColumn(4).getInt64());
    d.employer_charges = Money::from_cents(t.getColumn(5).getInt64());
  }
  SQLite::Statement l(db.sql(), "SELECT employee_id, code, description, kind, before_cents, after_cents FROM correction_lines "
                                "WHERE run_id = ?" + only + " ORDER BY employee_id, seq");
  l.bind(1, id);
  if (employee) l.bind(2, *employee);
  while (l.executeStep()) {
    PayslipDifference& d = out[l.getColumn(0).getString()];  // lines without totals: an employee with zero totals
    d.employee_id = l.getColumn(0).getString();
    d.lines.push_back({stored_line_code(l.getColumn(1).getString()), l.getColumn(2).getString(), line_kind_from(l.getColumn(3).getString()),
                       Money::from_cents(l.getColumn(4).getInt64()), Money::from_cents(l.getColumn(5).getInt64())});
  }
  return out;
}

void Database::all_or_nothing(const std::string& doing, const std::function<void()>& steps) {
  store_detail::write(*this, doing, steps);
}

int Database::schema_version() const { return db_->execAndGet("PRAGMA user_version").getInt(); }

bool Database::has_employer() const { return db_->execAndGet("SELECT count(*) FROM employer").getInt() > 0; }

Employer Database::employer() const {
  SQLite::Statement q(*db_,
                      "SELECT name, payroll_tax_number, iban, bic, small_employer, whk_rate, whk_wga_rate, holiday_allowance, "
                      "pension_employee_share, employer_type FROM employer WHERE id = 1");
  if (!q.executeStep()) {
    throw StoreError(ErrorCode::StoreNotFound,
                     path_.string() + ": no employer recorded yet (basisbaan init --db " + path_.string() + " --employer FILE.json)",
                     {.document = path_.string()});
  }
  Employer e;
  e.name = q.getColumn(0).getString();
  e.payroll_tax_number = q.getColumn(1).getString();
  e.iban = q.getColumn(2).getString();
  e.bic = q.getColumn(3).getString();
  e.small_employer = q.getColumn(4).getInt() != 0;
  e.whk_rate = Rate::parse_percent(q.getColumn(5).getString(), "employer.whk_rate");
  e.whk_wga_rate = Rate::parse_percent(q.getColumn(6).getString(), "employer.whk_wga_rate");
  e.holiday_allowance = q.getColumn(7).getString() == "may" ? HolidayAllowancePayment::InMay : HolidayAllowancePayment::EveryPeriod;
  if (!q.getColumn(8).isNull()) e.pension_employee_share = Rate::parse_percent(q.getColumn(8).getString(), "employer.pension_employee_share");
  e.type = q.getColumn(9).getString() == "public" ? EmployerType::Public : EmployerType::Private;
  return e;
}

std::vector<Employee> Database::employees() const {
  std::vector<Employee> out;
  for (auto& r : load_employee_records(*this)) out.push_back(std::move(r.employee));
  return out;
}

std::vector<RunSummary> Database::list_runs() const {
  std::vector<RunSummary> out;
  SQLite::Statement q(*db_,
                      "SELECT id, kind, period, pay_in, corrects_run, closed, computed_at, rules_fingerprint, employees, "
                      "gross_cents, wage_tax_cents, net_cents, employer_cost_cents FROM payroll_runs ORDER BY id");
  while (q.executeStep()) {
    RunSummary s;
    s.id = q.getColumn(0).getInt64();
    s.kind = run_kind_from(q.getColumn(1).getString());
    s.period = q.getColumn(2).getString();
    if (!q.getColumn(3).isNull()) s.pay_in = q.getColumn(3).getString();
    if (!q.getColumn(4).isNull()) s.corrects_run = q.getColumn(4).getInt64();
    s.closed = q.getColumn(5).getInt() != 0;
    s.computed_at = q.getColumn(6).getString();
    s.rules_fingerprint = q.getColumn(7).getString();
    s.employees = q.getColumn(8).getInt();
    s.gross = Money::from_cents(q.getColumn(9).getInt64());
    s.wage_tax = Money::from_cents(q.getColumn(10).getInt64());
    s.net = Money::from_cents(q.getColumn(11).getInt64());
    s.employer_cost = Money::from_cents(q.getColumn(12).getInt64());
    out.push_back(std::move(s));
  }
  return out;
}

namespace store_detail {

StoredRun read_run_header(const Database& db, std::int64_t id) {
  SQLite::Statement q(db.sql(),
                      "SELECT id, kind, period, pay_in, corrects_run, reason, closed, computed_at, closed_at, rules_fingerprint, "
                      "content_hash, employer, program_version FROM payroll_runs WHERE id = ?");
  q.bind(1, id);
  if (!q.executeStep()) {
    throw StoreError(ErrorCode::StoreNotFound, db.path().string() + ": no payroll run " + std::to_string(id),
                     {.document = db.path().string()});
  }
  StoredRun run;
  run.id = q.getColumn(0).getInt64();
  run.kind = run_kind_from(q.getColumn(1).getString());
  run.period = PayPeriod::parse(q.getColumn(2).getString(), "stored period");
  if (!q.getColumn(3).isNull()) run.pay_in = PayPeriod::parse(q.getColumn(3).getString(), "stored pay_in period");
  if (!q.getColumn(4).isNull()) run.corrects_run = q.getColumn(4).getInt64();
  run.reason = q.getColumn(5).getString();
  run.closed = q.getColumn(6).getInt() != 0;
  run.computed_at = q.getColumn(7).getString();
  if (!q.getColumn(8).isNull()) run.closed_at = q.getColumn(8).getString();
  run.rules_fingerprint = q.getColumn(9).getString();
  run.content_hash = q.getColumn(10).getString();
  run.employer = employer_from_json(parse_stored(q.getColumn(11).getString(), "run employer"));
  if (!q.getColumn(12).isNull()) run.program_version = q.getColumn(12).getString();
  return run;
}

}  // namespace store_detail

StoredRun Database::load_run_by_id(std::int64_t id, bool with_lines) const {
  try {
    StoredRun run = read_run_header(*this, id);

    SQLite::Statement ps(*db_, std::string(kPayslipSelect) + " WHERE p.run_id = ? ORDER BY p.employee_id");
    ps.bind(1, id);
    LineReader reader(*this);
    while (ps.executeStep()) {
      const PayslipRow row = read_payslip_row(ps);
      std::vector<LineRow> lines;
      if (with_lines) {
        for (const auto& l : reader.read(ps, id, row.employee_id)) lines.push_back(l.row);
      }
      Employee e = employee_from_json(parse_stored(row.employee, "payslip employee"));
      Payslip p = decode_payslip(row, lines, run.period, e);
      run.payslips.push_back(StoredPayslip{std::move(e), std::move(p), ps.getColumn(20).getString()});
    }

    if (run.kind == RunKind::Correction) {
      for (auto& [employee, d] : store_detail::stored_differences(*this, id)) run.differences.push_back(std::move(d));
    } else {
      SQLite::Statement cs(*db_, "SELECT id FROM payroll_runs WHERE kind = 'correction' AND corrects_run = ? ORDER BY id");
      cs.bind(1, id);
      std::vector<std::int64_t> ids;
      while (cs.executeStep()) ids.push_back(cs.getColumn(0).getInt64());
      for (auto c : ids) run.corrections.push_back(load_run_by_id(c, with_lines));
    }
    return run;
  } catch (const SQLite::Exception& e) {
    throw store_error(path_.string(), "reading payroll run " + std::to_string(id), e);
  }
}

StoredRun Database::load_run(const PayPeriod& period) const {
  std::int64_t id = 0;
  try {
    SQLite::Statement q(*db_, "SELECT id FROM payroll_runs WHERE kind = 'regular' AND period = ?");
    q.bind(1, period.label());
    if (!q.executeStep()) {
      throw StoreError(ErrorCode::StoreNotFound, path_.string() + ": no payroll run for period " + period.label(),
                       {.document = path_.string()});
    }
    id = q.getColumn(0).getInt64();
  } catch (const SQLite::Exception& e) {
    throw store_error(path_.string(), "reading the run of period " + period.label(), e);
  }
  return load_run_by_id(id);
}

std::vector<StoredRun> Database::corrections_paid_in(const PayPeriod& period) const {
  std::vector<std::int64_t> ids;
  try {
    SQLite::Statement q(*db_, "SELECT id FROM payroll_runs WHERE kind = 'correction' AND pay_in = ? ORDER BY id");
    q.bind(1, period.label());
    while (q.executeStep()) ids.push_back(q.getColumn(0).getInt64());
  } catch (const SQLite::Exception& e) {
    throw store_error(path_.string(), "reading the corrections paid in " + period.label(), e);
  }
  std::vector<StoredRun> out;
  for (auto id : ids) out.push_back(load_run_by_id(id));
  return out;
}

}  // namespace basisbaan
