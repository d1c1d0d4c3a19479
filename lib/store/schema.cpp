// SPDX-License-Identifier: EUPL-1.2
// The numbered schema migrations of the employer's database. Migration N brings a database from
// user_version N-1 to N; each runs in its own transaction. Never edit a released migration: add
// a new one (docs/store.md, "Schema and migrations").

#include "basisbaan/store/schema.hpp"

#include <array>
#include <map>
#include <mutex>

#include <SQLiteCpp/SQLiteCpp.h>

#include "codec.hpp"

namespace basisbaan {
namespace {

// 1: the administration: employer, employees, contracts, and the audit log.
constexpr const char* kMigration1 = R"SQL(
CREATE TABLE employer (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  name TEXT NOT NULL CHECK (name <> ''),
  payroll_tax_number TEXT NOT NULL DEFAULT '',
  iban TEXT NOT NULL DEFAULT '',
  bic TEXT NOT NULL DEFAULT '',
  small_employer INTEGER NOT NULL DEFAULT 0 CHECK (small_employer IN (0, 1)),
  whk_rate TEXT NOT NULL,
  whk_wga_rate TEXT NOT NULL DEFAULT '0',
  holiday_allowance TEXT NOT NULL DEFAULT 'may' CHECK (holiday_allowance IN ('may', 'every_period')),
  pension_employee_share TEXT
) STRICT;

CREATE TABLE employees (
  id TEXT PRIMARY KEY CHECK (id <> ''),
  name TEXT NOT NULL CHECK (name <> ''),
  birth_date TEXT NOT NULL CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  bsn TEXT NOT NULL UNIQUE CHECK (length(bsn) = 9 AND bsn NOT GLOB '*[^0-9]*'),
  iban TEXT NOT NULL,
  payroll_tax_credit INTEGER NOT NULL CHECK (payroll_tax_credit IN (0, 1)),
  pay_period TEXT NOT NULL DEFAULT 'month' CHECK (pay_period IN ('month', 'four-weeks', 'week')),
  commute_km_per_period TEXT NOT NULL DEFAULT '0',
  previous_year_wage_cents INTEGER
) STRICT;

CREATE TABLE contracts (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  label TEXT NOT NULL,
  job TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT,
  indefinite INTEGER NOT NULL CHECK (indefinite IN (0, 1)),
  hours_per_week TEXT NOT NULL,
  UNIQUE (employee_id, label),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (indefinite = 1 OR end_date IS NOT NULL)
) STRICT;
CREATE INDEX contracts_by_employee ON contracts(employee_id, start_date);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  row_hash TEXT NOT NULL,
  detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
) STRICT;
CREATE INDEX audit_by_entity ON audit_log(entity, seq);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
)SQL";

// 2: employment events: scale placements (the agreed hourly wage), leave taken, sick reports.
constexpr const char* kMigration2 = R"SQL(
CREATE TABLE scale_placements (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  from_date TEXT NOT NULL,
  scale TEXT NOT NULL,
  hourly_wage_cents INTEGER CHECK (hourly_wage_cents IS NULL OR hourly_wage_cents >= 0),
  UNIQUE (employee_id, from_date)
) STRICT;

CREATE TABLE leave_taken (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  date TEXT NOT NULL,
  hours TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX leave_by_employee ON leave_taken(employee_id, date);

CREATE TABLE sick_reports (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  label TEXT NOT NULL,
  first_day TEXT NOT NULL,
  incapacity TEXT NOT NULL DEFAULT '100',
  recovered TEXT,
  pregnancy INTEGER NOT NULL DEFAULT 0 CHECK (pregnancy IN (0, 1)),
  UNIQUE (employee_id, label),
  CHECK (recovered IS NULL OR recovered > first_day)
) STRICT;
)SQL";

// 3: payroll runs: the rules used (a copy per fingerprint), runs, payslips with their input
// snapshot and lines; closed runs are immutable (triggers).
constexpr const char* kMigration3 = R"SQL(
CREATE TABLE rule_sets (
  fingerprint TEXT PRIMARY KEY,
  files INTEGER NOT NULL,
  files_hash TEXT NOT NULL
) STRICT;
CREATE TABLE rule_files (
  fingerprint TEXT NOT NULL REFERENCES rule_sets(fingerprint),
  path TEXT NOT NULL,
  content TEXT NOT NULL,
  PRIMARY KEY (fingerprint, path)
) STRICT, WITHOUT ROWID;
CREATE TRIGGER rule_sets_immutable_update BEFORE UPDATE ON rule_sets
  BEGIN SELECT RAISE(ABORT, 'a stored rule set cannot be changed'); END;
CREATE TRIGGER rule_sets_immutable_delete BEFORE DELETE ON rule_sets
  BEGIN SELECT RAISE(ABORT, 'a stored rule set cannot be changed'); END;
CREATE TRIGGER rule_files_immutable_update BEFORE UPDATE ON rule_files
  BEGIN SELECT RAISE(ABORT, 'a stored rule set cannot be changed'); END;
CREATE TRIGGER rule_files_immutable_delete BEFORE DELETE ON rule_files
  BEGIN SELECT RAISE(ABORT, 'a stored rule set cannot be changed'); END;

CREATE TABLE payroll_runs (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL CHECK (kind IN ('regular', 'correction')),
  period TEXT NOT NULL,
  period_kind TEXT NOT NULL,
  period_start TEXT NOT NULL,
  period_end TEXT NOT NULL,
  closed INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
  computed_at TEXT NOT NULL,
  closed_at TEXT,
  rules_fingerprint TEXT NOT NULL REFERENCES rule_sets(fingerprint),
  employer TEXT NOT NULL,
  employees INTEGER NOT NULL,
  gross_cents INTEGER NOT NULL,
  wage_tax_cents INTEGER NOT NULL,
  net_cents INTEGER NOT NULL,
  employer_cost_cents INTEGER NOT NULL,
  content_hash TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX one_regular_run_per_period ON payroll_runs(period) WHERE kind = 'regular';

CREATE TABLE payslips (
  run_id INTEGER NOT NULL REFERENCES payroll_runs(id),
  employee_id TEXT NOT NULL REFERENCES employees(id),
  employee TEXT NOT NULL,
  opening_state TEXT NOT NULL,
  opening_note TEXT NOT NULL,
  state_after TEXT NOT NULL,
  pay_date TEXT NOT NULL,
  gross_cents INTEGER NOT NULL,
  wage_for_wage_tax_cents INTEGER NOT NULL,
  regular_wage_for_wage_tax_cents INTEGER NOT NULL,
  special_wage_for_wage_tax_cents INTEGER NOT NULL,
  wage_tax_cents INTEGER NOT NULL,
  untaxed_cents INTEGER NOT NULL,
  net_cents INTEGER NOT NULL,
  employer_charges_cents INTEGER NOT NULL,
  employer_cost_cents INTEGER NOT NULL,
  holiday_allowance_reserved_cents INTEGER NOT NULL,
  holiday_allowance_balance_cents INTEGER NOT NULL,
  hourly_wage_cents INTEGER NOT NULL,
  unconfirmed_rules TEXT NOT NULL,
  line_count INTEGER NOT NULL,
  hash TEXT NOT NULL,
  PRIMARY KEY (run_id, employee_id)
) STRICT;
CREATE INDEX payslips_by_employee ON payslips(employee_id);

CREATE TABLE payslip_lines (
  run_id INTEGER NOT NULL,
  employee_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL,
  quantity TEXT NOT NULL,
  rate TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  check_hash TEXT NOT NULL,
  PRIMARY KEY (run_id, employee_id, seq),
  FOREIGN KEY (run_id, employee_id) REFERENCES payslips(run_id, employee_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER closed_run_no_update BEFORE UPDATE ON payroll_runs WHEN OLD.closed = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_run_no_delete BEFORE DELETE ON payroll_runs WHEN OLD.closed = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_payslip_no_insert BEFORE INSERT ON payslips
  WHEN (SELECT closed FROM payroll_runs WHERE id = NEW.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_payslip_no_update BEFORE UPDATE ON payslips
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
    OR (SELECT closed FROM payroll_runs WHERE id = NEW.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_payslip_no_delete BEFORE DELETE ON payslips
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_line_no_insert BEFORE INSERT ON payslip_lines
  WHEN (SELECT closed FROM payroll_runs WHERE id = NEW.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_line_no_update BEFORE UPDATE ON payslip_lines
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
    OR (SELECT closed FROM payroll_runs WHERE id = NEW.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_line_no_delete BEFORE DELETE ON payslip_lines
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
)SQL";

// 4: correction runs: a correction references the run it corrects and the period that pays the
// difference; the differences per line and per employee are stored with it.
constexpr const char* kMigration4 = R"SQL(
ALTER TABLE payroll_runs ADD COLUMN corrects_run INTEGER REFERENCES payroll_runs(id);
ALTER TABLE payroll_runs ADD COLUMN pay_in TEXT;
ALTER TABLE payroll_runs ADD COLUMN reason TEXT NOT NULL DEFAULT '';
CREATE INDEX runs_by_corrected ON payroll_runs(corrects_run);

CREATE TABLE correction_totals (
  run_id INTEGER NOT NULL REFERENCES payroll_runs(id),
  employee_id TEXT NOT NULL REFERENCES employees(id),
  gross_cents INTEGER NOT NULL,
  wage_for_wage_tax_cents INTEGER NOT NULL,
  wage_tax_cents INTEGER NOT NULL,
  net_cents INTEGER NOT NULL,
  employer_charges_cents INTEGER NOT NULL,
  PRIMARY KEY (run_id, employee_id)
) STRICT, WITHOUT ROWID;
CREATE TABLE correction_lines (
  run_id INTEGER NOT NULL,
  employee_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  code TEXT NOT NULL,
  description TEXT NOT NULL,
  kind TEXT NOT NULL,
  before_cents INTEGER NOT NULL,
  after_cents INTEGER NOT NULL,
  PRIMARY KEY (run_id, employee_id, seq),
  FOREIGN KEY (run_id, employee_id) REFERENCES correction_totals(run_id, employee_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER closed_correction_totals_no_insert BEFORE INSERT ON correction_totals
  WHEN (SELECT closed FROM payroll_runs WHERE id = NEW.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_correction_totals_no_update BEFORE UPDATE ON correction_totals
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_correction_totals_no_delete BEFORE DELETE ON correction_totals
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_correction_lines_no_insert BEFORE INSERT ON correction_lines
  WHEN (SELECT closed FROM payroll_runs WHERE id = NEW.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_correction_lines_no_update BEFORE UPDATE ON correction_lines
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
CREATE TRIGGER closed_correction_lines_no_delete BEFORE DELETE ON correction_lines
  WHEN (SELECT closed FROM payroll_runs WHERE id = OLD.run_id) = 1
  BEGIN SELECT RAISE(ABORT, 'payroll run is closed: it can never be changed, only corrected'); END;
)SQL";

// 5: provisional runs: the parameters a run carried past their horizon (space-separated; empty
// for a normal run). A provisional run is never closed or exported (provisional_runs.hpp).
// The column is in kColumnsAddedLater: while empty it is left out of the row's audit hash, so
// the runs of a database written before this migration keep their recorded hashes.
constexpr const char* kMigration5 = R"SQL(
ALTER TABLE payroll_runs ADD COLUMN carried_forward TEXT NOT NULL DEFAULT '';
)SQL";

// 6: the anoniementarief (art. 26b Wet LB 1964): whether the employer identified the employee;
// the employer type (a public employer owes the Ufo premium, Wfsv art. 38).
// Both columns are in kColumnsAddedLater (internal.hpp): old rows keep their audit hashes.
constexpr const char* kMigration6 = R"SQL(
ALTER TABLE employees ADD COLUMN identified INTEGER NOT NULL DEFAULT 1 CHECK (identified IN (0, 1));
ALTER TABLE employer ADD COLUMN employer_type TEXT NOT NULL DEFAULT 'private' CHECK (employer_type IN ('private', 'public'));
)SQL";

// 7: what repeats between payslips is stored once (issue 18): the input snapshot of the employee,
// the states before and after the period and the list of unconfirmed rules go to payslip_texts,
// content-addressed (key: the first 64 bits of the SHA-256 of the content; a writer compares the
// content too, so equal keys of different texts are two rows). A payslip written from now on
// refers to its texts by id and leaves its own four text columns empty; rows written before keep
// their texts and are read as they are (kPayslipSelect). The payslip hash is unchanged: it covers
// the texts, whichever layout holds them (docs/store.md). No column is added to a table the audit
// chain hashes row by row (a payslip is covered by its hash and the run's content hash), so
// kColumnsAddedLater is unchanged. A text is never changed or deleted (triggers); one that a
// replaced open run no longer uses stays.
constexpr const char* kMigration7 = R"SQL(
CREATE TABLE payslip_texts (
  id INTEGER PRIMARY KEY,
  key INTEGER NOT NULL,
  content TEXT NOT NULL
) STRICT;
CREATE INDEX payslip_texts_by_key ON payslip_texts(key);
CREATE TRIGGER payslip_texts_immutable_update BEFORE UPDATE ON payslip_texts
  BEGIN SELECT RAISE(ABORT, 'a stored payslip text cannot be changed'); END;
CREATE TRIGGER payslip_texts_immutable_delete BEFORE DELETE ON payslip_texts
  BEGIN SELECT RAISE(ABORT, 'a stored payslip text cannot be changed'); END;
ALTER TABLE payslips ADD COLUMN employee_text INTEGER REFERENCES payslip_texts(id);
ALTER TABLE payslips ADD COLUMN opening_text INTEGER REFERENCES payslip_texts(id);
ALTER TABLE payslips ADD COLUMN after_text INTEGER REFERENCES payslip_texts(id);
ALTER TABLE payslips ADD COLUMN unconfirmed_text INTEGER REFERENCES payslip_texts(id);
)SQL";

// 8: garnishments and voluntary deductions (loonbeslag, docs/garnishment.md): one row per notice,
// with the account to pay, the amount owed and the beslagvrije voet it states; lifted_date is set
// when it is lifted. A new table: no hashed row of an older database changes.
constexpr const char* kMigration8 = R"SQL(
CREATE TABLE garnishments (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('tax', 'public', 'alimony', 'bailiff', 'voluntary')),
  creditor TEXT NOT NULL CHECK (creditor <> ''),
  iban TEXT NOT NULL CHECK (iban <> ''),
  reference TEXT NOT NULL,
  coordinating INTEGER NOT NULL CHECK (coordinating IN (0, 1)),
  start_date TEXT NOT NULL,
  lifted_date TEXT,
  owed_cents INTEGER NOT NULL CHECK (owed_cents > 0),
  protected_cents INTEGER NOT NULL CHECK (protected_cents >= 0)
) STRICT;
CREATE INDEX garnishments_by_employee ON garnishments (employee_id);
)SQL";

// 9: how a contract ends: an event instead of a calendar date (with its expected date), and the
// reason, initiative and serious culpability of a contract that ended (art. 7:673 BW). SQLite
// cannot change a CHECK, so the table is rebuilt (same ids, same columns first); a contract
// until an event may have no end date. The new columns are in kColumnsAddedLater (internal.hpp):
// while they hold their default '' old rows keep their audit hashes.
constexpr const char* kMigration9 = R"SQL(
CREATE TABLE contracts_v7 (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  label TEXT NOT NULL,
  job TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL,
  end_date TEXT,
  indefinite INTEGER NOT NULL CHECK (indefinite IN (0, 1)),
  hours_per_week TEXT NOT NULL,
  end_event TEXT NOT NULL DEFAULT '',
  expected_end TEXT NOT NULL DEFAULT '',
  end_reason TEXT NOT NULL DEFAULT '' CHECK (end_reason IN ('', 'fixed-term-expired', 'event-occurred', 'uwv-permission',
    'after-long-sickness', 'court-dissolution', 'mutual-agreement', 'resignation', 'probation', 'urgent-cause', 'aow-age',
    'death', 'other')),
  end_initiative TEXT NOT NULL DEFAULT '' CHECK (end_initiative IN ('', 'employer', 'employee')),
  end_culpability TEXT NOT NULL DEFAULT '' CHECK (end_culpability IN ('', 'employer', 'employee')),
  UNIQUE (employee_id, label),
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (indefinite = 1 OR end_date IS NOT NULL OR end_event <> ''),
  CHECK (indefinite = 0 OR end_event = ''),
  CHECK ((end_reason = '') = (end_initiative = ''))
) STRICT;
INSERT INTO contracts_v7 (id, employee_id, label, job, start_date, end_date, indefinite, hours_per_week)
  SELECT id, employee_id, label, job, start_date, end_date, indefinite, hours_per_week FROM contracts;
DROP TABLE contracts;
ALTER TABLE contracts_v7 RENAME TO contracts;
CREATE INDEX contracts_by_employee ON contracts(employee_id, start_date);
)SQL";

// 10: a payslip's lines are stored once too (issue 18): packed into one text in payslip_texts
// (store_detail::pack_lines: per line its fields and a check that locates an altered line), to
// which payslips.lines_text refers; they mostly repeat from month to month, and one row replaces
// the ~12 rows a payslip had in payslip_lines. A payslip written before keeps its rows in
// payslip_lines (lines_text NULL) and is read as it is; nothing is converted, so its hash, the
// run's content hash and the audit chain are untouched. The payslip hash covers the lines in
// either layout. payslips is not hashed row by row for the audit chain: kColumnsAddedLater is
// unchanged. A closed run's lines stay fixed: its payslips cannot be updated (closed_payslip_*)
// and a text cannot be changed or deleted (payslip_texts_immutable_*).
constexpr const char* kMigration10 = R"SQL(
ALTER TABLE payslips ADD COLUMN lines_text INTEGER REFERENCES payslip_texts(id);
)SQL";

// 11: pregnancy and maternity leave (art. 3:1 Wazo), the extensions of the 104 weeks of wage
// continuation (art. 7:629 lid 11 BW) and the reintegration steps done (Wet verbetering
// poortwachter), per employee (issue 13). New tables: no hashed row of an older database changes.
constexpr const char* kMigration11 = R"SQL(
CREATE TABLE maternity_leaves (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  label TEXT NOT NULL,
  expected_birth TEXT NOT NULL,
  leave_start TEXT NOT NULL,
  birth TEXT,
  multiple INTEGER NOT NULL DEFAULT 0 CHECK (multiple IN (0, 1)),
  UNIQUE (employee_id, label),
  CHECK (leave_start <= expected_birth)
) STRICT;
CREATE TABLE sickness_extensions (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('late-wia-application', 'agreed-postponement', 'wage-sanction')),
  date TEXT NOT NULL,
  days INTEGER NOT NULL CHECK (days > 0),
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX sickness_extensions_by_employee ON sickness_extensions (employee_id, date);
CREATE TABLE reintegration_steps (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  kind TEXT NOT NULL CHECK (kind IN ('problem-analysis', 'plan-of-action', 'evaluation', 'week-42-report',
    'first-year-evaluation', 'wia-application')),
  date TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX reintegration_steps_by_employee ON reintegration_steps (employee_id, date);
)SQL";

// Leave agreements (art. 7:640a BW: a longer lapse term agreed in writing; leave in advance).
constexpr const char* kMigration12 = R"SQL(
CREATE TABLE leave_agreements (
  id INTEGER PRIMARY KEY,
  employee_id TEXT NOT NULL REFERENCES employees(id),
  agreed_on TEXT NOT NULL,
  statutory_expiry_months INTEGER CHECK (statutory_expiry_months IS NULL OR statutory_expiry_months BETWEEN 1 AND 600),
  advance_hours TEXT NOT NULL DEFAULT '0',
  note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX leave_agreements_by_employee ON leave_agreements (employee_id, agreed_on);
)SQL";

// 13: the program version that computed a run ("0.1.0", CMake's project version; review F13). NULL
// for a run stored before: the version is not known, none is invented. The column is in
// kColumnsAddedLater (internal.hpp): while NULL it is left out of the run's audit hash, so the runs
// of an older database keep their recorded hashes.
constexpr const char* kMigration13 = R"SQL(
ALTER TABLE payroll_runs ADD COLUMN program_version TEXT;
)SQL";

constexpr std::array<const char*, 13> kMigrations{kMigration1, kMigration2, kMigration3, kMigration4, kMigration5, kMigration6,
                                                  kMigration7, kMigration8, kMigration9, kMigration10, kMigration11,
                                                  kMigration12, kMigration13};

}  // namespace

int latest_schema_version() noexcept { return static_cast<int>(kMigrations.size()); }

void migrate(SQLite::Database& db, const std::string& file, int target, const MigrationStep& in_transaction) {
  if (target < 0 || target > latest_schema_version()) throw StoreError(file + ": no schema version " + std::to_string(target));
  int version = db.execAndGet("PRAGMA user_version").getInt();
  while (version < target) {
    const int next = version + 1;
    try {
      db.exec("BEGIN IMMEDIATE");
      try {
        db.exec(kMigrations[static_cast<std::size_t>(next - 1)]);
        db.exec("PRAGMA user_version = " + std::to_string(next));
        if (in_transaction) in_transaction(version, next);
        db.exec("COMMIT");
      } catch (...) {
        db.exec("ROLLBACK");
        throw;
      }
    } catch (const SQLite::Exception& e) {
      throw store_detail::store_error(file, "migrating the schema to version " + std::to_string(next), e, true);
    }
    version = next;
  }
}

std::vector<std::string> expected_triggers() {
  return {"audit_log_append_only_delete", "audit_log_append_only_update", "closed_correction_lines_no_delete",
          "closed_correction_lines_no_insert", "closed_correction_lines_no_update", "closed_correction_totals_no_delete",
          "closed_correction_totals_no_insert", "closed_correction_totals_no_update", "closed_line_no_delete",
          "closed_line_no_insert", "closed_line_no_update", "closed_payslip_no_delete", "closed_payslip_no_insert",
          "closed_payslip_no_update", "closed_run_no_delete", "closed_run_no_update", "payslip_texts_immutable_delete",
          "payslip_texts_immutable_update", "rule_files_immutable_delete",
          "rule_files_immutable_update", "rule_sets_immutable_delete", "rule_sets_immutable_update"};
}

std::vector<std::pair<std::string, std::string>> expected_trigger_definitions(int version) {
  if (version < 0 || version > latest_schema_version()) return {};
  // Built once per version from the migrations themselves, in a database in memory: the text
  // SQLite keeps in sqlite_master is the CREATE TRIGGER statement exactly as a migration wrote it.
  static std::mutex mutex;
  static std::map<int, std::vector<std::pair<std::string, std::string>>> cache;
  const std::lock_guard<std::mutex> lock(mutex);
  auto it = cache.find(version);
  if (it == cache.end()) {
    SQLite::Database mem(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    migrate(mem, ":memory:", version);
    std::vector<std::pair<std::string, std::string>> out;
    SQLite::Statement q(mem, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name");
    while (q.executeStep()) out.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    it = cache.emplace(version, std::move(out)).first;
  }
  return it->second;
}

std::string schema_text(SQLite::Database& db) {
  SQLite::Statement q(db, "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name");
  std::string out;
  while (q.executeStep()) {
    out += q.getColumn(0).getString() + " " + q.getColumn(1).getString() + " on " + q.getColumn(2).getString() + ": " +
           q.getColumn(3).getString() + "\n";
  }
  return out;
}

}  // namespace basisbaan
