// SPDX-License-Identifier: EUPL-1.2
#include "internal.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <string>
#include <string_view>
#include <utility>

#include "basisbaan/core/sha256.hpp"

namespace basisbaan::store_detail {
namespace {

constexpr char kSep = '\x1f';
const std::string kGenesis(64, '0');

struct EntityTable {
  const char* prefix;
  const char* table;
  const char* key;
};
constexpr EntityTable kEntityTables[] = {
    {"employer", "employer", "id"},          {"employee", "employees", "id"},      {"contract", "contracts", "id"},
    {"placement", "scale_placements", "id"}, {"leave", "leave_taken", "id"},       {"sick", "sick_reports", "id"},
    {"rules", "rule_sets", "fingerprint"},   {"run", "payroll_runs", "id"},
    {"garnishment", "garnishments", "id"},
    {"maternity", "maternity_leaves", "id"},  {"extension", "sickness_extensions", "id"}, {"step", "reintegration_steps", "id"},
    {"leave-agreement", "leave_agreements", "id"},
};

const EntityTable& table_of(const std::string& entity, std::string& key) {
  const auto colon = entity.find(':');
  if (colon == std::string::npos) throw StoreError("bad audit entity \"" + entity + "\"");
  const std::string prefix = entity.substr(0, colon);
  key = entity.substr(colon + 1);
  for (const auto& t : kEntityTables) {
    if (prefix == t.prefix) return t;
  }
  throw StoreError("bad audit entity \"" + entity + "\"");
}

void append_field(std::string& out, const std::string& s) {
  out += s;
  out += kSep;
}
void append_field(std::string& out, std::int64_t v) {
  out += std::to_string(v);
  out += kSep;
}

}  // namespace

WriteTransaction::WriteTransaction(Database& db, std::string doing, std::string busy_message, int wait_ms)
    : db_(&db), doing_(std::move(doing)) {
  if (sqlite3_get_autocommit(db.sql().getHandle()) == 0) {  // inside Database::all_or_nothing
    db.sql().exec("SAVEPOINT basisbaan_part");
    nested_ = true;
    open_ = true;
    return;
  }
  db.sql().setBusyTimeout(wait_ms);
  try {
    db.sql().exec("BEGIN IMMEDIATE");
  } catch (const SQLite::Exception& e) {
    db.sql().setBusyTimeout(5000);
    if ((e.getErrorCode() == SQLITE_BUSY || e.getErrorCode() == SQLITE_LOCKED) && !busy_message.empty()) {
      throw StoreError(ErrorCode::StoreLocked, db.path().string() + ": " + busy_message, {.document = db.path().string()});
    }
    throw store_error(db.path().string(), doing_, e, true);
  }
  db.sql().setBusyTimeout(5000);
  open_ = true;
}

WriteTransaction::~WriteTransaction() {
  if (!open_) return;
  if (nested_) {
    db_->sql().tryExec("ROLLBACK TO basisbaan_part");
    db_->sql().tryExec("RELEASE basisbaan_part");
  } else {
    db_->sql().tryExec("ROLLBACK");
  }
}

void WriteTransaction::commit() {
  db_->sql().exec(nested_ ? "RELEASE basisbaan_part" : "COMMIT");
  open_ = false;
}

namespace {

std::string entity_select(const EntityTable& t) { return std::string("SELECT * FROM ") + t.table + " WHERE " + t.key + " = ?"; }

/// True when the key column of `t` holds integers (an id other than the employees' personnel number).
bool integer_key(const EntityTable& t) { return std::string_view(t.key) == "id" && std::string_view(t.table) != "employees"; }

/// Binds `key` as the key column of `t` takes it: an integer id, else text.
void bind_key(SQLite::Statement& q, const EntityTable& t, const std::string& key) {
  if (integer_key(t)) {
    q.bind(1, static_cast<std::int64_t>(std::stoll(key)));
  } else {
    q.bind(1, key);
  }
}

/// The hash of the row `q` is on; `layout` is RowLayout(q).
std::string row_hash_here(const SQLite::Statement& q, const RowLayout& layout, std::string& text) {
  text.clear();
  row_text(text, q, layout);
  return sha256_hex(text);
}

/// The hash of the row `q` (entity_select of `t`) finds for `key`; "" when there is none.
/// `layout` is RowLayout(q).
std::string entity_hash_with(SQLite::Statement& q, const RowLayout& layout, const EntityTable& t, const std::string& key) {
  q.reset();
  bind_key(q, t, key);
  if (!q.executeStep()) return "";
  std::string text;
  std::string hash = row_hash_here(q, layout, text);
  q.reset();
  return hash;
}

/// True when the row `q` is on has `key` in its column `column` (the key column of `t`).
bool row_has_key(const SQLite::Statement& q, int column, const EntityTable& t, const std::string& key) {
  const SQLite::Column c = q.getColumn(column);
  if (integer_key(t)) {
    return c.getType() == SQLITE_INTEGER && std::to_string(c.getInt64()) == key;
  }
  if (c.getType() != SQLITE_TEXT) return false;
  const auto* text = static_cast<const char*>(c.getBlob());
  return std::string_view(text == nullptr ? "" : text, static_cast<std::size_t>(c.getBytes())) == key;
}

}  // namespace

RowLayout::RowLayout(const SQLite::Statement& q) {
  const int n = q.getColumnCount();
  columns_.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const char* name = q.getColumnName(i);
    const auto added = std::find_if(kColumnsAddedLater.begin(), kColumnsAddedLater.end(),
                                    [name](const AddedColumn& a) { return a.name == name; });
    std::string key;
    json_string(key, name);
    key += ':';
    columns_.push_back({i, std::move(key), added != kColumnsAddedLater.end() ? &*added : nullptr});
  }
  // The order of the names' bytes; the keys are the names quoted and escaped alike, which may
  // order otherwise (an escaped character), so the names themselves are compared.
  std::sort(columns_.begin(), columns_.end(),
            [&q](const Column& a, const Column& b) { return std::strcmp(q.getColumnName(a.index), q.getColumnName(b.index)) < 0; });
}

void row_text(std::string& out, const SQLite::Statement& q, const RowLayout& layout) {
  out += '{';
  bool first = true;
  std::string digits;
  for (const RowLayout::Column& column : layout.columns_) {
    const SQLite::Column c = q.getColumn(column.index);
    const int type = c.getType();
    if (type == SQLITE_FLOAT) {
      throw StoreError(ErrorCode::StoreCorrupt,
                       std::string("column ") + c.getName() + " holds a floating-point number; the store never writes one");
    }
    std::string_view value;  // the text a default is compared with: the string, the integer's digits, null
    if (type == SQLITE_NULL) {
      value = "null";
    } else if (type == SQLITE_INTEGER) {
      digits = std::to_string(c.getInt64());
      value = digits;
    } else {
      const auto* bytes = static_cast<const char*>(c.getBlob());
      value = std::string_view(bytes == nullptr ? "" : bytes, static_cast<std::size_t>(c.getBytes()));
    }
    if (column.added != nullptr && column.added->default_value == value) continue;
    if (!first) out += ',';
    first = false;
    out += column.key;
    if (type == SQLITE_NULL || type == SQLITE_INTEGER) {
      out += value;
    } else {
      json_string(out, value);
    }
  }
  out += '}';
}

std::string rows_insert(const char* insert, std::size_t rows) {
  std::string sql = insert;
  const std::string values = sql.substr(sql.rfind('('));
  for (std::size_t i = 1; i < rows; ++i) sql += ", " + values;
  return sql;
}

SQLite::Statement& rows_statement(Database& db, std::unique_ptr<SQLite::Statement>& slot, const char* insert, std::size_t rows) {
  const auto per_row = std::count(insert, insert + std::strlen(insert), '?');
  const auto parameters = static_cast<int>(static_cast<std::ptrdiff_t>(rows) * per_row);
  if (!slot || slot->getBindParameterCount() != parameters) slot = std::make_unique<SQLite::Statement>(db.sql(), rows_insert(insert, rows));
  slot->reset();
  return *slot;
}

std::string entity_hash(const Database& db, const std::string& entity) {
  std::string key;
  const EntityTable& t = table_of(entity, key);
  SQLite::Statement q(db.sql(), entity_select(t));
  return entity_hash_with(q, RowLayout(q), t, key);
}

bool table_exists(const Database& db, const char* table) {
  SQLite::Statement q(db.sql(), "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?");
  q.bind(1, table);
  return q.executeStep();
}

std::vector<std::string> all_entities(const Database& db) {
  std::vector<std::string> out;
  for (const auto& t : kEntityTables) {
    if (!table_exists(db, t.table)) continue;  // read-only and not migrated: a later table is absent
    SQLite::Statement q(db.sql(), std::string("SELECT ") + t.key + " FROM " + t.table + " ORDER BY " + t.key);
    while (q.executeStep()) out.push_back(std::string(t.prefix) + ":" + q.getColumn(0).getString());
  }
  return out;
}

std::optional<bool> entity_exists(const Database& db, const std::string& entity) {
  const auto colon = entity.find(':');
  if (colon == std::string::npos || colon + 1 == entity.size()) return std::nullopt;
  const auto t = std::find_if(std::begin(kEntityTables), std::end(kEntityTables),
                              [&](const EntityTable& e) { return entity.compare(0, colon, e.prefix) == 0 && std::strlen(e.prefix) == colon; });
  if (t == std::end(kEntityTables)) return std::nullopt;
  const std::string key = entity.substr(colon + 1);
  if (integer_key(*t) && (key.size() > 18 || key.find_first_not_of("0123456789") != std::string::npos)) return false;
  if (!table_exists(db, t->table)) return false;
  SQLite::Statement q(db.sql(), std::string("SELECT 1 FROM ") + t->table + " WHERE " + t->key + " = ?");
  bind_key(q, *t, key);
  return q.executeStep();
}

std::string open_run_hash(const Database& db, std::int64_t run_id) {
  std::string columns;
  SQLite::Statement info(db.sql(), "SELECT name FROM pragma_table_info('payroll_runs') ORDER BY cid");
  while (info.executeStep()) {
    const std::string name = info.getColumn(0).getString();
    columns += columns.empty() ? "" : ", ";
    columns += name == "closed" ? "0 AS closed" : name == "closed_at" ? "NULL AS closed_at" : "\"" + name + "\"";
  }
  SQLite::Statement q(db.sql(), "SELECT " + columns + " FROM payroll_runs WHERE id = ?");
  q.bind(1, run_id);
  if (!q.executeStep()) return "";
  std::string text;
  return row_hash_here(q, RowLayout(q), text);
}

std::string audit_entity_kinds() {
  std::string out;
  for (const auto& t : kEntityTables) out += (out.empty() ? "" : ", ") + std::string(t.prefix);
  return out;
}

std::string audit_entry_hash(const std::string& prev, std::int64_t seq, const std::string& at, const std::string& action,
                             const std::string& entity, const std::string& row_hash, const std::string& detail) {
  std::string content;
  append_field(content, prev);
  append_field(content, seq);
  append_field(content, at);
  append_field(content, action);
  append_field(content, entity);
  append_field(content, row_hash);
  content += detail;
  return sha256_hex(content);
}

namespace {

constexpr const char* kInsertAuditEntry =
    "INSERT INTO audit_log (seq, at, action, entity, row_hash, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

}  // namespace

AuditAppender::AuditAppender(Database& db) : db_(&db), insert_(db.sql(), kInsertAuditEntry), rows_(db) {}

RowReader::RowReader(const Database& db, const std::string& sql) : q(db.sql(), sql), layout(q) {}

std::string EntityHasher::hash(const std::string& entity) {
  std::string key;
  const EntityTable& t = table_of(entity, key);
  auto reader = readers_.find(t.table);
  if (reader == readers_.end()) reader = readers_.try_emplace(t.table, *db_, entity_select(t)).first;
  return entity_hash_with(reader->second.q, reader->second.layout, t, key);
}

std::vector<std::string> AuditAppender::row_hashes(const char* prefix, std::int64_t first_rowid, const std::vector<std::string>& keys) {
  std::vector<std::string> out;
  out.reserve(keys.size());
  if (keys.empty()) return out;
  std::string ignored;
  const EntityTable& t = table_of(std::string(prefix) + ":" + keys.front(), ignored);
  auto range = ranges_.find(t.table);
  if (range == ranges_.end()) {
    const std::string sql = std::string("SELECT * FROM ") + t.table + " WHERE rowid >= ? ORDER BY rowid LIMIT ?";
    range = ranges_.try_emplace(t.table, *db_, sql).first;
  }
  SQLite::Statement& q = range->second.q;
  const RowLayout& layout = range->second.layout;
  q.reset();
  q.bind(1, first_rowid);
  q.bind(2, static_cast<std::int64_t>(keys.size()));
  const int key_column = q.getColumnIndex(t.key);
  std::string text;
  while (out.size() < keys.size() && q.executeStep()) {
    const std::string& key = keys[out.size()];
    if (!row_has_key(q, key_column, t, key)) break;  // not the row expected: look the rest up by key
    out.push_back(row_hash_here(q, layout, text));
  }
  q.reset();
  while (out.size() < keys.size()) out.push_back(rows_.hash(std::string(prefix) + ":" + keys[out.size()]));
  return out;
}

void AuditAppender::add(const std::string& action, const std::string& entity, std::string row_hash, const CJson& detail) {
  if (!head_read_) {
    seq_ = 0;
    prev_ = kGenesis;
    SQLite::Statement q(db_->sql(), "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (q.executeStep()) {
      seq_ = q.getColumn(0).getInt64();
      prev_ = q.getColumn(1).getString();
    }
    head_read_ = true;
  }
  Entry e{seq_ + 1, db_->clock().now(), action, entity, std::move(row_hash), canonical(detail), prev_, {}};
  e.hash = audit_entry_hash(e.prev, e.seq, e.at, e.action, e.entity, e.row_hash, e.detail);
  seq_ = e.seq;
  prev_ = e.hash;
  added_.push_back(std::move(e));
}

void AuditAppender::write_added() {
  try {
    insert_added();
  } catch (...) {
    // Nothing of the entries is kept: the chain's head is read again from the log on the next
    // entry (the caller's transaction is rolled back in any case).
    added_.clear();
    head_read_ = false;
    throw;
  }
}

void AuditAppender::insert_added() {
  std::size_t done = 0;
  while (done < added_.size()) {
    const std::size_t n = std::min(kRows, added_.size() - done);
    // One entry (append()) by its own statement; a full batch and the last, shorter one by theirs.
    SQLite::Statement* q = &insert_;
    if (n > 1) q = &rows_statement(*db_, n == kRows ? insert_rows_ : insert_tail_, kInsertAuditEntry, n);
    q->reset();
    for (std::size_t i = 0; i < n; ++i) {
      const Entry& e = added_[done + i];
      const int base = static_cast<int>(i) * 8;
      q->bind(base + 1, e.seq);
      q->bind(base + 2, e.at);
      q->bind(base + 3, e.action);
      q->bind(base + 4, e.entity);
      q->bind(base + 5, e.row_hash);
      q->bind(base + 6, e.detail);
      q->bind(base + 7, e.prev);
      q->bind(base + 8, e.hash);
    }
    q->exec();
    done += n;
  }
  added_.clear();
}

void AuditAppender::append(const std::string& action, const std::string& entity, const CJson& detail) {
  add(action, entity, rows_.hash(entity), detail);
  write_added();
}

void audit(Database& db, const std::string& action, const std::string& entity, const CJson& detail) {
  AuditAppender(db).append(action, entity, detail);
}

std::string canonical_line(const std::string& employee_id, const LineRow& l) {
  std::string out;
  out.reserve(96 + l.description.size());
  append_field(out, employee_id);
  append_field(out, l.seq);
  append_field(out, l.code);
  append_field(out, l.description);
  append_field(out, l.kind);
  append_field(out, l.quantity);
  append_field(out, l.rate);
  append_field(out, l.amount);
  return out;
}

std::string line_check(const std::string& employee_id, const LineRow& l) {
  std::uint64_t h = 14695981039346656037ULL;
  for (const char c : canonical_line(employee_id, l)) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ULL;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) out[static_cast<std::size_t>(i)] = kHex[h & 0xf];
  return out;
}

std::string canonical_payslip(const PayslipRow& p) {
  std::string out;
  out.reserve(512 + p.employee.size() + p.opening_state.size() + p.state_after.size());
  append_field(out, p.employee_id);
  append_field(out, p.employee);
  append_field(out, p.opening_state);
  append_field(out, p.opening_note);
  append_field(out, p.state_after);
  append_field(out, p.pay_date);
  for (std::int64_t v : {p.gross, p.wage_for_wage_tax, p.regular_wage_for_wage_tax, p.special_wage_for_wage_tax, p.wage_tax,
                         p.untaxed, p.net, p.employer_charges, p.employer_cost, p.holiday_allowance_reserved,
                         p.holiday_allowance_balance, p.hourly_wage}) {
    append_field(out, v);
  }
  append_field(out, p.unconfirmed_rules);
  append_field(out, p.line_count);
  return out;
}

std::string payslip_hash(const PayslipRow& p, const std::vector<LineRow>& lines) {
  std::string all = canonical_payslip(p);
  std::size_t size = all.size();
  for (const auto& l : lines) size += 96 + l.code.size() + l.description.size() + l.quantity.size() + l.rate.size();
  all.reserve(size);
  for (const auto& l : lines) {
    all += '\n';
    all += canonical_line(p.employee_id, l);
  }
  return sha256_hex(all);
}

PayslipRow payslip_row(const Payslip& s, std::string employee, std::string opening_state, std::string opening_note,
                       std::string state_after) {
  PayslipRow r;
  r.employee_id = s.employee_id;
  r.employee = std::move(employee);
  r.opening_state = std::move(opening_state);
  r.opening_note = std::move(opening_note);
  r.state_after = std::move(state_after);
  r.pay_date = to_string(s.pay_date);
  r.gross = s.gross.cents();
  r.wage_for_wage_tax = s.wage_for_wage_tax.cents();
  r.regular_wage_for_wage_tax = s.regular_wage_for_wage_tax.cents();
  r.special_wage_for_wage_tax = s.special_wage_for_wage_tax.cents();
  r.wage_tax = s.wage_tax.cents();
  r.untaxed = s.untaxed.cents();
  r.net = s.net.cents();
  r.employer_charges = s.employer_charges.cents();
  r.employer_cost = s.employer_cost.cents();
  r.holiday_allowance_reserved = s.holiday_allowance_reserved.cents();
  r.holiday_allowance_balance = s.holiday_allowance_balance.cents();
  r.hourly_wage = s.hourly_wage.cents();
  r.unconfirmed_rules = string_array_text(s.unconfirmed_rules.names());
  r.line_count = static_cast<std::int64_t>(s.lines.size());
  return r;
}

std::vector<LineRow> line_rows(const Payslip& s) {
  std::vector<LineRow> out;
  out.reserve(s.lines.size());
  std::int64_t seq = 0;
  for (const auto& l : s.lines) out.push_back(line_row(++seq, l));
  return out;
}

LineRow line_row(std::int64_t seq, const PayslipLine& l) {
  return {seq, std::string(code_name(l.code)), l.description.str(), std::string(to_string(l.kind)), l.quantity_text(), l.rate_text(),
          l.amount.cents()};
}

LineCode stored_line_code(const std::string& name) {
  const auto code = line_code_from_name(name);
  if (!code) throw StoreError("stored payslip line code '" + name + "' is not one this program knows");
  return *code;
}

PayslipLine decode_line(const LineRow& r) {
  PayslipLine l;
  l.code = stored_line_code(r.code);
  l.description = LineText(r.description);
  l.kind = line_kind_from(r.kind);
  try {
    if (!r.quantity.empty()) l.quantity = LineQuantity::parse(r.quantity, "stored payslip line quantity");
    if (!r.rate.empty()) l.rate = LineRate::parse(r.rate, "stored payslip line rate");
  } catch (const InputError& e) {
    throw StoreError(std::string("payslip line ") + std::to_string(r.seq) + " " + r.code + ": " + e.what());
  }
  l.amount = Money::from_cents(r.amount);
  return l;
}

const char* const kPayslipColumns =
    "employee_id, employee, opening_state, opening_note, state_after, pay_date, gross_cents, wage_for_wage_tax_cents, regular_wage_for_wage_tax_cents, "
    "special_wage_for_wage_tax_cents, wage_tax_cents, untaxed_cents, net_cents, employer_charges_cents, "
    "employer_cost_cents, holiday_allowance_reserved_cents, holiday_allowance_balance_cents, hourly_wage_cents, "
    "unconfirmed_rules, line_count";

namespace {

/// One column of the payslip SELECTs: how kPayslipSelect reads it and how kReplaySelect does.
struct PayslipSelectColumnSql {
  const char* full;
  const char* replay;
};

/// The columns of PayslipSelectColumn, in order (texts of payslip_texts through the joins named
/// in payslip_select).
constexpr PayslipSelectColumnSql kSelectColumns[] = {
    {"p.employee_id", "p.employee_id"},
    {"coalesce(te.content, p.employee)", "p.employee"},
    {"coalesce(tb.content, p.opening_state)", "p.opening_state"},
    {"p.opening_note", "''"},
    {"coalesce(ta.content, p.state_after)", "p.state_after"},
    {"p.pay_date", "''"},
    {"p.gross_cents", "p.gross_cents"},
    {"p.wage_for_wage_tax_cents", "p.wage_for_wage_tax_cents"},
    {"p.regular_wage_for_wage_tax_cents", "p.regular_wage_for_wage_tax_cents"},
    {"p.special_wage_for_wage_tax_cents", "p.special_wage_for_wage_tax_cents"},
    {"p.wage_tax_cents", "p.wage_tax_cents"},
    {"p.untaxed_cents", "p.untaxed_cents"},
    {"p.net_cents", "p.net_cents"},
    {"p.employer_charges_cents", "p.employer_charges_cents"},
    {"p.employer_cost_cents", "p.employer_cost_cents"},
    {"p.holiday_allowance_reserved_cents", "p.holiday_allowance_reserved_cents"},
    {"p.holiday_allowance_balance_cents", "p.holiday_allowance_balance_cents"},
    {"p.hourly_wage_cents", "p.hourly_wage_cents"},
    {"coalesce(tu.content, p.unconfirmed_rules)", "''"},
    {"p.line_count", "p.line_count"},
    {"p.hash", "''"},
    {"coalesce(tl.content, '')", "''"},
    {"p.lines_text", "p.lines_text"},
    {"coalesce(p.employee_text, 0)", "coalesce(p.employee_text, 0)"},
    {"coalesce(p.opening_text, 0)", "coalesce(p.opening_text, 0)"},
    {"coalesce(p.after_text, 0)", "coalesce(p.after_text, 0)"},
};
static_assert(std::size(kSelectColumns) == kPayslipSelectColumnCount);

/// Text built by the compiler: std::string is not usable in a constant expression with every
/// compiler the project builds with (clang, which builds the fuzz targets, refuses libstdc++ 12's),
/// so the SELECT is assembled in a fixed array. Running out of room is a compile error.
struct SqlText {
  char text[2048]{};
  std::size_t size = 0;
  constexpr void append(std::string_view part) {
    for (const char c : part) {
      if (size + 1 >= sizeof text) throw "SqlText: the SELECT is longer than its array";  // not a constant expression
      text[size++] = c;
    }
  }
  constexpr bool contains(std::string_view part) const { return std::string_view(text, size).find(part) != std::string_view::npos; }
};

/// The SELECT of kSelectColumns (`full` or `replay`) with the joins of payslip_texts the chosen
/// column expressions name. Only evaluated by the compiler (kPayslipSelectText).
constexpr SqlText payslip_select(bool replay) {
  SqlText sql;
  sql.append("SELECT ");
  for (std::size_t i = 0; i < std::size(kSelectColumns); ++i) {
    if (i > 0) sql.append(", ");
    sql.append(replay ? kSelectColumns[i].replay : kSelectColumns[i].full);
  }
  sql.append(" FROM payslips p");
  constexpr std::pair<std::string_view, std::string_view> kJoins[] = {
      {"te", "employee_text"}, {"tb", "opening_text"}, {"ta", "after_text"}, {"tu", "unconfirmed_text"}, {"tl", "lines_text"}};
  for (const auto& [alias, column] : kJoins) {
    SqlText used;
    used.append(alias);
    used.append(".content");
    if (!sql.contains(std::string_view(used.text, used.size))) continue;
    sql.append(" LEFT JOIN payslip_texts ");
    sql.append(alias);
    sql.append(" ON ");
    sql.append(alias);
    sql.append(".id = p.");
    sql.append(column);
  }
  return sql;
}

/// payslip_select(replay), NUL-terminated, built by the compiler: the text exists before any
/// code runs (a reader in another file's static initialisation sees it whatever the order in
/// which files are initialised).
template <bool Replay>
constexpr SqlText kPayslipSelectText = payslip_select(Replay);

}  // namespace

constinit const char* const kPayslipSelect = kPayslipSelectText<false>.text;
constinit const char* const kReplaySelect = kPayslipSelectText<true>.text;

PayslipRow read_payslip_row(const SQLite::Statement& q, int c) {
  PayslipRow r;
  r.employee_id = q.getColumn(c + 0).getString();
  r.employee = q.getColumn(c + 1).getString();
  r.opening_state = q.getColumn(c + 2).getString();
  r.opening_note = q.getColumn(c + 3).getString();
  r.state_after = q.getColumn(c + 4).getString();
  r.pay_date = q.getColumn(c + 5).getString();
  std::int64_t* fields[] = {&r.gross, &r.wage_for_wage_tax, &r.regular_wage_for_wage_tax, &r.special_wage_for_wage_tax,
                            &r.wage_tax, &r.untaxed, &r.net, &r.employer_charges, &r.employer_cost,
                            &r.holiday_allowance_reserved, &r.holiday_allowance_balance, &r.hourly_wage};
  int i = c + 6;
  for (auto* f : fields) *f = q.getColumn(i++).getInt64();
  r.unconfirmed_rules = q.getColumn(i++).getString();
  r.line_count = q.getColumn(i).getInt64();
  return r;
}

}  // namespace basisbaan::store_detail

namespace basisbaan::store_detail {

std::string compute_content_hash(const Database& db, std::int64_t run_id) {
  SQLite::Statement h(db.sql(),
                      "SELECT kind, period, period_kind, period_start, period_end, rules_fingerprint, employer, employees, "
                      "gross_cents, wage_tax_cents, net_cents, employer_cost_cents, corrects_run, pay_in, reason "
                      "FROM payroll_runs WHERE id = ?");
  h.bind(1, run_id);
  if (!h.executeStep()) throw StoreError("no payroll run " + std::to_string(run_id));
  std::string all = canonical(row_json(h));
  SQLite::Statement p(db.sql(), "SELECT employee_id, hash FROM payslips WHERE run_id = ? ORDER BY employee_id");
  p.bind(1, run_id);
  while (p.executeStep()) {
    all += '\n';
    append_field(all, p.getColumn(0).getString());
    all += p.getColumn(1).getString();
  }
  SQLite::Statement t(db.sql(),
                      "SELECT employee_id, gross_cents, wage_for_wage_tax_cents, wage_tax_cents, net_cents, employer_charges_cents "
                      "FROM correction_totals WHERE run_id = ? ORDER BY employee_id");
  t.bind(1, run_id);
  while (t.executeStep()) all += "\nT" + canonical(row_json(t));
  SQLite::Statement l(db.sql(),
                      "SELECT employee_id, seq, code, description, kind, before_cents, after_cents FROM correction_lines "
                      "WHERE run_id = ? ORDER BY employee_id, seq");
  l.bind(1, run_id);
  while (l.executeStep()) all += "\nL" + canonical(row_json(l));
  return sha256_hex(all);
}

}  // namespace basisbaan::store_detail
