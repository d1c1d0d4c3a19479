#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# Databases written by earlier versions (tests/data/store/written-by-*.sql, schemas 4, 6 and 9)
# open, migrate, replay every stored period identical, pass the audit, and run on.
source "$(dirname "$0")/common.sh"

db="$tmp/old.db"
sqlite3 "$db" < "$src/tests/data/store/written-by-0.1.0.sql"
# Read only (review F13): the auditor's file is read through a private migrated copy, never written.
before=$(md5sum "$db")
check "an old database verifies read-only" 0 "^ok" -- "$bin" audit verify --db "$db"
check "verify says it read a migrated copy" 0 "read through a private copy migrated from schema version 4" -- \
  "$bin" audit verify --db "$db"
check "verify --json names the schema of the file" 0 '"copied_from_schema": 4' -- "$bin" audit verify --db "$db" --json
check "a note on standard error says so" 0 "note: .* has schema version 4; it was read through a private copy" -- \
  "$bin" replay --db "$db" --period 2026-01
check "an old database replays read-only, a whole year" 0 "^identical" -- "$bin" replay --db "$db" --period 2026
check "replay says the version that computed the run is not recorded" 0 "run 1 \(regular\), by a version of basisbaan not recorded" -- \
  "$bin" replay --db "$db" --period 2026-01
check "audit head reads it" 0 "^64 [0-9a-f]{64}$" -- "$bin" audit head --db "$db"
check "audit log reads it" 0 "payroll.close" -- "$bin" audit log --db "$db"
check "payroll show reads it" 0 "by a version of basisbaan not recorded" -- "$bin" payroll show --db "$db" --period 2026-03
check "payroll show --json: program_version null" 0 '"program_version": null' -- "$bin" payroll show --db "$db" --period 2026-03 --json
check "an export reads it" 0 "wrote" -- "$bin" export sepa --db "$db" --period 2026-03 --execution-date 2026-03-23 --out "$tmp/old-sepa.xml"
if [ "$(md5sum "$db")" = "$before" ] && [ ! -e "$db-wal" ]; then ok; else not_ok "the file read only is unchanged"; fi
head_before=$("$bin" audit head --db "$db" | cut -d' ' -f2)
check "init migrates it, and says so" 0 "schema version [0-9]+, migrated from version 4: each migration is an audit entry" -- \
  "$bin" init --db "$db"
check "each migration is an audit entry with the program version" 0 \
  'schema.migrate +schema:5 .*\{"from":4,"program_version":"[0-9]+\.[0-9]+\.[0-9]+","to":5\}' -- "$bin" audit log --db "$db" --last 0
check "the chain extends the head noted before the migration" 0 "the chain extends it" -- \
  "$bin" audit verify --db "$db" --expect-head "$head_before"
for p in 2026-01 2026-02 2026-03 2026-04 2026-05 2026-06; do
  check "replay $p identical" 0 "^identical" -- "$bin" replay --db "$db" --period "$p"
done
check "the audit chain still verifies after the migration" 0 "^ok" -- "$bin" audit verify --db "$db"
check "the migrated database runs the next period" 0 "" -- "$bin" payroll run --db "$db" --period 2026-07
check "and closes it" 0 "closed" -- "$bin" payroll close --db "$db" --period 2026-07
check "the audit still verifies" 0 "^ok" -- "$bin" audit verify --db "$db"
check "the new period replays" 0 "^identical" -- "$bin" replay --db "$db" --period 2026-07
check "the new run records the program version" 0 "run [0-9]+ \(regular\), by basisbaan [0-9]+\.[0-9]+\.[0-9]+, rules" -- \
  "$bin" replay --db "$db" --period 2026-07
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
# A database written by main before the lines were packed (schema 9: every payslip line a row of
# payslip_lines; with a garnishment and a correction) migrates to schema 10, replays identical,
# passes the audit, runs on with packed lines, and the audit names an altered line in both layouts.
db9="$tmp/main-f0e5d7c.db"
sqlite3 "$db9" < "$src/tests/data/store/written-by-main-f0e5d7c.sql"
check "the schema-9 database migrates" 0 "schema version" -- "$bin" init --db "$db9"
for p in 2026-01 2026-02 2026-03 2026-04; do
  check "schema 9: replay $p identical" 0 "^identical" -- "$bin" replay --db "$db9" --period "$p"
done
check "schema 9: the audit verifies after the migration" 0 "^ok" -- "$bin" audit verify --db "$db9"
check "schema 9: the open period runs again, packed" 0 "" -- "$bin" payroll run --db "$db9" --period 2026-04
check "schema 9: and closes" 0 "closed" -- "$bin" payroll close --db "$db9" --period 2026-04
check "schema 9: the next period runs" 0 "" -- "$bin" payroll run --db "$db9" --period 2026-05
for p in 2026-04 2026-05; do
  check "schema 9: the new period $p replays" 0 "^identical" -- "$bin" replay --db "$db9" --period "$p"
done
check "schema 9: the audit verifies with both layouts" 0 "^ok" -- "$bin" audit verify --db "$db9"
check "the new runs' lines are packed, no rows in payslip_lines" 0 "^0\|0$" -- sqlite3 "$db9" \
  "SELECT count(*), (SELECT count(*) FROM payslip_lines l JOIN payroll_runs r ON r.id = l.run_id WHERE r.period IN ('2026-04', '2026-05')) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id WHERE r.period IN ('2026-04', '2026-05') AND p.lines_text IS NULL"
check "the old runs' lines stay rows of payslip_lines" 0 "^0$" -- sqlite3 "$db9" \
  "SELECT count(*) FROM payslips p JOIN payroll_runs r ON r.id = p.run_id WHERE r.period < '2026-04' AND p.lines_text IS NOT NULL"
check "schema 9: the garnishment overview reads both layouts" 0 "G1" -- "$bin" garnishment overview --db "$db9"
cp "$db9" "$tmp/old-line.db"
check "an old line edited behind the triggers' back" 0 "" -- sqlite3 "$tmp/old-line.db" \
  "DROP TRIGGER closed_line_no_update; UPDATE payslip_lines SET amount_cents = amount_cents + 1 WHERE run_id = 1 AND employee_id = 'E002' AND code = 'net'"
check "audit verify names the old line" 1 "payroll run 1 \(2026-01, regular\) payslip E002 line [0-9]+ net: altered" -- \
  "$bin" audit verify --db "$tmp/old-line.db"
check "edited packed text behind the triggers' back" 0 "" -- sqlite3 "$db9" \
  "DROP TRIGGER payslip_texts_immutable_update; UPDATE payslip_texts SET content = replace(content, 'Netto uit te betalen', 'Netto uit te betalen!') WHERE id = (SELECT lines_text FROM payslips WHERE employee_id = 'E002' AND run_id = (SELECT max(id) FROM payroll_runs))"
check "audit verify names the packed line" 1 "payroll run [0-9]+ \(2026-05, regular\) payslip E002 line [0-9]+ net: altered" -- \
  "$bin" audit verify --db "$db9"
check "replay says what differs" 1 "E002 .*: line [0-9]+ net: description stored \"Netto uit te betalen!\"" -- \
  "$bin" replay --db "$db9" --period 2026-05
finish
