// SPDX-License-Identifier: EUPL-1.2
#include "basisbaan/store/payroll_run.hpp"
#include "basisbaan/store/provisional_runs.hpp"

#include "run_parts.hpp"

namespace basisbaan {

using namespace store_detail;

StoredRun close_period(Database& db, const PayPeriod& period) {
  std::int64_t id = 0;
  write(db, "closing period " + period.label(), [&] {
    const auto run = regular_run(db, period);
    if (!run) throw InputError("period " + period.label() + " has not been run; nothing to close");
    if (run->closed) throw InputError("period " + period.label() + " is already closed");
    refuse_provisional(db, run->id, "closed");
    SQLite::Statement prev(db.sql(),
                           "SELECT period FROM payroll_runs WHERE kind = 'regular' AND period_kind = ? AND period_start < ? "
                           "AND closed = 0 ORDER BY period_start LIMIT 1");
    prev.bind(1, std::string(to_string(period.kind())));
    prev.bind(2, to_string(period.start()));
    if (prev.executeStep()) {
      throw InputError("period " + prev.getColumn(0).getString() + " is still open; periods are closed in order");
    }
    SQLite::Statement stale(db.sql(), "SELECT id FROM payroll_runs WHERE kind = 'correction' AND pay_in = ? AND id > ? LIMIT 1");
    stale.bind(1, period.label());
    stale.bind(2, run->id);
    if (stale.executeStep()) {
      throw InputError("correction run " + stale.getColumn(0).getString() + " is paid in " + period.label() +
                       " but was made after the period was computed; run the period again first (basisbaan payroll run --period " +
                       period.label() + ")");
    }
    SQLite::Statement u(db.sql(), "UPDATE payroll_runs SET closed = 1, closed_at = ? WHERE id = ?");
    u.bind(1, db.clock().now());
    u.bind(2, run->id);
    u.exec();
    audit(db, "payroll.close", "run:" + std::to_string(run->id), CJson{{"period", period.label()}});
    id = run->id;
  });
  return db.load_run_by_id(id);
}

}  // namespace basisbaan
