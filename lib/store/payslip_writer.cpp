// SPDX-License-Identifier: EUPL-1.2
#include <utility>

#include "run_parts.hpp"

namespace basisbaan::store_detail {

Prepared prepare(Payslip slip, const Employee& e, const PayrollState& opening, const std::string& opening_text,
                 const std::vector<std::int64_t>& corrections, const PayrollState& after) {
  std::string note = opening_text;
  for (std::size_t i = 0; i < corrections.size(); ++i) {
    note += (i == 0 ? "; plus the differences of correction run " : ", ") + std::to_string(corrections[i]);
  }
  PayslipRow row = payslip_row(slip, canonical(employee_json(e)), state_text(opening), std::move(note), state_text(after));
  std::vector<LineRow> lines = line_rows(slip);
  std::string hash = payslip_hash(row, lines);
  return Prepared{std::move(slip), std::move(row), std::move(lines), std::move(hash)};
}

PayslipWriter::PayslipWriter(Database& db, std::int64_t run_id, std::size_t expected, Progress progress)
    : run_id_(run_id),
      expected_(expected),
      progress_(std::move(progress)),
      ps_(db.sql(), std::string("INSERT INTO payslips (run_id, ") + kPayslipColumns +
                        ", hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
      ls_(db.sql(),
          "INSERT INTO payslip_lines (run_id, employee_id, seq, code, description, kind, quantity, rate, amount_cents, check_hash) "
          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)") {
  if (progress_) progress_(0, expected_);
}

void PayslipWriter::add(const Prepared& p) {
  const PayslipRow& r = p.row;
  ps_.reset();
  int i = 1;
  ps_.bind(i++, run_id_);
  ps_.bindNoCopy(i++, r.employee_id);
  ps_.bindNoCopy(i++, r.employee);
  ps_.bindNoCopy(i++, r.opening_state);
  ps_.bindNoCopy(i++, r.opening_note);
  ps_.bindNoCopy(i++, r.state_after);
  ps_.bindNoCopy(i++, r.pay_date);
  for (std::int64_t v : {r.gross, r.wage_for_wage_tax, r.regular_wage_for_wage_tax, r.special_wage_for_wage_tax, r.wage_tax,
                         r.untaxed, r.net, r.employer_charges, r.employer_cost, r.holiday_allowance_reserved,
                         r.holiday_allowance_balance, r.hourly_wage}) {
    ps_.bind(i++, v);
  }
  ps_.bindNoCopy(i++, r.unconfirmed_rules);
  ps_.bind(i++, r.line_count);
  ps_.bindNoCopy(i++, p.hash);
  ps_.exec();
  for (const auto& l : p.lines) {
    const std::string check = line_check(r.employee_id, l);
    ls_.reset();
    ls_.bind(1, run_id_);
    ls_.bindNoCopy(2, r.employee_id);
    ls_.bind(3, l.seq);
    ls_.bindNoCopy(4, l.code);
    ls_.bindNoCopy(5, l.description);
    ls_.bindNoCopy(6, l.kind);
    ls_.bindNoCopy(7, l.quantity);
    ls_.bindNoCopy(8, l.rate);
    ls_.bind(9, l.amount);
    ls_.bindNoCopy(10, check);
    ls_.exec();
  }
  ++written_;
  gross_ += p.slip.gross;
  tax_ += p.slip.wage_tax;
  net_ += p.slip.net;
  cost_ += p.slip.employer_cost;
  if (progress_) progress_(written_, expected_);
}

void PayslipWriter::finish(Database& db) {
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
