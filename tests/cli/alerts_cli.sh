#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The clerk's dates from the employer's database (issue 13): `alerts`, the alerts of `payroll
# run`, and `contract check`, `sick timeline`, `leave balance` and `absence` with --db.
# Usage: alerts_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

db="$tmp/example.db"
check "init --example" 0 "Imported 12 employees" -- "$bin" init --db "$db" --example

# E001's contract 2026-01-01 … 2026-12-31: it ends in December; without notice by 2026-11-30
# (2027-01-01 − 1 month − 1 day, art. 7:668 lid 1) the notice is overdue on 2026-12-01.
check "alerts for 2026-12: E001's contract end" 0 "2026-12-31 +E001 F\. el Amrani +contract end" -- \
  "$bin" alerts --db "$db" --date 2026-12-01 --months 1
check "alerts for 2026-12: E001's notice overdue" 0 "2026-11-30 ! +E001 F\. el Amrani +notice overdue" -- \
  "$bin" alerts --db "$db" --date 2026-12-01 --months 1
check "alerts --json" 0 '"kind": "contract end"' -- "$bin" alerts --db "$db" --date 2026-12-01 --months 1 --json
count=$("$bin" alerts --db "$db" --date 2026-12-01 --months 1 --json | jq '.alerts | length')
[ "$count" -gt 0 ] && ok || not_ok "the December 2026 alerts list is not empty (got $count)"
check "alerts for one employee" 0 "E001" -- "$bin" alerts --db "$db" --date 2026-12-01 --months 1 --employee E001
check "alerts for an unknown employee" 1 "E999" -- "$bin" alerts --db "$db" --employee E999
check "alerts without --db" 2 "" -- "$bin" alerts --date 2026-12-01
check "payroll run prints the alerts of its period" 0 "To act on in or before 2026-03" -- \
  "$bin" payroll run --db "$db" --period 2026-03

# contract check --db reproduces the file-based review: the same contract of E001 as a file.
"$bin" contract check --db "$db" --employee E001 --date 2026-10-01 --json >"$tmp/from_db.json"
jq '{employee: .employee, contracts: [.chains[].contracts[] | {id, employer, job, start, "end": .end, hours_per_week: 32}]}' \
  "$tmp/from_db.json" >"$tmp/contracts.json"
"$bin" contract check --contracts "$tmp/contracts.json" --date 2026-10-01 --json >"$tmp/from_file.json"
cmp -s "$tmp/from_db.json" "$tmp/from_file.json" && ok || { not_ok "contract check --db equals the file-based review"; diff "$tmp/from_db.json" "$tmp/from_file.json" | head; }
check "contract check --db, every employee" 0 "Contracts of E012" -- "$bin" contract check --db "$db" --date 2026-10-01
check "contract check with both sources" 2 "either --contracts" -- \
  "$bin" contract check --db "$db" --contracts "$tmp/contracts.json"

check "sick timeline --db" 0 "Sickness of E007" -- "$bin" sick timeline --db "$db"
check "sick timeline --db --employee" 0 "42e-weeksmelding" -- "$bin" sick timeline --db "$db" --employee E007
check "leave balance --db --employee" 0 "^Balance: " -- "$bin" leave balance --db "$db" --employee E001 --date 2026-10-01
check "leave balance --db --json" 0 '"employee": "E002"' -- "$bin" leave balance --db "$db" --date 2026-10-01 --json
check "absence --db" 0 "12 employees" -- "$bin" absence --db "$db" --from 2026-01-01 --to 2026-06-30
check "absence with no source" 2 "either --records" -- "$bin" absence --from 2026-01-01 --to 2026-06-30
finish
