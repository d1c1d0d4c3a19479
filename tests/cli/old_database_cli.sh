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
finish
