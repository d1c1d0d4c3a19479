#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# What `audit verify`, `audit log` and `replay` tell an auditor (the auditor's review F7, F8, F10,
# F12, F14), each case as the review reproduced it with the sqlite3 tool: a deleted entry is named
# as the possible record of the row it leaves without one (not a row "added behind the library's
# back"); a deleted closing entry (the last) is "closed without an entry", not "altered"; a payslip
# names the part that no longer matches (input snapshot, totals); replay of an altered input does not
# call the stored amounts wrong, and names the year-to-date field that differs; an altered employee
# row names the field; the smaller items of the log.
# Usage: audit_explain_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "audit_explain_cli.sh: the sqlite3 tool is needed (skipped)"; exit 77; }
q() { sqlite3 "$1" "$2"; }
copy() { cp "$base" "$1"; q "$1" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null; }
base="$tmp/base.db"
"$bin" init --db "$base" --example >/dev/null
for p in 2026-01 2026-02 2026-03; do "$bin" payroll run --db "$base" --period $p >/dev/null; done
for p in 2026-01 2026-02 2026-03; do "$bin" payroll close --db "$base" --period $p >/dev/null; done
check "the base verifies" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$base"

# --- F7: the entry that recorded an employee deleted ---------------------------------------------
db="$tmp/t2.db"
copy "$db"
seq=$(q "$db" "SELECT seq FROM audit_log WHERE entity = 'employee:E007' AND action = 'employee.import'")
q "$db" "DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE seq = $seq"
check "the deleted entry is named" 1 "audit entry $seq: deleted" -- "$bin" audit verify --db "$db"
check "the employee it leaves without an entry points at it" 1 \
  "employee E007: unrecorded — no audit entry records it; audit entry $seq, deleted \(above\), may have recorded it" -- \
  "$bin" audit verify --db "$db"
if grep -q "employee E007: inserted" "$tmp/out"; then not_ok "E007 is not called inserted"; else ok; fi

# --- F8: the closing entry, the last, deleted ----------------------------------------------------
db="$tmp/t6b.db"
copy "$db"
trig=$(q "$db" "SELECT sql FROM sqlite_master WHERE name = 'audit_log_append_only_delete'")
q "$db" "DROP TRIGGER audit_log_append_only_delete; DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log); $trig;"
check "a run closed without its closing entry" 1 \
  "payroll run 3 \(2026-03, regular\): closed without an entry — it is closed, but no audit entry closed it" -- \
  "$bin" audit verify --db "$db"
if grep -q "altered" "$tmp/out"; then not_ok "the run is not called altered"; else ok; fi
check "one problem, listed without 'the first'" 1 "^FAILED: 1 problem\(s\):$" -- "$bin" audit verify --db "$db"

# --- F10: E010's input snapshot altered (commute 60 -> 90 km), the trigger put back -------------
db="$tmp/t13.db"
copy "$db"
trig=$(q "$db" "SELECT sql FROM sqlite_master WHERE name = 'payslip_texts_immutable_update'")
q "$db" "DROP TRIGGER payslip_texts_immutable_update;
  UPDATE payslip_texts SET content = replace(content, '\"commute_km_per_period\":\"60\"', '\"commute_km_per_period\":\"90\"')
  WHERE id = (SELECT employee_text FROM payslips WHERE employee_id = 'E010' AND run_id = 3); $trig;"
check "verify names the input snapshot" 1 \
  "payroll run 3 \(2026-03, regular\) payslip E010 input snapshot: altered — .*its input snapshot \(payslip text [0-9]+\) no longer matches the key" -- \
  "$bin" audit verify --db "$db"
check "of every run that uses it" 1 "payroll run 1 \(2026-01, regular\) payslip E010 input snapshot: altered" -- "$bin" audit verify --db "$db"
check "replay says the input was altered" 1 \
  "E010 D. Bakker: its stored input snapshot \(payslip text [0-9]+\) was altered after the run .*do not show that the stored amounts are wrong" -- \
  "$bin" replay --db "$db" --period 2026-03
check "and recomputes from the altered input" 1 \
  "line 4 travel_allowance \(.*\): stored 12\.60, recomputed from the altered input 18\.90 \(\+6\.30\)" -- \
  "$bin" replay --db "$db" --period 2026-03
check "the year to date by its field, not two whole states" 1 \
  "year-to-date cumulatives or reserve after the period differ, year_to_date\.net: stored [0-9.]+, recomputed from the altered input [0-9.]+" -- \
  "$bin" replay --db "$db" --period 2026-03
if grep -q "differ: stored {" "$tmp/out"; then not_ok "no whole state is printed"; else ok; fi
check "the run's totals, which sum the recomputed payslips, say so too" 1 \
  "run 3 \(2026-03\): total net: stored [0-9.]+, recomputed from the altered input \(E010\) [0-9.]+ \(\+6\.30\)" -- \
  "$bin" replay --db "$db" --period 2026-03

# --- F10/F12: a payslip's net total, an employee's name ------------------------------------------
db="$tmp/t5.db"
copy "$db"
trig=$(q "$db" "SELECT sql FROM sqlite_master WHERE name = 'closed_payslip_no_update'")
q "$db" "DROP TRIGGER closed_payslip_no_update; UPDATE payslips SET net_cents = net_cents + 10000 WHERE employee_id = 'E010' AND run_id = 3; $trig;"
check "verify names the payslip's totals and the run's total net" 1 \
  "payslip E010 totals: altered — .*the run's total net is [0-9.]+, its payslips now sum to [0-9.]+ \(\+100\.00\)" -- \
  "$bin" audit verify --db "$db"
check "replay names the difference of a payslip's total" 1 "E010 D. Bakker: total net: stored [0-9.]+, recomputed [0-9.]+ \(-100\.00\)" -- \
  "$bin" replay --db "$db" --period 2026-03
db="$tmp/t3.db"
copy "$db"
"$bin" employee change --db "$db" --id E004 --name "P. Visser-de Vries" >/dev/null
q "$db" "UPDATE employees SET name = 'P. Anders' WHERE id = 'E004'"
check "verify names an employee's field against the entry that recorded it" 1 \
  "employee E004: altered — it no longer matches what audit entry [0-9]+ recorded: field name: audit entry [0-9]+ recorded \"P\. Visser-de Vries\", the row holds \"P\. Anders\"" -- \
  "$bin" audit verify --db "$db"
db="$tmp/t6.db"
copy "$db"
q "$db" "UPDATE employees SET bsn = '999990160' WHERE id = 'E004'"
check "verify names a field no entry recorded against the latest payslip's input snapshot (F12)" 1 \
  "field bsn: payroll run [0-9]+ \(2026-[0-9]+\) used \"\*{6}044\" \(its payslip's input snapshot, recorded by audit entry [0-9]+\), the row holds \"\*{6}160\"" -- \
  "$bin" audit verify --db "$db"

# --- F14: the smaller items ---------------------------------------------------------------------
db="$tmp/t1.db"
copy "$db"
q "$db" "DROP TRIGGER payslip_texts_immutable_update"
check "a deleted trigger says what it protected" 1 \
  "trigger payslip_texts_immutable_update: deleted — the database no longer enforces that the stored payslip texts" -- \
  "$bin" audit verify --db "$db"
check "audit log --last -3 is a usage error" 2 "--last: expected how many of the latest entries, 0 or more" -- \
  "$bin" audit log --db "$base" --last -3
check "audit log --entity nonsense is an error, as an unknown --employee" 1 \
  "\"nonsense\" is not an entity of the audit log: it is written KIND:KEY" -- "$bin" audit log --db "$base" --entity nonsense
check "audit log --entity of a run that is not there" 1 "no run:99 in " -- "$bin" audit log --db "$base" --entity run:99
db="$tmp/replace.db"
"$bin" init --db "$db" --example >/dev/null
"$bin" payroll run --db "$db" --period 2026-03 >/dev/null
"$bin" payroll run --db "$db" --period 2026-03 >/dev/null
check "payroll.replace names the run that replaced it" 0 '"replaced_by": "run:2"' -- "$bin" audit log --db "$db" --entity run:1 --json
check "and the chain verifies" 0 "^ok" -- "$bin" audit verify --db "$db"

finish
