#!/usr/bin/env bash
# SPDX-License-Identifier: EUPL-1.2
# The attacks that fooled `audit verify` (issue 19), each reproduced with the sqlite3 tool and the
# command line: a protective trigger replaced by an empty one of the same name, a closed period
# reopened and run again, a zeroed index page, a head noted earlier that later entries extend,
# and verify during a payroll run of another process (one read transaction: quiet, not "unreadable");
# a malformed --expect-head is a usage error, never "differs".
# Usage: audit_attacks_cli.sh PATH/TO/basisbaan SOURCE_DIR
source "$(dirname "$0")/common.sh"

command -v sqlite3 >/dev/null || { echo "audit_attacks_cli.sh: the sqlite3 tool is needed (skipped)"; exit 77; }
q() { sqlite3 "$1" "$2"; }
base="$tmp/base.db"
"$bin" init --db "$base" --example >/dev/null
"$bin" payroll run --db "$base" --period 2026-03 >/dev/null
"$bin" payroll close --db "$base" --period 2026-03 >/dev/null
check "an untouched database verifies" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$base"
head=$("$bin" audit head --db "$base" | cut -d' ' -f2)

# --- A trigger replaced by an empty one of the same name, the period reopened and run again ----
att="$tmp/attack.db"
cp "$base" "$att"
q "$att" "DROP TRIGGER closed_run_no_update; CREATE TRIGGER closed_run_no_update BEFORE UPDATE ON payroll_runs WHEN 0 BEGIN SELECT 1; END;"
check "the empty trigger is named even before it is used" 1 "trigger closed_run_no_update: altered" -- "$bin" audit verify --db "$att"
q "$att" "UPDATE payroll_runs SET closed = 0, closed_at = NULL WHERE period = '2026-03'"
check "the reopened period is named" 1 "payroll run 1 \(2026-03, regular\): reopened" -- "$bin" audit verify --db "$att"
check "the reopened period runs again (the triggers no longer stop it)" 0 "total +12 employees" -- \
  "$bin" payroll run --db "$att" --period 2026-03
check "after the run again, verify still names the reopened run" 1 "payroll run 1 \(2026-03\): reopened — audit entry [0-9]+ closed it" -- \
  "$bin" audit verify --db "$att"
check "verify --json names it too" 1 '"what": "reopened"' -- "$bin" audit verify --db "$att" --json
check "and the head noted at closing no longer helps the attacker: the trigger is named" 1 "trigger closed_run_no_update: altered" -- \
  "$bin" audit verify --db "$att" --expect-head "$head"

# --- A head noted at closing; later entries extend it ------------------------------------------
ext="$tmp/extend.db"
cp "$base" "$ext"
"$bin" payroll run --db "$ext" --period 2026-04 >/dev/null
check "a chain that extends the noted head verifies" 0 "the expected head is entry [0-9]+; the chain extends it" -- \
  "$bin" audit verify --db "$ext" --expect-head "$head"
check "a head that is not in the chain is named" 1 "audit head: differs" -- \
  "$bin" audit verify --db "$ext" --expect-head "$(printf 'f%.0s' $(seq 64))"

# --- A head that is not 64 hex digits is a usage error, not a false alarm of tampering ----------
check "the 12-digit prefix audit log shows is a usage error" 2 \
  "--expect-head: expected a head of 64 hex digits .*audit head --db .*got \"${head:0:12}\" \(12 characters\)" -- \
  "$bin" audit verify --db "$ext" --expect-head "${head:0:12}"
if grep -q "differs" "$tmp/out" "$tmp/err"; then not_ok "a malformed head is not reported as differing"; else ok; fi
check "zz is a usage error" 2 "--expect-head: .*not all hex digits" -- "$bin" audit verify --db "$ext" --expect-head zz
check "64 characters that are not hex are a usage error" 2 "--expect-head: .*not all hex digits" -- \
  "$bin" audit verify --db "$ext" --expect-head "$(printf 'g%.0s' $(seq 64))"
check "a head in capitals is accepted" 0 "the expected head is entry [0-9]+; the chain extends it" -- \
  "$bin" audit verify --db "$ext" --expect-head "$(echo "$head" | tr a-f A-F)"

# --- A zeroed index page ------------------------------------------------------------------------
zer="$tmp/zeroed.db"
cp "$base" "$zer"
q "$zer" "PRAGMA wal_checkpoint(TRUNCATE)" >/dev/null
page=$(q "$zer" "SELECT rootpage FROM sqlite_master WHERE name = 'payslips_by_employee'")
size=$(q "$zer" "PRAGMA page_size")
dd if=/dev/zero of="$zer" bs="$size" seek=$((page - 1)) count=1 conv=notrunc status=none
check "a zeroed index page is named" 1 "database file: damaged — SQLite's integrity check" -- "$bin" audit verify --db "$zer"

# --- verify during another process's run: one snapshot, quiet ----------------------------------
paused="${BASISBAAN_PAUSED_RUN:?set by tests/CMakeLists.txt to the basisbaan_paused_run program}"
con="$tmp/concurrent.db"
cp "$base" "$con"
"$paused" "$con" 2026-04 3 >/dev/null 2>"$tmp/paused.err" &
runner=$!
for _ in $(seq 100); do grep -q "test pause" "$tmp/paused.err" && break; sleep 0.1; done
check "verify while a run is halfway stored" 0 "^ok: the chain is intact" -- "$bin" audit verify --db "$con"
wait $runner && ok || not_ok "the paused run completes"
# Runs replacing the open period one after the other while verify reads: each verify sees one
# consistent state, before or after a run, never half of one.
( for _ in $(seq 15); do "$bin" payroll run --db "$con" --period 2026-04 >/dev/null 2>&1; done ) &
looper=$!
bad=0
for _ in $(seq 15); do "$bin" audit verify --db "$con" >"$tmp/v.out" 2>&1 || { bad=$((bad + 1)); head -3 "$tmp/v.out"; }; done
wait $looper
[ "$bad" = 0 ] && ok || not_ok "verify during runs of another process was quiet ($bad of 15 failed)"
check "verify after the runs" 0 "^ok" -- "$bin" audit verify --db "$con"

finish
