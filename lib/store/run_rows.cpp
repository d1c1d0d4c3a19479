// SPDX-License-Identifier: EUPL-1.2
#include "run_parts.hpp"
#include "basisbaan/rules/horizon_error.hpp"
#include "basisbaan/version.hpp"

namespace basisbaan::store_detail {

std::optional<RunRow> regular_run(const Database& db, const PayPeriod& p) {
  SQLite::Statement q(db.sql(), "SELECT id, closed FROM payroll_runs WHERE kind = 'regular' AND period = ?");
  q.bind(1, p.label());
  if (!q.executeStep()) return std::nullopt;
  return RunRow{q.getColumn(0).getInt64(), p.label(), q.getColumn(1).getInt() != 0};
}

std::int64_t insert_run(Database& db, RunKind kind, const PayPeriod& period, const RuleBook& rules, const Employer& employer,
                        const std::optional<std::int64_t>& corrects, const std::optional<PayPeriod>& pay_in, const std::string& reason) {
  SQLite::Statement q(db.sql(),
                      "INSERT INTO payroll_runs (kind, period, period_kind, period_start, period_end, closed, computed_at, "
                      "rules_fingerprint, employer, employees, gross_cents, wage_tax_cents, net_cents, employer_cost_cents, "
                      "content_hash, corrects_run, pay_in, reason, program_version) "
                      "VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, ?, ?, ?)");
  q.bind(1, std::string(to_string(kind)));
  q.bind(2, period.label());
  q.bind(3, std::string(to_string(period.kind())));
  q.bind(4, to_string(period.start()));
  q.bind(5, to_string(period.end()));
  q.bind(6, db.clock().now());
  q.bind(7, rules.fingerprint());
  q.bind(8, canonical(employer_json(employer)));
  for (int i = 9; i <= 13; ++i) q.bind(i, std::int64_t{0});
  if (corrects) q.bind(14, *corrects); else q.bind(14);
  if (pay_in) q.bind(15, pay_in->label()); else q.bind(15);
  q.bind(16, reason);
  q.bind(17, std::string(version()));
  q.exec();
  return db.sql().getLastInsertRowid();
}

void finish_run(Database& db, std::int64_t id) {
  SQLite::Statement u(db.sql(), "UPDATE payroll_runs SET content_hash = ? WHERE id = ?");
  u.bind(1, compute_content_hash(db, id));
  u.bind(2, id);
  u.exec();
}

std::string busy_message(const PayPeriod& p) {
  return "period " + p.label() +
         " is being computed: another process holds the database for writing (a payroll run or another change); "
         "nothing was changed, try again when it has finished";
}

std::string employee_context(const std::string& id, const PayPeriod& p) { return "employee " + id + ", period " + p.label() + ": "; }

void rethrow_in_context(const Error& x, const std::string& prefix, const std::string& suffix) {
  const std::string m = prefix + x.what() + suffix;
  if (const auto* h = dynamic_cast<const HorizonError*>(&x)) throw HorizonError(h->parameter(), h->date(), h->horizon(), m);
  if (const auto* b = dynamic_cast<const BeforeRulesError*>(&x)) throw BeforeRulesError(b->parameter(), b->date(), b->first(), m);
  if (dynamic_cast<const RuleError*>(&x) != nullptr) throw RuleError(x.code(), m, x.where());
  if (dynamic_cast<const StoreError*>(&x) != nullptr) throw StoreError(x.code(), m, x.where());
  if (dynamic_cast<const OverflowError*>(&x) != nullptr) throw OverflowError(m);
  throw InputError(x.code(), m, x.where());
}

}  // namespace basisbaan::store_detail
