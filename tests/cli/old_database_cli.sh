#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# A database written by an earlier version (tests/data/store/written-by-0.1.0.sql, schema 4)
# opens, migrates, replays every stored period identical, passes the audit, and runs on.
source "$(dirname "$0")/common.sh"

db="$tmp/old.db"
sqlite3 "$db" < "$src/tests/data/store/written-by-0.1.0.sql"
check "an old database is refused read-only until migrated" 1 "schema version 4 and needs migrating" -- \
  "$bin" replay --db "$db" --period 2026-01
check "init migrates it" 0 "schema version" -- "$bin" init --db "$db"
for p in 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06; do
  check "replay $p identical" 0 "^identical" -- "$bin" replay --db "$db" --period "$p"
done
check "the audit chain still verifies after the migration" 0 "^ok" -- "$bin" audit verify --db "$db"
check "the migrated database runs the next period" 0 "" -- "$bin" payroll run --db "$db" --period 2026-07
check "and closes it" 0 "closed" -- "$bin" payroll close --db "$db" --period 2026-07
check "the audit still verifies" 0 "^ok" -- "$bin" audit verify --db "$db"
check "the new period replays" 0 "^identical" -- "$bin" replay --db "$db" --period 2026-07
# A database written by main before issue 18 (schema 6: every payslip holds its own texts) migrates
# to the layout that stores them once, replays identical, passes the audit and runs on; the
# payslips of the new period refer to the stored texts, the old ones keep their own.
db6="$tmp/main-bf9933f.db"
sqlite3 "$db6" < "$src/tests/data/store/written-by-main-bf9933f.sql"
check "the schema-6 database migrates" 0 "schema version" -- "$bin" init --db "$db6"
for p in 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06; do
  check "schema 6: replay $p identical" 0 "^identical" -- "$bin" replay --db "$db6" --period "$p"
done
check "schema 6: the audit verifies after the migration" 0 "^ok" -- "$bin" audit verify --db "$db6"
check "schema 6: the next period runs" 0 "" -- "$bin" payroll run --db "$db6" --period 2026-07
check "schema 6: and closes" 0 "closed" -- "$bin" payroll close --db "$db6" --period 2026-07
check "schema 6: the new period replays" 0 "^identical" -- "$bin" replay --db "$db6" --period 2026-07
check "schema 6: the audit verifies with both layouts" 0 "^ok" -- "$bin" audit verify --db "$db6"
check "the new run's payslips keep their texts once, in payslip_texts" 0 "^12\|0$" -- \
  sqlite3 "$db6" "SELECT count(*), sum(employee <> '' OR state_after <> '') FROM payslips WHERE run_id = (SELECT max(id) FROM payroll_runs)"
check "the old runs' payslips keep their own texts" 0 "^0$" -- \
  sqlite3 "$db6" "SELECT count(*) FROM payslips WHERE employee_text IS NOT NULL AND run_id < (SELECT max(id) FROM payroll_runs)"
check "a stored text cannot be changed" 19 "cannot be changed" -- \
  sqlite3 "$db6" "UPDATE payslip_texts SET content = content || ' '"
check "edited behind the triggers' back" 0 "" -- sqlite3 "$db6" \
  "DROP TRIGGER payslip_texts_immutable_update; UPDATE payslip_texts SET content = content || ' ' WHERE id = (SELECT max(employee_text) FROM payslips)"
check "an edited stored text is an altered payslip" 1 "altered" -- "$bin" audit verify --db "$db6"
finish
