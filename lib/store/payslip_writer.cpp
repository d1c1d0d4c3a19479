// SPDX-License-Identifier: EUPL-1.2
#include <cstring>
#include <utility>

#include "run_parts.hpp"

namespace basisbaan::store_detail {

Prepared prepare(Payslip slip, const Employee& e, const PayrollState& opening, const std::string& opening_text,
                 const std::vector<std::int64_t>& corrections, const PayrollState& after) {
  std::string note = opening_text;
  for (std::size_t i = 0; i < corrections.size(); ++i) {
    note += (i == 0 ? "; plus the differences of correction run " : ", ") + std::to_string(corrections[i]);
  }
  PayslipRow row = payslip_row(slip, employee_text(e), state_text(opening), std::move(note), state_text(after));
  std::vector<LineRow> lines = line_rows(slip);
  std::string hash = payslip_hash(row, lines);
  return Prepared{std::move(slip), std::move(row), std::move(lines), std::move(hash)};
}

TextStore::TextStore(Database& db)
    : sql_(&db.sql()),
      find_(db.sql(), "SELECT id, content FROM payslip_texts WHERE key = ?"),
      insert_(db.sql(), "INSERT INTO payslip_texts (key, content) VALUES (?, ?)"),
      by_id_(db.sql(), "SELECT content FROM payslip_texts WHERE id = ?") {}

std::int64_t TextStore::id_of(const std::string& content, std::int64_t hint, Memo memo) {
  if (hint != 0) {
    by_id_.reset();
    by_id_.bind(1, hint);
    bool same = false;
    if (by_id_.executeStep()) {
      const SQLite::Column c = by_id_.getColumn(0);
      same = static_cast<std::size_t>(c.getBytes()) == content.size() && std::memcmp(c.getText(), content.data(), content.size()) == 0;
    }
    by_id_.reset();
    if (same) return hint;
  }
  return id_of(content, memo);
}

std::int64_t TextStore::id_of(const std::string& content, Memo memo) {
  if (memo == Memo::Forget) return look_up(content);
  if (const auto it = found_.find(content); it != found_.end()) return it->second;
  const std::int64_t id = look_up(content);
  if (found_.size() < kRemembered) found_.emplace(content, id);
  return id;
}

std::int64_t TextStore::look_up(const std::string& content) {
  const std::int64_t key = payslip_text_key(content);
  std::int64_t id = 0;
  find_.reset();
  find_.bind(1, key);
  while (find_.executeStep()) {
    const SQLite::Column c = find_.getColumn(1);
    if (static_cast<std::size_t>(c.getBytes()) == content.size() && std::memcmp(c.getText(), content.data(), content.size()) == 0) {
      id = find_.getColumn(0).getInt64();
      break;
    }
  }
  find_.reset();
  if (id == 0) {
    insert_.reset();
    insert_.bind(1, key);
    insert_.bindNoCopy(2, content);
    insert_.exec();
    id = sql_->getLastInsertRowid();
  }
  return id;
}

std::int64_t TextStore::id_of_repeated(const std::string& content) {
  if (last_id_ == 0 || content != last_) {
    last_id_ = id_of(content);
    last_ = content;
  }
  return last_id_;
}

namespace {

/// "INSERT INTO payslips (...) VALUES (...), (...)" with `rows` rows of bound values; the text
/// columns of the row itself stay empty (the texts are in payslip_texts, schema 7).
std::string insert_payslips(std::size_t rows) {
  std::string sql = std::string("INSERT INTO payslips (run_id, ") + kPayslipColumns +
                    ", hash, employee_text, opening_text, after_text, unconfirmed_text, lines_text) VALUES ";
  for (std::size_t r = 0; r < rows; ++r) {
    sql += r == 0 ? "" : ", ";
    sql += "(?, ?, '', '', ?, '', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)";
  }
  return sql;
}

}  // namespace

PayslipWriter::PayslipWriter(Database& db, std::int64_t run_id, std::size_t expected, Progress progress)
    : db_(&db), run_id_(run_id), expected_(expected), progress_(std::move(progress)), texts_(db) {
  pending_.reserve(kBatch);
  if (progress_) progress_(0, expected_);
}

std::int64_t PayslipWriter::add(const Prepared& p) {
  const PayslipRow& r = p.row;
  Row row;
  row.employee_id = r.employee_id;
  row.opening_note = r.opening_note;
  row.pay_date = r.pay_date;
  row.amounts = {r.gross, r.wage_for_wage_tax, r.regular_wage_for_wage_tax, r.special_wage_for_wage_tax, r.wage_tax,
                 r.untaxed, r.net, r.employer_charges, r.employer_cost, r.holiday_allowance_reserved,
                 r.holiday_allowance_balance, r.hourly_wage};
  row.line_count = r.line_count;
  row.hash = p.hash;
  // The texts, each stored once (schema.cpp, migration 7), looked up (or inserted) in this order
  // now, as when each row was inserted at once: the same ids.
  row.texts[0] = texts_.id_of(r.employee, p.employee_text_hint, TextStore::Memo::Forget);
  row.texts[1] = p.opening_text != 0 ? p.opening_text : texts_.id_of(r.opening_state);
  row.texts[2] = texts_.id_of(r.state_after);
  row.texts[3] = texts_.id_of_repeated(r.unconfirmed_rules);
  // The lines, packed into one text and stored once (migration 10): no payslip_lines rows.
  pack_lines(packed_, p.lines);
  row.texts[4] = texts_.id_of(packed_, p.lines_text_hint);
  const std::int64_t after = row.texts[2];
  pending_.push_back(std::move(row));
  gross_ += p.slip.gross;
  tax_ += p.slip.wage_tax;
  net_ += p.slip.net;
  cost_ += p.slip.employer_cost;
  if (pending_.size() == kBatch) flush();
  return after;
}

void PayslipWriter::bind_row(SQLite::Statement& s, int& i, const Row& r) const {
  s.bind(i++, run_id_);
  s.bindNoCopy(i++, r.employee_id);
  s.bindNoCopy(i++, r.opening_note);
  s.bindNoCopy(i++, r.pay_date);
  for (std::int64_t v : r.amounts) s.bind(i++, v);
  s.bind(i++, r.line_count);
  s.bindNoCopy(i++, r.hash);
  for (std::int64_t id : r.texts) s.bind(i++, id);
}

void PayslipWriter::flush() {
  if (pending_.empty()) return;
  if (pending_.size() == kBatch) {
    if (!batch_) batch_.emplace(db_->sql(), insert_payslips(kBatch));
    batch_->reset();
    int i = 1;
    for (const Row& r : pending_) bind_row(*batch_, i, r);
    batch_->exec();
  } else {
    if (!one_) one_.emplace(db_->sql(), insert_payslips(1));
    for (const Row& r : pending_) {
      one_->reset();
      int i = 1;
      bind_row(*one_, i, r);
      one_->exec();
    }
  }
  const std::size_t stored = pending_.size();
  pending_.clear();
  for (std::size_t k = 0; k < stored; ++k) {
    ++written_;
    if (progress_) progress_(written_, expected_);
  }
}

void PayslipWriter::finish(Database& db) {
  flush();
  SQLite::Statement u(db.sql(),
                      "UPDATE payroll_runs SET employees = ?, gross_cents = ?, wage_tax_cents = ?, net_cents = ?, "
                      "employer_cost_cents = ? WHERE id = ?");
  u.bind(1, static_cast<std::int64_t>(written_));
  u.bind(2, gross_.cents());
  u.bind(3, tax_.cents());
  u.bind(4, net_.cents());
  u.bind(5, cost_.cents());
  u.bind(6, run_id_);
  u.exec();
}

}  // namespace basisbaan::store_detail
